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

/**
 * Polls `read` until `accept` holds for the value it returned, and returns that value. On a
 * timeout the error shows the last value read, so a failure says what was seen instead of
 * only what was awaited.
 */
export async function waitForValue<T> (what: string, read: () => T | Promise<T>, accept: (value: T) => boolean, options: WaitOptions | number = {}): Promise<T> {
  let last: { value: T } | undefined
  try {
    await waitFor(what, async () => { last = { value: await read() }; return accept(last.value) }, options)
  } catch (err) {
    if (last == null || !(err instanceof Error) || !err.message.startsWith('timed out')) throw err
    throw new Error(`${err.message}; last seen: ${show(last.value)}`)
  }
  return last!.value
}

/** JSON for messages: bigints as strings, cut short. */
function show (value: unknown): string {
  const json = JSON.stringify(value, (_k, v: unknown) => typeof v === 'bigint' ? `${v}n` : v) ?? String(value)
  return json.length > 2_000 ? `${json.slice(0, 2_000)}…` : json
}
