import { reader } from 'protons-runtime'
import { Envelope, NetBody, RpcFrame } from './envelope.js'
import { InvalidMessageError, UnsupportedError } from '../errors.js'
import type { PeerId } from '@libp2p/interface'

/** The envelope format (Envelope.version). Layers version their own protocols (WireLayer). */
export const ENVELOPE_VERSION = 1

/**
 * Every body kind of every layer, by name, with its decoded type. net/ knows only its own
 * (below); each layer adds its kinds from its protocol.ts with `declare module`, so that
 * requests and handlers are typed end to end while net/ imports nothing above it.
 */
export interface BodyMap {
  ack: NetBody['ack']
  routed: NetBody['routed']
  direct: NetBody['direct']
}
export type BodyKind = keyof BodyMap & string
/** Generated types demand Uint8Array<ArrayBuffer>; Yjs hands out plain Uint8Array. */
type Loose<T> = { [K in keyof T]: T[K] extends Uint8Array ? Uint8Array : T[K] extends object | undefined ? Loose<T[K]> : T[K] }
/** A message body as sent: exactly one kind. */
export type Body = { [K in BodyKind]: { [P in K]: Loose<NonNullable<BodyMap[K]>> } }[BodyKind]

/** A decoded, validated message: the libp2p sender vouched for the author. */
export type Message<K extends BodyKind = BodyKind> = {
  [T in K]: { kind: T, from: PeerId, body: NonNullable<BodyMap[T]> }
}[K]

/**
 * What a layer contributes to the wire: its body message (generated from its own .proto,
 * one optional field per kind) and the version of its protocol. Field numbers are the
 * layer's share of the Envelope and never collide with another layer's.
 */
export interface WireLayer {
  /** Names the layer in errors and logs. */
  name: string
  /** This build's protocol version: peers of one major interoperate, whatever the minor. */
  major: number
  minor: number
  body: { encode: (body: any) => Uint8Array, decode: (bytes: Uint8Array) => any }
  /** The body message's field names: the kinds of this layer. */
  kinds: readonly string[]
}

/** net/'s own kinds: an empty answer, requests routed over gossip, and gossip sent straight to a subscriber (1.1). */
export const NET_LAYER: WireLayer = { name: 'net', major: 1, minor: 1, body: NetBody, kinds: ['ack', 'routed', 'direct'] }

interface Kind { name: BodyKind, field: number, layer: WireLayer }

const sharedBodies = new WeakSet<object>()

/**
 * `body`, marked to be encoded once however many peers it goes to (a lease holder's
 * replication, the same changes to every voter: its encoding was ~3 % of a busy lease
 * holder's CPU per voter). The caller must not change it once it is sent.
 */
export function sharedBody<B extends Body> (body: B): B {
  sharedBodies.add(body)
  return body
}

/**
 * The codec of a mesh: Envelope header (version, sender, the layer's minor) followed by one
 * layer's body. Decoding checks the header against the libp2p sender, finds the one body
 * field and hands it to its layer's codec. A kind this build does not know is a newer
 * peer's, not garbage: UnsupportedError, never InvalidMessageError.
 */
export class Wire {
  private readonly byName = new Map<string, Kind>()
  private readonly byField = new Map<number, Kind>()
  /** The encodings of bodies marked by `sharedBody`, by body (and who sent it). */
  private readonly sharedEncodings = new WeakMap<object, { sender: PeerId, bytes: Uint8Array<ArrayBuffer> }>()

  /** `layers` may name a net layer of its own (an older release's, in tests); else NET_LAYER. */
  constructor (layers: WireLayer[]) {
    const net = layers.find(l => l.name === NET_LAYER.name) ?? NET_LAYER
    for (const layer of [net, ...layers.filter(l => l !== net)]) {
      for (const name of layer.kinds) {
        const field = firstField(layer.body.encode({ [name]: {} }))
        const taken = this.byField.get(field) ?? this.byName.get(name)
        if (taken != null) throw new Error(`wire: ${layer.name}.${name} (field ${field}) collides with ${taken.layer.name}.${taken.name}`)
        const kind = { name: name as BodyKind, field, layer }
        this.byName.set(name, kind)
        this.byField.set(field, kind)
      }
    }
  }

