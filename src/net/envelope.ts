/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface Envelope {
  version: number
  sender: Uint8Array<ArrayBuffer>
  minor: number
}

export namespace Envelope {
  let _codec: Codec<Envelope>

  export const codec = (): Codec<Envelope> => {
    if (_codec == null) {
      _codec = message<Envelope>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.version != null && obj.version !== 0)) {
          w.uint32(8)
          w.uint32(obj.version)
        }

        if ((obj.sender != null && obj.sender.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.sender)
        }

        if ((obj.minor != null && obj.minor !== 0)) {
          w.uint32(24)
          w.uint32(obj.minor)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          version: 0,
          sender: uint8ArrayAlloc(0),
          minor: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.version = reader.uint32()
              break
            }
            case 2: {
              obj.sender = reader.bytes()
              break
            }
            case 3: {
              obj.minor = reader.uint32()
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
                field: `${prefix}.version`,
                value: reader.uint32()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.sender`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.minor`,
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

  export interface EnvelopeVersionFieldEvent {
    field: '$.version'
    value: number
  }

  export interface EnvelopeSenderFieldEvent {
    field: '$.sender'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeMinorFieldEvent {
    field: '$.minor'
    value: number
  }

  export function encode (obj: Partial<Envelope>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Envelope.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Envelope>): Envelope {
    return decodeMessage(buf, Envelope.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Envelope>): Generator<EnvelopeVersionFieldEvent | EnvelopeSenderFieldEvent | EnvelopeMinorFieldEvent> {
    return streamMessage(buf, Envelope.codec(), opts)
  }
}

export interface NetBody {
  ack?: Ack
  routed?: Routed
  direct?: Direct
}

export namespace NetBody {
  let _codec: Codec<NetBody>

  export const codec = (): Codec<NetBody> => {
    if (_codec == null) {
      _codec = message<NetBody>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.ack != null) {
          w.uint32(122)
          Ack.codec().encode(obj.ack, w)
        }

        if (obj.routed != null) {
          w.uint32(322)
          Routed.codec().encode(obj.routed, w)
        }

        if (obj.direct != null) {
          w.uint32(482)
          Direct.codec().encode(obj.direct, w)
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
            case 15: {
              obj.ack = Ack.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.ack
              })
              break
            }
            case 40: {
              obj.routed = Routed.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.routed
              })
              break
            }
            case 60: {
              obj.direct = Direct.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.direct
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
            case 15: {
              yield * Ack.codec().stream(reader, reader.uint32(), `${prefix}.ack`, {
                limits: opts.limits?.ack
              })

              break
            }
            case 40: {
              yield * Routed.codec().stream(reader, reader.uint32(), `${prefix}.routed`, {
                limits: opts.limits?.routed
              })

              break
            }
            case 60: {
              yield * Direct.codec().stream(reader, reader.uint32(), `${prefix}.direct`, {
                limits: opts.limits?.direct
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

  export interface NetBodyRoutedToFieldEvent {
    field: '$.routed.to'
    value: Uint8Array<ArrayBuffer>
  }

  export interface NetBodyRoutedIdFieldEvent {
    field: '$.routed.id'
    value: bigint
  }

  export interface NetBodyRoutedResponseFieldEvent {
    field: '$.routed.response'
    value: boolean
  }

  export interface NetBodyRoutedBodyFieldEvent {
    field: '$.routed.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface NetBodyRoutedErrorCodeFieldEvent {
    field: '$.routed.errorCode'
    value: string
  }

  export interface NetBodyRoutedErrorMessageFieldEvent {
    field: '$.routed.errorMessage'
    value: string
  }

  export interface NetBodyRoutedErrorDetailsSubjectFieldEvent {
    field: '$.routed.errorDetails.subject'
    value: string
  }

  export interface NetBodyRoutedErrorDetailsLimitFieldEvent {
    field: '$.routed.errorDetails.limit'
    value: number
  }

  export interface NetBodyRoutedErrorDetailsLeaderFieldEvent {
    field: '$.routed.errorDetails.leader'
    value: string
  }

  export interface NetBodyRoutedErrorDetailsCycleAgentFieldEvent {
    field: '$.routed.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface NetBodyRoutedErrorDetailsCycleResourceFieldEvent {
    field: '$.routed.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface NetBodyRoutedErrorDetailsCycleHeldByFieldEvent {
    field: '$.routed.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface NetBodyRoutedErrorDetailsArrivedFieldEvent {
    field: '$.routed.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface NetBodyRoutedErrorDetailsGenerationFieldEvent {
    field: '$.routed.errorDetails.generation'
    value: bigint
  }

  export interface NetBodyRoutedErrorDetailsTokenFieldEvent {
    field: '$.routed.errorDetails.token'
    value: bigint
  }

  export interface NetBodyRoutedErrorDetailsHighestFieldEvent {
    field: '$.routed.errorDetails.highest'
    value: bigint
  }

  export interface NetBodyRoutedErrorDetailsKeyFieldEvent {
    field: '$.routed.errorDetails.key'
    value: string
  }

  export interface NetBodyRoutedErrorDetailsIdFieldEvent {
    field: '$.routed.errorDetails.id'
    value: string
  }

  export interface NetBodyDirectTopicFieldEvent {
    field: '$.direct.topic'
    value: string
  }

  export interface NetBodyDirectBodyFieldEvent {
    field: '$.direct.body'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<NetBody>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, NetBody.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<NetBody>): NetBody {
    return decodeMessage(buf, NetBody.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<NetBody>): Generator<NetBodyRoutedToFieldEvent | NetBodyRoutedIdFieldEvent | NetBodyRoutedResponseFieldEvent | NetBodyRoutedBodyFieldEvent | NetBodyRoutedErrorCodeFieldEvent | NetBodyRoutedErrorMessageFieldEvent | NetBodyRoutedErrorDetailsSubjectFieldEvent | NetBodyRoutedErrorDetailsLimitFieldEvent | NetBodyRoutedErrorDetailsLeaderFieldEvent | NetBodyRoutedErrorDetailsCycleAgentFieldEvent | NetBodyRoutedErrorDetailsCycleResourceFieldEvent | NetBodyRoutedErrorDetailsCycleHeldByFieldEvent | NetBodyRoutedErrorDetailsArrivedFieldEvent | NetBodyRoutedErrorDetailsGenerationFieldEvent | NetBodyRoutedErrorDetailsTokenFieldEvent | NetBodyRoutedErrorDetailsHighestFieldEvent | NetBodyRoutedErrorDetailsKeyFieldEvent | NetBodyRoutedErrorDetailsIdFieldEvent | NetBodyDirectTopicFieldEvent | NetBodyDirectBodyFieldEvent> {
    return streamMessage(buf, NetBody.codec(), opts)
  }
}

export interface Ack {}

export namespace Ack {
  let _codec: Codec<Ack>

  export const codec = (): Codec<Ack> => {
    if (_codec == null) {
      _codec = message<Ack>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
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

  export function encode (obj: Partial<Ack>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Ack.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Ack>): Ack {
    return decodeMessage(buf, Ack.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Ack>): Generator<{}> {
    return streamMessage(buf, Ack.codec(), opts)
  }
}

export interface Routed {
  to: Uint8Array<ArrayBuffer>
  id: bigint
  response: boolean
  body: Uint8Array<ArrayBuffer>
  errorCode: string
  errorMessage: string
  errorDetails?: ErrorDetails
}

export namespace Routed {
  let _codec: Codec<Routed>

  export const codec = (): Codec<Routed> => {
    if (_codec == null) {
      _codec = message<Routed>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.to != null && obj.to.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.to)
        }

        if ((obj.id != null && obj.id !== 0n)) {
          w.uint32(16)
          w.uint64(obj.id)
        }

        if ((obj.response != null && obj.response !== false)) {
          w.uint32(24)
          w.bool(obj.response)
        }

        if ((obj.body != null && obj.body.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.body)
        }

        if ((obj.errorCode != null && obj.errorCode !== '')) {
          w.uint32(42)
          w.string(obj.errorCode)
        }

        if ((obj.errorMessage != null && obj.errorMessage !== '')) {
          w.uint32(50)
          w.string(obj.errorMessage)
        }

        if (obj.errorDetails != null) {
          w.uint32(58)
          ErrorDetails.codec().encode(obj.errorDetails, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          to: uint8ArrayAlloc(0),
          id: 0n,
          response: false,
          body: uint8ArrayAlloc(0),
          errorCode: '',
          errorMessage: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.to = reader.bytes()
              break
            }
            case 2: {
              obj.id = reader.uint64()
              break
            }
            case 3: {
              obj.response = reader.bool()
              break
            }
            case 4: {
              obj.body = reader.bytes()
              break
            }
            case 5: {
              obj.errorCode = reader.string()
              break
            }
            case 6: {
              obj.errorMessage = reader.string()
              break
            }
            case 7: {
              obj.errorDetails = ErrorDetails.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.errorDetails
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
            case 1: {
              yield {
                field: `${prefix}.to`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.id`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.response`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.body`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.errorCode`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.errorMessage`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield * ErrorDetails.codec().stream(reader, reader.uint32(), `${prefix}.errorDetails`, {
                limits: opts.limits?.errorDetails
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

  export interface RoutedToFieldEvent {
    field: '$.to'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RoutedIdFieldEvent {
    field: '$.id'
    value: bigint
  }

  export interface RoutedResponseFieldEvent {
    field: '$.response'
    value: boolean
  }

  export interface RoutedBodyFieldEvent {
    field: '$.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RoutedErrorCodeFieldEvent {
    field: '$.errorCode'
    value: string
  }

  export interface RoutedErrorMessageFieldEvent {
    field: '$.errorMessage'
    value: string
  }

  export interface RoutedErrorDetailsSubjectFieldEvent {
    field: '$.errorDetails.subject'
    value: string
  }

  export interface RoutedErrorDetailsLimitFieldEvent {
    field: '$.errorDetails.limit'
    value: number
  }

  export interface RoutedErrorDetailsLeaderFieldEvent {
    field: '$.errorDetails.leader'
    value: string
  }

  export interface RoutedErrorDetailsCycleAgentFieldEvent {
    field: '$.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsCycleResourceFieldEvent {
    field: '$.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsCycleHeldByFieldEvent {
    field: '$.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsArrivedFieldEvent {
    field: '$.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface RoutedErrorDetailsGenerationFieldEvent {
    field: '$.errorDetails.generation'
    value: bigint
  }

  export interface RoutedErrorDetailsTokenFieldEvent {
    field: '$.errorDetails.token'
    value: bigint
  }

  export interface RoutedErrorDetailsHighestFieldEvent {
    field: '$.errorDetails.highest'
    value: bigint
  }

  export interface RoutedErrorDetailsKeyFieldEvent {
    field: '$.errorDetails.key'
    value: string
  }

  export interface RoutedErrorDetailsIdFieldEvent {
    field: '$.errorDetails.id'
    value: string
  }

  export function encode (obj: Partial<Routed>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Routed.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Routed>): Routed {
    return decodeMessage(buf, Routed.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Routed>): Generator<RoutedToFieldEvent | RoutedIdFieldEvent | RoutedResponseFieldEvent | RoutedBodyFieldEvent | RoutedErrorCodeFieldEvent | RoutedErrorMessageFieldEvent | RoutedErrorDetailsSubjectFieldEvent | RoutedErrorDetailsLimitFieldEvent | RoutedErrorDetailsLeaderFieldEvent | RoutedErrorDetailsCycleAgentFieldEvent | RoutedErrorDetailsCycleResourceFieldEvent | RoutedErrorDetailsCycleHeldByFieldEvent | RoutedErrorDetailsArrivedFieldEvent | RoutedErrorDetailsGenerationFieldEvent | RoutedErrorDetailsTokenFieldEvent | RoutedErrorDetailsHighestFieldEvent | RoutedErrorDetailsKeyFieldEvent | RoutedErrorDetailsIdFieldEvent> {
    return streamMessage(buf, Routed.codec(), opts)
  }
}

export interface Direct {
  topic: string
  body: Uint8Array<ArrayBuffer>
}

export namespace Direct {
  let _codec: Codec<Direct>

  export const codec = (): Codec<Direct> => {
    if (_codec == null) {
      _codec = message<Direct>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.topic != null && obj.topic !== '')) {
          w.uint32(10)
          w.string(obj.topic)
        }

        if ((obj.body != null && obj.body.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.body)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          topic: '',
          body: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.topic = reader.string()
              break
            }
            case 2: {
              obj.body = reader.bytes()
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
                field: `${prefix}.topic`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.body`,
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

  export interface DirectTopicFieldEvent {
    field: '$.topic'
    value: string
  }

  export interface DirectBodyFieldEvent {
    field: '$.body'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<Direct>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Direct.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Direct>): Direct {
    return decodeMessage(buf, Direct.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Direct>): Generator<DirectTopicFieldEvent | DirectBodyFieldEvent> {
    return streamMessage(buf, Direct.codec(), opts)
  }
}

export interface RpcFrame {
  id: bigint
  response: boolean
  body: Uint8Array<ArrayBuffer>
  errorCode: string
  errorMessage: string
  errorDetails?: ErrorDetails
}

export namespace RpcFrame {
  let _codec: Codec<RpcFrame>

  export const codec = (): Codec<RpcFrame> => {
    if (_codec == null) {
      _codec = message<RpcFrame>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== 0n)) {
          w.uint32(8)
          w.uint64(obj.id)
        }

        if ((obj.response != null && obj.response !== false)) {
          w.uint32(16)
          w.bool(obj.response)
        }

        if ((obj.body != null && obj.body.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.body)
        }

        if ((obj.errorCode != null && obj.errorCode !== '')) {
          w.uint32(34)
          w.string(obj.errorCode)
        }

        if ((obj.errorMessage != null && obj.errorMessage !== '')) {
          w.uint32(42)
          w.string(obj.errorMessage)
        }

        if (obj.errorDetails != null) {
          w.uint32(50)
          ErrorDetails.codec().encode(obj.errorDetails, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: 0n,
          response: false,
          body: uint8ArrayAlloc(0),
          errorCode: '',
          errorMessage: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.uint64()
              break
            }
            case 2: {
              obj.response = reader.bool()
              break
            }
            case 3: {
              obj.body = reader.bytes()
              break
            }
            case 4: {
              obj.errorCode = reader.string()
              break
            }
            case 5: {
              obj.errorMessage = reader.string()
              break
            }
            case 6: {
              obj.errorDetails = ErrorDetails.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.errorDetails
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
            case 1: {
              yield {
                field: `${prefix}.id`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.response`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.body`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.errorCode`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.errorMessage`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield * ErrorDetails.codec().stream(reader, reader.uint32(), `${prefix}.errorDetails`, {
                limits: opts.limits?.errorDetails
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

  export interface RpcFrameIdFieldEvent {
    field: '$.id'
    value: bigint
  }

  export interface RpcFrameResponseFieldEvent {
    field: '$.response'
    value: boolean
  }

  export interface RpcFrameBodyFieldEvent {
    field: '$.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameErrorCodeFieldEvent {
    field: '$.errorCode'
    value: string
  }

  export interface RpcFrameErrorMessageFieldEvent {
    field: '$.errorMessage'
    value: string
  }

  export interface RpcFrameErrorDetailsSubjectFieldEvent {
    field: '$.errorDetails.subject'
    value: string
  }

  export interface RpcFrameErrorDetailsLimitFieldEvent {
    field: '$.errorDetails.limit'
    value: number
  }

  export interface RpcFrameErrorDetailsLeaderFieldEvent {
    field: '$.errorDetails.leader'
    value: string
  }

  export interface RpcFrameErrorDetailsCycleAgentFieldEvent {
    field: '$.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsCycleResourceFieldEvent {
    field: '$.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsCycleHeldByFieldEvent {
    field: '$.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsArrivedFieldEvent {
    field: '$.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface RpcFrameErrorDetailsGenerationFieldEvent {
    field: '$.errorDetails.generation'
    value: bigint
  }

  export interface RpcFrameErrorDetailsTokenFieldEvent {
    field: '$.errorDetails.token'
    value: bigint
  }

  export interface RpcFrameErrorDetailsHighestFieldEvent {
    field: '$.errorDetails.highest'
    value: bigint
  }

  export interface RpcFrameErrorDetailsKeyFieldEvent {
    field: '$.errorDetails.key'
    value: string
  }

  export interface RpcFrameErrorDetailsIdFieldEvent {
    field: '$.errorDetails.id'
    value: string
  }

  export function encode (obj: Partial<RpcFrame>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, RpcFrame.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<RpcFrame>): RpcFrame {
    return decodeMessage(buf, RpcFrame.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<RpcFrame>): Generator<RpcFrameIdFieldEvent | RpcFrameResponseFieldEvent | RpcFrameBodyFieldEvent | RpcFrameErrorCodeFieldEvent | RpcFrameErrorMessageFieldEvent | RpcFrameErrorDetailsSubjectFieldEvent | RpcFrameErrorDetailsLimitFieldEvent | RpcFrameErrorDetailsLeaderFieldEvent | RpcFrameErrorDetailsCycleAgentFieldEvent | RpcFrameErrorDetailsCycleResourceFieldEvent | RpcFrameErrorDetailsCycleHeldByFieldEvent | RpcFrameErrorDetailsArrivedFieldEvent | RpcFrameErrorDetailsGenerationFieldEvent | RpcFrameErrorDetailsTokenFieldEvent | RpcFrameErrorDetailsHighestFieldEvent | RpcFrameErrorDetailsKeyFieldEvent | RpcFrameErrorDetailsIdFieldEvent> {
    return streamMessage(buf, RpcFrame.codec(), opts)
  }
}

export interface ErrorDetails {
  subject: string
  limit: number
  leader: string
  cycle: DeadlockStepDetail[]
  arrived: string[]
  generation: bigint
  token: bigint
  highest: bigint
  key: string
  id: string
}

export namespace ErrorDetails {
  let _codec: Codec<ErrorDetails>

  export const codec = (): Codec<ErrorDetails> => {
    if (_codec == null) {
      _codec = message<ErrorDetails>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.subject != null && obj.subject !== '')) {
          w.uint32(10)
          w.string(obj.subject)
        }

        if ((obj.limit != null && obj.limit !== 0)) {
          w.uint32(16)
          w.uint32(obj.limit)
        }

        if ((obj.leader != null && obj.leader !== '')) {
          w.uint32(26)
          w.string(obj.leader)
        }

        if (obj.cycle != null && obj.cycle.length > 0) {
          for (const value of obj.cycle) {
            w.uint32(34)
            DeadlockStepDetail.codec().encode(value, w)
          }
        }

        if (obj.arrived != null && obj.arrived.length > 0) {
          for (const value of obj.arrived) {
            w.uint32(42)
            w.string(value)
          }
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(48)
          w.uint64(obj.generation)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(56)
          w.uint64(obj.token)
        }

        if ((obj.highest != null && obj.highest !== 0n)) {
          w.uint32(64)
          w.uint64(obj.highest)
        }

        if ((obj.key != null && obj.key !== '')) {
          w.uint32(74)
          w.string(obj.key)
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(82)
          w.string(obj.id)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          subject: '',
          limit: 0,
          leader: '',
          cycle: [],
          arrived: [],
          generation: 0n,
          token: 0n,
          highest: 0n,
          key: '',
          id: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.subject = reader.string()
              break
            }
            case 2: {
              obj.limit = reader.uint32()
              break
            }
            case 3: {
              obj.leader = reader.string()
              break
            }
            case 4: {
              if (opts.limits?.cycle != null && obj.cycle.length === opts.limits.cycle) {
                throw new MaxLengthError('Decode error - repeated field "cycle" had too many elements')
              }

              obj.cycle.push(DeadlockStepDetail.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.cycle$
              }))
              break
            }
            case 5: {
              if (opts.limits?.arrived != null && obj.arrived.length === opts.limits.arrived) {
                throw new MaxLengthError('Decode error - repeated field "arrived" had too many elements')
              }

              obj.arrived.push(reader.string())
              break
            }
            case 6: {
              obj.generation = reader.uint64()
              break
            }
            case 7: {
              obj.token = reader.uint64()
              break
            }
            case 8: {
              obj.highest = reader.uint64()
              break
            }
            case 9: {
              obj.key = reader.string()
              break
            }
            case 10: {
              obj.id = reader.string()
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
          cycle: 0,
          arrived: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.subject`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.limit`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.leader`,
                value: reader.string()
              }
              break
            }
            case 4: {
              if (opts.limits?.cycle != null && obj.cycle === opts.limits.cycle) {
                throw new MaxLengthError('Streaming decode error - repeated field "cycle" had too many elements')
              }

              for (const evt of DeadlockStepDetail.codec().stream(reader, reader.uint32(), `${prefix}.cycle[]`, {
                limits: opts.limits?.cycle$
              })) {
                yield {
                  ...evt,
                  index: obj.cycle
                }
              }

              obj.cycle++

              break
            }
            case 5: {
              if (opts.limits?.arrived != null && obj.arrived === opts.limits.arrived) {
                throw new MaxLengthError('Streaming decode error - repeated field "arrived" had too many elements')
              }

              yield {
                field: `${prefix}.arrived[]`,
                index: obj.arrived,
                value: reader.string()
              }

              obj.arrived++

              break
            }
            case 6: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.highest`,
                value: reader.uint64()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.key`,
                value: reader.string()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
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

  export interface ErrorDetailsSubjectFieldEvent {
    field: '$.subject'
    value: string
  }

  export interface ErrorDetailsLimitFieldEvent {
    field: '$.limit'
    value: number
  }

  export interface ErrorDetailsLeaderFieldEvent {
    field: '$.leader'
    value: string
  }

  export interface ErrorDetailsCycleAgentFieldEvent {
    field: '$.cycle[].agent'
    value: string
    index: number
  }

  export interface ErrorDetailsCycleResourceFieldEvent {
    field: '$.cycle[].resource'
    value: string
    index: number
  }

  export interface ErrorDetailsCycleHeldByFieldEvent {
    field: '$.cycle[].heldBy'
    value: string
    index: number
  }

  export interface ErrorDetailsArrivedFieldEvent {
    field: '$.arrived[]'
    index: number
    value: string
  }

  export interface ErrorDetailsGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface ErrorDetailsTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface ErrorDetailsHighestFieldEvent {
    field: '$.highest'
    value: bigint
  }

  export interface ErrorDetailsKeyFieldEvent {
    field: '$.key'
    value: string
  }

  export interface ErrorDetailsIdFieldEvent {
    field: '$.id'
    value: string
  }

  export function encode (obj: Partial<ErrorDetails>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ErrorDetails.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorDetails>): ErrorDetails {
    return decodeMessage(buf, ErrorDetails.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorDetails>): Generator<ErrorDetailsSubjectFieldEvent | ErrorDetailsLimitFieldEvent | ErrorDetailsLeaderFieldEvent | ErrorDetailsCycleAgentFieldEvent | ErrorDetailsCycleResourceFieldEvent | ErrorDetailsCycleHeldByFieldEvent | ErrorDetailsArrivedFieldEvent | ErrorDetailsGenerationFieldEvent | ErrorDetailsTokenFieldEvent | ErrorDetailsHighestFieldEvent | ErrorDetailsKeyFieldEvent | ErrorDetailsIdFieldEvent> {
    return streamMessage(buf, ErrorDetails.codec(), opts)
  }
}

export interface DeadlockStepDetail {
  agent: string
  resource: string
  heldBy: string
}

export namespace DeadlockStepDetail {
  let _codec: Codec<DeadlockStepDetail>

  export const codec = (): Codec<DeadlockStepDetail> => {
    if (_codec == null) {
      _codec = message<DeadlockStepDetail>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.agent != null && obj.agent !== '')) {
          w.uint32(10)
          w.string(obj.agent)
        }

        if ((obj.resource != null && obj.resource !== '')) {
          w.uint32(18)
          w.string(obj.resource)
        }

        if ((obj.heldBy != null && obj.heldBy !== '')) {
          w.uint32(26)
          w.string(obj.heldBy)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          agent: '',
          resource: '',
          heldBy: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.agent = reader.string()
              break
            }
            case 2: {
              obj.resource = reader.string()
              break
            }
            case 3: {
              obj.heldBy = reader.string()
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
                field: `${prefix}.agent`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.resource`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.heldBy`,
                value: reader.string()
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

  export interface DeadlockStepDetailAgentFieldEvent {
    field: '$.agent'
    value: string
  }

  export interface DeadlockStepDetailResourceFieldEvent {
    field: '$.resource'
    value: string
  }

  export interface DeadlockStepDetailHeldByFieldEvent {
    field: '$.heldBy'
    value: string
  }

  export function encode (obj: Partial<DeadlockStepDetail>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DeadlockStepDetail.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DeadlockStepDetail>): DeadlockStepDetail {
    return decodeMessage(buf, DeadlockStepDetail.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DeadlockStepDetail>): Generator<DeadlockStepDetailAgentFieldEvent | DeadlockStepDetailResourceFieldEvent | DeadlockStepDetailHeldByFieldEvent> {
    return streamMessage(buf, DeadlockStepDetail.codec(), opts)
  }
}
