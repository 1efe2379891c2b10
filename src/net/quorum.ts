import { TimeoutError } from '../errors.js'

/**
 * Waits until `needed` of `attempts` succeed (resolve true). Rejects as soon as that can
 * no longer happen (too many failed), or after `timeoutMs`, with `failure(succeeded)`.
 * Used for a leader's replication to its voters and for acknowledged variable writes.
 */
export async function quorum (attempts: Array<Promise<boolean>>, needed: number, timeoutMs: number, failure: (succeeded: number) => Error = n => new TimeoutError(`${n} of ${needed} needed answered`)): Promise<void> {
  if (needed <= 0) return
  if (attempts.length < needed) {
    // the attempts are under way: their failures must still be handled (an unhandled
    // rejection ends a Node process; the fault suite caught one on a minority leader)
    for (const a of attempts) a.catch(() => {})
    throw failure(0)
  }
  await new Promise<void>((resolve, reject) => {
    let ok = 0
    let failed = 0
    const timer = setTimeout(() => { reject(failure(ok)) }, Math.max(1, Math.min(Math.floor(timeoutMs), 0x7fffffff)))
    const settle = (success: boolean): void => {
      if (success) ok++; else failed++
      if (ok === needed) { clearTimeout(timer); resolve() } else if (failed === attempts.length - needed + 1) { clearTimeout(timer); reject(failure(ok)) }
    }
    for (const a of attempts) a.then(settle, () => { settle(false) })
  })
}
