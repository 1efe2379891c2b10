import { TypedEventEmitter } from 'main-event'
import { NotLeaderError, ReconfigurationError } from '../errors.js'
import { quorum } from '../net/quorum.js'
import { compareRank, rankFields, rankFromFields, type Rank } from './rank.js'
import { newerThan, sameBytes, type Records, type ReplicaChange, type ReplicaState, type SplitState } from './replica.js'
import { changeCluster, CLUSTER_KEY, clusterOf, encodeCluster, majorityOf, withoutCluster, type ClusterConfig, type VotersChange } from './cluster.js'
import { ClusterRecord, type Attendee } from './election-wire.js'
import { ReplicaCopy, type WholeState } from './replica-copy.js'
import { VoterLeases, type Voter } from './voter-leases.js'
import type { Vote, VoterStore } from './votes.js'
import type { Membership, Member } from './membership.js'
import type { Body, Message } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'
import type { Stats } from '../net/stats.js'
import type { PeerId } from '@libp2p/interface'

/** The mesh's acting lease holder as a peer knows it (`peer.leader`). */
export interface LeaderInfo {
  /** Its peer id. */
  id: string
  /** Its election rank; undefined if unranked. */
  rank?: number
  /** The election epoch (term) it leads: a new leader always has a higher one. */
  epoch: number
}

/** What the elector needs of membership: who is live, and their heartbeats. */
export type MembershipView = Pick<Membership, 'live' | 'get' | 'isLive' | 'beat' | 'addEventListener' | 'size'>

/** Where a voter keeps its vote and its copy of the replicated state. */
export type VoteStore = Pick<VoterStore, 'durable' | 'loadVote' | 'saveVote' | 'loadState' | 'saveState'>

