import { TypedEventEmitter } from 'main-event'
import { InvalidMessageError, NotLeaderError } from '../errors.js'
import { quorum } from '../net/quorum.js'
import { compareRank, rankFields, rankFromFields, type Rank } from './rank.js'
import { applyChange, diffRecords, emptyReplica, joinRecords, newerThan, type Records, type ReplicaChange, type ReplicaState, type SplitState } from './replica.js'
import type { Vote, VoterStore } from './votes.js'
import type { Membership, Member } from './membership.js'
import type { Body, Message } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'
import type { Stats } from '../net/stats.js'
import type { PeerId } from '@libp2p/interface'

export interface LeaderInfo { id: string, rank?: number, epoch: number }

/** What the elector needs of membership: who is live, and their heartbeats. */
export type MembershipView = Pick<Membership, 'live' | 'get' | 'isLive' | 'beat' | 'addEventListener'>

/** Where a voter keeps its vote and its copy of the replicated state. */
export type VoteStore = Pick<VoterStore, 'durable' | 'loadVote' | 'saveVote' | 'loadState' | 'saveState'>

export interface ElectorOptions {
  self: PeerId
  rank?: number
  candidate: boolean
  preempt: boolean
  /** Cluster size for quorum mode; undefined for open mode. */
  members?: number
  /** Lease: a voter's promise lasts this long after it acks. */
  ttlMs: number
  heartbeatMs: number
  /** The leader stops acting this long before its voters' promises can expire (clock drift, delays). */
  driftMarginMs: number
  /** Splits a whole replicated state into its records (the layer above owns their format). */
  split: SplitState
  /** Where replication traffic is counted (peer.stats()). */
  stats?: Pick<Stats, 'count'>
}

export interface ElectorEvents {
  /** The leader this peer believes in changed (undefined: none known). */
  leader: CustomEvent<LeaderInfo | undefined>
  /** This peer became the acting leader; detail is the adopted state. */
  elected: CustomEvent<{ epoch: number, state: ReplicaState }>
  /** This peer stopped being the leader. */
  deposed: CustomEvent<{ epoch: number }>
}

/** A voter's promise: from a vote grant, or renewed by a leader's lease. */
interface Promise_ { leader: string, epoch: number, until: number, fromLease: boolean }

/** What a lease carries: nothing (a renewal), the whole state, or the changes from `base`. */
type Carried = { whole: ReplicaState } | { next: ReplicaState, base: ReplicaState, change: ReplicaChange }

/** How a voter answered a lease. */
type LeaseOutcome = 'held' | 'renewed' | 'needs-state' | 'refused'

/**
 * Bully election with epochs and leases (DESIGN.md, election/).
 *
 * Voter rules: at most one vote per epoch, persisted before the grant; no vote while a
 * promise to a live leader stands; no vote for a candidate when a lower-rank candidate
 * is live. Leader rule: act only while a majority's promises (counted from when the
 * lease request was sent, on the leader's monotonic clock) are younger than ttlMs minus
 * a drift margin. In quorum mode the majority is of the configured cluster size, so a
 * minority side never elects and at most one leader acts at any moment. In open mode it
 * is a majority of the members this peer currently sees, so two sides of a partition
 * may each elect a leader.
 */
export class Elector extends TypedEventEmitter<ElectorEvents> {
  private epoch = 0
  private vote: Vote = { epoch: 0, candidate: '' }
  private promise: Promise_ | undefined
  private role: 'follower' | 'leader' = 'follower'
  private leaderEpoch = 0
  /** Leader only: voter id -> when the last lease it accepted was sent (performance.now()). */
  private readonly acks = new Map<string, number>()
  /** Leader only: voter id -> the newest version of this epoch it holds (it acked). */
  private readonly held = new Map<string, number>()
  /**
   * Leader only: voter id -> the version of this epoch last sent to it, while its answer is
   * awaited. Leases to one voter travel in order on one stream and a voter takes a version
   * as soon as it reads it, so the next commit's changes may build on a version still in
   * flight: under back-to-back commits a voter's ack often comes after the next commit
   * (a guess that fails costs a `needsState` and a whole state, nothing else).
   */
  private readonly sending = new Map<string, number>()
  /** Leader only: voters that said they apply changes (election 1.1); the others get whole states. */
  private readonly takesChanges = new Set<string>()
  private replica: ReplicaState = emptyReplica()
  /** The leader whose lease wrote `replica` (in its epoch): only its changes apply onto it. */
  private replicaFrom: string | undefined
  private current: LeaderInfo | undefined
  private campaigning = false
  private votingFrom = 0
  private lastWhyNot: string | undefined = ''
  private nextCampaign = 0
  private timer: ReturnType<typeof setInterval> | undefined
  private stopped = false
  readonly selfId: string
  readonly selfPeerId: PeerId

