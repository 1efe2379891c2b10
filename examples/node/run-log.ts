/**
 * What an example's orchestrator keeps of its run (training/run.ts, search/run.ts):
 * progress lines stamped with the time since the start, the failures seen so far, and
 * waits with a deadline that a failure ends at once, so that a broken run stops instead of
 * waiting out every timeout.
 */
export class RunLog {
  readonly failures: string[] = []
  private readonly t0 = performance.now()
  private broken: (err: Error) => void = () => {}
  private readonly brokenRun = new Promise<never>((_resolve, reject) => { this.broken = reject })

  constructor () {
    this.brokenRun.catch(() => {})
  }

  /** A progress line: `[  1.2s] msg`. */
  say (msg: string): void {
    console.log(`[${((performance.now() - this.t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`)
  }

  /** Records a failure, says it, and ends every wait of `within` at once. */
  fail (msg: string): void {
    this.failures.push(msg)
    this.say(`✗ ${msg}`)
    this.broken(new Error(msg))
  }

  /** `promise`, unless the run breaks or `ms` pass first (then an Error saying `what`). */
  async within<T> (promise: Promise<T>, ms: number, what: string): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`${what} within ${ms / 1000} s`)) }, ms) })
    try { return await Promise.race([promise, late, this.brokenRun]) } finally { clearTimeout(timer) }
  }
}
