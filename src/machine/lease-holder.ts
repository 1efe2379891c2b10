import { NotLeaderError } from '../errors.js'
import { afterThisTurn } from '../net/next-turn.js'
import { joinRecords, type Records, type ReplicaChange } from '../election/replica.js'
import type { Elector } from '../election/elector.js'
import type { ClusterConfig, VotersChange } from '../election/cluster.js'
import type { Body } from '../net/codec.js'

/**
 * The state a lease holder serves, as the layer above defines it (coord/state.ts: the
 * lock, semaphore, election, barrier and variable tables): how it starts, how a new
 * leader adopts it from the replicated whole, and the records it is replicated as.
 */
export interface MachineState<T> {
  empty: () => T
  /** The state a new leader serves from the replicated whole, at `now` (its own clock). */
  adopt: (whole: Uint8Array, now: number) => T
  /** The state as replicated records at `now` (election/replica.ts). */
  records: (state: T, now: number) => Map<string, Uint8Array>
  /**
   * What changed in those records since the last `records` or `changes` call for `state`,
   * or undefined if it cannot say (then `records` are sent, and compared whole).
   */
  changes: (state: T, now: number) => ReplicaChange | undefined
  /**
   * Whether the last `changes` call held changes back: changes nobody waits on that are
   * likely to be superseded soon (a queue task's lease, before its completion), left out
   * of a commit that other changes made. The lease holder then commits again as if they
   * were lazy (LAZY_COMMIT_MS), so they wait at most about one more window.
   */
  heldBack?: (state: T) => boolean
}

export interface LeaseHolderOptions {
  /** How often expiries, deadlines and departures are checked, in ms. */
  sweepMs: number
  isLive: (peer: string) => boolean
  /** How long a request from a peer proves it alive, when its heartbeats have not arrived yet. */
  heardGraceMs: number
  log: (...args: unknown[]) => void
}

/** Something to do on every sweep tick while acting; returns what to tell parked requesters once committed. */
export type Sweeper<T> = (state: T, now: number, epoch: number) => { changed: boolean, settle: () => void }

interface Parked { resolve: (body: Body) => void, reject: (err: Error) => void }

/**
 * How long a change nobody waits on promptly (`commit(true)`: a queue worker's completions
 * and leases) may wait for others to replicate with. With one task in flight per worker,
 * each completion was a replication of its own (two messages out and two acknowledgements
 * back at the lease holder, one of each at every voter): waiting gathers the workers'.
 * The longer the wait, the more tasks are leased and completed within one (a task's record
 * then goes once, as completed, not twice), and the fewer replications: 2 → 25 ms took the
 * voters' CPU per task from 123–169 to 106–155 µs (the followers' from 19.5–27.5 to 14.5–21.5
 * each) with 16 tasks in flight per worker; throughput beside BullMQ in the same runs, 1.07–1.16× → 1.14–1.32×
 * (`bench/queue-repeat.ts 2 16 [tree] --warmup=20000 --beside`, two rounds each). What it costs:
 * `process` hears its completions confirmed up to this much later (its slots do not wait),
 * and a lease holder that dies loses up to this much of completions nobody was told of,
 * and of leases up to about twice this much (the state may hold a lease back until it is
 * this old: MachineState.heldBack); those tasks run again (at-least-once).
 */
export const LAZY_COMMIT_MS = 25

/** What the lease holder needs of the mesh's election: whether it acts, and replication. */
export type ReplicatingElector = Pick<Elector, 'addEventListener' | 'actingEpoch' | 'leader' | 'replicate' | 'replicateChange' | 'changeVoters' | 'voters'>

/**
 * The lease holder's replicated state machine, whatever its state (`T`): every peer runs
 * one; it serves only while its elector is the acting leader. A change is replicated to a
 * majority (through the elector) before anyone is answered; changes made while a replication is in flight travel together in the next.
 * Requests that must wait (a queued lock, a barrier not yet released) are parked by key
 * and answered when a committed change settles them.
 */
