/**
 * A mesh of simulated peers for deterministic tests of the state machines above the
 * network: real Electors, lease holders, lease services (locks, semaphores, named
 * elections) and lock clients over an
 * in-memory network (real wire codec) on fake timers (`vi.useFakeTimers` with
 * `performance` faked). Partitions, bridges and crashes are applied to the network, and
 * because every peer shares one clock, a property can be checked exactly at any instant.
 *
 * Membership is a stand-in that sees a peer exactly while its link is up (faster than the
 * real failure detector: that only helps liveness, and safety must not depend on it).
 */
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { TypedEventEmitter } from 'main-event'
import { vi } from 'vitest'
import { LeaderChannel } from '../../src/machine/leader-channel.js'
import { LeaseHolder } from '../../src/machine/lease-holder.js'
import { serveLeases } from '../../src/coord/lease-service.js'
import { LockClient } from '../../src/coord/lock-client.js'
import { serveLocks } from '../../src/coord/lock-service.js'
import { serveSemaphores } from '../../src/coord/semaphore-service.js'
import { serveLeaderships } from '../../src/coord/leadership-service.js'
import { Elector, type ElectorOptions } from '../../src/election/elector.js'
import { NoLeaderError } from '../../src/errors.js'
import { MemoryNetwork, type MemoryEndpoint } from '../../src/net/memory-rpc.js'
import { meshWire } from '../../src/protocols.js'
import type { Member, MembershipEvents } from '../../src/election/membership.js'
import { VoterStore } from '../../src/election/votes.js'
import { MemoryStorage } from '../../src/store/memory.js'
import { Stats } from '../../src/net/stats.js'
import { coordState, splitTables, type CoordHolder } from '../../src/coord/state.js'
import type { PeerId } from '@libp2p/interface'

