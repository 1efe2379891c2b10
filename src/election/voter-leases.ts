import type { ReplicaChange, ReplicaState } from './replica.js'
import type { WholeState } from './replica-copy.js'
import { sharedBody, type Message } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'
import type { Attendee } from './election-wire.js'
import type { Stats } from '../net/stats.js'
import type { PeerId } from '@libp2p/interface'

export interface Voter { id: string, peerId: PeerId }

/** What a lease carries: nothing (a renewal), the whole state, or the changes from `base`. */
type Carried = { whole: WholeState } | { next: ReplicaState, base: ReplicaState, change: ReplicaChange }

/** How a voter answered a lease. */
type LeaseOutcome = 'held' | 'renewed' | 'needs-state' | 'refused'

export interface VoterLeasesOptions {
  ttlMs: number
  /**
   * The leader's copy as of now, whole: what a voter that lacks the version before gets.
   * It may be newer than the version being replicated (the copy's records move on with
   * each commit), which holds that version and the ones after it.
   */
  whole: () => WholeState
  /** Is this peer still the leader of `epoch`? An answer that comes after is ignored. */
  leads: (epoch: number) => boolean
  /** A voter refused a lease because it knows a newer epoch: the leader steps down. */
  newerEpoch: (voter: string, epoch: number) => void
  /** How many peers the leader knows of, itself included (Lease.members). */
  members?: () => number
  /** The clients a voter says attended it since its last ack (attendance.ts). */
  attended?: (attendees: Attendee[]) => void
  stats?: Pick<Stats, 'count'>
}

/**
 * The leader's side of its leases, for one term: when each voter last accepted one (its
 * promise, counted from when the lease was sent), which version of this epoch it holds or
 * is being sent, and whether it takes changes (election 1.1). From that it replicates a
 * version to a voter as changes when the voter has the version before, else whole.
 */
export class VoterLeases {
  /** voter id -> when the last lease it accepted was sent (performance.now()). */
  private readonly acks = new Map<string, number>()
  /** voter id -> the newest version of this epoch it holds (it acked). */
  private readonly held = new Map<string, number>()
  /**
   * voter id -> the version of this epoch last sent to it, while its answer is awaited.
   * Leases to one voter travel in order on one stream and a voter takes a version as soon
   * as it reads it, so the next commit's changes may build on a version still in flight:
   * under back-to-back commits a voter's ack often comes after the next commit (a guess
   * that fails costs a `needsState` and a whole state, nothing else).
   */
  private readonly sending = new Map<string, number>()
  /** voters that said they apply changes; the others (1.0) get whole states. */
  private readonly takesChanges = new Set<string>()
  /** The lease of the changes last sent (every voter of a commit gets the same one). */
  private lastChanges?: { change: ReplicaChange, next: ReplicaState, base: ReplicaState, epoch: number, members: number, body: { lease: Message<'lease'>['body'] } }

  constructor (private readonly rpc: Rpc, private readonly opts: VoterLeasesOptions) {}

  /** A new term: the voters that granted their votes (at `sentAt`) have promised; nothing else is known. */
  begin (granted: string[], sentAt: number): void {
    this.end()
    for (const id of granted) this.acks.set(id, sentAt)
  }

  end (): void {
    this.acks.clear()
    this.held.clear()
    this.sending.clear()
    this.takesChanges.clear()
    this.lastChanges = undefined
  }

  /** Voters (those `counts` counts: the configuration's) whose promise was sent after `horizon`. */
  promisedSince (horizon: number, counts: (voter: string) => boolean = () => true): number {
    let n = 0
    // Every ack is a voter's promise, whatever membership thinks of that voter right now: a
    // voter it briefly suspects (a stall, a lost heartbeat) has still promised.
    for (const [id, sentAt] of this.acks) if (sentAt > horizon && counts(id)) n++
    return n
  }

  /** How long ago the lease was sent that the `others`-th freshest voter (of those `counts` counts) last accepted. */
  ageOfPromise (others: number, now: number, counts: (voter: string) => boolean = () => true): number {
    const ages = [...this.acks].filter(([id]) => counts(id)).map(([, sentAt]) => now - sentAt).sort((a, b) => a - b)
    return others <= 0 ? 0 : ages[others - 1] ?? Number.POSITIVE_INFINITY
  }