export class LeaseHolder<T> {
  tables: T
  private epoch = 0
  private readonly parked = new Map<string, Parked>()
  private readonly sweepers: Array<Sweeper<T>> = []
  private timer: ReturnType<typeof setInterval> | undefined
  /** Between start and stop. */
  private running = false
  /** Elected, and not stepped down since (see sweepWhileLeading). */
  private leading = false
  private changes = 0
  private replicated = 0
  private replicating: Promise<void> | undefined
  /** A replication is due at the end of this turn (commit). */
  private replicateScheduled = false
  /** Since when changes not yet replicating have waited, and whether one of them is urgent (see LAZY_COMMIT_MS). */
  private pendingSince: number | undefined
  private urgentPending = false
  private lazyTimer: ReturnType<typeof setTimeout> | undefined
  /** The replication under way left changes out (MachineState.heldBack): a lazy commit follows it. */
  private heldBack = false
  /**
   * The next replication sends every record (and the elector compares them with its copy):
   * after an adoption, and after a replication that failed, whose change the tables have
   * already given up (its records may not be in the elector's copy).
   */
  private sendAll = true
  /**
   * A replication failed and none has succeeded since: the tables hold changes no majority
   * may have, so even an answer that changes nothing commits first (see `committed`).
   */
  private unsure = false
  /**
   * What sweeps whose commit failed while this peer stayed in office still have to tell
   * (grants, timeouts): the tables kept those changes, so the next sweep commits again and
   * tells them once that succeeds. Without this, a waiter granted in a failed commit was
   * never answered while its grant stood in the table, and the unrenewed lease lapsed.
   */
  private untold: Array<() => void> = []
  private readonly commitWaiters: Array<{ upTo: number, resolve: () => void, reject: (e: Error) => void }> = []
  private readonly heardAt = new Map<string, number>()
  /** peer -> the session (process incarnation) its latest request came from. */
  private readonly sessions = new Map<string, string>()
  /** The change of voters under way: one at a time. */
  private reconfiguring: Promise<unknown> = Promise.resolve()

  constructor (private readonly elector: ReplicatingElector, private readonly state: MachineState<T>, readonly opts: LeaseHolderOptions) {
    this.tables = state.empty()
    elector.addEventListener('elected', evt => { this.adopt(evt.detail.epoch, evt.detail.state.records) })
    elector.addEventListener('deposed', () => { this.abdicate() })
  }

  start (): void {
    this.running = true
    this.sweepWhileLeading()
  }

  stop (): void {
    this.running = false
    clearTimeout(this.lazyTimer)
    this.abdicate()
  }

