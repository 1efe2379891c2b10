import { InvalidMessageError } from '../errors.js'
import { CoordState } from './coord-wire.js'
import { encodeTables } from './state.js'
import type { CoordHolder } from './state.js'
import type { LeaderChannel } from '../machine/leader-channel.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

export interface LockView {
  name: string
  /** Holding peer, or undefined when only waiters remain. */
  holder?: { peer: string, owner: string, token: bigint, reentry: number, ttlMs: number }
  /** Waiters in grant order. */
  queue: Array<{ peer: string, owner: string }>
}

export interface BarrierView {
  name: string
  generation: number
  /** Undefined until the first arrival of the generation configures it. */
  parties?: number
  arrived: string[]
  /** The most recent releases, newest last. */
  releases: Array<{ generation: number, outcome: string, arrived: string[] }>
}

export interface SemaphoreView {
  name: string
  /** Permits in all. */
  size: number
  holders: Array<{ peer: string, owner: string, token: bigint, permits: number }>
  queue: Array<{ peer: string, owner: string, permits: number }>
}

export interface ElectionView {
  name: string
  leader?: { peer: string, rank?: number, token: bigint }
  /** Waiting campaigners, with their ranks. */
  campaigners: Array<{ peer: string, rank?: number, preempt: boolean }>
}

/** The lease holder's tables as the leader of `epoch` holds them. */
export interface CoordView { epoch: number, locks: LockView[], barriers: BarrierView[], semaphores: SemaphoreView[], elections: ElectionView[] }

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
