/**
 * A Redis Streams consumer group (npm `ioredis`, one Redis server) as scenario 15's producer
 * and workers (bench/queue-worker.ts), as the consumer-group pattern of Redis's Streams
 * documentation goes:
 *
 *   push:     XADD of one entry (field `task`, the task as JSON); a batch is one pipeline
 *             of XADDs (one round trip: Streams has no multi-entry XADD);
 *   take:     XREADGROUP GROUP <group> <worker> COUNT <concurrency> BLOCK … STREAMS <stream> >
 *             on a connection of its own; the entries of one read are worked together;
 *   complete: XACK + XDEL of the read's entries in one pipeline (acknowledged, and removed
 *             so that the stream does not keep every finished task);
 *   redelivery: every worker runs XAUTOCLAIM <min-idle> every `reclaimEveryMs`, taking over
 *             entries delivered to some consumer at least `minIdleMs` ago and never acked.
 *             No heartbeat: an entry's idle time counts from its delivery, so a task that
 *             runs longer than minIdleMs is redelivered while it runs (min-idle must exceed
 *             the longest task; users pick it so).
 */
import type { Redis } from 'ioredis'
import type { QueueProducer, QueueSystemModule, QueueWorker, Task, WorkerHooks } from '../queue-worker.js'

export interface RedisStreamsSpec {
  kind: 'redis-streams'
  port: number
  stream: string
  group: string
  minIdleMs: number
  reclaimEveryMs: number
  /** Entries per XAUTOCLAIM call (it pages through the pending entries). */
  reclaimCount: number
}

/** An entry as XREADGROUP and XAUTOCLAIM return it: id, then field/value pairs. */
type Entry = [id: string, fields: string[]]

const FIELD = 'task'
/** How long one XREADGROUP blocks: it bounds only how long a stopping worker waits. */
const BLOCK_MS = 1_000

async function connect (spec: RedisStreamsSpec): Promise<Redis> {
  const { Redis } = await import('ioredis')
  const redis = new Redis({ host: '127.0.0.1', port: spec.port })
  await redis.ping()
  return redis
}

function taskOf ([id, fields]: Entry): Task {
  const i = fields.indexOf(FIELD)
  if (i < 0 || i + 1 >= fields.length) throw new Error(`stream entry ${id} has no '${FIELD}' field`)
  return JSON.parse(fields[i + 1]!) as Task
}

async function producer (spec: RedisStreamsSpec): Promise<QueueProducer> {
  const redis = await connect(spec)
  return {
    push: async tasks => {
      if (tasks.length === 1) {
        await redis.xadd(spec.stream, '*', FIELD, JSON.stringify(tasks[0]))
        return
      }
      const pipeline = redis.pipeline()
      for (const t of tasks) pipeline.xadd(spec.stream, '*', FIELD, JSON.stringify(t))
      const replies = await pipeline.exec()
      const failed = replies?.find(([err]) => err != null)
      if (failed != null) throw failed[0]!
    },
    close: async () => { redis.disconnect() }
  }
}

async function worker (spec: RedisStreamsSpec, hooks: WorkerHooks): Promise<QueueWorker> {
  // XREADGROUP … BLOCK holds its connection: acks and reclaims need another one
  const [reader, writer] = await Promise.all([connect(spec), connect(spec)])
  const consumer = `worker-${process.pid}`
  await writer.xgroup('CREATE', spec.stream, spec.group, '0', 'MKSTREAM').catch((err: Error) => {
    if (!err.message.includes('BUSYGROUP')) throw err // the group exists: another worker made it
  })
  let closing = false

  /** Works `entries` (taken together), then acknowledges and deletes them in one round trip. */
  const complete = async (entries: Entry[]): Promise<void> => {
    const tasks = entries.map(taskOf)
    await Promise.all(tasks.map(hooks.work))
    const ids = entries.map(e => e[0])
    const replies = await writer.pipeline().xack(spec.stream, spec.group, ...ids).xdel(spec.stream, ...ids).exec()
    const [ackErr, acked] = replies?.[0] ?? [new Error('no reply to XACK')]
    if (ackErr != null) throw ackErr
    // XACK does not check which consumer an entry was delivered to: fewer acks than ids
    // means another worker acked some first (it had reclaimed them): they ran twice.
    if (acked !== ids.length) hooks.warn(`redis-streams: XACK acknowledged ${String(acked)} of ${ids.length} entries`)
    for (const t of tasks) hooks.completed(t)
  }

  const readLoop = (async () => {
    while (!closing) {
      const reply = await reader.xreadgroup('GROUP', spec.group, consumer, 'COUNT', hooks.concurrency, 'BLOCK', BLOCK_MS, 'STREAMS', spec.stream, '>')
        .catch((err: Error) => { if (closing) return null; throw err }) as Array<[string, Entry[]]> | null
      const entries = reply?.[0]?.[1]
      if (entries != null && entries.length > 0) await complete(entries)
    }
  })()
  readLoop.catch((err: Error) => { hooks.warn(`redis-streams: read loop: ${err.stack ?? err.message}`) })

  /** Takes over and works every entry idle for minIdleMs, paging through the group's pending entries. */
  const reclaim = async (): Promise<void> => {
    let cursor = '0-0'
    do {
      const [next, entries] = await writer.xautoclaim(spec.stream, spec.group, consumer, spec.minIdleMs, cursor, 'COUNT', spec.reclaimCount) as [string, Array<Entry | null>]
      cursor = next
      // Entries deleted meanwhile: Redis 7 leaves them out (its third element lists their ids); a nil is skipped to be safe
      const live = entries.filter((e): e is Entry => e != null)
      if (live.length > 0) await complete(live)
    } while (cursor !== '0-0' && !closing)
  }
  let reclaiming = false
  const reclaimer = setInterval(() => {
    if (reclaiming || closing) return // the previous round is still working what it took
    reclaiming = true
    reclaim().catch((err: Error) => { if (!closing) hooks.warn(`redis-streams: reclaim: ${err.message}`) }).finally(() => { reclaiming = false })
  }, spec.reclaimEveryMs)

  return {
    close: async () => {
      closing = true
      clearInterval(reclaimer)
      // not awaiting the read loop: it may be working a held task that will never finish
      reader.disconnect()
      writer.disconnect()
    }
  }
}

export const redisStreamsQueue: QueueSystemModule<RedisStreamsSpec> = { producer, worker }
