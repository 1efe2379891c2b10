import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface DocsBody {
  docUpdate?: DocUpdate
  docDigest?: DocDigest
  syncRequest?: SyncRequest
  syncReply?: SyncReply
  syncPush?: SyncPush
  docAwareness?: DocAwareness
  syncMessage?: SyncMessage
}

export namespace DocsBody {
  let _codec: Codec<DocsBody>

  export const codec = (): Codec<DocsBody> => {
    if (_codec == null) {
      _codec = message<DocsBody>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.docUpdate != null) {
          w.uint32(82)
          DocUpdate.codec().encode(obj.docUpdate, w)
        }

        if (obj.docDigest != null) {
          w.uint32(90)
          DocDigest.codec().encode(obj.docDigest, w)
        }

        if (obj.syncRequest != null) {
          w.uint32(98)
          SyncRequest.codec().encode(obj.syncRequest, w)
        }

        if (obj.syncReply != null) {
          w.uint32(106)
          SyncReply.codec().encode(obj.syncReply, w)
        }

        if (obj.syncPush != null) {
          w.uint32(114)
          SyncPush.codec().encode(obj.syncPush, w)
        }

        if (obj.docAwareness != null) {
          w.uint32(130)
          DocAwareness.codec().encode(obj.docAwareness, w)
        }

        if (obj.syncMessage != null) {
          w.uint32(138)
          SyncMessage.codec().encode(obj.syncMessage, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {}

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 10: {
              obj.docUpdate = DocUpdate.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.docUpdate
              })
              break
            }
            case 11: {
              obj.docDigest = DocDigest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.docDigest
              })
              break
            }
            case 12: {
              obj.syncRequest = SyncRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncRequest
              })
              break
            }
            case 13: {
              obj.syncReply = SyncReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncReply
              })
              break
            }
            case 14: {
              obj.syncPush = SyncPush.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncPush
              })
              break
            }
            case 16: {
              obj.docAwareness = DocAwareness.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.docAwareness
              })
              break
            }
            case 17: {
              obj.syncMessage = SyncMessage.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncMessage
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 10: {
              yield * DocUpdate.codec().stream(reader, reader.uint32(), `${prefix}.docUpdate`, {
                limits: opts.limits?.docUpdate
              })

              break
            }
            case 11: {
              yield * DocDigest.codec().stream(reader, reader.uint32(), `${prefix}.docDigest`, {
                limits: opts.limits?.docDigest
              })

              break
            }
            case 12: {
              yield * SyncRequest.codec().stream(reader, reader.uint32(), `${prefix}.syncRequest`, {
                limits: opts.limits?.syncRequest
              })

              break
            }
            case 13: {
              yield * SyncReply.codec().stream(reader, reader.uint32(), `${prefix}.syncReply`, {
                limits: opts.limits?.syncReply
              })

              break
            }
            case 14: {
              yield * SyncPush.codec().stream(reader, reader.uint32(), `${prefix}.syncPush`, {
                limits: opts.limits?.syncPush
              })

              break
            }
            case 16: {
              yield * DocAwareness.codec().stream(reader, reader.uint32(), `${prefix}.docAwareness`, {
                limits: opts.limits?.docAwareness
              })

              break
            }
            case 17: {
              yield * SyncMessage.codec().stream(reader, reader.uint32(), `${prefix}.syncMessage`, {
                limits: opts.limits?.syncMessage
              })

              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface DocsBodyDocUpdateDocFieldEvent {
    field: '$.docUpdate.doc'
    value: string
  }

  export interface DocsBodyDocUpdateUpdateFieldEvent {
    field: '$.docUpdate.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodyDocDigestDocFieldEvent {
    field: '$.docDigest.doc'
    value: string
  }

  export interface DocsBodyDocDigestStateVectorFieldEvent {
    field: '$.docDigest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodyDocDigestDeleteSetHashFieldEvent {
    field: '$.docDigest.deleteSetHash'
    value: number
  }

  export interface DocsBodySyncRequestDocFieldEvent {
    field: '$.syncRequest.doc'
    value: string
  }

  export interface DocsBodySyncRequestStateVectorFieldEvent {
    field: '$.syncRequest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodySyncReplyDocFieldEvent {
    field: '$.syncReply.doc'
    value: string
  }

  export interface DocsBodySyncReplyOpenFieldEvent {
    field: '$.syncReply.open'
    value: boolean
  }

  export interface DocsBodySyncReplyUpdateFieldEvent {
    field: '$.syncReply.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodySyncReplyStateVectorFieldEvent {
    field: '$.syncReply.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodySyncPushDocFieldEvent {
    field: '$.syncPush.doc'
    value: string
  }

  export interface DocsBodySyncPushUpdateFieldEvent {
    field: '$.syncPush.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodyDocAwarenessDocFieldEvent {
    field: '$.docAwareness.doc'
    value: string
  }

  export interface DocsBodyDocAwarenessUpdateFieldEvent {
    field: '$.docAwareness.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodySyncMessageDocFieldEvent {
    field: '$.syncMessage.doc'
    value: string
  }

  export interface DocsBodySyncMessageOpenFieldEvent {
    field: '$.syncMessage.open'
    value: boolean
  }

  export interface DocsBodySyncMessageMessageFieldEvent {
    field: '$.syncMessage.message'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocsBodySyncMessageReachedFieldEvent {
    field: '$.syncMessage.reached[]'
    index: number
    value: string
  }

  export interface DocsBodySyncMessageReachedTagsFieldEvent {
    field: '$.syncMessage.reachedTags'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<DocsBody>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocsBody.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocsBody>): DocsBody {
    return decodeMessage(buf, DocsBody.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocsBody>): Generator<DocsBodyDocUpdateDocFieldEvent | DocsBodyDocUpdateUpdateFieldEvent | DocsBodyDocDigestDocFieldEvent | DocsBodyDocDigestStateVectorFieldEvent | DocsBodyDocDigestDeleteSetHashFieldEvent | DocsBodySyncRequestDocFieldEvent | DocsBodySyncRequestStateVectorFieldEvent | DocsBodySyncReplyDocFieldEvent | DocsBodySyncReplyOpenFieldEvent | DocsBodySyncReplyUpdateFieldEvent | DocsBodySyncReplyStateVectorFieldEvent | DocsBodySyncPushDocFieldEvent | DocsBodySyncPushUpdateFieldEvent | DocsBodyDocAwarenessDocFieldEvent | DocsBodyDocAwarenessUpdateFieldEvent | DocsBodySyncMessageDocFieldEvent | DocsBodySyncMessageOpenFieldEvent | DocsBodySyncMessageMessageFieldEvent | DocsBodySyncMessageReachedFieldEvent | DocsBodySyncMessageReachedTagsFieldEvent> {
    return streamMessage(buf, DocsBody.codec(), opts)
  }
}

export interface SyncMessage {
  doc: string
  open: boolean
  message: Uint8Array<ArrayBuffer>
  reached: string[]
  reachedTags: Uint8Array<ArrayBuffer>
}

export namespace SyncMessage {
  let _codec: Codec<SyncMessage>

  export const codec = (): Codec<SyncMessage> => {
    if (_codec == null) {
      _codec = message<SyncMessage>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.open != null && obj.open !== false)) {
          w.uint32(16)
          w.bool(obj.open)
        }

        if ((obj.message != null && obj.message.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.message)
        }

        if (obj.reached != null && obj.reached.length > 0) {
          for (const value of obj.reached) {
            w.uint32(34)
            w.string(value)
          }
        }

        if ((obj.reachedTags != null && obj.reachedTags.byteLength > 0)) {
          w.uint32(42)
          w.bytes(obj.reachedTags)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          open: false,
          message: uint8ArrayAlloc(0),
          reached: [],
          reachedTags: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.open = reader.bool()
              break
            }
            case 3: {
              obj.message = reader.bytes()
              break
            }
            case 4: {
              if (opts.limits?.reached != null && obj.reached.length === opts.limits.reached) {
                throw new MaxLengthError('Decode error - repeated field "reached" had too many elements')
              }

              obj.reached.push(reader.string())
              break
            }
            case 5: {
              obj.reachedTags = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const obj = {
          reached: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.open`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.message`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              if (opts.limits?.reached != null && obj.reached === opts.limits.reached) {
                throw new MaxLengthError('Streaming decode error - repeated field "reached" had too many elements')
              }

              yield {
                field: `${prefix}.reached[]`,
                index: obj.reached,
                value: reader.string()
              }

              obj.reached++

              break
            }
            case 5: {
              yield {
                field: `${prefix}.reachedTags`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface SyncMessageDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncMessageOpenFieldEvent {
    field: '$.open'
    value: boolean
  }

  export interface SyncMessageMessageFieldEvent {
    field: '$.message'
    value: Uint8Array<ArrayBuffer>
  }

  export interface SyncMessageReachedFieldEvent {
    field: '$.reached[]'
    index: number
    value: string
  }

  export interface SyncMessageReachedTagsFieldEvent {
    field: '$.reachedTags'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncMessage>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncMessage.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncMessage>): SyncMessage {
    return decodeMessage(buf, SyncMessage.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncMessage>): Generator<SyncMessageDocFieldEvent | SyncMessageOpenFieldEvent | SyncMessageMessageFieldEvent | SyncMessageReachedFieldEvent | SyncMessageReachedTagsFieldEvent> {
    return streamMessage(buf, SyncMessage.codec(), opts)
  }
}

export interface DocUpdate {
  doc: string
  update: Uint8Array<ArrayBuffer>
}

export namespace DocUpdate {
  let _codec: Codec<DocUpdate>

  export const codec = (): Codec<DocUpdate> => {
    if (_codec == null) {
      _codec = message<DocUpdate>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.update)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          update: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.update = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface DocUpdateDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface DocUpdateUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<DocUpdate>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocUpdate.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocUpdate>): DocUpdate {
    return decodeMessage(buf, DocUpdate.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocUpdate>): Generator<DocUpdateDocFieldEvent | DocUpdateUpdateFieldEvent> {
    return streamMessage(buf, DocUpdate.codec(), opts)
  }
}

export interface DocDigest {
  doc: string
  stateVector: Uint8Array<ArrayBuffer>
  deleteSetHash: number
}

export namespace DocDigest {
  let _codec: Codec<DocDigest>

  export const codec = (): Codec<DocDigest> => {
    if (_codec == null) {
      _codec = message<DocDigest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.stateVector)
        }

        if ((obj.deleteSetHash != null && obj.deleteSetHash !== 0)) {
          w.uint32(24)
          w.uint32(obj.deleteSetHash)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          stateVector: uint8ArrayAlloc(0),
          deleteSetHash: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.stateVector = reader.bytes()
              break
            }
            case 3: {
              obj.deleteSetHash = reader.uint32()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.deleteSetHash`,
                value: reader.uint32()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface DocDigestDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface DocDigestStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocDigestDeleteSetHashFieldEvent {
    field: '$.deleteSetHash'
    value: number
  }

  export function encode (obj: Partial<DocDigest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocDigest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocDigest>): DocDigest {
    return decodeMessage(buf, DocDigest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocDigest>): Generator<DocDigestDocFieldEvent | DocDigestStateVectorFieldEvent | DocDigestDeleteSetHashFieldEvent> {
    return streamMessage(buf, DocDigest.codec(), opts)
  }
}

export interface SyncRequest {
  doc: string
  stateVector: Uint8Array<ArrayBuffer>
}

export namespace SyncRequest {
  let _codec: Codec<SyncRequest>

  export const codec = (): Codec<SyncRequest> => {
    if (_codec == null) {
      _codec = message<SyncRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.stateVector)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          stateVector: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.stateVector = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface SyncRequestDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncRequestStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncRequest>): SyncRequest {
    return decodeMessage(buf, SyncRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncRequest>): Generator<SyncRequestDocFieldEvent | SyncRequestStateVectorFieldEvent> {
    return streamMessage(buf, SyncRequest.codec(), opts)
  }
}

export interface SyncReply {
  doc: string
  open: boolean
  update: Uint8Array<ArrayBuffer>
  stateVector: Uint8Array<ArrayBuffer>
}

export namespace SyncReply {
  let _codec: Codec<SyncReply>

  export const codec = (): Codec<SyncReply> => {
    if (_codec == null) {
      _codec = message<SyncReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.open != null && obj.open !== false)) {
          w.uint32(16)
          w.bool(obj.open)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.update)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.stateVector)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          open: false,
          update: uint8ArrayAlloc(0),
          stateVector: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.open = reader.bool()
              break
            }
            case 3: {
              obj.update = reader.bytes()
              break
            }
            case 4: {
              obj.stateVector = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.open`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface SyncReplyDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncReplyOpenFieldEvent {
    field: '$.open'
    value: boolean
  }

  export interface SyncReplyUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface SyncReplyStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncReply>): SyncReply {
    return decodeMessage(buf, SyncReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncReply>): Generator<SyncReplyDocFieldEvent | SyncReplyOpenFieldEvent | SyncReplyUpdateFieldEvent | SyncReplyStateVectorFieldEvent> {
    return streamMessage(buf, SyncReply.codec(), opts)
  }
}

export interface DocAwareness {
  doc: string
  update: Uint8Array<ArrayBuffer>
}

export namespace DocAwareness {
  let _codec: Codec<DocAwareness>

  export const codec = (): Codec<DocAwareness> => {
    if (_codec == null) {
      _codec = message<DocAwareness>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.update)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          update: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.update = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface DocAwarenessDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface DocAwarenessUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<DocAwareness>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocAwareness.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocAwareness>): DocAwareness {
    return decodeMessage(buf, DocAwareness.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocAwareness>): Generator<DocAwarenessDocFieldEvent | DocAwarenessUpdateFieldEvent> {
    return streamMessage(buf, DocAwareness.codec(), opts)
  }
}

export interface SyncPush {
  doc: string
  update: Uint8Array<ArrayBuffer>
}

export namespace SyncPush {
  let _codec: Codec<SyncPush>

  export const codec = (): Codec<SyncPush> => {
    if (_codec == null) {
      _codec = message<SyncPush>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.update)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          update: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.update = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface SyncPushDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncPushUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncPush>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncPush.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncPush>): SyncPush {
    return decodeMessage(buf, SyncPush.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncPush>): Generator<SyncPushDocFieldEvent | SyncPushUpdateFieldEvent> {
    return streamMessage(buf, SyncPush.codec(), opts)
  }
}
