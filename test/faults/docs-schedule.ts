/**
 * Seeded fault schedules for the document suite. Same step format as the lock suite's
 * (schedule.ts), so a failing one is saved as data and replayed as is; targets are always
 * peer indices here (a document has no leader or holder to aim at).
 */
import { prng, type Schedule, type Step } from './schedule.js'

const key = (i: number, j: number): string => i < j ? `${i}-${j}` : `${j}-${i}`

/**
 * Faults every 1.2–3 s from 0.5–1.5 s on, none in the last 1.5 s (the final heal should
 * measure convergence, not a restart that a kill just before it would still be doing).
 */
export function generateDocs (seed: number, n: number, durationMs: number): Schedule {
  const rnd = prng(seed)
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const shuffled = (): number[] => Array.from({ length: n }, (_, i) => i).map(i => ({ i, r: rnd() })).sort((a, b) => a.r - b.r).map(x => x.i)
  const steps: Step[] = []
  for (let at = int(500, 1500); at < durationMs - 1_500; at += int(1200, 3000)) {
    const kind = pick(['split', 'split', 'bridge', 'bridge', 'isolate', 'heal', 'kill', 'kill', 'stop', 'starve'] as const)
    if (kind === 'split') {
      const order = shuffled()
      const minority = order.slice(0, int(1, Math.floor((n - 1) / 2)))
      const majority = order.filter(b => !minority.includes(b))
      steps.push({ at, op: 'partition', cuts: minority.flatMap(a => majority.map(b => key(a, b))), label: `split {${minority.join(',')}} | {${majority.join(',')}}` })
    } else if (kind === 'bridge') {
      // A–B–C with A and C cut; the other links cut at random, A–B and B–C never: what A
      // and C write reaches the other only through B
      const [a, b, c] = shuffled() as [number, number, number]
      const cuts = [key(a, c)]
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const k = key(i, j)
          if (k !== key(a, c) && k !== key(a, b) && k !== key(b, c) && rnd() < 0.35) cuts.push(k)
        }
      }
      steps.push({ at, op: 'partition', cuts, label: `bridge ${a}-${b}-${c}` })
    } else if (kind === 'isolate') steps.push({ at, op: 'isolate', target: int(0, n - 1) })
    else if (kind === 'heal') steps.push({ at, op: 'heal' })
    else if (kind === 'kill') steps.push({ at, op: 'kill', target: int(0, n - 1), downMs: int(300, 3000) })
    else if (kind === 'stop') steps.push({ at, op: 'stop', target: int(0, n - 1), forMs: int(1000, 4000) })
    else steps.push({ at, op: 'starve', forMs: int(2000, 5000) })
  }
  return { seed, n, durationMs, steps }
}
