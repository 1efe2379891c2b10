import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface VectorClockWire {
  entries: VectorClockEntry[]
}

export namespace VectorClockWire {
  let _codec: Codec<VectorClockWire>

  export const codec = (): Codec<VectorClockWire> => {
    if (_codec == null) {
      _codec = message<VectorClockWire>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.entries != null && obj.entries.length > 0) {
          for (const value of obj.entries) {
            w.uint32(10)
            VectorClockEntry.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          entries: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.entries != null && obj.entries.length === opts.limits.entries) {
                throw new MaxLengthError('Decode error - repeated field "entries" had too many elements')
              }

              obj.entries.push(VectorClockEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.entries$
              }))
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
          entries: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.entries != null && obj.entries === opts.limits.entries) {
                throw new MaxLengthError('Streaming decode error - repeated field "entries" had too many elements')
              }

              for (const evt of VectorClockEntry.codec().stream(reader, reader.uint32(), `${prefix}.entries[]`, {
                limits: opts.limits?.entries$
              })) {
                yield {
                  ...evt,
                  index: obj.entries
                }
              }

              obj.entries++

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

  export interface VectorClockWireEntriesIdFieldEvent {
    field: '$.entries[].id'
    value: string
    index: number
  }

  export interface VectorClockWireEntriesCounterFieldEvent {
    field: '$.entries[].counter'
    value: bigint
    index: number
  }

  export function encode (obj: Partial<VectorClockWire>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VectorClockWire.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VectorClockWire>): VectorClockWire {
    return decodeMessage(buf, VectorClockWire.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VectorClockWire>): Generator<VectorClockWireEntriesIdFieldEvent | VectorClockWireEntriesCounterFieldEvent> {
    return streamMessage(buf, VectorClockWire.codec(), opts)
  }
}

export interface VectorClockEntry {
  id: string
  counter: bigint
}

export namespace VectorClockEntry {
  let _codec: Codec<VectorClockEntry>

  export const codec = (): Codec<VectorClockEntry> => {
    if (_codec == null) {
      _codec = message<VectorClockEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if ((obj.counter != null && obj.counter !== 0n)) {
          w.uint32(16)
          w.uint64(obj.counter)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: '',
          counter: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.string()
              break
            }
            case 2: {
              obj.counter = reader.uint64()
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
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.counter`,
                value: reader.uint64()
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

  export interface VectorClockEntryIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface VectorClockEntryCounterFieldEvent {
    field: '$.counter'
    value: bigint
  }

  export function encode (obj: Partial<VectorClockEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VectorClockEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VectorClockEntry>): VectorClockEntry {
    return decodeMessage(buf, VectorClockEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VectorClockEntry>): Generator<VectorClockEntryIdFieldEvent | VectorClockEntryCounterFieldEvent> {
    return streamMessage(buf, VectorClockEntry.codec(), opts)
  }
}
