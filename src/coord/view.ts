import { InvalidMessageError } from '../errors.js'
import { CoordState } from './coord-wire.js'
import { encodeTables } from './state.js'
import type { CoordHolder } from './state.js'
import type { LeaderChannel } from '../machine/leader-channel.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** One lock in the lease holder's table (`peer.inspect().coord.locks`). */
export interface LockView {
  /** The lock's name. */
  name: string
  /** Holding peer, or undefined when only waiters remain. */
  holder?: {
    /** Peer id of the holder. */
    peer: string
    /** The `owner` it locked with ('' by default). */
    owner: string
    /** The fencing token of the grant. */
    token: bigint
    /** How many times it holds the lock (1, plus one per re-entry). */
    reentry: number
    /** The lease's TTL in ms, as the holder asked for it. */
    ttlMs: number
  }
  /** Waiters in grant order. */
  queue: Array<{
    /** Peer id of the waiter. */
    peer: string
    /** The `owner` it waits as. */
    owner: string
  }>
}

/** One barrier in the lease holder's table (`peer.inspect().coord.barriers`). */
export interface BarrierView {
  /** The barrier's name. */
  name: string
  /** The generation now waiting. */
  generation: number
  /** Undefined until the first arrival of the generation configures it. */
  parties?: number
  /** Peer ids that have arrived at the waiting generation. */
  arrived: string[]
  /** The most recent releases, newest last. */
  releases: Array<{
    /** The generation released. */
    generation: number
    /** Why: 'all', 'threshold' or 'timeout' (a BarrierOutcome). */
    outcome: string
    /** Peer ids that had arrived when it was released. */
    arrived: string[]
  }>
}

/** One semaphore in the lease holder's table (`peer.inspect().coord.semaphores`). */
export interface SemaphoreView {
  /** The semaphore's name. */
  name: string
  /** Permits in all. */
  size: number
  /** Current grants. */
  holders: Array<{
    /** Peer id of the holder. */
    peer: string
    /** The `owner` it acquired as. */
    owner: string
    /** The fencing token of the grant. */
    token: bigint
    /** Permits the grant holds. */
    permits: number
  }>
  /** Waiters in grant order (FIFO). */
  queue: Array<{
    /** Peer id of the waiter. */
    peer: string
    /** The `owner` it waits as. */
    owner: string
    /** Permits it asks for. */
    permits: number
  }>
}

/** One named election in the lease holder's table (`peer.inspect().coord.elections`). */
export interface ElectionView {
  /** The election's full name (`group/name` when it has a group). */
  name: string
  /** Who leads; undefined when nobody does. */
  leader?: {
    /** Peer id of the leader. */
    peer: string
    /** The rank it campaigned with; undefined if unranked. */
    rank?: number
    /** The fencing token of its leadership. */
    token: bigint
  }
  /** Waiting campaigners, with their ranks. */
  campaigners: Array<{
    /** Peer id of the campaigner. */
    peer: string
    /** Its rank; undefined if unranked. */
    rank?: number
    /** Whether it asked to take over from a leader of higher rank. */
    preempt: boolean
  }>
}

/** The lease holder's tables as the leader of `epoch` holds them. */
export interface CoordView {
  /** The election epoch of the leader that answered. */
  epoch: number
  /** Locks held or waited for. */
  locks: LockView[]
  /** Barriers alive. */
  barriers: BarrierView[]
  /** Semaphores alive. */
  semaphores: SemaphoreView[]
  /** Named elections alive. */
  elections: ElectionView[]
}

/** The leader answers with its tables as replicated: the same bytes a new leader would adopt. */
export function serveView (holder: CoordHolder, rpc: Rpc): void {
  rpc.handle('coordViewRequest', async (msg): Promise<Body> => {
    const epoch = holder.assertActing()
    return { coordView: { epoch: BigInt(epoch), state: encodeTables(holder.tables, performance.now()) } }
  })
}

/** Asks the acting leader for its tables. */
export async function fetchView (leader: LeaderChannel, timeoutMs: number): Promise<CoordView> {
  const reply = await leader.send({ coordViewRequest: {} }, timeoutMs)
  if (reply.kind !== 'coordView') throw new InvalidMessageError('type', `expected coordView, got ${reply.kind}`)
  const state = CoordState.decode(reply.body.state)
  return {
    epoch: Number(reply.body.epoch),
    locks: state.locks.map(l => ({
      name: l.name,
      holder: l.holder !== '' ? { peer: l.holder, owner: l.owner, token: l.token, reentry: l.reentry, ttlMs: l.ttlMs } : undefined,
      queue: l.queue.map(w => ({ peer: w.peer, owner: w.owner }))
    })),
    barriers: state.barriers.map(b => ({
      name: b.name,
      generation: Number(b.generation),
      parties: b.configured ? b.parties : undefined,
      arrived: b.arrived.map(a => a.peer),
      releases: b.releases.map(r => ({ generation: Number(r.generation), outcome: r.outcome, arrived: r.arrived.map(a => a.peer) }))
    })),
    semaphores: state.semaphores.map(x => ({
      name: x.name,
      size: x.size,
      holders: x.holders.map(h => ({ peer: h.peer, owner: h.owner, token: h.token, permits: h.permits })),
      queue: x.queue.map(w => ({ peer: w.peer, owner: w.owner, permits: w.permits }))
    })),
    elections: state.elections.map(e => ({
      name: e.name,
      leader: e.leader !== '' ? { peer: e.leader, rank: e.hasRank ? Number(e.rank) : undefined, token: e.token } : undefined,
      campaigners: e.campaigners.map(c => ({ peer: c.peer, rank: c.hasRank ? Number(c.rank) : undefined, preempt: c.preempt }))
    }))
  }
}