  constructor (
    private readonly membership: MembershipView,
    private readonly rpc: Rpc,
    private readonly store: VoteStore,
    private readonly opts: ElectorOptions,
    private readonly log: (...args: unknown[]) => void
  ) {
    super()
    this.selfId = opts.self.toString()
    this.selfPeerId = opts.self
    rpc.handle('voteRequest', async msg => await this.onVoteRequest(msg))
    rpc.handle('lease', async msg => await this.onLease(msg))
    rpc.handle('resign', async msg => this.onResign(msg))
    membership.addEventListener('heartbeat', evt => { this.onHeartbeat(evt.detail) })
    membership.addEventListener('member:leave', evt => { if (evt.detail.id === this.current?.id) this.setLeader(undefined) })
  }

  async start (): Promise<void> {
    this.vote = await this.store.loadVote()
    this.replica = await this.store.loadState()
    this.epoch = Math.max(this.vote.epoch, this.replica.epoch)
    // Without durable storage this peer cannot know what it voted before a restart. Any
    // campaign it might have voted in lasts at most a lease TTL (its vote requests time
    // out), so it stays silent for twice that before voting again.
    if (!this.store.durable) this.votingFrom = performance.now() + 2 * this.opts.ttlMs
    // A (re)started peer listens to the mesh for a moment before campaigning, and never
    // casts its own vote inside the quiet period either.
    this.nextCampaign = Math.max(performance.now() + this.opts.heartbeatMs * 2, this.votingFrom)
    this.timer = setInterval(() => { this.tick() }, this.opts.heartbeatMs)
  }

