import { InvalidMessageError } from '../errors.js'
import { parseId } from './attendance.js'
import type { Attendance } from './election-wire.js'
import type { Elector } from './elector.js'
import type { Membership } from './membership.js'
import type { Rpc } from '../net/rpc.js'
import type { Libp2p, PeerId } from '@libp2p/interface'

export interface AttendantOptions {
  /** How long a voter may hold a poll: the client's period, and how often the leader hears of it. */
  holdMs: number
  /** The voters this client was started with; those its voters report are added. */
  voters: readonly string[]
}

/** A poll gets this long past its hold to be answered before the client tries another voter. */
const ANSWER_MARGIN_MS = 2_000
/** After a failed poll, wait this long before the next, and leave that voter alone for AVOID_MS. */
const RETRY_MS = 250
const AVOID_MS = 5_000

/**
 * A fleet client's side of attendance (attendance.ts): it keeps one long poll open to one
 * voter at a time, and what the voter answers becomes this client's membership: the live
 * voters as heartbeats, the leader among them. A voter that fails, stalls past its hold or
 * stops voting is left for another (a connected one, preferably not the leader, so that a
 * paused leader does not also silence the client's news of its successor).
 */
export class Attendant {
  private view = 0
  private current: string | undefined
  private readonly known = new Set<string>()
  /** Peers on a list this client was given that said they no longer vote. */
  private readonly removed = new Set<string>()
  private readonly avoided = new Map<string, number>()
  private readonly stopper = new AbortController()

  constructor (
    private readonly node: Pick<Libp2p, 'getConnections'>,
    private readonly rpc: Rpc,
    private readonly membership: Pick<Membership, 'observe' | 'forget' | 'heartbeat' | 'live'>,
    private readonly elector: Pick<Elector, 'votes' | 'leader' | 'selfId' | 'voters'>,
    private readonly opts: AttendantOptions
  ) {
    for (const v of opts.voters) this.known.add(v)
  }

  start (): void { void this.run() }

  stop (): void { this.stopper.abort() }

  /** The fleet's size, as the voter attended last said (0: no answer yet). */
  fleetSize = 0

  /** The voter this client attends now, if a poll to it has been answered. */
  get attending (): string | undefined { return this.current }

  private async run (): Promise<void> {
    const { holdMs } = this.opts
    while (!this.stopper.signal.aborted) {
      if (this.elector.votes) { // added as a voter: it hears the voters' topic now
        this.current = undefined
        await this.sleep(holdMs)
        continue
      }
      const voter = this.pick()
      if (voter == null) { await this.sleep(RETRY_MS); continue }
      try {
        const reply = await this.rpc.request(voter.peerId, { attend: { heartbeat: this.membership.heartbeat(holdMs), view: this.view, holdMs } }, { timeoutMs: holdMs + ANSWER_MARGIN_MS, signal: this.stopper.signal })
        if (reply.kind !== 'attendance') throw new InvalidMessageError('type', `attend answered with ${reply.kind}`)
        this.apply(reply.body)
        if (reply.body.configured.includes(voter.id)) {
          this.current = voter.id
        } else { // removed from the voters: attend one of those it names
          this.known.delete(voter.id)
          this.removed.add(voter.id)
          this.current = undefined
          this.view = 0
        }
      } catch {
        if (this.stopper.signal.aborted) return
        this.avoided.set(voter.id, performance.now() + AVOID_MS)
        this.current = undefined
        this.view = 0
        await this.sleep(RETRY_MS)
      }
    }
  }

  /** What the voter sees is what this client sees: its live voters, the leader among them. */
  private apply (a: Attendance): void {
    this.view = a.view
    this.fleetSize = a.members
    for (const id of a.configured) { this.known.add(id); this.removed.delete(id) }
    const reported = new Set(a.voters.map(v => v.id))
    for (const m of this.membership.live()) if (this.known.has(m.id) && !reported.has(m.id)) this.membership.forget(m.id)
    // those that do not lead first: a leader's successor is then never taken for a rival
    const ordered = [...a.voters].sort((x, y) => Number(x.heartbeat?.leading ?? false) - Number(y.heartbeat?.leading ?? false))
    for (const v of ordered) {
      const peerId = parseId(v.id)
      if (peerId == null || v.heartbeat == null || v.id === this.elector.selfId) continue
      this.membership.observe(peerId, { ...v.heartbeat, intervalMs: this.opts.holdMs })
    }
  }

  /**
   * The voter attended last unless it leads now and a follower is connected; else a
   * connected follower, a connected voter, any known voter. (A client that attends the
   * leader hears of its successor only once its poll to a paused leader times out.)
   */
  private pick (): { id: string, peerId: PeerId } | undefined {
    const now = performance.now()
    // (a voter removed from the configuration knows the voters that replaced it)
    for (const id of this.elector.voters?.voters ?? []) if (!this.removed.has(id)) this.known.add(id)
    const usable = [...this.known].filter(id => id !== this.elector.selfId && (this.avoided.get(id) ?? 0) <= now)
    if (usable.length === 0) {
      // all failed lately: try them all again, and ask those removed again too (one that
      // named a voter whose addresses this client lacks can name it again, addresses and all)
      this.avoided.clear()
      for (const id of this.removed) this.known.add(id)
      this.removed.clear()
      return undefined
    }
    const connected = usable.filter(id => { const p = parseId(id); return p != null && this.node.getConnections(p).length > 0 })
    const followers = connected.filter(id => id !== this.elector.leader?.id)
    if (this.current != null && usable.includes(this.current) && (followers.length === 0 || followers.includes(this.current))) return withPeerId(this.current)
    const pool = followers.length > 0 ? followers : connected.length > 0 ? connected : usable
    return withPeerId(pool[Math.floor(Math.random() * pool.length)]!)
  }

  private async sleep (ms: number): Promise<void> {
    const signal = this.stopper.signal
    await new Promise<void>(resolve => {
      const timer = setTimeout(done, ms)
      function done (): void { clearTimeout(timer); signal.removeEventListener('abort', done); resolve() }
      signal.addEventListener('abort', done)
    })
  }
}

function withPeerId (id: string): { id: string, peerId: PeerId } | undefined {
  const peerId = parseId(id)
  return peerId != null ? { id, peerId } : undefined
}