export const TTL = 2_000
export const HEARTBEAT = 200
export const FAKE_TIMERS: { toFake: Array<'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'performance'> } = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] }

export interface SimPeer {
  id: PeerId
  rank: number
  alive: boolean
  endpoint: MemoryEndpoint
  store: DurableStore
  stats: Stats
  elector: Elector
  membership: LinkMembership
  holder?: CoordHolder
  locks?: LockClient
  channel?: LeaderChannel
}

/**
 * Votes and replicated state "on disk": the real VoterStore (whole states and change logs)
 * over a memory store that outlives a crash of the simulated peer, as a disk would.
 */
export class DurableStore extends VoterStore {
  constructor () { super(new MemoryStorage(), splitTables) }
  override get durable (): boolean { return true }
}

/** Sees every running peer whose link to `self` is up; heartbeats each of them every HEARTBEAT ms. */
export class LinkMembership extends TypedEventEmitter<MembershipEvents> {
  private readonly timer: ReturnType<typeof setInterval>
  constructor (private readonly self: SimPeer, private readonly mesh: SimMesh) {
    super()
    this.timer = setInterval(() => { for (const m of this.live()) this.dispatchEvent(new CustomEvent('heartbeat', { detail: m })) }, HEARTBEAT)
  }

  stop (): void { clearInterval(this.timer) }
  live (): Member[] { return this.mesh.peers.filter(n => n !== this.self && n.alive && this.mesh.net.connected(n.id, this.self.id)).map(n => this.member(n)) }
  get (id: string): Member | undefined { return this.live().find(m => m.id === id) }
  isLive (id: string): boolean { return id === this.self.id.toString() || this.get(id) != null }
  async beat (): Promise<void> {}
  private member (n: SimPeer): Member {
    return { id: n.id.toString(), peerId: n.id, rank: n.rank, candidate: true, capabilities: [], addrs: [], epoch: n.elector.knownEpoch, leading: n.elector.isActing(), preempt: false, members: this.mesh.size, lastSeen: performance.now() }
  }
}

export class SimMesh {
  readonly net = new MemoryNetwork(meshWire(), 2, 5_000)
  readonly peers: SimPeer[] = []

  constructor (private readonly ids: PeerId[], private readonly withLocks = false) {}

  get size (): number { return this.ids.length }

  async start (): Promise<void> {
    for (const [rank, id] of this.ids.entries()) await this.boot(id, rank, new DurableStore())
  }

  /** (Re)starts peer `rank` with its durable store, on a fresh endpoint. */
  async boot (id: PeerId, rank: number, store: DurableStore): Promise<SimPeer> {
    const endpoint = this.net.endpoint(id, true)
    const peer = { id, rank, endpoint, store, alive: true, stats: new Stats() } as SimPeer
    peer.membership = new LinkMembership(peer, this)
    const opts: ElectorOptions = { self: id, rank, candidate: true, preempt: false, members: this.size, ttlMs: TTL, heartbeatMs: HEARTBEAT, driftMarginMs: TTL / 10, split: splitTables, stats: peer.stats }
    peer.elector = new Elector(peer.membership, endpoint, store, opts, () => {})
    if (this.withLocks) this.addLocks(peer)
    await peer.elector.start()
    peer.holder?.start()
    const i = this.peers.findIndex(n => n.rank === rank)
    if (i >= 0) this.peers[i] = peer; else this.peers.push(peer)
    return peer
  }

  /** The lease holder and its lock service, and a lock client, wired as assemble.ts does. */
  private addLocks (peer: SimPeer): void {
    const log = (): void => {}
    const limits = { maxQueue: 64, maxLocks: 256, maxReentry: 64, maxBarriers: 8, maxVariables: 8, maxSemaphores: 8, maxElections: 8 }
    peer.holder = new LeaseHolder(peer.elector, coordState(limits, TTL * 2), {
      sweepMs: HEARTBEAT / 4,
      isLive: id => peer.membership.isLive(id),
      heardGraceMs: 3_000,
      log
    })
    serveLocks(peer.holder, peer.endpoint)
    serveLeases(peer.holder, peer.endpoint)
    serveSemaphores(peer.holder, peer.endpoint)
    serveLeaderships(peer.holder, peer.endpoint)
    const noRoute = { request: async () => { throw new NoLeaderError('no gossip route in the simulation') } }
    peer.channel = new LeaderChannel(peer.elector, peer.membership, peer.endpoint, noRoute, TTL * 4)
    peer.locks = new LockClient(peer.channel, { defaultTtlMs: 10_000, marginMs: TTL / 10, log })
  }

  /** kill -9: the process and its sockets are gone; its store stays. */
  crash (peer: SimPeer): void {
    peer.alive = false
    peer.endpoint.stop()
    peer.membership.stop()
    peer.locks?.stop()
    peer.holder?.stop()
    void peer.elector.stop().catch(() => {}) // its timers; a resign cannot leave the dead endpoint
  }

  acting (): SimPeer[] { return this.peers.filter(n => n.alive && n.elector.isActing()) }

  async stop (): Promise<void> {
    for (const p of this.peers) if (p.alive) this.crash(p)
  }
}

export async function newIds (n: number): Promise<PeerId[]> {
  return await Promise.all(Array.from({ length: n }, async () => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))))
}

/** Awaits `p` while fake time runs. */
export async function settle<T> (p: Promise<T>): Promise<T> {
  let done = false
  void p.finally(() => { done = true }).catch(() => {})
  while (!done) await vi.advanceTimersByTimeAsync(5)
  return await p
}

/**
 * A simulated mesh of `n` peers with lease holders and lock clients, on fake time, run
 * until it has elected (3 s); `vi.useRealTimers()` is the caller's to restore.
 */
export async function startedSim (n: number): Promise<SimMesh> {
  const ids = await newIds(n)
  vi.useFakeTimers(FAKE_TIMERS)
  const m = new SimMesh(ids, true)
  await m.start()
  await vi.advanceTimersByTimeAsync(3_000)
  return m
}
