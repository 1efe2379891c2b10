/**
 * The storage side of fencing: one checkpoint file per GPU, on a disk every worker shares.
 *
 * A lock alone cannot protect the file: a holder that was paused or cut off past its TTL
 * still believes it holds the GPU and may write late, after the next holder. So the file
 * records the fencing token of the write that made it, and a write is accepted only with
 * a token at least as high. FenceGuard keeps "the highest token seen" in memory; a file
 * outlives any one process, so that memory is seeded from the file itself on each write.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FenceGuard } from '../../../src/index.node.js'

export interface Checkpoint {
  gpu: string
  /** Fencing token of the write that produced this file (decimal: JSON has no bigint). */
  token: string
  worker: string
  epoch: number
  loss: number
  /** Every accepted write, oldest first: the tokens must rise. */
  history: Array<{ token: string, worker: string, epoch: number }>
}

export const checkpointPath = (dir: string, gpu: string): string => join(dir, `${gpu}.json`)

export function readCheckpoint (dir: string, gpu: string): Checkpoint | undefined {
  const path = checkpointPath(dir, gpu)
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) as Checkpoint : undefined
}

/** Writes the checkpoint of `gpu` if `token` is not stale; throws StaleTokenError otherwise. */
export function writeCheckpoint (dir: string, gpu: string, token: bigint, data: { worker: string, epoch: number, loss: number }): void {
  const guard = new FenceGuard()
  const current = readCheckpoint(dir, gpu)
  if (current != null) guard.check(gpu, BigInt(current.token)) // what the file has already seen
  guard.check(gpu, token) // throws if a newer holder has written since
  // Read, check and write are not one atomic step across processes; live holders are
  // already serialised by the lock, and a real store would do this as a conditional write.
  const next: Checkpoint = {
    gpu,
    token: token.toString(),
    ...data,
    history: [...(current?.history ?? []), { token: token.toString(), worker: data.worker, epoch: data.epoch }]
  }
  const path = checkpointPath(dir, gpu)
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify(next, null, 2))
  renameSync(tmp, path) // readers see the old file or the new one, never half of one
}