  /** Renews `voter`'s promise; a voter that says it holds nothing it can vouch for (Elector.forgetful) is sent the whole state. */
  async renew (voter: Voter, epoch: number): Promise<void> {
    if (await this.send(voter, epoch) === 'needs-state') await this.send(voter, epoch, { whole: this.opts.whole() })
  }

  /** Replicates `next` to one voter: its changes from `base` if the voter has `base`, else whole; true once it holds `next`. */
  async replicate (voter: Voter, next: ReplicaState, base: ReplicaState, change: ReplicaChange): Promise<boolean> {
    const hasBase = base.epoch === next.epoch && (this.held.get(voter.id) === base.version || this.sending.get(voter.id) === base.version)
    this.sending.set(voter.id, next.version)
    try {
      if (hasBase && this.takesChanges.has(voter.id)) {
        const outcome = await this.send(voter, next.epoch, { next, base, change })
        if (outcome !== 'needs-state') return outcome === 'held'
      }
      return await this.send(voter, next.epoch, { whole: this.opts.whole() }) === 'held'
    } finally {
      if (this.sending.get(voter.id) === next.version) this.sending.delete(voter.id)
    }
  }

  private async send (voter: Voter, epoch: number, carried?: Carried): Promise<LeaseOutcome> {
    const sentAt = performance.now()
    const body = this.bodyOf(epoch, this.opts.members?.() ?? 0, carried)
    if (carried != null) this.count(body.lease)
    const reply = await this.rpc.request(voter.peerId, body, { timeoutMs: this.opts.ttlMs })
    if (reply.kind !== 'leaseAck' || !this.opts.leads(epoch)) return 'refused'
    if (reply.body.accepted) {
      if (reply.body.attended.length > 0) this.opts.attended?.(reply.body.attended)
      this.acks.set(voter.id, Math.max(this.acks.get(voter.id) ?? 0, sentAt))
      if (reply.body.takesChanges) this.takesChanges.add(voter.id)
      else this.takesChanges.delete(voter.id) // (the same peer restarted as an older release)
      if (carried == null) return reply.body.needsState ? 'needs-state' : 'renewed'
      // a voter that ignores changes (1.0) renewed its promise but holds nothing new
      if (reply.body.needsState || ('change' in carried && !reply.body.takesChanges)) return 'needs-state'
      const version = 'whole' in carried ? carried.whole.version : carried.next.version
      this.held.set(voter.id, Math.max(this.held.get(voter.id) ?? 0, version))
      return 'held'
    }
    if (Number(reply.body.epoch) > epoch) this.opts.newerEpoch(voter.id, Number(reply.body.epoch))
    return 'refused'
  }

  /** The lease carrying `carried`: for changes, the same body for every voter they go to, encoded once (net/codec.ts sharedBody). */
  private bodyOf (epoch: number, members: number, carried?: Carried): { lease: Message<'lease'>['body'] } {
    if (carried == null || !('change' in carried)) return { lease: leaseBody(epoch, members, carried) }
    const last = this.lastChanges
    if (last?.change === carried.change && last.next === carried.next && last.base === carried.base && last.epoch === epoch && last.members === members) return last.body
    const body = sharedBody({ lease: leaseBody(epoch, members, carried) })
    this.lastChanges = { ...carried, epoch, members, body }
    return body
  }

  private count (lease: Message<'lease'>['body']): void {
    const stats = this.opts.stats
    if (stats == null) return
    stats.count('replication', lease.changes ? 'changes' : 'whole')
    stats.count('replication', 'bytes', lease.state.byteLength + lease.puts.reduce((n, p) => n + p.key.length + p.value.byteLength, 0) + lease.deletes.reduce((n, k) => n + k.length, 0))
  }
}

function leaseBody (epoch: number, members: number, carried?: Carried): Message<'lease'>['body'] {
  const none = { epoch: BigInt(epoch), hasState: false, stateVersion: 0n, state: new Uint8Array(0), changes: false, baseVersion: 0n, puts: [], deletes: [], members }
  if (carried == null) return none
  if ('whole' in carried) return { ...none, hasState: true, stateVersion: BigInt(carried.whole.version), state: carried.whole.whole as Uint8Array<ArrayBuffer> }
  const { next, base, change } = carried
  return { ...none, changes: true, stateVersion: BigInt(next.version), baseVersion: BigInt(base.version), puts: change.puts.map(([key, value]) => ({ key, value: value as Uint8Array<ArrayBuffer> })), deletes: change.deletes }
}
