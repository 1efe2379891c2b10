import { peerIdFromString } from '@libp2p/peer-id'
import { InvalidMessageError } from '../errors.js'
import { heartbeatOf, MAX_PERIOD_MS, type Membership } from './membership.js'
import type { Attendance, Attendee, Heartbeat } from './election-wire.js'
import type { Elector } from './elector.js'
import type { Body, Message } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/**
 * A fleet's clients gossip no heartbeats and hear none (issue 13: on a 2-core machine the
 * gossip of 100 clients' heartbeats, forwarded by every peer, was the fleet's whole idle
 * cost). Each client attends one voter instead, as an etcd client keeps one endpoint: a
 * long poll that says "here I am" and that the voter answers once its view of the cluster
 * differs from the client's, or after the poll's hold. The voter passes its attendees to
 * the leader in its next lease ack, so the leader knows every live client (a lock waiter
 * or a barrier party must be live at the leader) at the cost of one ack field; a client
 * learns the leader, the live voters and the configuration from a voter over an
 * authenticated stream, never from a gossiped claim.
 */

/** Clients that attended this voter since its last lease ack, for the leader; and, on the leader, those other voters passed on. */
export class AttendeeRelay {
  private pending = new Map<string, Attendee>()

  constructor (private readonly membership: Pick<Membership, 'observe'>, private readonly max = MAX_RELAYED) {}

  /** A client attended this voter: queue it for the leader (the newest description wins). */
  push (attendee: Attendee): void {
    if (this.pending.size >= this.max && !this.pending.has(attendee.id)) return // the next ack drains it
    this.pending.delete(attendee.id)
    this.pending.set(attendee.id, attendee)
  }

  /** Those queued so far (at most `max`), for a lease ack. */
  take (): Attendee[] {
    const all = [...this.pending.values()]
    this.pending = new Map()
    return all
  }

  /** The leader: attendees another voter passed on, with their own heartbeats. */
  deliver (attendees: Attendee[]): void {
    for (const a of attendees.slice(0, this.max)) {
      const peerId = parseId(a.id)
      if (peerId != null && a.heartbeat != null) this.membership.observe(peerId, a.heartbeat)
    }
  }
}

/** At most this many attendees ride on one lease ack (an ack goes every 200 ms). */
const MAX_RELAYED = 256

export interface AttendanceOptions {
  /** A poll is held at most this long, whatever the client asks. */
  maxHoldMs: number
  /** Polls held at once; beyond, a poll is answered at once (the client asks again). */
  maxHeld: number
}

export const DEFAULT_ATTENDANCE: AttendanceOptions = { maxHoldMs: MAX_PERIOD_MS, maxHeld: 4_096 }

/** A voter's side: answers its attendees' polls, and queues them for the leader. */
export class AttendanceService {
  private readonly held = new Set<() => void>()
  private stopped = false

  constructor (
    private readonly elector: Pick<Elector, 'votes' | 'voters' | 'leader' | 'selfId' | 'addEventListener' | 'leaderCounts'>,
    private readonly membership: Pick<Membership, 'observe' | 'live' | 'heartbeat' | 'addEventListener' | 'size'>,
    private readonly relay: Pick<AttendeeRelay, 'push'>,
    rpc: Rpc,
    private readonly opts: AttendanceOptions = DEFAULT_ATTENDANCE
  ) {
    rpc.handle('attend', async msg => await this.onAttend(msg))
    // anything a client's view is made of: answer the held polls
    elector.addEventListener('leader', () => { this.wake() })
    membership.addEventListener('member:join', () => { this.wake() })
    membership.addEventListener('member:leave', () => { this.wake() })
  }

  stop (): void {
    this.stopped = true
    this.wake()
  }

  private async onAttend (msg: Message<'attend'>): Promise<Body> {
    const hb = msg.body.heartbeat
    if (hb == null) throw new InvalidMessageError('malformed', 'attend without a heartbeat')
    // no longer a voter (removed, while a client still has it on its list): it says what it
    // knows, the configuration first, and the client moves on to a voter of it
    if (!this.elector.votes) return { attendance: this.attendance() }
    const id = msg.from.toString()
    this.membership.observe(msg.from, hb)
    if (this.elector.leader?.id !== this.elector.selfId) this.relay.push({ id, heartbeat: hb })
    const holdMs = Math.min(msg.body.holdMs, this.opts.maxHoldMs)
    if (msg.body.view === this.view() && holdMs > 0 && this.held.size < this.opts.maxHeld && !this.stopped) {
      await new Promise<void>(resolve => {
        const done = (): void => { clearTimeout(timer); this.held.delete(done); resolve() }
        const timer = setTimeout(done, holdMs)
        this.held.add(done)
      })
    }
    return { attendance: this.attendance() }
  }

  private wake (): void {
    for (const done of [...this.held]) done()
  }

  /** The live voters (this one too) in id order, each as a heartbeat saying whether it leads as this voter sees it. */
  private attendance (): Attendance {
    const voters = this.voters()
    return {
      view: viewOf(voters, this.elector.voters?.index ?? 0),
      voters: voters.map(v => ({ id: v.id, heartbeat: v.hb })),
      configured: [...this.elector.voters?.voters ?? []],
      configIndex: BigInt(this.elector.voters?.index ?? 0),
      members: this.fleetSize
    }
  }

  /** The fleet's size: the leader's count (a voter knows only its own attendees), or ours if larger. */
  get fleetSize (): number {
    return this.elector.leader?.id === this.elector.selfId ? this.membership.size : Math.max(this.membership.size, this.elector.leaderCounts)
  }

  private view (): number {
    return viewOf(this.voters(), this.elector.voters?.index ?? 0)
  }

  private voters (): Array<{ id: string, hb: Heartbeat }> {
    const leader = this.elector.leader
    const configured = this.elector.voters?.voters ?? []
    const mark = (id: string, hb: Heartbeat): Heartbeat => ({
      ...hb,
      leading: leader?.id === id,
      epoch: leader?.id === id ? BigInt(leader.epoch) : hb.epoch
    })
    const self = this.elector.votes ? [{ id: this.elector.selfId, hb: mark(this.elector.selfId, this.membership.heartbeat(0)) }] : []
    const others = this.membership.live().filter(m => configured.includes(m.id)).map(m => ({ id: m.id, hb: mark(m.id, heartbeatOf(m, m.intervalMs)) }))
    return [...self, ...others].sort((a, b) => a.id < b.id ? -1 : 1)
  }
}

/** A number that changes when the leader, its epoch, the live voters or the configuration do (never 0: "no view"). */
export function viewOf (voters: Array<{ id: string, hb: Heartbeat }>, configIndex: number): number {
  const text = `${configIndex};` + voters.map(v => `${v.id}:${v.hb.leading ? `L${v.hb.epoch}` : ''}`).join(',')
  let h = 0x811c9dc5 // FNV-1a
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return (h | 1) >>> 0
}

export function parseId (id: string): ReturnType<typeof peerIdFromString> | undefined {
  try { return peerIdFromString(id) } catch { return undefined }
}