  async stop (): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    if (this.role === 'leader') await this.resign()
  }

  /** Who this peer believes is the acting leader. */
  get leader (): LeaderInfo | undefined { return this.current }
  get knownEpoch (): number { return this.epoch }
  get quorumMode (): boolean { return this.opts.members != null }

  /** True while this peer is leader and a majority's promises are fresh. */
  isActing (): boolean {
    return this.role === 'leader' && !this.stopped && this.freshAcks() >= this.quorum()
  }

  /** The epoch this peer leads, if acting. */
  actingEpoch (): number | undefined {
    return this.isActing() ? this.leaderEpoch : undefined
  }

  /** This peer's copy of the replicated state. */
  state (): ReplicaState { return this.replica }

  /**
   * Leader only: replicate `records` as the next version of the state; resolves once a
   * majority (counting this peer) holds it. A voter that holds the previous version of
   * this epoch is sent only what changed; any other, the whole state. Calls must not
   * overlap. Throws NotLeaderError if not acting, or if the majority is not reached
   * within a lease TTL.
   */
  async replicate (records: Records): Promise<void> {
    if (!this.isActing()) throw new NotLeaderError('not the acting leader', this.current?.id)
    const epoch = this.leaderEpoch
    const base = this.replica
    const next: ReplicaState = { epoch, version: base.version + 1, records }
    const change = diffRecords(base.records, records)
    this.replica = next
    this.replicaFrom = this.selfId
    await this.store.saveState(next, { base, change })
    const voters = this.voterIds()
    const needed = this.quorum() - 1 // this peer holds it
    if (needed <= 0) return
    await quorum(voters.map(async v => await this.sendState(v, next, base, change)), needed, this.opts.ttlMs,
      accepted => new NotLeaderError(voters.length < needed ? 'too few live voters' : `replication reached ${accepted + 1} of ${this.quorum()} needed`))
    if (this.role !== 'leader' || this.leaderEpoch !== epoch) throw new NotLeaderError('deposed while replicating')
  }

  // ---- voter side ---------------------------------------------------------------

  private async onVoteRequest (msg: Message<'voteRequest'>): Promise<Body> {
    const candidate = msg.from.toString()
    const epoch = Number(msg.body.epoch)
    const rank: Rank = { rank: rankFromFields(msg.body.hasRank, msg.body.rank), id: candidate }
    const refusal = this.refuseVote(candidate, epoch, rank)
    if (refusal != null || msg.body.pre) {
      return { voteReply: { granted: refusal == null, epoch: BigInt(refusal == null ? epoch : Math.max(this.epoch, this.vote.epoch)), reason: refusal ?? '', stateEpoch: 0n, stateVersion: 0n, state: new Uint8Array(0) } }
    }
    await this.recordVote({ epoch, candidate })
    // The grant is also a promise: no vote for anyone else for a lease TTL.
    this.promise = { leader: candidate, epoch, until: performance.now() + this.opts.ttlMs, fromLease: false }
    const s = this.replica
    return { voteReply: { granted: true, epoch: BigInt(epoch), reason: '', stateEpoch: BigInt(s.epoch), stateVersion: BigInt(s.version), state: joinRecords(s.records) } }
  }

  private refuseVote (candidate: string, epoch: number, rank: Rank): string | undefined {
    if (this.quorumMode && !this.isVoter(candidate)) return 'not a voter of this cluster'
    if (performance.now() < this.votingFrom) return 'restarted without durable votes: quiet period'
    if (epoch < this.vote.epoch || (epoch === this.vote.epoch && this.vote.candidate !== candidate)) return `already voted in epoch ${this.vote.epoch}`
    if (epoch <= this.epoch && this.vote.epoch !== epoch) return `epoch ${epoch} is not newer than ${this.epoch}`
    const p = this.promise
    if (p != null && p.leader !== candidate && performance.now() < p.until) return `promised to ${p.leader} (epoch ${p.epoch})`
    if (this.isActing()) return 'this peer is the acting leader'
    const lower = this.liveCandidates().find(c => c.id !== candidate && compareRank(c, rank) < 0)
    if (lower != null) return `a lower-rank candidate is live: ${lower.id}`
    return undefined
  }

  private async onLease (msg: Message<'lease'>): Promise<Body> {
    const leader = msg.from.toString()
    const epoch = Number(msg.body.epoch)
    const p = this.promise
    const stale = epoch < this.vote.epoch || epoch < this.epoch ||
      (p != null && p.leader !== leader && p.epoch >= epoch && performance.now() < p.until)
    if (stale) return { leaseAck: { accepted: false, epoch: BigInt(Math.max(this.epoch, this.vote.epoch)), takesChanges: true, needsState: false } }
    if (this.role === 'leader' && epoch > this.leaderEpoch) this.stepDown('a newer leader renewed its lease with us')
    this.epoch = epoch
    this.promise = { leader, epoch, until: performance.now() + this.opts.ttlMs, fromLease: true }
    // the state is durable before the ack counts toward the majority
    let needsState = false
    if (msg.body.changes) needsState = !(await this.applyChanges(leader, epoch, msg.body))
    else if (msg.body.hasState) await this.takeWhole(leader, epoch, msg.body)
    if (this.current?.id !== leader || this.current.epoch !== epoch) {
      this.setLeader({ id: leader, rank: this.membership.get(leader)?.rank, epoch })
    }
    return { leaseAck: { accepted: true, epoch: BigInt(epoch), takesChanges: true, needsState } }
  }

  /** Applies a lease's changes if this voter holds their base from that leader; false if it does not (it needs the whole state). */
  private async applyChanges (leader: string, epoch: number, body: Message<'lease'>['body']): Promise<boolean> {
    const version = Number(body.stateVersion)
    const base = Number(body.baseVersion)
    const r = this.replica
    const ours = this.replicaFrom === leader && r.epoch === epoch
    if (ours && r.version >= version) return true // a retry of changes already applied
    if (!ours || r.version !== base || version <= base) return false
    const change: ReplicaChange = { puts: body.puts.map(p => [p.key, p.value]), deletes: body.deletes }
    const next: ReplicaState = { epoch, version, records: applyChange(r.records, change) }
    this.replica = next
    await this.store.saveState(next, { base: r, change })
    return true
  }

  private async takeWhole (leader: string, epoch: number, body: Message<'lease'>['body']): Promise<void> {
    const incoming = { epoch, version: Number(body.stateVersion) }
    const r = this.replica
    // the same version from another leader (open mode: two leaders of one epoch), or from
    // this one before a restart: take it, so that this leader's changes apply from now on
    const replaces = newerThan(incoming, r) || (incoming.epoch === r.epoch && incoming.version === r.version && this.replicaFrom !== leader)
    if (!replaces) return
    const next: ReplicaState = { ...incoming, records: this.splitState(body.state) }
    this.replica = next
    this.replicaFrom = leader
    await this.store.saveState(next)
  }

  private splitState (whole: Uint8Array): Map<string, Uint8Array> {
    try {
      return this.opts.split(whole)
    } catch (err) {
      throw new InvalidMessageError('malformed', 'a replicated state that does not decode', { cause: err })
    }
  }

  private onResign (msg: Message<'resign'>): Body {
    const from = msg.from.toString()
    if (this.promise?.leader === from && this.promise.epoch === Number(msg.body.epoch)) this.promise = undefined
    if (this.current?.id === from) this.setLeader(undefined)
    this.nextCampaign = 0
    return { ack: {} }
  }

  private async recordVote (vote: Vote): Promise<void> {
    this.vote = vote
    this.epoch = Math.max(this.epoch, vote.epoch)
    await this.store.saveVote(vote)
  }

  // ---- candidate and leader side ------------------------------------------------

  private tick (): void {
    if (this.stopped) return
    if (this.role === 'leader') {
      // Not acting (acks too old) is not yet deposed: right after a stall of this process
      // the acks to renewals sent before it are still unread. Keep renewing, and step
      // down only once the voters' promises have run out, so they may have elected another.
      if (!this.isActing() && this.majorityAckAge() > this.opts.ttlMs + this.opts.heartbeatMs) { this.stepDown('lease lapsed: no majority renewed in time'); return }
      this.renewLeases()
      this.maybeHandOver()
      return
    }
    if (this.shouldCampaign()) void this.campaign()
  }

  private shouldCampaign (): boolean {
    const why = this.whyNotCampaign()
    if (why !== this.lastWhyNot) { this.lastWhyNot = why; this.log('campaign check: %s', why ?? 'go') }
    return why == null
  }

  /** Why this peer does not stand now, or undefined if it should. */
  private whyNotCampaign (): string | undefined {
    if (!this.opts.candidate) return 'not a candidate'
    if (this.campaigning) return 'campaigning'
    if (performance.now() < this.nextCampaign) return 'backing off'
    if (this.quorumMode && !this.isVoter(this.selfId)) return 'not a voter'
    const leader = this.current
    if (leader != null && leader.id !== this.selfId && this.membership.isLive(leader.id) && !this.lapsed(leader.id)) {
      // stability: a working leader is not challenged
      if (this.membership.get(leader.id)?.leading === true) return `leader ${leader.id.slice(-6)} is live`
    }
    const p = this.promise
    if (p != null && p.leader !== this.selfId && performance.now() < p.until && this.membership.isLive(p.leader)) return `promised to ${p.leader.slice(-6)}`
    const me: Rank = { rank: this.opts.rank, id: this.selfId }
    const lower = this.liveCandidates().find(c => c.id !== this.selfId && compareRank(c, me) < 0)
    return lower != null ? `lower rank ${lower.id.slice(-6)} is live` : undefined
  }

  private async campaign (): Promise<void> {
    this.campaigning = true
    try {
      const epoch = Math.max(this.epoch, this.vote.epoch) + 1
      const p = this.promise
      if (p != null && p.leader !== this.selfId && performance.now() < p.until) return
      const voters = this.voterIds()
      // Pre-vote first: only a candidate that would win moves the epoch on.
      const pre = await this.poll(voters, epoch, true)
      if (pre.length < this.quorum() || this.stopped) {
        this.log('pre-vote for epoch %d: %d of %d (%d voters asked)', epoch, pre.length, this.quorum(), voters.length)
        return
      }
      await this.recordVote({ epoch, candidate: this.selfId })
      this.log('campaigning for epoch %d', epoch)
      const sentAt = performance.now()
      const grants = await this.poll(voters, epoch, false)
      if (this.stopped || this.vote.epoch !== epoch || this.vote.candidate !== this.selfId) return
      if (grants.length >= this.quorum()) {
        this.becomeLeader(epoch, grants, sentAt)
      } else {
        this.log('epoch %d: %d of %d votes', epoch, grants.length, this.quorum())
      }
    } catch (err) {
      this.log('campaign failed: %o', err)
    } finally {
      this.campaigning = false
      this.nextCampaign = performance.now() + this.opts.heartbeatMs * (1 + Math.random())
    }
  }

  /** Asks every voter for a (pre-)vote in `epoch`; returns the grants, this peer's own first. */
  private async poll (voters: Voter[], epoch: number, pre: boolean): Promise<Grant[]> {
    const grants: Grant[] = [{ id: this.selfId, state: this.replica }]
    await Promise.allSettled(voters.map(async v => {
      const reply = await this.rpc.request(v.peerId, { voteRequest: { epoch: BigInt(epoch), ...rankFields(this.opts.rank), pre } }, { timeoutMs: this.opts.ttlMs })
      if (reply.kind !== 'voteReply') return
      if (!reply.body.granted) this.log('%s refused %s epoch %d: %s', v.id.slice(-6), pre ? 'pre-vote' : 'vote', epoch, reply.body.reason)
      if (reply.body.granted && Number(reply.body.epoch) === epoch) {
        grants.push({ id: v.id, state: { epoch: Number(reply.body.stateEpoch), version: Number(reply.body.stateVersion), whole: reply.body.state } })
      } else {
        // A refusal names the newest epoch the voter knows. Learn it from pre-votes too: a
        // peer restarted from an older disk otherwise pre-votes for a stale epoch, is
        // refused as "not newer" for ever, and, with no leader to learn from, the mesh
        // never elects again (found by the elector property test).
        this.epoch = Math.max(this.epoch, Number(reply.body.epoch))
      }
    }))
    return grants
  }

  private becomeLeader (epoch: number, grants: Grant[], sentAt: number): void {
    let newest: Grant['state'] = this.replica
    for (const g of grants) if (newerThan(g.state, newest)) newest = g.state
    // (a state that does not decode throws here, before this peer leads on it)
    const adopted: ReplicaState = 'whole' in newest ? { epoch: newest.epoch, version: newest.version, records: this.splitState(newest.whole) } : newest
    if (adopted !== this.replica) { this.replica = adopted; this.replicaFrom = undefined }
    this.role = 'leader'
    this.leaderEpoch = epoch
    this.epoch = Math.max(this.epoch, epoch)
    this.acks.clear()
    this.held.clear()
    this.sending.clear()
    this.takesChanges.clear()
    for (const g of grants) if (g.id !== this.selfId) this.acks.set(g.id, sentAt)
    this.log('elected leader of epoch %d with %d votes, adopted state %d/%d', epoch, grants.length, adopted.epoch, adopted.version)
    this.setLeader({ id: this.selfId, rank: this.opts.rank, epoch })
    this.dispatchEvent(new CustomEvent('elected', { detail: { epoch, state: adopted } }))
    this.renewLeases()
    void this.membership.beat()
  }

  private renewLeases (): void {
    for (const v of this.voterIds()) void this.sendLease(v).catch(() => {})
  }

  /** Replicates `next` to one voter: its changes from `base` if the voter holds `base`, else whole; true once it holds `next`. */
  private async sendState (voter: Voter, next: ReplicaState, base: ReplicaState, change: ReplicaChange): Promise<boolean> {
    const hasBase = base.epoch === next.epoch && (this.held.get(voter.id) === base.version || this.sending.get(voter.id) === base.version)
    this.sending.set(voter.id, next.version)
    try {
      if (hasBase && this.takesChanges.has(voter.id)) {
        const outcome = await this.sendLease(voter, { next, base, change })
        if (outcome !== 'needs-state') return outcome === 'held'
      }
      return await this.sendLease(voter, { whole: next }) === 'held'
    } finally {
      if (this.sending.get(voter.id) === next.version) this.sending.delete(voter.id)
    }
  }

  /** Sends a lease carrying nothing, the whole state or changes; says how the voter answered. */
  private async sendLease (voter: Voter, carried?: Carried): Promise<LeaseOutcome> {
    const epoch = this.leaderEpoch
    const sentAt = performance.now()
    const lease = leaseBody(epoch, carried)
    if (carried != null) this.countSent(lease)
    const reply = await this.rpc.request(voter.peerId, { lease }, { timeoutMs: this.opts.ttlMs })
    if (reply.kind !== 'leaseAck' || this.role !== 'leader' || this.leaderEpoch !== epoch) return 'refused'
    if (reply.body.accepted) {
      this.acks.set(voter.id, Math.max(this.acks.get(voter.id) ?? 0, sentAt))
      if (reply.body.takesChanges) this.takesChanges.add(voter.id)
      else this.takesChanges.delete(voter.id) // (the same peer restarted as an older release)
      if (carried == null) return 'renewed'
      // a voter that ignores changes (1.0) renewed its promise but holds nothing new
      if (reply.body.needsState || ('change' in carried && !reply.body.takesChanges)) return 'needs-state'
      const version = 'whole' in carried ? carried.whole.version : carried.next.version
      this.held.set(voter.id, Math.max(this.held.get(voter.id) ?? 0, version))
      return 'held'
    }
    if (Number(reply.body.epoch) > epoch) {
      this.epoch = Math.max(this.epoch, Number(reply.body.epoch))
      this.stepDown(`voter ${voter.id} is in epoch ${reply.body.epoch}`)
    }
    return 'refused'
  }

  private countSent (lease: Message<'lease'>['body']): void {
    const stats = this.opts.stats
    if (stats == null) return
    stats.count('replication', lease.changes ? 'changes' : 'whole')
    stats.count('replication', 'bytes', lease.state.byteLength + lease.puts.reduce((n, p) => n + p.key.length + p.value.byteLength, 0) + lease.deletes.reduce((n, k) => n + k.length, 0))
  }

  /** With a lower-rank candidate asking to pre-empt, hand over cleanly. */
  private maybeHandOver (): void {
    const me: Rank = { rank: this.opts.rank, id: this.selfId }
    const challenger = this.liveCandidates().find(c => c.preempt && c.id !== this.selfId && compareRank(c, me) < 0)
    if (challenger == null) return
    this.log('handing over to lower-rank %s', challenger.id)
    void this.resign()
  }

  private async resign (): Promise<void> {
    const epoch = this.leaderEpoch
    this.stepDown('resigned')
    await Promise.allSettled(this.voterIds().map(async v => await this.rpc.request(v.peerId, { resign: { epoch: BigInt(epoch) } }, { timeoutMs: this.opts.ttlMs })))
  }

  private stepDown (why: string): void {
    if (this.role !== 'leader') return
    const epoch = this.leaderEpoch
    this.role = 'follower'
    this.acks.clear()
    this.log('stepping down from epoch %d: %s', epoch, why)
    if (this.current?.id === this.selfId) this.setLeader(undefined)
    this.dispatchEvent(new CustomEvent('deposed', { detail: { epoch } }))
    void this.membership.beat()
  }

  // ---- views --------------------------------------------------------------------

  private onHeartbeat (m: Member): void {
    if (m.leading && m.epoch >= this.epoch && m.id !== this.selfId) {
      if (this.role === 'leader' && m.epoch > this.leaderEpoch) this.stepDown(`${m.id} leads epoch ${m.epoch}`)
      this.epoch = Math.max(this.epoch, m.epoch)
      // (also when only the rank is new: a leader first learned from its lease renewal,
      // before its first heartbeat, was recorded without one)
      if (this.current?.id !== m.id || this.current.epoch !== m.epoch || this.current.rank !== m.rank) this.setLeader({ id: m.id, rank: m.rank, epoch: m.epoch })
    } else if (!m.leading && this.current?.id === m.id) {
      this.setLeader(undefined)
    }
  }

  private setLeader (info: LeaderInfo | undefined): void {
    this.current = info
    this.dispatchEvent(new CustomEvent('leader', { detail: info }))
  }

  /** How long ago the lease was sent that a majority (this peer included) last accepted. */
  private majorityAckAge (): number {
    const now = performance.now()
    const ages = [...this.acks.values()].map(sentAt => now - sentAt).sort((a, b) => a - b)
    const others = this.quorum() - 1 // this peer's own promise counts
    return others <= 0 ? 0 : ages[others - 1] ?? Number.POSITIVE_INFINITY
  }

  private freshAcks (): number {
    const horizon = performance.now() - (this.opts.ttlMs - this.opts.driftMarginMs)
    let fresh = 1 // this peer's own promise
    // Every ack is a voter's promise, whatever membership thinks of that voter right now: a
    // voter it briefly suspects (a stall, a lost heartbeat) has still promised.
    for (const sentAt of this.acks.values()) if (sentAt > horizon) fresh++
    return fresh
  }

  private quorum (): number {
    const n = this.opts.members ?? (this.membership.live().length + 1)
    return Math.floor(n / 2) + 1
  }

  private isVoter (id: string): boolean {
    if (!this.quorumMode) return true
    if (id === this.selfId) return true
    return this.membership.get(id)?.members === this.opts.members
  }

  private voterIds (): Voter[] {
    return this.membership.live().filter(m => this.isVoter(m.id)).map(m => ({ id: m.id, peerId: m.peerId }))
  }

  /**
   * The leader we promised to stopped renewing: its lease lapsed here. Its membership
   * heartbeats may go on for a while (or it is only cut off from us), but as a candidate
   * it no longer counts: the lease, not the heartbeat, is the failure detector for leaders.
   */
  private lapsed (id: string): boolean {
    const p = this.promise
    return p != null && p.fromLease && p.leader === id && performance.now() >= p.until
  }

  private liveCandidates (): Array<Rank & { preempt: boolean }> {
    const others = this.membership.live().filter(m => m.candidate && this.isVoter(m.id) && !this.lapsed(m.id)).map(m => ({ rank: m.rank, id: m.id, preempt: m.preempt }))
    const me = this.opts.candidate && this.isVoter(this.selfId) ? [{ rank: this.opts.rank, id: this.selfId, preempt: this.opts.preempt }] : []
    return [...others, ...me]
  }
}

interface Voter { id: string, peerId: PeerId }

/** A vote grant: a voter's state as it sent it (whole), or this peer's own. */
interface Grant { id: string, state: ReplicaState | { epoch: number, version: number, whole: Uint8Array } }

function leaseBody (epoch: number, carried?: Carried): Message<'lease'>['body'] {
  const none = { epoch: BigInt(epoch), hasState: false, stateVersion: 0n, state: new Uint8Array(0), changes: false, baseVersion: 0n, puts: [], deletes: [] }
  if (carried == null) return none
  if ('whole' in carried) return { ...none, hasState: true, stateVersion: BigInt(carried.whole.version), state: joinRecords(carried.whole.records) }
  const { next, base, change } = carried
  return { ...none, changes: true, stateVersion: BigInt(next.version), baseVersion: BigInt(base.version), puts: change.puts.map(([key, value]) => ({ key, value: value as Uint8Array<ArrayBuffer> })), deletes: change.deletes }
}
