import { TypedEventEmitter } from 'main-event'
import { ArrivalWindow, DEFAULT_DETECTOR, ResponsiveClock, type DetectorOptions } from './failure-detector.js'
import { rankFields, rankFromFields } from './rank.js'
import type { Gossip } from '../net/gossip.js'

/** What membership needs of gossip: one topic to publish heartbeats on and hear them from. */
export type GossipPort = Pick<Gossip, 'subscribe' | 'unsubscribe' | 'publish'>
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
   * A fleet's topic (named voters): every peer, voter or client, beats here, at a period
   * that grows with the fleet so that all of them together send about `fleet.ratePerSec`
   * heartbeats a second; the acting leader beats at the shortest period. Clients listen
   * only here, so the voters' fast heartbeats cost them nothing. Without it (open mode, a
   * counted cluster: everyone votes) every peer beats on `topic` alone.
   */
  fleetTopic?: string
  fleet?: FleetRate
  /** This peer votes: it beats (and listens) on the voters' topic. */
  votes: () => boolean
  heartbeatMs: number
  /** A member is never suspected before it has been silent this long (see failure-detector.ts). */
  suspectAfterMs: number
  /** Our own heartbeat, as of now. */
  describeSelf: () => Omit<Member, 'id' | 'peerId' | 'lastSeen' | 'intervalMs'> & {
    /**
     * Leader of `epoch`, acting or not (a loaded leader's majority acks can be stale for a
     * moment without it stepping down): what fleet heartbeats say, since a client that
     * loses its leader abandons its requests. Voters' heartbeats say `leading` (acting).
     */
    leads: boolean
  }
}

/** The fleet topic's heartbeat rate: all peers together, and the bounds of one peer's period. */
export interface FleetRate { ratePerSec: number, minMs: number, maxMs: number }

/**
 * One fleet heartbeat a second in all, each peer at most every 2 s (the acting leader's
 * period). Every heartbeat reaches every peer, a few copies each (the gossip mesh's
 * degree), so this rate is most of an idle fleet's traffic: at 2 a second and the leader
 * every second, 50 peers in 10 processes idled at 2.6-3.3 % of a core per peer.
 */
export const DEFAULT_FLEET_RATE: FleetRate = { ratePerSec: 1, minMs: 2_000, maxMs: 30_000 }

/**
 * A member heard only on the fleet topic (a client, or the leader as a client sees it) is
 * never suspected before this much silence. Its beats cross several gossip hops through
 * processes that may be busy, and a client needs the leader only to route its requests: a
 * new leader announces itself at once, and a request to a dead one fails on its own. (The
 * leader changes seen in loaded 50-peer fleets turned out to be the leader's own lease
 * lapsing under libp2p's ping bursts, see net/connection-pinger.ts; this floor is a margin
 * for gossip delays, not measured to be needed.)
 */
export const FLEET_MIN_SILENCE_MS = 8_000

/** One peer's period on the fleet topic with `peers` in the fleet (this one included). */
export function fleetPeriodMs (peers: number, rate: FleetRate): number {
  return Math.min(rate.maxMs, Math.max(rate.minMs, Math.round(peers * 1_000 / rate.ratePerSec)))
}

/**
 * Heartbeats on the control topic and a failure detector: a member whose silence is
 * improbable given its own heartbeat history (phi accrual), and longer than
 * `suspectAfterMs`, is suspected dead and leaves. Silence is measured on a clock that
 * stops while this process was stalled, so a paused or starved peer does not wake up
 * suspecting everyone. Time is monotonic: a wall-clock jump neither kills nor revives anyone.
 */
export class Membership extends TypedEventEmitter<MembershipEvents> {
  private readonly known = new Map<string, Member>()
  /** Members heard on the voters' topic: their fleet heartbeats add nothing. */
  private readonly voting = new Set<string>()
  private listeningAsVoter = false
  private nextFleetBeat = 0
  private readonly windows = new Map<string, ArrivalWindow>()
  private readonly clock: ResponsiveClock
  private readonly detector: DetectorOptions
  /** When each peer was last heard, kept after it leaves (one number per peer ever seen). */
  private readonly lastHeard = new Map<string, number>()
  private readonly startedAt = performance.now()
  private timer: ReturnType<typeof setInterval> | undefined

  constructor (private readonly gossip: GossipPort, private readonly opts: MembershipOptions) {
    super()
    this.clock = new ResponsiveClock(opts.heartbeatMs, opts.heartbeatMs / 2, performance.now())
    this.detector = { ...DEFAULT_DETECTOR, expectedIntervalMs: opts.heartbeatMs, minSilenceMs: opts.suspectAfterMs }
  }

