import { expect, vi } from 'vitest'
import { sleep } from '../support/wait.js'
import { Election } from '../../src/coord/leadership-client.js'
import { Semaphore } from '../../src/coord/semaphore-client.js'
import { CoordState } from '../../src/coord/coord-wire.js'
import type { SimMesh, SimPeer } from './sim.js'

/**
 * Agents that loop take / hold / release on one lock (or a semaphore's permits, or a named
 * election's leadership) in a simulated mesh, and the instant check of the lock's promise:
 * never more valid holders than the capacity, tokens handed out in increasing order.
 */
export const LOCK_TTL = 1_500

export interface Held { token: bigint, valid: () => boolean, release: () => Promise<void> }
export interface Hold { peer: SimPeer, lock: Held }

/** What the contenders take: a lock, a permit of a semaphore, a named election's leadership; at most `capacity` valid at once. */
export interface Contest { what: string, capacity: number, take: (peer: SimPeer) => Promise<Held> }

export const LOCK: Contest = { what: 'lock', capacity: 1, take: async peer => await peer.locks!.acquire('L', { ttlMs: LOCK_TTL, waitMs: 3_000 }) }
export const SEMAPHORE: Contest = {
  what: 'permit',
  capacity: 2,
  take: async peer => await new Semaphore('S', { permits: 2 }, peer.locks!, LOCK_TTL).acquire({ ttlMs: LOCK_TTL, waitMs: 3_000 })
}
export const ELECTION: Contest = {
  what: 'leadership',
  capacity: 1,
  take: async peer => {
    const election = new Election('E', { rank: peer.rank, preempt: false, ttlMs: LOCK_TTL }, peer.locks!, peer.channel!)
    election.close() // no watching: only the campaign is under test
    const giveUp = new AbortController()
    const timer = setTimeout(() => { giveUp.abort() }, 3_000) // fake timers drive setTimeout, not AbortSignal.timeout
    const l = await election.campaign({ signal: giveUp.signal }).finally(() => { clearTimeout(timer) })
    return { token: l.token, valid: l.valid, release: l.resign }
  }
}

/**
 * How long a lock grant may stand in a majority's copy of the state, its holder alive and
 * linked to the lease holder, before its holder must have heard it: the answer goes once
 * the grant is replicated, in a few ms here (a sweep runs every 50 ms).
 */
export const TELL_WITHIN_MS = 1_000

export class Contenders {
  readonly holds = new Set<Hold>()
  grants = 0
  lastToken = 0n
  violations: string[] = []
  private stopped = false
  /** Tokens whose grant reached its agent. */
  private readonly received = new Set<bigint>()
  /** Per running peer, when its agent's current take began (absent while it holds or rests). */
  private readonly asking = new Map<SimPeer, number>()
  /** Per peer, the last instant it was not linked to an acting lease holder, or the one before changed. */
  private readonly unlinkedAt = new Map<SimPeer, number>()
  private lastLeader: SimPeer | undefined
  /** The lock's grant that stands untold in a majority's state, and since when. */
  private untold: { token: bigint, since: number, reported: boolean } | undefined

  /** `tcpLinks`: the network holds what a cut link carries until the heal (MemoryNetwork.holdOnCut), so a waiter cut off during its take is judged too, from when it is linked again. */
  constructor (private readonly mesh: SimMesh, private readonly rnd: () => number, private readonly contest: Contest = LOCK, private readonly tcpLinks = false) {}

  start (): void { for (const p of this.mesh.peers) this.join(p) }
  /** A (re)started peer's agent joins the contest. */
  join (peer: SimPeer): void { void this.loop(peer) }
  stop (): void { this.stopped = true }

