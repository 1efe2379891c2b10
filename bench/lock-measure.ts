/**
 * The measurement code of the lock comparison, the same for every system (accord, etcd,
 * Redis): each is reached only through a LockClient, so that what is timed is the same
 * `acquire` + `release` whatever runs underneath.
 */
import type { LockClient } from './peers/lock-client.js'
import { summarize, type Summary } from './stats.js'

/** One client, nobody else on the lock: acquire + release, timed as one operation. */
export async function measureUncontended (client: LockClient, name: string, opts: { ops: number, warmup: number }): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < opts.warmup + opts.ops; i++) {
    const t0 = performance.now()
    const held = await client.acquire(name)
    await held.release()
    if (i >= opts.warmup) samples.push(performance.now() - t0)
  }
  return summarize(samples)
}

export interface Contention {
  clients: number
  grants: number
  ms: number
  grantsPerSec: number
  /** From calling acquire to holding the lock, every grant of every client. */
  wait: Summary
  /** Grants per client: a FIFO queue spreads them evenly, a polled lock need not. */
  perClient: number[]
}

/**
 * Every client loops acquire/release on one lock until `grants` grants in all (as accord's
 * scenario 6 does); after one untimed acquire/release each, so that connections are up.
 */
export async function measureContended (clients: LockClient[], name: string, grants: number): Promise<Contention> {
  for (const c of clients) await (await c.acquire(name)).release()
  let done = 0
  const waits: number[] = []
  const perClient = clients.map(() => 0)
  const t0 = performance.now()
  await Promise.all(clients.map(async (c, i) => {
    while (done < grants) {
      const asked = performance.now()
      const held = await c.acquire(name)
      waits.push(performance.now() - asked)
      done++
      perClient[i]!++
      await held.release()
    }
  }))
  const ms = performance.now() - t0
  return { clients: clients.length, grants: done, ms, grantsPerSec: done / (ms / 1000), wait: summarize(waits), perClient }
}
