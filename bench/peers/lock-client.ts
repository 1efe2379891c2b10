/**
 * The one shape every system's lock takes in the comparison (accord, etcd, Redis), so that
 * a single piece of measurement code times all of them.
 */
import { sleep } from '../../test/support/wait.js'

export interface Held {
  release: () => Promise<void>
}

export interface LockClient {
  /** Resolves once `name` is held by this client (waiting, or polling, as its recipe does). */
  acquire: (name: string) => Promise<Held>
  close: () => Promise<void>
}

/**
 * Retry delay of the recipes that cannot wait (etcd3's `Lock` and Redis `SET NX` fail at
 * once when the lock is taken): a few ms plus jitter, so that contenders do not retry in
 * step. Short on purpose — it favours them over the 200 ms a Redlock client waits by default.
 */
export const RETRY = { minMs: 2, jitterMs: 8 }

/** Polls `attempt` (undefined = taken by someone else) until it returns a hold. */
export async function pollUntilHeld (attempt: () => Promise<Held | undefined>): Promise<Held> {
  while (true) {
    const held = await attempt()
    if (held != null) return held
    await sleep(RETRY.minMs + Math.random() * RETRY.jitterMs)
  }
}

/** Runs `op` until it resolves, a few ms apart: a release that failed over a failover must still happen. */
export async function retryUntilDone (op: () => Promise<void>, giveUpMs = 30_000): Promise<void> {
  const until = performance.now() + giveUpMs
  while (true) {
    try { await op(); return } catch (err) {
      if (performance.now() > until) throw err
      await sleep(20)
    }
  }
}