  /**
   * Sweeps run from this peer's election to its stepping down ('elected' to 'deposed':
   * the only way into and out of the leader's role), the only time they can find anything
   * to do. Run on every peer, each idle peer woke 20 times a second (sweepMs) for nothing.
   */
  private sweepWhileLeading (): void {
    if (this.running && this.leading) {
      this.timer ??= setInterval(() => { void this.sweep() }, this.opts.sweepMs)
    } else {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }

  addSweeper (sweeper: Sweeper<T>): void {
    this.sweepers.push(sweeper)
  }

  /** A request from `peer` (of its process incarnation `session`, if it says) arrived now: it is alive, whatever membership has heard yet. */
  heard (peer: string, session = ''): void {
    this.heardAt.set(peer, performance.now())
    if (session !== '') this.sessions.set(peer, session)
  }

  /** Membership suspects `peer` dead: that overrides any request heard from it before. */
  forget (peer: string): void {
    this.heardAt.delete(peer)
  }

  /**
   * Live for the tables' purposes (a waiter that is not live is never granted): seen by
   * membership, or it sent a request lately. Right after a partition heals, a peer's
   * requests can arrive (by a route around) before its heartbeats do. With `session`:
   * that incarnation of the peer, which is dead once the peer has sent requests from
   * another (it restarted, keeping its id): a wait it left behind is nobody's.
   */
  isLive (peer: string, session = ''): boolean {
    if (session !== '' && (this.sessions.get(peer) ?? session) !== session) return false
    if (this.opts.isLive(peer)) return true
    const at = this.heardAt.get(peer)
    return at != null && performance.now() - at < this.opts.heardGraceMs
  }

  /** The epoch this peer leads; throws NotLeaderError unless it is acting. */
  assertActing (): number {
    const epoch = this.elector.actingEpoch()
    if (epoch == null || epoch !== this.epoch) throw new NotLeaderError('not the acting leader', this.elector.leader?.id)
    return epoch
  }

  /** Parks a request under `key` until `settle(key, …)`; a failed `commit` un-parks it. */
  async park (key: string, commit: boolean): Promise<Body> {
    const answer = new Promise<Body>((resolve, reject) => { this.parked.set(key, { resolve, reject }) })
    // if the commit fails, stepping down may reject `answer` too: that is not a second error
    answer.catch(() => {})
    if (commit || this.unsure) await this.commit().catch(err => { this.parked.delete(key); throw err })
    return await answer
  }

  /**
   * Resolves once what this peer answers from the tables is held by a majority: commits
   * when the answer `changed` them, or when a replication failed since the last that
   * succeeded (a re-sent request then finds its grant already in the table: unchanged, but
   * perhaps not durable, and a grant a failover forgets lets two hold a lock).
   */
  async committed (changed: boolean): Promise<void> {
    if (changed || this.unsure) await this.commit()
  }

  settle (key: string, outcome: Body | Error): void {
    const p = this.parked.get(key)
    if (p == null) return // its client re-sends and finds the outcome in the replicated state
    this.parked.delete(key)
    if (outcome instanceof Error) p.reject(outcome)
    else p.resolve(outcome)
  }

  /**
   * Commits, then `tell`s the parked requests the change answers (waiters granted,
   * released, handed a task). If the commit fails while this peer stays in office, the
   * tables keep the change, so they are told once a later sweep's commit succeeds; the
   * caller still gets the error (its client re-sends and finds its outcome).
   */
  async commitThen (tell: () => void, lazy = false): Promise<void> {
    const epoch = this.epoch
    try {
      await this.commit(lazy)
    } catch (err) {
      this.keepUntold(epoch, [tell])
      throw err
    }
    tell()
  }

  /**
   * Resolves once the tables as of now are held by a majority. The replication starts once
   * this turn of the event loop is done, so that every request answered in one turn (the
   * frames of one read: a worker's settles and its takes beside them, other workers' too)
   * travels in one replication, not one each. With `lazy`, nobody waits on this change
   * promptly: it may wait up to LAZY_COMMIT_MS for others (an urgent commit takes it along).
   */
  commit (lazy = false): Promise<void> {
    const upTo = ++this.changes
    const done = new Promise<void>((resolve, reject) => this.commitWaiters.push({ upTo, resolve, reject }))
    this.pendingSince ??= performance.now()
    if (!lazy) this.urgentPending = true
    this.kick()
    return done
  }

  /**
   * Starts the next replication if one is due (at the end of this turn, or `now`: a
   * replication just ended, and what waited for it goes at once), or arms the lazy timer.
   */
  private kick (now = false): void {
    if (this.replicating != null || this.replicateScheduled) return
    if (this.replicated >= this.changes) { this.pendingSince = undefined; this.urgentPending = false; return }
    const waited = performance.now() - (this.pendingSince ?? 0)
    if (!this.urgentPending && waited < LAZY_COMMIT_MS) {
      this.lazyTimer ??= setTimeout(() => { this.lazyTimer = undefined; this.kick() }, Math.ceil(LAZY_COMMIT_MS - waited))
      return
    }
    clearTimeout(this.lazyTimer)
    this.lazyTimer = undefined
    if (now) { this.replicate(); return }
    this.replicateScheduled = true
    afterThisTurn(() => { this.replicateScheduled = false; this.replicate() })
  }

  /**
   * Changes the voters by one (election/cluster.ts) and resolves with the configuration
   * once a majority of the new voters holds it. Changes queue behind each other, and each
   * starts from a version of this epoch that a majority holds (Raft's rule for
   * single-server changes after an election).
   */
  async changeVoters (change: VotersChange): Promise<ClusterConfig> {
    this.assertActing()
    const run = this.reconfiguring.catch(() => {}).then(async () => {
      await this.commit()
      if (await this.elector.changeVoters(change)) await this.commit()
      return this.elector.voters! // (changeVoters refused a cluster without named voters)
    })
    this.reconfiguring = run
    return await run
  }

  /**
   * Runs the sweepers now and commits what they changed; `changed` says the caller
   * changed the tables too (a release), so that change and the grant it enables travel
   * in one replication.
   */
  async sweep (changed = false): Promise<void> {
    const epoch = this.elector.actingEpoch()
    if (epoch == null || epoch !== this.epoch) return
    const now = performance.now()
    const results = this.sweepers.map(s => s(this.tables, now, epoch))
    if (!changed && this.untold.length === 0 && !results.some(r => r.changed)) return
    const settles = [...this.untold.splice(0), ...results.map(r => r.settle)]
    try {
      await this.commit()
    } catch {
      this.keepUntold(epoch, settles)
      return
    }
    for (const settle of settles) settle()
  }

  /**
   * A commit of `epoch` failed: the tables keep its change. In office still, the next sweep
   * commits again and runs `settles`. Stepped down: the parked were told NotLeaderError and
   * ask the next lease holder.
   */
  private keepUntold (epoch: number, settles: Array<() => void>): void {
    if (this.epoch === epoch && this.elector.actingEpoch() === epoch) this.untold.push(...settles)
  }

  private adopt (epoch: number, records: Records): void {
    this.epoch = epoch
    this.leading = true
    this.sweepWhileLeading()
    this.tables = this.state.adopt(joinRecords(records), performance.now())
    this.sendAll = true
    this.unsure = false // (what a failed replication of the last epoch left is replaced)
    this.untold = []
    this.opts.log('adopted coordination state for epoch %d', epoch)
  }

  private abdicate (): void {
    this.leading = false
    this.sweepWhileLeading()
    const err = new NotLeaderError('the lease holder stepped down', this.elector.leader?.id)
    for (const p of this.parked.values()) p.reject(err)
    this.parked.clear()
    this.untold = []
    for (const w of this.commitWaiters.splice(0)) w.reject(err)
  }

  private replicate (): void {
    if (this.replicating != null || this.replicated >= this.changes) return
    const upTo = this.changes
    this.pendingSince = undefined
    this.urgentPending = false
    this.replicating = this.replicateTables().then(() => {
      this.replicated = upTo
      this.unsure = false
      // (waiters are in commit order: those this replication covers come first)
      let covered = 0
      while (covered < this.commitWaiters.length && this.commitWaiters[covered]!.upTo <= upTo) covered++
      for (const w of this.commitWaiters.splice(0, covered)) w.resolve()
    }, (err: Error) => {
      this.sendAll = true
      this.unsure = true
      for (const w of this.commitWaiters.splice(0)) w.reject(err)
      this.replicated = this.changes
    }).finally(() => {
      this.replicating = undefined
      if (this.heldBack) {
        this.heldBack = false
        if (this.elector.actingEpoch() === this.epoch) this.commit(true).catch(() => {}) // (it kicks)
      }
      this.kick(true)
    })
  }

  /** The tables as of now to a majority: what changed since the last commit, or every record. */
  private async replicateTables (): Promise<void> {
    const now = performance.now()
    const change = this.sendAll ? undefined : this.state.changes(this.tables, now)
    this.sendAll = false
    this.heldBack = change != null && this.state.heldBack?.(this.tables) === true
    if (change != null) await this.elector.replicateChange(change)
    else await this.elector.replicate(this.state.records(this.tables, now))
  }
}