  /** One peer's agent: take the lock, hold it a while (checking valid()), give it back. */
  private async loop (peer: SimPeer): Promise<void> {
    while (!this.stopped && peer.alive) {
      let lock: Held
      try {
        this.asking.set(peer, performance.now())
        lock = await this.contest.take(peer)
        this.asking.delete(peer)
      } catch {
        this.asking.delete(peer)
        await sleep(50 + this.rnd() * 200)
        continue
      }
      if (!peer.alive) return
      // with one holder at a time, grants reach their holders in token order
      if (this.contest.capacity === 1 && lock.token <= this.lastToken) this.violations.push(`token ${lock.token} handed out after ${this.lastToken}`)
      this.lastToken = lock.token > this.lastToken ? lock.token : this.lastToken
      this.received.add(lock.token)
      this.grants++
      const hold = { peer, lock }
      this.holds.add(hold)
      // mostly short holds; some well past the lease, so a holder cut off from the lease
      // holder is still holding (and must no longer be valid) when the lock moves on
      await sleep(this.rnd() < 0.3 ? this.rnd() * 4 * LOCK_TTL : this.rnd() * 600)
      this.holds.delete(hold)
      if (peer.alive) await lock.release().catch(() => {})
    }
  }

  /** The instant check: at most `capacity` live holders whose lease is valid; and (a lock) every durable grant reaches its holder. */
  check (at: number): void {
    const valid = [...this.holds].filter(h => h.peer.alive && h.lock.valid())
    if (valid.length > this.contest.capacity) this.violations.push(`at ${at} ms: ${valid.length} valid holders: ${valid.map(h => `rank ${h.peer.rank} token ${h.lock.token}`).join(', ')}`)
    if (this.contest === LOCK) this.checkTold(at)
  }

  /**
   * A grant of the lock that a majority of the voters hold, to a running client (its
   * session) that has been linked to this same lease holder since its take began, must
   * reach that client's agent within TELL_WITHIN_MS (a grant whose commit failed while the
   * lease holder stayed in office was once never told). Not judged: a grant to a crashed
   * process's session (nobody's to hear: it lapses). A waiter cut off from the lease
   * holder, or one that changed, during its take: with `tcpLinks` it must hear within
   * TELL_WITHIN_MS of being linked again (the answer arrives late, or the closed connection
   * failed the request and the client re-sent it); over links that drop what they carry it
   * is not judged (the answer is gone for good, which TCP never does to a live connection).
   */
  private checkTold (at: number): void {
    const leader = this.mesh.acting()[0]
    for (const p of this.mesh.peers) if (leader == null || leader !== this.lastLeader || !this.mesh.net.connected(p.id, leader.id)) this.unlinkedAt.set(p, at)
    this.lastLeader = leader
    const grant = leader != null ? lockEntry(leader) : undefined
    const peer = grant != null ? this.mesh.peers.find(p => p.alive && p.id.toString() === grant.holder && p.locks?.session === grant.session) : undefined
    const asked = peer != null ? this.asking.get(peer) : undefined
    const linkedSince = peer != null ? this.unlinkedAt.get(peer) ?? 0 : 0
    const stands = grant != null && peer != null && leader != null && asked != null && !this.received.has(grant.token) &&
      (this.tcpLinks || linkedSince < asked) && this.mesh.peers.filter(p => p.alive && lockEntry(p)?.token === grant.token).length > this.mesh.size / 2
    if (!stands) { this.untold = undefined; return }
    if (this.untold?.token !== grant.token) this.untold = { token: grant.token, since: at, reported: false }
    else if (at - Math.max(this.untold.since, linkedSince) >= TELL_WITHIN_MS && !this.untold.reported) {
      this.untold.reported = true
      this.violations.push(`at ${at} ms: token ${grant.token}, granted to rank ${peer.rank} and held by a majority for ${TELL_WITHIN_MS} ms, never reached it`)
    }
  }

  /** A crashed peer's process is gone: its holds go with it. */
  forget (peer: SimPeer): void { for (const h of this.holds) if (h.peer === peer) this.holds.delete(h) }
}

/** The lock's holding in `peer`'s copy of the replicated state. */
function lockEntry (peer: SimPeer): { holder: string, token: bigint, session: string } | undefined {
  const record = peer.elector.state().records.get('lock/L')
  const entry = record != null ? CoordState.decode(record).locks[0] : undefined
  return entry?.holder != null && entry.holder !== '' ? entry : undefined
}

export async function run (mesh: SimMesh, c: Contenders, ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 10) {
    await vi.advanceTimersByTimeAsync(10)
    c.check(performance.now())
    expect(mesh.acting().length).toBeLessThanOrEqual(1)
  }
}
