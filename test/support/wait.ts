/**
 * Waiting helpers shared by the Node tests, the browser tests and the benchmarks (one
 * definition; they used to be copied into each). Prefer `waitFor` on observable state
 * over `sleep`: a sleep that orders events is a race on a slow machine.
 */

export const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

export interface WaitOptions {
  /** Give up after this long. Default 20 s. */
  timeoutMs?: number
  /** Poll this often. Default 25 ms. */
  pollMs?: number
}

/** Polls `check` until it returns true; fails with "timed out waiting for <what>" after the timeout. */
export async function waitFor (what: string, check: () => boolean | Promise<boolean>, options: WaitOptions | number = {}): Promise<void> {
  const { timeoutMs = 20_000, pollMs = 25 } = typeof options === 'number' ? { timeoutMs: options } : options
  const deadline = performance.now() + timeoutMs
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(pollMs)
  }
}
