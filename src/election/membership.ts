import { TypedEventEmitter } from 'main-event'
import { ArrivalWindow, DEFAULT_DETECTOR, ResponsiveClock, type DetectorOptions } from './failure-detector.js'
import { rankFields, rankFromFields } from './rank.js'
import type { Gossip } from '../net/gossip.js'

/** What membership needs of gossip: one topic to publish heartbeats on and hear them from. */
export type GossipPort = Pick<Gossip, 'subscribe' | 'unsubscribe' | 'publish' | 'onSubscribe'>
import type { Message } from '../net/codec.js'
import type { Heartbeat } from './election-wire.js'
import type { PeerId } from '@libp2p/interface'

/** What a peer knows of a member of the mesh, from its last heartbeat. */
export interface Member {
  id: string
  peerId: PeerId
  rank?: number
  candidate: boolean
  capabilities: string[]
  addrs: string[]
  /** Highest epoch the member knows of. */
  epoch: number
  /** The member says it is the acting leader of `epoch`. */
  leading: boolean
  preempt: boolean
  /** Configured cluster size; 0 in open mode. */
  members: number
  /** performance.now() when its last heartbeat arrived. */
  lastSeen: number
  /** How often it beats where it was heard (0: unknown, an older release's 200 ms). */
  intervalMs: number
  /** How many members it knows, itself included (0: unknown, an older release). */
  seen: number
}

export interface MembershipEvents {
  'member:join': CustomEvent<Member>
  'member:leave': CustomEvent<Member>
  heartbeat: CustomEvent<Member>
}

export interface MembershipOptions {
  self: string
  /** The voters' topic: every voter beats here every `heartbeatMs`. */
  topic: string
  /**
   * A fleet (named voters): a peer that does not vote neither beats nor listens on the
   * topic. It attends a voter instead (attendant.ts), which tells it of the voters and
   * tells the leader of it; both `observe` what they learn so. Without it (open mode, a
   * counted cluster: everyone votes) every peer beats on the topic.
   */
  clientsAttend: boolean
  /** This peer votes: it beats (and listens) on the voters' topic. */
  votes: () => boolean
  heartbeatMs: number
  /** A member is never suspected before it has been silent this long (see failure-detector.ts). */
  suspectAfterMs: number
  /** Our own heartbeat, as of now. */
  describeSelf: () => Omit<Member, 'id' | 'peerId' | 'lastSeen' | 'intervalMs' | 'seen'>
  /** A number in [0, 1) that places this peer's beats within the period (see start). Default Math.random. */
  random?: () => number
}

/** What a member says of itself (or we of ourselves), as the heartbeat that says it, beating every `intervalMs`. */
export function heartbeatOf (m: Omit<Member, 'id' | 'peerId' | 'lastSeen' | 'intervalMs' | 'seen'> & { seen?: number }, intervalMs: number): Heartbeat {
  return {
    ...rankFields(m.rank),
    candidate: m.candidate,
    epoch: BigInt(m.epoch),
    leading: m.leading,
    capabilities: m.capabilities,
    addrs: m.addrs,
    preempt: m.preempt,
    members: m.members,
    intervalMs,
    seen: m.seen ?? 0,
    leaving: false
  }
}

/** The largest member count a heartbeat may claim (more than any mesh this library runs). */
const MAX_SEEN = 1_000_000

/**
 * A member heard of only indirectly (a client attending a voter, as the voter and the
 * leader see it; the voters, as a client sees them) is never suspected before this much
 * silence, nor before it missed about three of its periods. Its news crosses a long poll
 * and a lease ack, through processes that may be busy; and a client needs the leader only
 * to route its requests: a request to a dead one fails on its own.
 */
export const OBSERVED_MIN_SILENCE_MS = 8_000

/** Subscriptions that arrive this close together are greeted by one heartbeat. */
const GREETING_DELAY_MS = 20
/** The longest a stopping peer waits for its farewell to be sent. */
const FAREWELL_MAX_MS = 500
/** For this long after a member's farewell, heartbeats of its that were on their way are not news. */
const AFTER_FAREWELL_MS = 1_000

/** The longest period a member may claim (a longer one would make it unsuspectable). */
export const MAX_PERIOD_MS = 30_000

/**
 * Heartbeats on the control topic and a failure detector: a member whose silence is
 * improbable given its own heartbeat history (phi accrual), and longer than
 * `suspectAfterMs`, is suspected dead and leaves. Silence is measured on a clock that
 * stops while this process was stalled, so a paused or starved peer does not wake up
 * suspecting everyone. Time is monotonic: a wall-clock jump neither kills nor revives anyone.
 */
export class Membership extends TypedEventEmitter<MembershipEvents> {
  private readonly known = new Map<string, Member>()
  /** Members heard on the voters' topic: news of them heard otherwise adds nothing. */
  private readonly voting = new Set<string>()
  private listeningAsVoter = false
  private readonly windows = new Map<string, ArrivalWindow>()
  private readonly clock: ResponsiveClock
  private readonly detector: DetectorOptions
  /** When each peer was last heard, kept after it leaves (one number per peer ever seen). */
  private readonly lastHeard = new Map<string, number>()
  private readonly startedAt = performance.now()
  private timer: ReturnType<typeof setTimeout> | undefined
  private greeting: ReturnType<typeof setTimeout> | undefined
  private offSubscribe: (() => void) | undefined
  /** Members that said they were stopping, and when (see farewell). */
  private readonly leftAt = new Map<string, number>()

