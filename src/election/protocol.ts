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
    votersChange: ElectionBody['votersChange']
    votersReply: ElectionBody['votersReply']
    attend: ElectionBody['attend']
    attendance: ElectionBody['attendance']
  }
}

/**
 * The election layer's protocol: membership heartbeats on the control topic; votes,
 * leases and resignations on the "election" stream protocol.
 * Version history: 1.0 — wire version 1 (election/election-wire.proto). 1.1 — a lease
 * carries only the records a commit changed to a voter that holds the version before it
 * (Lease.changes, baseVersion, puts, deletes; LeaseAck.takesChanges, needsState); 1.0
 * voters, which never say they take changes, are sent whole states as before.
 * 1.2 — named voters can be changed while the cluster runs (VotersChange, VotersReply,
 * sent to the leader on the coord stream); the configuration is a record of the
 * replicated state (ClusterRecord), which 1.1 peers keep and forward without reading.
 * 1.3 — a fleet's clients gossip no heartbeats: each attends a voter (Attend, a long poll
 * answered with Attendance: the live voters, the leader, the configuration), and voters
 * pass their attendees to the leader in their lease acks (LeaseAck.attended).
 * 1.4 — heartbeats say how many members their sender knows (Heartbeat.seen).
 * 1.5 — a voter that stops says so in a last heartbeat (Heartbeat.leaving), and the
 * others drop it at once; 1.4 peers read it as a heartbeat.
 * 1.6 — a voter that restarted with nothing and holds no leader's state yet says so in
 * its grants (VoteReply.forgetful), which a candidate counts only as Elector.wins allows,
 * and asks for the whole state in its ack to a renewal (LeaseAck.needsState); a 1.5
 * leader ignores that, and a 1.5 voter's grants count as before.
 */
export const ELECTION_PROTOCOL = { name: 'election', major: 1, minor: 6, body: ElectionBody, kinds: ['heartbeat', 'voteRequest', 'voteReply', 'lease', 'leaseAck', 'resign', 'votersChange', 'votersReply', 'attend', 'attendance'] } satisfies WireLayer
