/**
 * Deadlock detection over the lease holder's tables: a pure function of who holds what
 * and who waits for what. The lease holder sees every holder and every waiter, so it can
 * find deadlocks between clients (etcd, ZooKeeper and Hazelcast cannot).
 *
 * The model is Holt's graph reduction for resources with several units (a lock is a
 * resource of 1 unit, a semaphore of `permits`): an agent (a peer and owner) that waits
 * for nothing will eventually release everything it holds; an agent whose every pending
 * request could be met by what is free, once such agents have released, can finish too.
 * Agents left when nothing more can finish are deadlocked: no order of events frees them
 * (each agent keeps what it holds while it waits, and keeps it alive). The reduction is
 * optimistic where it simplifies (queue order and a request's several units are ignored),
 * so it may miss a deadlock but never reports one that is not there.
 */

export interface ResourceState {
  name: string
  /** Units in all: 1 for a lock, `permits` for a semaphore. */
  capacity: number
  holders: Array<{ agent: string, units: number }>
}

export interface PendingRequest {
  /** Identifies the request (its request id). */
  key: string
  agent: string
  /** Arrival order on the lease holder: the youngest request has the highest seq. */
  seq: number
  /** Units needed of each resource (a multi-lock needs several resources at once). */
  needs: Array<{ resource: string, units: number }>
}

/** One step of a cycle: `agent` waits for `resource`, which `heldBy` holds. */
export interface CycleStep { agent: string, resource: string, heldBy: string }

/** The agents that can never proceed, given `resources` and `pending`. */
export function deadlockedAgents (resources: ResourceState[], pending: PendingRequest[]): Set<string> {
  const free = new Map(resources.map(r => [r.name, r.capacity - r.holders.reduce((n, h) => n + h.units, 0)]))
  const holdings = new Map<string, Array<{ resource: string, units: number }>>()
  for (const r of resources) for (const h of r.holders) {
    if (!holdings.has(h.agent)) holdings.set(h.agent, [])
    holdings.get(h.agent)!.push({ resource: r.name, units: h.units })
  }
  const waiting = new Map<string, PendingRequest[]>()
  for (const p of pending) {
    if (!waiting.has(p.agent)) waiting.set(p.agent, [])
    waiting.get(p.agent)!.push(p)
  }
  const stuck = new Set(waiting.keys())
  const release = (agent: string): void => {
    for (const h of holdings.get(agent) ?? []) free.set(h.resource, (free.get(h.resource) ?? 0) + h.units)
  }
  // agents that wait for nothing release what they hold
  for (const agent of holdings.keys()) if (!stuck.has(agent)) release(agent)
  let progress = true
  while (progress) {
    progress = false
    for (const agent of stuck) {
      const met = waiting.get(agent)!.every(p => p.needs.every(n => (free.get(n.resource) ?? Infinity) >= n.units))
      if (met) { stuck.delete(agent); release(agent); progress = true }
    }
  }
  return stuck
}

/**
 * A cycle of waits that starts with `request` and comes back to its agent, among `stuck`
 * agents (for naming it in an error); undefined if the request is stuck only behind a
 * cycle it is not part of.
 */
export function findCycle (request: PendingRequest, resources: ResourceState[], pending: PendingRequest[], stuck: Set<string>): CycleStep[] | undefined {
  const byName = new Map(resources.map(r => [r.name, r]))
  const stepsOf = (p: PendingRequest): CycleStep[] => p.needs.flatMap(n => (byName.get(n.resource)?.holders ?? [])
    .filter(h => h.agent !== p.agent && stuck.has(h.agent))
    .map(h => ({ agent: p.agent, resource: n.resource, heldBy: h.agent })))
  const edges = (from: string): CycleStep[] => pending.filter(p => p.agent === from).flatMap(stepsOf)
  const target = request.agent
  const seen = new Set<string>([target])
  const path: CycleStep[] = []
  const dfs = (steps: CycleStep[]): boolean => {
    for (const step of steps) {
      path.push(step)
      if (step.heldBy === target) return true
      if (!seen.has(step.heldBy)) {
        seen.add(step.heldBy)
        if (dfs(edges(step.heldBy))) return true
      }
      path.pop()
    }
    return false
  }
  return dfs(stepsOf(request)) ? path : undefined
}

/**
 * Requests to refuse so that no deadlock remains: repeatedly the youngest request of an
 * agent that lies on a cycle. A request stuck only behind someone else's cycle is never
 * chosen (it proceeds once that cycle is broken).
 */
export function chooseVictims (resources: ResourceState[], pending: PendingRequest[]): Array<{ request: PendingRequest, cycle: CycleStep[] }> {
  const victims: Array<{ request: PendingRequest, cycle: CycleStep[] }> = []
  let left = pending
  while (true) {
    const stuck = deadlockedAgents(resources, left)
    if (stuck.size === 0) return victims
    const candidates = left
      .filter(p => stuck.has(p.agent))
      .map(p => ({ request: p, cycle: findCycle(p, resources, left, stuck) }))
      .filter((c): c is { request: PendingRequest, cycle: CycleStep[] } => c.cycle != null)
    if (candidates.length === 0) return victims // stuck on something that is no cycle of waits (cannot happen with these rules)
    const youngest = candidates.reduce((a, b) => (b.request.seq > a.request.seq ? b : a))
    victims.push(youngest)
    left = left.filter(p => p !== youngest.request)
  }
}