  constructor (private readonly gossip: GossipPort, private readonly opts: MembershipOptions) {
    super()
    this.clock = new ResponsiveClock(opts.heartbeatMs, opts.heartbeatMs / 2, performance.now())
    this.detector = { ...DEFAULT_DETECTOR, expectedIntervalMs: opts.heartbeatMs, minSilenceMs: opts.suspectAfterMs }
  }

  /**
   * Beats now, then every `heartbeatMs` from a random point of the first period. Peers
   * started together (a script, a test, a fleet's containers) would otherwise beat in
   * step forever: ten heartbeats, each sent on by every peer and checked by every
   * receiver, in the same few milliseconds every period stalled everything else on the
   * peers (a document's update to every reader: p99 45 ms beside a p50 of 4 ms).
   */
  start (): void {
    this.listen()
    void this.beat()
    const tick = (): void => {
      this.clock.tick(performance.now())
      this.listen()
      void this.beat()
      this.detectFailures()
    }
    const phase = setTimeout(() => {
      tick()
      this.timer = setInterval(tick, this.opts.heartbeatMs)
    }, Math.floor((this.opts.random ?? Math.random)() * this.opts.heartbeatMs))
    this.timer = phase
  }

  /**
   * Beats no more. A voter says so first, in a last heartbeat (`leaving`) straight to the
   * members where it can: without it they saw it live until its silence was suspected (1.5 s
   * or more), and kept counting it meanwhile in the mesh's size, so everything that goes
   * straight to every member (heartbeats, document updates and digests) went by gossip for
   * ~2.5 s after any peer left: a document update reached the last of nine readers in ~4.5 ms
   * instead of ~1.3 (one process of ten peers).
   */
  async stop (): Promise<void> {
    clearTimeout(this.timer) // a timeout (the first period) or an interval: one clear serves both
    clearTimeout(this.greeting)
    if (!this.listeningAsVoter) return
    const farewell = { ...this.heartbeat(this.opts.heartbeatMs), leaving: true }
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      this.gossip.publish(this.opts.topic, { heartbeat: farewell }, { direct: true, everyonePublishes: true }),
      new Promise(resolve => { timer = setTimeout(resolve, FAREWELL_MAX_MS) })
    ]).finally(() => { clearTimeout(timer) })
    this.unlisten()
  }

  /**
   * A peer that just joined the topic hears from us at once, not up to a period later: it
   * listens for one period before it stands or votes (elector.ts), and a heartbeat it
   * missed in that time would let it vote as if we (maybe a lower rank) were not there.
   * Joins close together share one beat.
   */
  private greet (): void {
    if (this.greeting != null) return
    this.greeting = setTimeout(() => {
      this.greeting = undefined
      void this.beat()
    }, GREETING_DELAY_MS)
  }

  private unlisten (): void {
    this.gossip.unsubscribe(this.opts.topic)
    this.offSubscribe?.()
    this.offSubscribe = undefined
    this.listeningAsVoter = false
  }

  /** Listens on the voters' topic while this peer votes (always, unless clients attend). */
  private listen (): void {
    const should = !this.opts.clientsAttend || this.opts.votes()
    if (should === this.listeningAsVoter) return
    this.listeningAsVoter = should
    if (should) {
      this.gossip.subscribe(this.opts.topic, msg => { this.onMessage(msg) })
      this.offSubscribe = this.gossip.onSubscribe((_peer, topic) => { if (topic === this.opts.topic) this.greet() })
    } else {
      this.unlisten()
      this.voting.clear() // (news of the voters comes by attendance now)
    }
  }

  /** Sends a heartbeat now (e.g. right after becoming leader), besides the periodic ones, if this peer beats. */
  async beat (): Promise<void> {
    // straight to each member in a small mesh (gossip's copies were most of a mesh's idle work)
    if (this.listeningAsVoter) await this.gossip.publish(this.opts.topic, { heartbeat: this.heartbeat(this.opts.heartbeatMs) }, { direct: true, everyonePublishes: true })
  }

  /** Our own heartbeat as of now, saying we beat every `intervalMs`. */
  heartbeat (intervalMs: number): Heartbeat {
    return heartbeatOf({ ...this.opts.describeSelf(), seen: this.size }, intervalMs)
  }

  /** How many peers this one knows of, itself included. */
  get size (): number { return this.known.size + 1 }

  /**
   * The most members any view this peer hears of counts: its own, or a member's (as its
   * heartbeats say). A peer that joined through one other knows only that one until the
   * others' heartbeats reach it, while the other already knows the whole mesh.
   */
  get widestView (): number {
    let widest = this.size
    for (const m of this.known.values()) widest = Math.max(widest, m.seen)
    return widest
  }

  /** Whether each of `peers` is a member whose heartbeat said how many members it knows. */
  heardViewsOf (peers: readonly PeerId[]): boolean {
    return peers.every(p => (this.known.get(p.toString())?.seen ?? 0) > 0)
  }

  /** Live members other than this peer. */
  live (): Member[] {
    this.detectFailures()
    return [...this.known.values()]
  }

  get (id: string): Member | undefined {
    const m = this.known.get(id)
    return m != null && this.isFresh(m) ? m : undefined
  }

  isLive (id: string): boolean {
    return id === this.opts.self || this.get(id) != null
  }

  /** How long `id` has been silent: since its last heartbeat, or since we started if never heard. 0 for live members. */
  silentFor (id: string): number {
    if (this.isLive(id)) return 0
    return performance.now() - (this.lastHeard.get(id) ?? this.startedAt)
  }

  private isFresh (m: Member): boolean {
    return this.windows.get(m.id)?.suspect(this.clock.now(performance.now())) !== true
  }

  /** How long this process has been stalled in all (event-loop blocked, paused), in ms. */
  get stalledMs (): number { return this.clock.stalledMs }

  /**
   * A member heard of indirectly, as of now (see `clientsAttend`): `hb` is what it says of
   * itself, or what a voter says of it.
   */
  observe (peerId: PeerId, hb: Heartbeat): void {
    this.record(peerId, hb, false)
  }

  /** A heartbeat heard on the voters' topic. */
  private onMessage (msg: Message): void {
    if (msg.kind !== 'heartbeat') return
    if (msg.body.leaving) this.farewell(msg.from.toString())
    else this.record(msg.from, msg.body, true)
  }

  /**
   * Member `id` said it is stopping (only it can: a heartbeat's sender is authenticated): it
   * leaves now, and we beat at once so that the others learn our smaller count of members
   * (`seen`) within milliseconds, not a period. A beat of its that was on its way behind the
   * farewell does not bring it back (see record).
   */
  private farewell (id: string): void {
    this.leftAt.set(id, performance.now())
    const m = this.known.get(id)
    if (m == null) return
    this.leave(m)
    this.greet()
  }

  private record (peerId: PeerId, hb: Heartbeat, fast: boolean): void {
    const id = peerId.toString()
    if (id === this.opts.self) return
    const left = this.leftAt.get(id)
    if (left != null) {
      if (performance.now() - left < AFTER_FAREWELL_MS) return
      this.leftAt.delete(id) // (it came back: a restart, keeping its id)
    }
    // news of a voter heard on the voters' topic says nothing its own beats do not, and
    // would make its arrival history irregular
    if (!fast && this.voting.has(id) && this.known.has(id)) return
    const member: Member = {
      id,
      peerId,
      rank: rankFromFields(hb.hasRank, hb.rank),
      candidate: hb.candidate,
      capabilities: hb.capabilities,
      addrs: hb.addrs,
      epoch: Number(hb.epoch),
      leading: hb.leading,
      preempt: hb.preempt,
      members: hb.members,
      lastSeen: performance.now(),
      // (none from a release before 1.2; never longer than MAX_PERIOD_MS, so a forged or
      // confused heartbeat cannot make its sender unsuspectable)
      intervalMs: Math.min(hb.intervalMs ?? 0, MAX_PERIOD_MS),
      // (bounded like the period: a forged count could only keep peers on gossip)
      seen: Math.min(hb.seen ?? 0, MAX_SEEN)
    }
    const joined = !this.known.has(id)
    const previous = this.known.get(id)
    this.known.set(id, member)
    if (fast) this.voting.add(id)
    let window = this.windows.get(id)
    // a new member, or one whose period changed (a voter became a client):
    // its history so far says nothing of its silences from now on
    if (window == null || joined || previous?.intervalMs !== member.intervalMs) {
      window = new ArrivalWindow(this.detectorFor(member.intervalMs))
      this.windows.set(id, window)
    }
    window.heartbeat(this.clock.now(member.lastSeen))
    this.lastHeard.set(id, member.lastSeen)
    if (joined) this.dispatchEvent(new CustomEvent('member:join', { detail: member }))
    this.dispatchEvent(new CustomEvent('heartbeat', { detail: member }))
  }

  /** The detector for a member that beats every `intervalMs` (0: an older release, every heartbeatMs). */
  private detectorFor (intervalMs: number): DetectorOptions {
    if (intervalMs <= this.opts.heartbeatMs) return this.detector
    return { ...this.detector, expectedIntervalMs: intervalMs, minSilenceMs: Math.max(OBSERVED_MIN_SILENCE_MS, 3 * intervalMs) }
  }

  /** A member we heard of indirectly is gone, says whoever told us of it (attendant.ts). */
  forget (id: string): void {
    const m = this.known.get(id)
    if (m != null) this.leave(m)
  }

  private detectFailures (): void {
    for (const m of this.known.values()) if (!this.isFresh(m)) this.leave(m)
  }

  private leave (m: Member): void {
    this.known.delete(m.id)
    this.voting.delete(m.id)
    this.windows.delete(m.id)
    this.dispatchEvent(new CustomEvent('member:leave', { detail: m }))
  }
}
