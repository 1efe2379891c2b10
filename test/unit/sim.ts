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
import { withCluster } from '../../src/election/cluster.js'
import { joinRecords, type SplitState } from '../../src/election/replica.js'
import { serveVoters } from '../../src/machine/voters-service.js'
import { Voters } from '../../src/machine/voters-client.js'
import type { PeerId } from '@libp2p/interface'

export const TTL = 2_000
export const HEARTBEAT = 200
export const FAKE_TIMERS: { toFake: Array<'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'performance'> } = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] }

export interface SimPeer {
  id: PeerId
  rank: number
  alive: boolean
  endpoint: MemoryEndpoint
  store: VoterStore
  stats: Stats
  elector: Elector
  membership: LinkMembership
  holder?: CoordHolder
  locks?: LockClient
  channel?: LeaderChannel
  voters?: Voters
}

/**
 * Votes and replicated state "on disk": the real VoterStore (whole states and change logs)
 * over a memory store that outlives a crash of the simulated peer, as a disk would.
 */
export class DurableStore extends VoterStore {
  constructor (storage = new MemoryStorage(), split: SplitState = withCluster(splitTables)) { super(storage, split) }
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
  get size (): number { return this.live().length + 1 }
  async beat (): Promise<void> {}
  private member (n: SimPeer): Member {
    return { id: n.id.toString(), peerId: n.id, rank: n.rank, candidate: n.elector.stands, capabilities: [], addrs: [], epoch: n.elector.knownEpoch, leading: n.elector.isActing(), preempt: false, members: this.mesh.size, lastSeen: performance.now(), intervalMs: HEARTBEAT, seen: this.mesh.size }
  }
}

export class SimMesh {
  readonly net = new MemoryNetwork(meshWire(), 2, 5_000)
  readonly peers: SimPeer[] = []

  /**
   * `voters`: the first this many peers are the cluster's voters, named by id (the voters
   * option); the others run as clients until a change of voters adds them. Without it,
   * every peer votes (members: the mesh's size).
   */
  constructor (private readonly ids: PeerId[], private readonly withLocks = false, private readonly voters?: number) {}

  get size (): number { return this.voters ?? this.ids.length }

  async start (): Promise<void> {
    for (const [rank, id] of this.ids.entries()) await this.boot(id, rank, new DurableStore())
  }

  /** (Re)starts peer `rank` with its durable store, on a fresh endpoint. */
  async boot (id: PeerId, rank: number, store: VoterStore): Promise<SimPeer> {
    const endpoint = this.net.endpoint(id, true)
    const peer = { id, rank, endpoint, store, alive: true, stats: new Stats() } as SimPeer
    peer.membership = new LinkMembership(peer, this)
    const voters = this.voters != null ? this.ids.slice(0, this.voters).map(String) : undefined
    const opts: ElectorOptions = { self: id, rank, candidate: true, preempt: false, members: this.size, voters, ttlMs: TTL, heartbeatMs: HEARTBEAT, driftMarginMs: TTL / 10, split: withCluster(splitTables), stats: peer.stats }
    // ACCORD_SIM_LOG=1 prints every elector's log, stamped with fake time and rank
    const log = process.env.ACCORD_SIM_LOG != null ? (format: unknown, ...args: unknown[]) => { console.log(`[${Math.round(performance.now())} r${rank}] ${String(format)}`, ...args) } : () => {}
    peer.elector = new Elector(peer.membership, endpoint, store, opts, log)
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
    const limits = { maxQueue: 64, maxLocks: 256, maxReentry: 64, maxBarriers: 8, maxVariables: 8, maxSemaphores: 8, maxElections: 8, maxQueues: 8, maxPendingTasks: 8, keepFinishedTasks: 8 }
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
    serveVoters(peer.holder, peer.endpoint)
    const noRoute = { request: async () => { throw new NoLeaderError('no gossip route in the simulation') } }
    peer.channel = new LeaderChannel(peer.elector, peer.membership, peer.endpoint, noRoute, TTL * 4)
    peer.locks = new LockClient(peer.channel, { defaultTtlMs: 10_000, marginMs: TTL / 10, log })
    peer.voters = new Voters(peer.channel)
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

  /**
   * kill -9, then a start on memory storage, as `accord agent` without a storage directory
   * restarts: a new id, no votes, no state.
   */
  async restartWithoutDisk (peer: SimPeer): Promise<SimPeer> {
    if (peer.alive) this.crash(peer)
    const [id] = await newIds(1)
    return await this.boot(id!, peer.rank, new VoterStore(new MemoryStorage(), withCluster(splitTables)))
  }

  /**
   * kill -9, then a start on memory storage with the same key (the `privateKey` option
   * without a storage directory): the same id, a voter still if the voters are named by
   * id, with no votes and no state.
   */
  async restartSameIdWithoutDisk (peer: SimPeer): Promise<SimPeer> {
    if (peer.alive) this.crash(peer)
    return await this.boot(peer.id, peer.rank, new VoterStore(new MemoryStorage(), withCluster(splitTables)))
  }

  acting (): SimPeer[] { return this.peers.filter(n => n.alive && n.elector.isActing()) }

  async stop (): Promise<void> {
    for (const p of this.peers) if (p.alive) this.crash(p)
  }
}

/**
 * Who led each epoch as a run went on (the election's promise: one peer an epoch):
 * `secondLeaders` notes the peers acting now, and returns the epochs one of them leads that
 * another peer led before.
 */
export class EpochLeaders {
  private readonly byEpoch = new Map<number, string>()

  secondLeaders (acting: SimPeer[]): number[] {
    const twice: number[] = []
    for (const p of acting) {
      const epoch = p.elector.actingEpoch()!
      const first = this.byEpoch.get(epoch)
      if (first != null && first !== p.id.toString()) twice.push(epoch)
      else this.byEpoch.set(epoch, p.id.toString())
    }
    return twice
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

/**
 * Runs fake time (up to `ms`) until every one of `peers` holds exactly `leader`'s copy of
 * the replicated state; returns the ones that still differ. (A sweep may commit just
 * before the check, so the last version can still be in flight for a moment.)
 */
export async function copiesDiffer (leader: SimPeer, peers: SimPeer[], ms = 3_000): Promise<string[]> {
  const differ = (): string[] => {
    const want = joinRecords(leader.elector.state().records)
    return peers.filter(p => !sameBytes(joinRecords(p.elector.state().records), want))
      .map(p => `rank ${p.rank} holds ${p.elector.state().epoch}/${p.elector.state().version}, the leader ${leader.elector.state().epoch}/${leader.elector.state().version}`)
  }
  for (let t = 0; t < ms && differ().length > 0; t += 10) await vi.advanceTimersByTimeAsync(10)
  return differ()
}

function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i])
}