export interface ElectorOptions {
  self: PeerId
  rank?: number
  candidate: boolean
  preempt: boolean
  /** Cluster size for quorum mode; undefined for open mode. */
  members?: number
  /** The voters by peer id (quorum mode): nobody else votes or leads, whatever it claims. */
  voters?: string[]
  /** Open mode: stand for election before ever meeting another member. */
  allowSolo?: boolean
  /**
   * How long a (re)started peer listens to the mesh before it campaigns or grants a vote:
   * long enough to hear every member's heartbeat once. Default two `heartbeatMs`.
   */
  listenMs?: number
  /** Lease: a voter's promise lasts this long after it acks. */
  ttlMs: number
  heartbeatMs: number
  /** The leader stops acting this long before its voters' promises can expire (clock drift, delays). */
  driftMarginMs: number
  /** Splits a whole replicated state into its records (the layer above owns their format). */
  split: SplitState
  /** Where replication traffic is counted (peer.stats()). */
  stats?: Pick<Stats, 'count'>
  /** A fleet's clients that attended this voter, passed to the leader in lease acks (attendance.ts). */
  attendees?: { take: () => Attendee[], deliver: (attendees: Attendee[]) => void }
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
  /** Leader only: its leases to the voters (their promises, and what each holds). */
  private readonly leases: VoterLeases
  private readonly replica: ReplicaCopy
  private current: LeaderInfo | undefined
  private campaigning = false
  private votingFrom = 0
  /**
   * The highest epoch any member's heartbeat names, leading or not: a floor for this peer's
   * next campaign. Not `epoch`, which also decides which leases this voter takes (a failed
   * candidate's epoch, heard this way, would depose a working leader).
   */
  private heardEpoch = 0
  /**
   * This peer holds what it acknowledged as a voter: it started with a vote or a state
   * (durable storage), or it has taken an acting leader's state since. See `forgetful`.
   */
  private remembers = false
  private listenUntil = 0
  private lastWhyNot: string | undefined = ''
  private nextCampaign = 0
  private timer: ReturnType<typeof setInterval> | undefined
  private stopped = false
  private met = false
  /** Named voters only: who votes and may lead now (cluster.ts); from the replicated state once it holds one. */
  private cluster: ClusterConfig | undefined
  /** Leader only: voters the change in flight removes; they are sent it, but do not count. */
  private leaving: string[] = []
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
    this.replica = new ReplicaCopy(store, opts.split)
    this.leases = new VoterLeases(rpc, {
      ttlMs: opts.ttlMs,
      whole: () => this.replica.wholeState(),
      stats: opts.stats,
      leads: epoch => this.role === 'leader' && this.leaderEpoch === epoch,
      attended: (attendees) => { this.opts.attendees?.deliver(attendees) },
      members: () => this.membership.size,
      newerEpoch: (voter, epoch) => {
        this.epoch = Math.max(this.epoch, epoch)
        this.stepDown(`voter ${voter} is in epoch ${epoch}`)
      }
    })
    this.selfId = opts.self.toString()
    this.selfPeerId = opts.self
    this.cluster = opts.voters != null ? { voters: opts.voters, index: 0 } : undefined
    rpc.handle('voteRequest', async msg => await this.onVoteRequest(msg))
    rpc.handle('lease', async msg => await this.onLease(msg))
    rpc.handle('resign', async msg => this.onResign(msg))
    membership.addEventListener('heartbeat', evt => { this.met = true; this.onHeartbeat(evt.detail) })
    membership.addEventListener('member:leave', evt => { if (evt.detail.id === this.current?.id) this.setLeader(undefined) })
  }

  async start (): Promise<void> {
    this.vote = await this.store.loadVote()
    await this.replica.load()
    this.refreshCluster()
    this.epoch = Math.max(this.vote.epoch, this.replica.state.epoch)
    this.remembers = this.vote.epoch > 0 || this.replica.state.epoch > 0
    // Without durable storage this peer cannot know what it voted before a restart. Any
    // campaign it might have voted in lasts at most a lease TTL (its vote requests time
    // out), so it stays silent for twice that before voting again.
    if (!this.store.durable) this.votingFrom = performance.now() + 2 * this.opts.ttlMs
    // Nor does a voter keep its promises (a lease's "no vote for another for a TTL") on
    // disk: one restarted from its disk within a TTL of its last lease ack voted, for itself,
    // while the leader it had promised still counted that ack, and two leaders acted at once
    // (test/unit/amnesia-partition.test.ts's property, restart "disk"). So one with a past (a vote or a
    // state on disk) waits out a TTL; one with none has promised nothing that counts (see
    // `forgetful`).
    else if (this.remembers) this.votingFrom = performance.now() + this.opts.ttlMs
    // A (re)started peer listens to the mesh before it campaigns or votes. A peer that
    // had not yet heard a lower rank it was linked to stood, and another that had just
    // started and heard nobody yet voted for it: the higher rank led (and, not pre-empted,
    // kept leading) while the lowest was live all along. One heartbeat period of every
    // member is what it takes to hear them all.
    this.listenUntil = performance.now() + (this.opts.listenMs ?? this.opts.heartbeatMs * 2)
    this.nextCampaign = Math.max(this.listenUntil, this.votingFrom)
    this.timer = setInterval(() => { this.tick() }, this.opts.heartbeatMs)
  }

  async stop (): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    if (this.role === 'leader') await this.resign()
  }

  private counted = 0
  /** How many peers the leader said it knows of, in its last lease to this voter (0: none yet). */
  get leaderCounts (): number { return this.counted }

  /** Who this peer believes is the acting leader. */
  get leader (): LeaderInfo | undefined { return this.current }
  /**
   * The highest epoch this peer knows of, for its heartbeats. A follower passes on what it
   * heard too: a peer restarted on memory storage learns the epoch only so, and if every
   * peer that knew it first restarts as well, the knowledge must not go with them.
   */
  get knownEpoch (): number { return this.role === 'leader' ? this.epoch : Math.max(this.epoch, this.heardEpoch) }
  get quorumMode (): boolean { return this.opts.members != null }

  /**
   * This peer may have acknowledged, in an earlier life, changes it no longer holds: it
   * started with nothing (memory storage, or a new disk), has heard of a leader (an epoch),
   * and has not taken a leader's state since. (In a mesh starting afresh no epoch is heard
   * before the first election, and its voters take the new leader's state at its first
   * lease.) Its vote grants say so, and a candidate counts them only as `wins` allows: a
   * majority of voters that each hold everything they acknowledged is what makes an
   * elected leader's state hold every commit. One such voter restarted on memory storage
   * and a partition were enough for a leader elected by it and two voters that had missed
   * a commit to grant a lock still held under that commit
   * (test/unit/amnesia-partition.test.ts).
   */
  get forgetful (): boolean { return !this.remembers && this.heardEpoch > 0 }
  /** Another member has been heard at some point (open mode stands only then, unless allowSolo). */
  get metAnother (): boolean { return this.met }


  /** True while this peer is leader and a majority's promises are fresh. */
  isActing (): boolean {
    return this.role === 'leader' && !this.stopped && this.freshAcks() >= this.quorum()
  }

  /** The epoch this peer leads, if acting. */
  actingEpoch (): number | undefined {
    return this.isActing() ? this.leaderEpoch : undefined
  }

  /** This peer's copy of the replicated state. */
  state (): ReplicaState { return this.replica.state }

  /**
   * This peer stands for election: a candidate, and a voter of the configuration it holds.
   * Heartbeats say so, and peers defer only to lower ranks that stand: one removed from
   * the voters (or not yet told it was added) must not hold the others back. Nor one
   * that keeps quiet after a restart into a mesh that has had a leader (it heard an
   * epoch): with no leader meanwhile (a lowest rank killed again and again on memory
   * storage) the mesh went 12 s without one. A whole mesh starting afresh keeps quiet
   * together, and there the lowest rank must stand, or the bully order is left to chance.
   */
  get stands (): boolean {
    return this.opts.candidate && this.isVoter(this.selfId) && !(this.heardEpoch > 0 && performance.now() < this.votingFrom)
  }

  /** This peer votes in the configuration it holds (every peer does in open mode). */
  get votes (): boolean { return this.isVoter(this.selfId) }

  /** The voters as this peer knows them (named voters only); the leader's is the newest. */
  get voters (): ClusterConfig | undefined { return this.cluster }

  /**
   * Leader only, one change at a time and only once a version of this epoch is held by a
   * majority (the layer above commits one first: Raft's rule, without which two leaders'
   * uncommitted changes could make configurations two voters apart). A voter to add must
   * be live: it is sent the whole state and must hold it before it counts, so a new voter
   * never makes the cluster wait for it to catch up. The change applies here at once; the
   * next `replicate` carries it, and it is made once a majority of the new voters hold it.
   * Returns false if there is nothing to change (a retry of a change already made).
   */
  async changeVoters (change: VotersChange): Promise<boolean> {
    const epoch = this.actingEpoch()
    if (epoch == null) throw new NotLeaderError('not the acting leader', this.current?.id)
    if (this.cluster == null) throw new ReconfigurationError('voters can be changed only in a cluster whose voters are named by peer id (the voters option)')
    if (this.leaving.length > 0) throw new ReconfigurationError('another change of voters is in flight')
    const next = changeCluster(this.cluster, change)
    if (next === this.cluster) return false
    const added = next.voters.find(v => !this.cluster!.voters.includes(v))
    if (added != null) await this.catchUp(added, epoch)
    if (this.actingEpoch() !== epoch) throw new NotLeaderError('deposed while changing voters', this.current?.id)
    this.leaving = this.cluster.voters.filter(v => !next.voters.includes(v))
    this.cluster = next
    this.log('voters change to %d (index %d): %s', next.voters.length, next.index, change.add != null && change.add !== '' ? `add ${change.add}` : `remove ${change.remove ?? ''}`)
    return true
  }

  /** Sends a voter-to-be this epoch's state and waits until it holds it (and has promised). */
  private async catchUp (id: string, epoch: number): Promise<void> {
    const peerId = id === this.selfId ? undefined : this.membership.get(id)?.peerId
    if (peerId == null) throw new ReconfigurationError(`${id} is not a live member of the mesh: start it (with the same voters) first`)
    const s = this.replica.state
    const current = { ...s, records: this.withClusterRecord(s.records) }
    const held = await this.leases.replicate({ id, peerId }, current, current, { puts: [], deletes: [] }).catch(() => false)
    if (!held || this.actingEpoch() !== epoch) throw new ReconfigurationError(`${id} did not take the state in time`)
  }

  /**
   * Leader only: replicate `records` as the next version of the state; resolves once a
   * majority (counting this peer) holds it. A voter that holds the previous version of
   * this epoch is sent only what changed; any other, the whole state. Calls must not
   * overlap. Throws NotLeaderError if not acting, or if the majority is not reached
   * within a lease TTL.
   */
  async replicate (records: Records): Promise<void> {
    await this.replicateNext(async epoch => await this.replica.advance(this.selfId, epoch, this.withClusterRecord(records)))
  }

  /**
   * As `replicate`, given only what changed since the last version (puts and deletes of
   * the layer above's records): a commit then costs its own size, not a walk of every
   * record (of the whole state when it is sent to a voter that lacks the version before).
   */
  async replicateChange (change: ReplicaChange): Promise<void> {
    await this.replicateNext(async epoch => await this.replica.advanceBy(this.selfId, epoch, this.withClusterChange(change)))
  }

  private async replicateNext (advance: (epoch: number) => Promise<{ next: ReplicaState, base: ReplicaState, change: ReplicaChange }>): Promise<void> {
    if (!this.isActing()) throw new NotLeaderError('not the acting leader', this.current?.id)
    const epoch = this.leaderEpoch
    const { next, base, change } = await advance(epoch)
    const clusterIndex = clusterOf(next.records)?.index // (the copy's records change with the next version)
    const voters = this.voterIds()
    // removed voters are told they are out (so they stop standing), but do not count
    const leaving = this.liveAmong(this.leaving)
    for (const v of leaving) void this.leases.replicate(v, next, base, change).catch(() => {})
    const own = this.isVoter(this.selfId) ? 1 : 0 // this peer holds it
    const needed = this.quorum() - own
    if (needed > 0) {
      await quorum(voters.map(async v => await this.leases.replicate(v, next, base, change)), needed, this.opts.ttlMs,
        accepted => new NotLeaderError(voters.length < needed ? 'too few live voters' : `replication reached ${accepted + own} of ${this.quorum()} needed`))
    }
    if (this.role !== 'leader' || this.leaderEpoch !== epoch) throw new NotLeaderError('deposed while replicating')
    if (this.leaving.length > 0 && clusterIndex === this.cluster?.index) this.leaving = []
    // a leader that removed itself leads until the change is made, then hands over
    if (!this.isVoter(this.selfId)) queueMicrotask(() => { void this.resign() })
  }

  /** `records` with the configuration's record (named voters), as every version carries it. */
  private withClusterRecord (records: Records): Records {
    if (this.cluster == null) return records
    const out = new Map(records)
    out.set(CLUSTER_KEY, encodeCluster(this.cluster))
    return out
  }

  /** `change` with the configuration's record when it differs from the copy's (named voters). */
  private withClusterChange (change: ReplicaChange): ReplicaChange {
    if (this.cluster == null) return change
    const bytes = encodeCluster(this.cluster)
    const held = this.replica.state.records.get(CLUSTER_KEY)
    return held != null && sameBytes(held, bytes) ? change : { puts: [...change.puts, [CLUSTER_KEY, bytes]], deletes: change.deletes }
  }

  /** The configuration of this peer's copy, once it holds one (named voters only). */
  private refreshCluster (): void {
    if (this.opts.voters == null) return
    const c = clusterOf(this.replica.state.records)
    if (c != null) this.cluster = c
  }

  // ---- voter side ---------------------------------------------------------------

  private async onVoteRequest (msg: Message<'voteRequest'>): Promise<Body> {
    const candidate = msg.from.toString()
    const epoch = Number(msg.body.epoch)
    const rank: Rank = { rank: rankFromFields(msg.body.hasRank, msg.body.rank), id: candidate }
    const refusal = this.refuseVote(candidate, epoch, rank)
    if (refusal != null || msg.body.pre) {
      return { voteReply: { granted: refusal == null, epoch: BigInt(refusal == null ? epoch : Math.max(this.epoch, this.vote.epoch)), reason: refusal ?? '', stateEpoch: 0n, stateVersion: 0n, state: new Uint8Array(0), forgetful: this.forgetful } }
    }
    await this.recordVote({ epoch, candidate })
    // The grant is also a promise: no vote for anyone else for a lease TTL.
    this.promise = { leader: candidate, epoch, until: performance.now() + this.opts.ttlMs, fromLease: false }
    const s = this.replica.state
    return { voteReply: { granted: true, epoch: BigInt(epoch), reason: '', stateEpoch: BigInt(s.epoch), stateVersion: BigInt(s.version), state: this.replica.whole(), forgetful: this.forgetful } }
  }

  private refuseVote (candidate: string, epoch: number, rank: Rank): string | undefined {
    if (this.quorumMode && !this.isVoter(candidate)) return 'not a voter of this cluster'
    if (epoch < this.vote.epoch || (epoch === this.vote.epoch && this.vote.candidate !== candidate)) return `already voted in epoch ${this.vote.epoch}`
    if (epoch <= this.epoch && this.vote.epoch !== epoch) return `epoch ${epoch} is not newer than ${this.epoch}`
    if (performance.now() < this.votingFrom) return this.store.durable ? 'restarted: quiet period (its promises were not kept)' : 'restarted without durable votes: quiet period'
    if (performance.now() < this.listenUntil) return 'just started: listening for the members\' heartbeats'
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
    if (stale) return { leaseAck: { accepted: false, epoch: BigInt(Math.max(this.epoch, this.vote.epoch)), takesChanges: true, needsState: false, attended: [] } }
    if (this.role === 'leader' && epoch > this.leaderEpoch) this.stepDown('a newer leader renewed its lease with us')
    this.epoch = epoch
    this.promise = { leader, epoch, until: performance.now() + this.opts.ttlMs, fromLease: true }
    if (msg.body.members > 0) this.counted = msg.body.members
    // the state is durable before the ack counts toward the majority
    let needsState = false
    const body = msg.body
    if (body.changes) {
      const change: ReplicaChange = { puts: body.puts.map(p => [p.key, p.value]), deletes: body.deletes }
      needsState = !(await this.replica.applyChanges(leader, epoch, Number(body.baseVersion), Number(body.stateVersion), change))
    } else if (body.hasState) {
      await this.replica.takeWhole(leader, epoch, Number(body.stateVersion), body.state)
    } else if (!this.remembers) {
      // a renewal: until it holds a leader's state its grants may not count, and a leader
      // that commits nothing would send none (election 1.6; an older leader ignores this)
      needsState = true
    }
    this.refreshCluster()
    // holding this leader's state, it holds every commit (the leader's state has them all)
    if (!needsState && this.replica.state.epoch === epoch) this.remembers = true
    if (this.current?.id !== leader || this.current.epoch !== epoch) {
      this.setLeader({ id: leader, rank: this.membership.get(leader)?.rank, epoch })
    }
    return { leaseAck: { accepted: true, epoch: BigInt(epoch), takesChanges: true, needsState, attended: this.opts.attendees?.take() ?? [] } }
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
    if (!this.quorumMode && this.opts.allowSolo !== true && !this.metAnother) return 'never met another peer (allowSolo: true leads alone)'
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
      // (heardEpoch: a peer restarted without durable storage knows no epoch of its own, and
      // voters that restarted so grant it any; reusing one gave two leaders the same epoch
      // and the same fencing tokens, test/node/coord-crash.test.ts seed 1188578476)
      const epoch = Math.max(this.epoch, this.vote.epoch, this.heardEpoch) + 1
      const p = this.promise
      if (p != null && p.leader !== this.selfId && performance.now() < p.until) return
      const voters = this.voterIds()
      // Pre-vote first: only a candidate that would win moves the epoch on.
      const pre = await this.poll(voters, epoch, true)
      // A refusal naming this epoch or a later one (poll learns it into `this.epoch`) shows the
      // epoch is not new, whatever the grants: voters restarted without storage grant anything.
      const known = this.epoch >= epoch
      if (!this.wins(pre, this.cluster) || known || this.stopped) {
        this.log('pre-vote for epoch %d: %d of %d (%d voters asked%s)%s', epoch, pre.length, this.quorum(), voters.length, forgetfulOf(pre), known ? ', and a voter knows that epoch already' : '')
        return
      }
      await this.recordVote({ epoch, candidate: this.selfId })
      this.log('campaigning for epoch %d', epoch)
      const sentAt = performance.now()
      const grants = await this.poll(voters, epoch, false)
      // The newest state among the grants may name voters this peer did not know of (it
      // missed a change): it leads under that configuration, so it needs their majority too.
      let cluster = this.newestCluster(grants)
      const unasked = cluster?.voters.filter(id => !grants.some(g => g.id === id) && !voters.some(v => v.id === id)) ?? []
      const more = this.liveAmong(unasked)
      if (more.length > 0) {
        grants.push(...(await this.poll(more, epoch, false)).slice(1))
        cluster = this.newestCluster(grants)
      }
      if (this.stopped || this.vote.epoch !== epoch || this.vote.candidate !== this.selfId) return
      // A voter that knows a later epoch (recordVote set `this.epoch` to this one): with every
      // voter's memory that cannot come with a majority of grants, but voters restarted
      // without durable storage grant anything. (One that voted for another candidate in this
      // very epoch is a rival campaign, which cannot also have a majority; giving up then
      // would fail both.)
      if (this.epoch > epoch) {
        this.log('epoch %d: a voter knows epoch %d, not leading', epoch, this.epoch)
        return
      }
      if (this.wins(grants, cluster)) {
        this.becomeLeader(epoch, grants, sentAt)
      } else {
        this.log('epoch %d: %d of %d votes%s', epoch, grants.length, this.quorum(), forgetfulOf(grants))
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
    const grants: Grant[] = [{ id: this.selfId, forgetful: this.forgetful }]
    await Promise.allSettled(voters.map(async v => {
      const reply = await this.rpc.request(v.peerId, { voteRequest: { epoch: BigInt(epoch), ...rankFields(this.opts.rank), pre } }, { timeoutMs: this.opts.ttlMs })
      if (reply.kind !== 'voteReply') return
      if (!reply.body.granted) this.log('%s refused %s epoch %d: %s', v.id.slice(-6), pre ? 'pre-vote' : 'vote', epoch, reply.body.reason)
      if (reply.body.granted && Number(reply.body.epoch) === epoch) {
        grants.push({ id: v.id, forgetful: reply.body.forgetful, state: { epoch: Number(reply.body.stateEpoch), version: Number(reply.body.stateVersion), whole: reply.body.state } })
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

  /**
   * Enough grants: a majority of `cluster`'s voters, or of the cluster size (or of the live
   * members, in open mode), not counting forgetful voters' (see `forgetful`) unless every
   * voter granted: then whoever remembers anything is among them, and the newest state
   * adopted from the grants holds all that any voter still holds (what only forgetful
   * voters had acknowledged is gone: README, "memory storage"). So a mesh whose voters all
   * restarted on memory storage still elects, while a side of a partition whose majority
   * needs a forgetful voter does not.
   */
  private wins (grants: Grant[], cluster: ClusterConfig | undefined): boolean {
    const remembering = grants.filter(g => g.forgetful !== true)
    if (cluster != null) return majorityOf(cluster, remembering.map(g => g.id)) || cluster.voters.every(v => grants.some(g => g.id === v))
    // every voter: the cluster size, or in open mode the live members
    return remembering.length >= this.quorum() || grants.length >= (this.opts.members ?? this.membership.live().length + 1)
  }

  /** The configuration of the newest state among `grants` and this peer's own copy (named voters only). */
  private newestCluster (grants: Grant[]): ClusterConfig | undefined {
    if (this.opts.voters == null) return undefined
    let newest: { epoch: number, version: number } = this.replica.state
    let whole: Uint8Array | undefined
    for (const g of grants) if (g.state != null && newerThan(g.state, newest)) { newest = g.state; whole = g.state.whole }
    if (whole == null) return this.cluster
    const c = ClusterRecord.decode(whole)
    return c.voters.length > 0 ? { voters: c.voters, index: Number(c.index) } : { voters: this.opts.voters, index: 0 }
  }

  private becomeLeader (epoch: number, grants: Grant[], sentAt: number): void {
    // (a state that does not decode throws here, before this peer leads on it)
    const newest = this.replica.adoptNewest(grants.flatMap(g => g.state != null ? [g.state] : []))
    this.refreshCluster()
    const adopted = { ...newest, records: withoutCluster(newest.records) }
    this.remembers = true // (the newest state of the voters that elected it: every commit they hold)
    this.role = 'leader'
    this.leaderEpoch = epoch
    this.leaving = []
    this.epoch = Math.max(this.epoch, epoch)
    this.leases.begin(grants.filter(g => g.id !== this.selfId).map(g => g.id), sentAt)
    this.log('elected leader of epoch %d with %d votes, adopted state %d/%d', epoch, grants.length, adopted.epoch, adopted.version)
    this.setLeader({ id: this.selfId, rank: this.opts.rank, epoch })
    this.dispatchEvent(new CustomEvent('elected', { detail: { epoch, state: adopted } }))
    this.renewLeases()
    void this.membership.beat()
  }

  private renewLeases (): void {
    const epoch = this.leaderEpoch
    for (const v of this.voterIds()) void this.leases.renew(v, epoch).catch(() => {})
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
    this.leases.end()
    this.leaving = []
    this.log('stepping down from epoch %d: %s', epoch, why)
    if (this.current?.id === this.selfId) this.setLeader(undefined)
    this.dispatchEvent(new CustomEvent('deposed', { detail: { epoch } }))
    void this.membership.beat()
  }

  // ---- views --------------------------------------------------------------------

  private onHeartbeat (m: Member): void {
    // (with named voters, only a voter's word: as for leadership claims below, any other
    // member could otherwise push every campaign's epoch as high as it likes)
    if (this.cluster == null || this.isVoter(m.id)) this.heardEpoch = Math.max(this.heardEpoch, m.epoch)
    // With named voters, a voter (its configuration is current) believes a leadership claim
    // only from a voter: any other member of the mesh claiming a newer epoch would otherwise
    // depose the leader. (A client holds only the voters it was started with, which a
    // change may have outdated, so it still believes any signed claim: see PROTOCOL.md.)
    if (m.leading && this.cluster != null && this.votes && !this.isVoter(m.id)) return
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
    const own = this.isVoter(this.selfId) ? 1 : 0 // this peer's own promise counts
    return this.leases.ageOfPromise(this.quorum() - own, performance.now(), id => this.counts(id))
  }

  private freshAcks (): number {
    const horizon = performance.now() - (this.opts.ttlMs - this.opts.driftMarginMs)
    // this peer's own promise, and the voters' (of the configuration as it is now)
    return (this.isVoter(this.selfId) ? 1 : 0) + this.leases.promisedSince(horizon, id => this.counts(id))
  }

  private quorum (): number {
    const n = this.cluster?.voters.length ?? this.opts.members ?? (this.membership.live().length + 1)
    return Math.floor(n / 2) + 1
  }

  /**
   * Whether a voter's promise counts toward the majority: with named voters, while it is in
   * the configuration; otherwise always (it was a voter when it promised, and membership
   * briefly losing sight of it does not take the promise back).
   */
  private counts (id: string): boolean {
    return this.cluster == null || this.cluster.voters.includes(id)
  }

  private isVoter (id: string): boolean {
    if (!this.quorumMode) return true
    if (this.cluster != null) return this.cluster.voters.includes(id)
    if (id === this.selfId) return true
    return this.membership.get(id)?.members === this.opts.members
  }

  /** Those of `ids` that membership sees live now, with their peer ids. */
  private liveAmong (ids: readonly string[]): Voter[] {
    return ids.flatMap(id => { const m = this.membership.get(id); return m != null ? [{ id, peerId: m.peerId }] : [] })
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

/** A vote grant, with the voter's state as it sent it (none for this peer's own). */
interface Grant { id: string, forgetful?: boolean, state?: WholeState }

/** For the log: how many of `grants` are forgetful voters' (counted only as Elector.wins allows). */
function forgetfulOf (grants: Grant[]): string {
  const n = grants.filter(g => g.forgetful === true).length
  return n > 0 ? `; ${n} of the grants forgetful` : ''
}
