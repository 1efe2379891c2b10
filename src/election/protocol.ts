import { ElectionBody } from './election-wire.js'
import type { WireLayer } from '../net/codec.js'

declare module '../net/codec.js' {
  interface BodyMap {
    heartbeat: ElectionBody['heartbeat']
    voteRequest: ElectionBody['voteRequest']
    voteReply: ElectionBody['voteReply']
    lease: ElectionBody['lease']
    leaseAck: ElectionBody['leaseAck']
    resign: ElectionBody['resign']
  }
}

/**
 * The election layer's protocol: membership heartbeats on the control topic; votes,
 * leases and resignations on the "election" stream protocol.
 * Version history: 1.0 — wire version 1 (election/election-wire.proto).
 */
export const ELECTION_PROTOCOL = { name: 'election', major: 1, minor: 0, body: ElectionBody, kinds: ['heartbeat', 'voteRequest', 'voteReply', 'lease', 'leaseAck', 'resign'] } satisfies WireLayer
