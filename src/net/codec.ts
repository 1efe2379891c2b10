import { Envelope, RpcFrame } from './wire.js'
import { InvalidMessageError } from '../errors.js'
import type { PeerId } from '@libp2p/interface'

/** The wire version this build speaks. Bumped on any incompatible change to wire.proto. */
export const WIRE_VERSION = 1

/** The body fields of an Envelope: exactly one is set in a valid message. */
export const BODY_KINDS = [
  'docUpdate', 'docDigest', 'syncRequest', 'syncReply', 'syncPush', 'ack',
  'heartbeat', 'voteRequest', 'voteReply', 'lease', 'leaseAck', 'resign',
  'lockRequest', 'lockReply', 'lockRelease', 'lockRenew', 'lockCancel',
  'barrierArrive', 'barrierReply', 'barrierParties', 'casRequest', 'casReply', 'routed', 'coordViewRequest', 'coordView',
  'semaphoreAcquire', 'campaign', 'electionWatch', 'electionLeader',
  'proposalRequest', 'proposalVote', 'proposalDecision'
] as const
export type BodyKind = typeof BODY_KINDS[number]
/** Generated types demand Uint8Array<ArrayBuffer>; Yjs hands out plain Uint8Array. */
type Loose<T> = { [K in keyof T]: T[K] extends Uint8Array ? Uint8Array : T[K] extends object | undefined ? Loose<T[K]> : T[K] }
export type Body = { [K in BodyKind]: Loose<Pick<Required<Envelope>, K>> }[BodyKind]

/** A decoded, validated message: the libp2p sender vouched for the author. */
export type Message<K extends BodyKind = BodyKind> = {
  [T in K]: { kind: T, from: PeerId, body: NonNullable<Envelope[T]> }
}[K]

export function kindOf (body: Partial<Envelope> | Body): BodyKind {
  const kinds = BODY_KINDS.filter(k => (body as Partial<Envelope>)[k] != null)
  if (kinds.length !== 1) throw new InvalidMessageError('type', `expected one body, found ${kinds.length}`)
  return kinds[0]!
}

export function encodeEnvelope (sender: PeerId, body: Body): Uint8Array {
  return Envelope.encode(envelopeOf(sender, body))
}

export function envelopeOf (sender: PeerId, body: Body): Envelope {
  return { version: WIRE_VERSION, sender: sender.toMultihash().bytes, ...body } as Envelope
}

/**
 * Strict validation shared by gossip and streams: known version, exactly one body, and
 * an author that is the peer libp2p authenticated (gossip signer or stream remote).
 */
export function checkEnvelope (env: Envelope, from: PeerId): Message {
  if (env.version !== WIRE_VERSION) throw new InvalidMessageError('version', `unknown wire version ${env.version}`)
  const kind = kindOf(env)
  if (!bytesEqual(env.sender, from.toMultihash().bytes)) {
    throw new InvalidMessageError('sender', `claimed sender is not the libp2p sender ${from.toString()}`)
  }
  return { kind, from, body: env[kind] } as Message
}

export function decodeEnvelope (bytes: Uint8Array, from: PeerId, maxBytes: number): Message {
  if (bytes.byteLength > maxBytes) throw new InvalidMessageError('oversize', `${bytes.byteLength} bytes > limit ${maxBytes}`)
  let env: Envelope
  try {
    env = Envelope.decode(bytes)
  } catch (err) {
    throw new InvalidMessageError('malformed', 'not a valid Envelope', { cause: err })
  }
  return checkEnvelope(env, from)
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
