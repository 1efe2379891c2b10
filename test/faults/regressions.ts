/**
 * The fault suites' saved schedules (regressions/…/<seed>.json): loaded, and the share of
 * them a short run replays beside its fresh schedule.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Schedule } from './schedule.js'

export interface SavedFile<T> { file: string, data: T }

/** The regressions saved in `dir`, in file-name order; only `replayOnly` (a file) if given. */
export function loadRegressions<T> (dir: string, replayOnly?: string): Array<SavedFile<T>> {
  const files = replayOnly != null
    ? [replayOnly]
    : existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.json')).sort().map(f => join(dir, f)) : []
  return files.map(file => ({ file, data: JSON.parse(readFileSync(file, 'utf8')) as T }))
}

/**
 * As many of `all` as fit in `budgetMs` (each schedule costing `cost`), in an order drawn
 * from `rnd`: over many short runs every saved schedule comes round, and a seed replays
 * the same pick. A schedule longer than what is left waits for the long run.
 */
export function pickWithinBudget<T extends SavedFile<{ schedule: Schedule }>> (all: T[], rnd: () => number, budgetMs: number, cost: (s: Schedule) => number): T[] {
  const shuffled = all.map(r => ({ r, k: rnd() })).sort((a, b) => a.k - b.k).map(x => x.r)
  let left = budgetMs
  return shuffled.filter(r => {
    if (cost(r.data.schedule) > left) return false
    left -= cost(r.data.schedule)
    return true
  })
}
