import { CoordState } from './coord-wire.js'
import { BarrierTable } from './barrier-table.js'
import { CasTable } from './cas-table.js'
import { LeadershipTable } from './leadership-table.js'
import { SemaphoreTable } from './semaphore-table.js'
import { LockTable, type LockLimits } from './lock-table.js'
import { TokenCounter } from './token-counter.js'
import { LeaseQueue } from './lease-queue.js'

export interface CoordLimits extends LockLimits {
  /** Barriers alive at once. Default 256. */
  maxBarriers: number
  /** 'reject' variables whose last accepted write is tracked. Default 4096. */
  maxVariables: number
  /** Semaphores alive at once. Default 256. */
  maxSemaphores: number
  /** Named elections alive at once. Default 256. */
  maxElections: number
}

/**
 * Everything the lease holder replicates: the one lease queue (its fencing sequence, and
 * the locks, semaphores and named elections' leaderships that are recipes over it), barriers and
 * 'reject' variables' accepted clocks.
 */
export interface CoordTables { leases: LeaseQueue, tokens: TokenCounter, locks: LockTable, semaphores: SemaphoreTable, leaderships: LeadershipTable, barriers: BarrierTable, cas: CasTable }

function recipes (leases: LeaseQueue, limits: CoordLimits): Pick<CoordTables, 'leases' | 'tokens' | 'locks' | 'semaphores' | 'leaderships'> {
  return {
    leases,
    tokens: leases.tokens,
    locks: new LockTable(limits, leases),
    semaphores: new SemaphoreTable({ maxQueue: limits.maxQueue, maxSemaphores: limits.maxSemaphores }, leases),
    leaderships: new LeadershipTable(limits.maxElections, leases)
  }
}

export function emptyTables (limits: CoordLimits): CoordTables {
  return {
    ...recipes(new LeaseQueue(), limits),
    barriers: new BarrierTable(limits.maxBarriers),
    cas: new CasTable(limits.maxVariables)
  }
}

export function encodeTables (t: CoordTables, now: number): Uint8Array {
  return CoordState.encode({ ...t.locks.toState(now), barriers: t.barriers.toEntries(now), cas: t.cas.toEntries(), semaphores: t.semaphores.toEntries(), elections: t.leaderships.toEntries() })
}

/** Adopts replicated tables on a new leader (see LockTable.fromState for the timing rules). */
export function decodeTables (bytes: Uint8Array, limits: CoordLimits, now: number, waiterGraceMs: number): CoordTables {
  if (bytes.byteLength === 0) return emptyTables(limits)
  const state = CoordState.decode(bytes)
  const leases = new LeaseQueue(TokenCounter.fromState(state))
  LockTable.fromState(state, limits, now, waiterGraceMs, leases)
  SemaphoreTable.fromEntries(state.semaphores, { maxQueue: limits.maxQueue, maxSemaphores: limits.maxSemaphores }, now, waiterGraceMs, leases)
  LeadershipTable.fromEntries(state.elections, limits.maxElections, now, leases)
  return {
    ...recipes(leases, limits),
    barriers: BarrierTable.fromEntries(state.barriers, limits.maxBarriers, now),
    cas: CasTable.fromEntries(state.cas, limits.maxVariables, now)
  }
}
