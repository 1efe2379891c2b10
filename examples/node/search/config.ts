/** What the orchestrator (run.ts) and every worker (worker.ts) agree on: numbers, shapes, the search space. */

/** Worker processes; with the orchestrator they make a mesh of WORKERS + 1 voters. */
export const WORKERS = 4
export const ROUNDS = 3
/** The round in which the orchestrator kills -9 a worker that holds a task. */
export const KILL_ROUND = 2
/** Lease on a task: a worker that dies holding one keeps it from the others for at most this long. */
export const LEASE_MS = 2_000
/**
 * One task of "training": long enough that several are in flight at once, and that the
 * orchestrator's kill lands while the first worker to report a task still holds it.
 */
export const TRAIN_MS = 200
/** A worker's take waits this long for a task, then it looks whether the round is drained. */
export const TAKE_WAIT_MS = 300
/** A proposal is decided by then at the latest, even if a voter never answers. */
export const VOTE_TIMEOUT_MS = 5_000
export const MESH = 'search'

/** The names the round's pieces go by, the same on every peer. */
export const queueName = (round: number): string => `search/round-${round}`
export const barrierName = (round: number): string => `search/round-${round}`
/** Where the orchestrator announces each round (lww variable): workers learn the task count and parties from it. */
export const PLAN = 'search/plan'
/** Where the accepted proposal of each round lands. */
export const BEST = 'search/best'

export interface Params { lr: number, batch: number }
/** One task: a point of the grid. */
export interface Task extends Params { round: number }
/** What a worker completes a task with. */
export interface Outcome extends Params { score: number, worker: string }
/** A round as announced: its queue holds `tasks` tasks; its barrier waits for `parties`. */
export interface Plan { round: number, tasks: number, parties: number }
/** The proposed (and, once accepted, shared) best point of a round. */
export interface Best extends Params { round: number, score: number, task: string }

/**
 * A made-up validation accuracy: a smooth hill in (log lr, log batch) with its top at
 * lr 0.0042, batch 48 — on no grid, so each round gets a little closer. Deterministic, so
 * a redone task scores exactly what the first attempt would have.
 */
export function objective ({ lr, batch }: Params): number {
  const dLr = Math.log10(lr / 0.0042)
  const dBatch = Math.log2(batch / 48)
  return Math.round((0.95 - 0.08 * dLr * dLr - 0.01 * dBatch * dBatch) * 10_000) / 10_000
}

/**
 * The round's grid: 5 learning rates × 3 batch sizes around `center`, each round a finer
 * step than the last (lr by 10×, √10×, ⁴√10×; batch by 4×, 2×, √2×).
 */
export function gridAround (center: Params, round: number): Params[] {
  const lrStep = 10 ** (1 / 2 ** (round - 1))
  const batchStep = 4 ** (1 / 2 ** (round - 1))
  const lrs = [-2, -1, 0, 1, 2].map(k => Number((center.lr * lrStep ** k).toPrecision(3)))
  const batches = [...new Set([-1, 0, 1].map(k => Math.max(1, Math.round(center.batch * batchStep ** k))))]
  return lrs.flatMap(lr => batches.map(batch => ({ lr, batch })))
}
export const FIRST_CENTER: Params = { lr: 0.001, batch: 64 }

/** The best of `outcomes`: the highest score; a tie goes to the smaller lr, then the smaller batch. */
export function bestOf<T extends Outcome> (outcomes: T[]): T | undefined {
  return [...outcomes].sort((a, b) => b.score - a.score || a.lr - b.lr || a.batch - b.batch)[0]
}

export const fmtParams = (p: Params): string => `lr=${p.lr} batch=${p.batch}`
