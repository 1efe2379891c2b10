import { formatToken } from '../../../src/index.node.js'
/** What the orchestrator (run.ts) and every worker (worker.ts) agree on. */
export const WORKERS = 4
export const EPOCHS = 3
export const GPUS = ['gpu-0', 'gpu-1'] as const
/** Lease on a GPU lock: a worker that dies holding it blocks that GPU for at most this long. */
export const LOCK_TTL_MS = 2_000
/** How long a worker keeps asking for its home GPU (where its data shard is cached) before trying the other. */
export const HOME_GPU_WAIT_MS = 5_000
/**
 * Each lock request waits at most this long in the queue, then asks again (for the home
 * GPU first, then for either), so a worker switches to whichever GPU frees up first.
 */
export const ASK_MS = 500
/** One epoch of "training" on a GPU. */
export const TRAIN_MS = 200
/** An epoch barrier releases this long after its first arrival even if a worker never comes. */
export const BARRIER_TIMEOUT_MS = 6_000
export const INITIAL_LR = 0.1
/** Key of the learning-rate decision in the shared document. */
export const LR_DECISION = 'lr after epoch 1'

/** A fencing token as accord prints it everywhere: `e2·#54` (epoch 2, its 54th token). */
export const fmtToken = (token: bigint | string): string => formatToken(token)
