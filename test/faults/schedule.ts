/**
 * Seeded fault schedules. A schedule is data (timed steps), so a failing one can be saved
 * as JSON and replayed as is even after the generator changes. Targets named 'leader' or
 * 'holder' are resolved when the step runs, from what the agents last reported.
 */

export type Target = number | 'leader' | 'holder'
export type Step =
  /** Make the set of cut links exactly `cuts` ("i-j"): a split, or a bridge. */
  | { at: number, op: 'partition', cuts: string[], label: string }
  | { at: number, op: 'isolate', target: Target }
  | { at: number, op: 'heal' }
  /**
   * kill -9, restart `downMs` later with the same identity and storage; with `wipe`, with
   * its storage emptied (same key): a voter that forgot its votes and the lease holder's state.
   */
  | { at: number, op: 'kill', target: Target, downMs: number, wipe?: boolean }
  /** SIGSTOP, SIGCONT `forMs` later (longer than the lock TTL). */
  | { at: number, op: 'stop', target: Target, forMs: number }
  /** Two busy loops on this 2-core machine for `forMs`. */
  | { at: number, op: 'starve', forMs: number }
  /**
   * From now on only `agents` ask for the lock (the others withdraw a pending request and
   * finish what they hold), each holding it `holdMs` (default: three short rounds). A
   * written scenario's way to have the lock free, or held long, when a fault lands.
   */
  | { at: number, op: 'ask', agents: number[], holdMs?: number }

/** `lockTtlMs`: the agents' lock lease, if not the suite's (a written scenario's). */
export interface Schedule { seed: number, n: number, durationMs: number, steps: Step[], lockTtlMs?: number }

/** mulberry32: same seed, same schedule. */
import { prng } from '../support/prng.js'
export { prng }

const key = (i: number, j: number): string => i < j ? `${i}-${j}` : `${j}-${i}`

/** The random draws of one generator (the lock suite's and the document suite's), from its seed. */
export interface Draws {
  int: (lo: number, hi: number) => number
  pick: <T>(xs: readonly T[]) => T
  /** Peer indices 0..n-1 in a random order. */
  shuffled: () => number[]
  rnd: () => number
}

export function draws (seed: number, n: number): Draws {
  const rnd = prng(seed)
  return {
    rnd,
    int: (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)),
    pick: xs => xs[Math.floor(rnd() * xs.length)]!,
    shuffled: () => Array.from({ length: n }, (_, i) => i).map(i => ({ i, r: rnd() })).sort((a, b) => a.r - b.r).map(x => x.i)
  }
}

/** A minority of 1..(n-1)/2 peers cut from the rest. */
export function splitStep (d: Draws, n: number, at: number): Step {
  const order = d.shuffled()
  const minority = order.slice(0, d.int(1, Math.floor((n - 1) / 2)))
  const majority = order.filter(b => !minority.includes(b))
  return { at, op: 'partition', cuts: minority.flatMap(a => majority.map(b => key(a, b))), label: `split {${minority.join(',')}} | {${majority.join(',')}}` }
}

/** A–B–C with A–C cut and the other links cut at random, A–B and B–C never: what A and C send reaches the other only through B. */
export function bridgeStep (d: Draws, n: number, at: number): Step {
  const [a, b, c] = d.shuffled() as [number, number, number]
  const cuts = [key(a, c)]
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const k = key(i, j)
      if (k !== key(a, c) && k !== key(a, b) && k !== key(b, c) && d.rnd() < 0.35) cuts.push(k)
    }
  }
  return { at, op: 'partition', cuts, label: `bridge ${a}-${b}-${c}` }
}

export function generate (seed: number, n: number, durationMs: number, lockTtlMs: number): Schedule {
  const d = draws(seed, n)
  const { int, pick } = d
  const target = (): Target => pick<Target>(['leader', 'holder', 'holder', int(0, n - 1)])
  const steps: Step[] = []
  // No new fault in the last 2.5 s: the final heal's liveness window should measure the
  // heal, not a failover that a kill -9 of the leader just before it would need.
  for (let at = int(500, 1500); at < durationMs - 2_500; at += int(1500, 3500)) {
    const kind = pick(['split', 'split', 'bridge', 'bridge', 'isolate', 'heal', 'kill', 'stop', 'stop', 'starve'] as const)
    if (kind === 'split') steps.push(splitStep(d, n, at))
    else if (kind === 'bridge') steps.push(bridgeStep(d, n, at))
    else if (kind === 'isolate') steps.push({ at, op: 'isolate', target: pick<Target>(['leader', 'holder']) })
    else if (kind === 'heal') steps.push({ at, op: 'heal' })
    else if (kind === 'kill') steps.push({ at, op: 'kill', target: target(), downMs: int(300, 3000) })
    else if (kind === 'stop') steps.push({ at, op: 'stop', target: target(), forMs: lockTtlMs + int(500, 2500) })
    else steps.push({ at, op: 'starve', forMs: int(2000, 5000) })
  }
  return { seed, n, durationMs, steps }
}

export function describeStep (s: Step): string {
  switch (s.op) {
    case 'partition': return s.label
    case 'isolate': return `isolate ${s.target}`
    case 'heal': return 'heal'
    case 'kill': return `kill -9 ${s.target}, restart after ${s.downMs} ms${s.wipe === true ? ' with its storage wiped' : ''}`
    case 'stop': return `SIGSTOP ${s.target} for ${s.forMs} ms`
    case 'starve': return `CPU starvation for ${s.forMs} ms`
    case 'ask': return `only {${s.agents.join(',')}} ask${s.holdMs == null ? '' : `, holding ${s.holdMs} ms`}`
  }
}
