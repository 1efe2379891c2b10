/**
 * Seeded fault schedules for the document suite. Same step format as the lock suite's
 * (schedule.ts), so a failing one is saved as data and replayed as is; targets are always
 * peer indices here (a document has no leader or holder to aim at).
 */
import { bridgeStep, draws, splitStep, type Schedule, type Step } from './schedule.js'

/**
 * Faults every 1.2–3 s from 0.5–1.5 s on, none in the last 1.5 s (the final heal should
 * measure convergence, not a restart that a kill just before it would still be doing).
 */
export function generateDocs (seed: number, n: number, durationMs: number): Schedule {
  const d = draws(seed, n)
  const { int, pick } = d
  const steps: Step[] = []
  for (let at = int(500, 1500); at < durationMs - 1_500; at += int(1200, 3000)) {
    const kind = pick(['split', 'split', 'bridge', 'bridge', 'isolate', 'heal', 'kill', 'kill', 'stop', 'starve'] as const)
    if (kind === 'split') steps.push(splitStep(d, n, at))
    else if (kind === 'bridge') steps.push(bridgeStep(d, n, at))
    else if (kind === 'isolate') steps.push({ at, op: 'isolate', target: int(0, n - 1) })
    else if (kind === 'heal') steps.push({ at, op: 'heal' })
    else if (kind === 'kill') steps.push({ at, op: 'kill', target: int(0, n - 1), downMs: int(300, 3000) })
    else if (kind === 'stop') steps.push({ at, op: 'stop', target: int(0, n - 1), forMs: int(1000, 4000) })
    else steps.push({ at, op: 'starve', forMs: int(2000, 5000) })
  }
  return { seed, n, durationMs, steps }
}