  start (): void {
    const fleet = this.opts.fleetTopic
    if (fleet != null) this.gossip.subscribe(fleet, msg => { this.onMessage(msg, false) })
    this.listen()
    this.timer = setInterval(() => {
      this.clock.tick(performance.now())
      this.listen()
      void this.periodicBeat()
      this.detectFailures()
    }, this.opts.heartbeatMs)
    void this.beat()
  }

  stop (): void {
    clearInterval(this.timer)
    if (this.listeningAsVoter) this.gossip.unsubscribe(this.opts.topic)
    this.listeningAsVoter = false
    if (this.opts.fleetTopic != null) this.gossip.unsubscribe(this.opts.fleetTopic)
  }

  /** Listens on the voters' topic while this peer votes (always, without a fleet topic). */
  private listen (): void {
    const should = this.opts.fleetTopic == null || this.opts.votes()
    if (should === this.listeningAsVoter) return
    this.listeningAsVoter = should
    if (should) this.gossip.subscribe(this.opts.topic, msg => { this.onMessage(msg, true) })
    else this.gossip.unsubscribe(this.opts.topic)
  }

  /**
   * Sends a heartbeat now (e.g. right after becoming leader), besides the periodic ones:
   * on the voters' topic if this peer votes, and on the fleet topic.
   */
  async beat (): Promise<void> {
    await Promise.all([this.beatVoters(), this.beatFleet()])
  }

  private async periodicBeat (): Promise<void> {
    await this.beatVoters()
    if (performance.now() >= this.nextFleetBeat) await this.beatFleet()
  }

  private async beatVoters (): Promise<void> {
    if (this.listeningAsVoter) await this.publish(this.opts.topic, this.opts.heartbeatMs)
  }

  private async beatFleet (): Promise<void> {
    const fleet = this.opts.fleetTopic
    if (fleet == null) return
    const rate = this.opts.fleet ?? DEFAULT_FLEET_RATE
    const period = this.opts.describeSelf().leads ? rate.minMs : fleetPeriodMs(this.known.size + 1, rate)
    // jitter, so that a fleet started at once does not beat in step
    this.nextFleetBeat = performance.now() + period * (0.9 + Math.random() * 0.2)
    await this.publish(fleet, period, true)
  }

  private async publish (topic: string, intervalMs: number, fleet = false): Promise<void> {
    const me = this.opts.describeSelf()
    const heartbeat: Heartbeat = {
      ...rankFields(me.rank),
      candidate: me.candidate,
      epoch: BigInt(me.epoch),
      leading: fleet ? me.leads : me.leading,
      capabilities: me.capabilities,
      addrs: me.addrs,
      preempt: me.preempt,
      members: me.members,
      intervalMs
    }
    await this.gossip.publish(topic, { heartbeat })
  }

  /** How many peers this one knows of, itself included. */
  get size (): number { return this.known.size + 1 }

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

  /** A heartbeat heard on the voters' topic (`fast`) or on the fleet topic. */
  private onMessage (msg: Message, fast: boolean): void {
    if (msg.kind !== 'heartbeat') return
    const id = msg.from.toString()
    if (id === this.opts.self) return
    // a voter's slow fleet heartbeats say nothing its fast ones do not, and would make its
    // arrival history irregular: only a member not (or no longer) heard as a voter counts them
    if (!fast && this.voting.has(id) && this.known.has(id)) return
    const hb = msg.body
    const member: Member = {
      id,
      peerId: msg.from,
      rank: rankFromFields(hb.hasRank, hb.rank),
      candidate: hb.candidate,
      capabilities: hb.capabilities,
      addrs: hb.addrs,
      epoch: Number(hb.epoch),
      leading: hb.leading,
      preempt: hb.preempt,
      members: hb.members,
      lastSeen: performance.now(),
      // (none from a release before 1.2; never longer than a fleet's longest period, so a
      // forged or confused heartbeat cannot make its sender unsuspectable)
      intervalMs: Math.min(hb.intervalMs ?? 0, (this.opts.fleet ?? DEFAULT_FLEET_RATE).maxMs)
    }
    const joined = !this.known.has(id)
    const previous = this.known.get(id)
    this.known.set(id, member)
    if (fast) this.voting.add(id)
    let window = this.windows.get(id)
    // a new member, or one whose period changed (a fleet grew, a voter became a client):
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
    // never suspect a slow beater (a fleet's peer, on the fleet topic) before it missed about
    // three heartbeats, nor within FLEET_MIN_SILENCE_MS
    return { ...this.detector, expectedIntervalMs: intervalMs, minSilenceMs: Math.max(FLEET_MIN_SILENCE_MS, 3 * intervalMs) }
  }

  private detectFailures (): void {
    for (const [id, m] of this.known) {
      if (!this.isFresh(m)) {
        this.known.delete(id)
        this.voting.delete(id)
        this.windows.delete(id)
        this.dispatchEvent(new CustomEvent('member:leave', { detail: m }))
      }
    }
  }
}
