/**
 * BullMQ (npm `bullmq`, on one Redis server) as scenario 15's producer and workers
 * (bench/queue-worker.ts), used the way its documentation shows:
 *
 *   push:     `Queue.add` for one task, `Queue.addBulk` for a batch (one round trip);
 *             jobs are removed once completed (`removeOnComplete: true`: a production queue
 *             does not keep every finished job), `attempts` as accord's planned maxAttempts;
 *   take:     a `Worker` with a processor function and `concurrency` (its own blocking
 *             connection waits on the queue's marker when the queue is empty);
 *   complete: the processor's promise resolves; the worker's 'completed' event follows
 *             the server's acknowledgement;
 *   redelivery: each job's lock (`lockDuration`, renewed every lockDuration / 2 while the
 *             worker lives) and the stalled-job check that every worker runs every
 *             `stalledInterval`: a job that is active without a lock goes back to wait,
 *             at most `maxStalledCount` times.
 */
import type { QueueProducer, QueueSystemModule, QueueWorker, Task, WorkerHooks } from '../queue-worker.js'

export interface BullmqSpec {
  kind: 'bullmq'
  port: number
  queue: string
  lockDurationMs: number
  stalledIntervalMs: number
  maxStalledCount: number
  attempts: number
}

/**
 * ioredis options for 127.0.0.1. BullMQ's workers need `maxRetriesPerRequest: null` (a
 * blocking wait must not fail after a number of retries; BullMQ warns otherwise).
 */
const connection = (spec: BullmqSpec): { host: string, port: number, maxRetriesPerRequest: null } =>
  ({ host: '127.0.0.1', port: spec.port, maxRetriesPerRequest: null })

async function producer (spec: BullmqSpec): Promise<QueueProducer> {
  const { Queue } = await import('bullmq')
  const queue = new Queue<Task>(spec.queue, {
    connection: connection(spec),
    defaultJobOptions: { attempts: spec.attempts, removeOnComplete: true }
  })
  await queue.waitUntilReady()
  return {
    push: async tasks => {
      if (tasks.length === 1) await queue.add('task', tasks[0]!)
      else await queue.addBulk(tasks.map(data => ({ name: 'task', data })))
    },
    close: async () => { await queue.close() }
  }
}

async function worker (spec: BullmqSpec, hooks: WorkerHooks): Promise<QueueWorker> {
  const { Worker } = await import('bullmq')
  const w = new Worker<Task>(spec.queue, async job => { await hooks.work(job.data) }, {
    connection: connection(spec),
    concurrency: hooks.concurrency,
    lockDuration: spec.lockDurationMs,
    stalledInterval: spec.stalledIntervalMs,
    maxStalledCount: spec.maxStalledCount
  })
  w.on('completed', job => { hooks.completed(job.data) })
  w.on('failed', (job, err) => { hooks.warn(`bullmq: job of task ${job?.data.id ?? '?'} failed: ${err.message}`) })
  w.on('error', err => { hooks.warn(`bullmq: ${err.message}`) })
  await w.waitUntilReady()
  // force: a held task (one the parent never let finish) must not keep the process alive
  return { close: async () => { await w.close(true) } }
}

export const bullmqQueue: QueueSystemModule<BullmqSpec> = { producer, worker }