  /** Whether this codec has the body kind `kind` (a peer of an older release lacks the newer ones). */
  speaks (kind: string): boolean {
    return this.byName.has(kind)
  }

  get layers (): WireLayer[] { return [...new Set([...this.byName.values()].map(k => k.layer))] }

  kindOf (body: object): BodyKind {
    const kinds = Object.keys(body).filter(k => (body as Record<string, unknown>)[k] != null)
    if (kinds.length !== 1) throw new InvalidMessageError('type', `expected one body, found ${kinds.length}`)
    if (!this.byName.has(kinds[0]!)) throw new InvalidMessageError('type', `unknown body kind ${kinds[0]}`)
    return kinds[0] as BodyKind
  }

  encode (sender: PeerId, body: Body): Uint8Array<ArrayBuffer> {
    const shared = sharedBodies.has(body) ? this.sharedEncodings.get(body) : undefined
    if (shared != null && shared.sender.equals(sender)) return shared.bytes
    const bytes = this.encodeNow(sender, body)
    if (sharedBodies.has(body)) this.sharedEncodings.set(body, { sender, bytes })
    return bytes
  }

  private encodeNow (sender: PeerId, body: Body): Uint8Array<ArrayBuffer> {
    const { layer } = this.byName.get(this.kindOf(body))!
    const header = Envelope.encode({ version: ENVELOPE_VERSION, sender: sender.toMultihash().bytes, minor: layer.minor })
    const payload = layer.body.encode(body)
    const bytes = new Uint8Array(header.byteLength + payload.byteLength)
    bytes.set(header)
    bytes.set(payload, header.byteLength)
    return bytes
  }

  /**
   * Strict validation shared by gossip and streams: known envelope version, exactly one
   * body, and an author that is the peer libp2p authenticated (gossip signer or stream remote).
   */
  decode (bytes: Uint8Array, from: PeerId, maxBytes: number): Message {
    if (bytes.byteLength > maxBytes) throw new InvalidMessageError('oversize', `${bytes.byteLength} bytes > limit ${maxBytes}`)
    let header: Envelope
    let fields: Set<number>
    try {
      header = Envelope.decode(bytes)
      fields = bodyFields(bytes)
    } catch (err) {
      throw new InvalidMessageError('malformed', 'not a valid Envelope', { cause: err })
    }
    if (header.version !== ENVELOPE_VERSION) throw new InvalidMessageError('version', `unknown envelope version ${header.version}`)
    if (!bytesEqual(header.sender, from.toMultihash().bytes)) {
      throw new InvalidMessageError('sender', `claimed sender is not the libp2p sender ${from.toString()}`)
    }
    if (fields.size !== 1) throw new InvalidMessageError('type', `expected one body, found ${fields.size}`)
    const field = [...fields][0]!
    const kind = this.byField.get(field)
    if (kind == null) throw new UnsupportedError(`body field ${field} (a newer peer's, minor ${header.minor}) is not spoken by this release`)
    let decoded: Record<string, unknown>
    try {
      decoded = kind.layer.body.decode(bytes)
    } catch (err) {
      throw new InvalidMessageError('malformed', `not a valid ${kind.layer.name} ${kind.name}`, { cause: err })
    }
    return { kind: kind.name, from, body: decoded[kind.name] } as Message
  }
}

/** The field numbers of an encoded Envelope past its header: the body's. */
function bodyFields (bytes: Uint8Array): Set<number> {
  const r = reader(bytes)
  const fields = new Set<number>()
  while (r.pos < r.len) {
    const tag = r.uint32()
    const field = tag >>> 3
    if (field === 0) throw new Error('field number 0')
    if (field > 3) fields.add(field)
    r.skipType(tag & 7)
  }
  return fields
}

function firstField (bytes: Uint8Array): number {
  return reader(bytes).uint32() >>> 3
}

export function encodeFrame (frame: Partial<RpcFrame>): Uint8Array {
  return RpcFrame.encode(frame)
}

export function decodeFrame (bytes: Uint8Array): RpcFrame {
  try {
    return RpcFrame.decode(bytes)
  } catch (err) {
    throw new InvalidMessageError('malformed', 'not a valid RpcFrame', { cause: err })
  }
}

export function bytesEqual (a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}
