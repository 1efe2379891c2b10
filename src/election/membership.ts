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
}

export interface MembershipEvents {
  'member:join': CustomEvent<Member>
  'member:leave': CustomEvent<Member>
  heartbeat: CustomEvent<Member>
}

export interface MembershipOptions {
  self: string
  topic: string
  heartbeatMs: number
  /** A member is never suspected before it has been silent this long (see failure-detector.ts). */
  suspectAfterMs: number
  /** Our own heartbeat, as of now. */
  describeSelf: () => Omit<Member, 'id' | 'peerId' | 'lastSeen'>
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
    this.gossip.subscribe(this.opts.topic, msg => { this.onMessage(msg) })
    this.timer = setInterval(() => {
      this.clock.tick(performance.now())
      void this.beat()
      this.detectFailures()
    }, this.opts.heartbeatMs)
    void this.beat()
  }

  stop (): void {
    clearInterval(this.timer)
    this.gossip.unsubscribe(this.opts.topic)
  }

  /** Sends a heartbeat now (e.g. right after becoming leader), besides the periodic ones. */
  async beat (): Promise<void> {
    const me = this.opts.describeSelf()
    const heartbeat: Heartbeat = {
      ...rankFields(me.rank),
      candidate: me.candidate,
      epoch: BigInt(me.epoch),
      leading: me.leading,
      capabilities: me.capabilities,
      addrs: me.addrs,
      preempt: me.preempt,
      members: me.members
    }
    await this.gossip.publish(this.opts.topic, { heartbeat })
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

  private onMessage (msg: Message): void {
    if (msg.kind !== 'heartbeat') return
    const id = msg.from.toString()
    if (id === this.opts.self) return
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
      lastSeen: performance.now()
    }
    const joined = !this.known.has(id)
    this.known.set(id, member)
    let window = this.windows.get(id)
    if (window == null || joined) { window = new ArrivalWindow(this.detector); this.windows.set(id, window) }
    window.heartbeat(this.clock.now(member.lastSeen))
    this.lastHeard.set(id, member.lastSeen)
    if (joined) this.dispatchEvent(new CustomEvent('member:join', { detail: member }))
    this.dispatchEvent(new CustomEvent('heartbeat', { detail: member }))
  }

  private detectFailures (): void {
    for (const [id, m] of this.known) {
      if (!this.isFresh(m)) {
        this.known.delete(id)
        this.windows.delete(id)
        this.dispatchEvent(new CustomEvent('member:leave', { detail: m }))
      }
    }
  }
}
