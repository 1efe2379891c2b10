import { DeadlockError, type DeadlockStep } from '../errors.js'
import { chooseVictims, deadlockedAgents, findCycle, type PendingRequest, type ResourceState } from './deadlock.js'
import type { LeaseKind } from './lease-kind.js'
import type { CoordTables } from './state.js'

/**
 * Every table's holders and waiters, as one wait-for graph: locks, multi-locks and
 * semaphores. Named elections stay out: a campaign is a standby that waits for as long as
 * the leader leads, alongside whatever else its peer does, so counting it as "holds what
 * it has while it waits" would refuse waits that are no deadlock.
 */
function waitState (tables: CoordTables): { resources: ResourceState[], pending: PendingRequest[] } {
  const parts = [tables.leases.waitState('lock'), tables.leases.waitState('semaphore')]
  return { resources: parts.flatMap(p => p.resources), pending: parts.flatMap(p => p.pending) }
}

/** `peer NUL session NUL owner` → `peer` or `peer/owner`; `lock:x` stays as it is. */
function step (s: { agent: string, resource: string, heldBy: string }): DeadlockStep {
  const agent = (a: string): string => { const [peer, , owner] = a.split('\u0000'); return owner === '' || owner == null ? peer! : `${peer}/${owner}` }
  return { agent: agent(s.agent), resource: s.resource, heldBy: agent(s.heldBy) }
}

/**
 * The request just queued (`requestId` of `peer`): if it leaves its agent stuck for ever,
 * it closed a cycle of waits — it is the youngest request in that cycle, so it is the
 * victim. Returns the error to refuse it with, or undefined. Waits with no cycle are never
 * refused: the reduction in deadlock.ts reports only agents that can never proceed.
 */
export function deadlockOf (tables: CoordTables, requestId: string, peer: string, resource: string): DeadlockError | undefined {
  const { resources, pending } = waitState(tables)
  const request = pending.find(p => p.key === requestId && p.agent.startsWith(peer + '\u0000'))
  if (request == null) return undefined
  const stuck = deadlockedAgents(resources, pending)
  if (!stuck.has(request.agent)) return undefined
  const cycle = findCycle(request, resources, pending, stuck)
  return cycle == null ? undefined : new DeadlockError(resource, cycle.map(step))
}

/**
 * Cycles that formed without a new request (a new leader adopting waits that were
 * re-sent in another order): the requests to refuse, youngest on each cycle first.
 */
export function deadlockVictims (tables: CoordTables): Array<{ requestId: string, peer: string, kind: LeaseKind, error: DeadlockError }> {
  const { resources, pending } = waitState(tables)
  return chooseVictims(resources, pending).map(v => {
    const resource = v.request.needs[0]!.resource
    const kind = resource.slice(0, resource.indexOf(':')) as LeaseKind // waitState's resources are `lock:…` and `semaphore:…`
    return {
      requestId: v.request.key,
      peer: v.request.agent.split('\u0000')[0]!,
      kind,
      error: new DeadlockError(resource, v.cycle.map(step))
    }
  })
}
