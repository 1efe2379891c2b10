/**
 * A child process of scenario 15 (bench/queue-peers.ts spawns it as one bundled file, see
 * test/support/bundle.ts): the producer or one worker of a work queue, each in an OS process
 * of its own as users run them, so that a worker can be killed with SIGKILL mid-task.
 * QUEUE_CHILD (JSON, see ChildSpec) says which role, and which system with which settings:
 *
 * - `producer`: pushes tasks when told to;
 * - `worker`: takes tasks, "works" (a busy loop of `workUs` µs; none by default), and
 *   completes them, with up to `concurrency` tasks in flight.
 *
 * - `voter`: one of accord's voters (bench/peers/accord-queue.ts): the producer and the
 *   workers of accord are clients of the mesh these make, so none of them is the lease holder.
 *
 * A system is a module of bench/peers/ that exports a QueueSystemModule for its spec (see
 * SYSTEMS): BullMQ, a Redis Streams consumer group, and accord's queue (a spec of kind
 * 'accord': the mesh, its voters and their addresses; a producer whose push is
 * `q.push(task)`, a worker that runs `concurrency` loops of `q.take()` → work →
 * `job.complete()`).
 *
 * Commands on stdin, one a line:
 *
 *   push <from> <n> <batch>   producer: tasks from … from+n-1, `batch` per push call → 'pushed'
 *   one <id> [hold]           producer: one task, which its worker reports ('took', 'done') → 'sent'
 *   finish <id>               worker: completes a task it holds (`hold`: a worker mid-task)
 *   tally                     worker: → 'tally', the ids it completed since the last tally
 *   stop
 *
 * Workers also report 'progress' (completions since the last tally) at most every 20 ms.
 * Every timestamp is `now()`: CLOCK_MONOTONIC, one clock for every process of the machine
 * (Linux), so the parent can subtract a producer's 'sent' from a worker's 'took'. A command
 * that fails ends the process (code 1, the error on stderr): the parent's wait for its
 * report then fails at once instead of timing out.
 */
import { createInterface } from 'node:readline'
import { cpuProfileTo } from './cpu-profile.js'
import type { AccordSpec, AccordVoterSpec } from './peers/accord-queue.js'
import type { BullmqSpec } from './peers/bullmq.js'
import type { RedisStreamsSpec } from './peers/redis-streams.js'

/** One unit of work. The bulk of a throughput run carries only its id. */
export interface Task {
  id: number
  /** The worker reports taking it ('took') and completing it ('done'): trials, not bulk. */
  report?: true
  /** The worker holds it after taking it, until `finish <id>` (or its kill -9). */
  hold?: true
}

/** Where a system's queue lives and how it is tuned; each system's module defines its own. */
export type SystemSpec = BullmqSpec | RedisStreamsSpec | AccordSpec

export type ChildSpec =
  | { role: 'producer', system: SystemSpec }
  | { role: 'worker', system: SystemSpec, concurrency: number, workUs: number }
  | { role: 'voter', system: AccordSpec, voter: AccordVoterSpec }

export type Report =
  /** `id` and `leader`: a voter's peer id and the leader it knows. */
  | { t: 'ready', id?: string, leader?: string }
  | { t: 'pushed', from: number, n: number, firstAt: number, lastAt: number }
  | { t: 'sent', id: number, at: number }
  | { t: 'took', id: number, at: number }
  | { t: 'done', id: number, at: number }
  | { t: 'progress', completed: number }
  | { t: 'tally', ids: number[], lastAt: number | null }
  /** A voter's `peer.stats().replication.bytes`: what it sent its voters while it led. */
  | { t: 'stats', replicatedBytes: number }

export interface QueueProducer {
  /** Pushes `tasks` in one call: the system's bulk push for several, its single push for one. */
  push: (tasks: Task[]) => Promise<void>
  close: () => Promise<void>
}

export interface WorkerHooks {
  /** At most this many tasks in flight in this worker; each system maps it its own way. */
  concurrency: number
  /** Runs when the worker has taken `task`; the system completes the task once it resolves. */
  work: (task: Task) => Promise<void>
  /** Runs once the system has acknowledged the completion of `task`. */
  completed: (task: Task) => void
  /** Something worth a line on stderr (the parent logs it). */
  warn: (line: string) => void
}

export interface QueueWorker { close: () => Promise<void> }

/** What a system provides to this process: a connected producer, or a worker taking tasks. */
export interface QueueSystemModule<S extends SystemSpec> {
  producer: (spec: S) => Promise<QueueProducer>
  worker: (spec: S, hooks: WorkerHooks) => Promise<QueueWorker>
}

type Modules = { [K in SystemSpec['kind']]: () => Promise<QueueSystemModule<Extract<SystemSpec, { kind: K }>>> }

/** Each role imports only its own system's module (and that module its npm client). */
const SYSTEMS: Modules = {
  bullmq: async () => (await import('./peers/bullmq.js')).bullmqQueue,
  'redis-streams': async () => (await import('./peers/redis-streams.js')).redisStreamsQueue,
  accord: async () => (await import('./peers/accord-queue.js')).accordQueue
}

const spec = JSON.parse(process.env.QUEUE_CHILD!) as ChildSpec

/** Milliseconds on CLOCK_MONOTONIC (microsecond resolution): comparable across processes. */
const now = (): number => Number(process.hrtime.bigint() / 1000n) / 1000

const say = (r: Report): void => { process.stdout.write(JSON.stringify(r) + '\n') }
const warn = (line: string): void => { process.stderr.write(`queue ${spec.role}: ${line}\n`) }
process.on('unhandledRejection', (reason: unknown) => { warn(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`) })

function fail (why: string): never {
  warn(why)
  process.exit(1)
}

/** CPU work of `us` microseconds: a busy loop, so the worker's thread is taken as real work would take it. */
function spin (us: number): void {
  const end = process.hrtime.bigint() + BigInt(Math.round(us * 1000))
  while (process.hrtime.bigint() < end) { /* working */ }
}

/** Runs `commands` on each line of stdin until `stop` or the end of stdin; commands are not awaited (a hold must not block a `finish`). */
async function serve (commands: Record<string, (args: string[]) => Promise<void> | void>): Promise<void> {
  for await (const line of createInterface({ input: process.stdin })) {
    const [cmd, ...args] = line.split(' ')
    if (cmd === 'stop') break
    const command = commands[cmd!]
    if (command == null) fail(`unknown command: ${line}`)
    Promise.resolve().then(() => command(args)).catch((err: Error) => { fail(`${line}: ${err.stack ?? err.message}`) })
  }
}

async function runProducer (system: QueueSystemModule<SystemSpec>, s: SystemSpec): Promise<void> {
  const producer = await system.producer(s)
  say({ t: 'ready' })
  await serve({
    push: async ([from, n, batch]) => {
      const [first, count, size] = [Number(from), Number(n), Number(batch)]
      const firstAt = now()
      for (let i = 0; i < count; i += size) {
        const tasks = Array.from({ length: Math.min(size, count - i) }, (_, j) => ({ id: first + i + j }))
        await producer.push(tasks)
      }
      say({ t: 'pushed', from: first, n: count, firstAt, lastAt: now() })
    },
    one: async ([id, hold]) => {
      const task: Task = { id: Number(id), report: true, ...(hold === 'hold' ? { hold: true as const } : {}) }
      const at = now() // before the push: its whole cost is part of the take latency
      await producer.push([task])
      say({ t: 'sent', id: task.id, at })
    }
  })
  await producer.close()
}

async function runWorker (system: QueueSystemModule<SystemSpec>, s: SystemSpec, concurrency: number, workUs: number): Promise<void> {
  let completed: number[] = []
  let lastAt: number | null = null
  let reported = 0
  /** Tasks this worker holds mid-task: `finish <id>` lets each complete. */
  const holds = new Map<number, () => void>()
  const worker = await system.worker(s, {
    concurrency,
    work: async task => {
      const at = now()
      if (task.report === true) say({ t: 'took', id: task.id, at })
      if (workUs > 0) spin(workUs)
      if (task.hold === true) await new Promise<void>(resolve => holds.set(task.id, resolve))
    },
    completed: task => {
      const at = now()
      completed.push(task.id)
      lastAt = at
      if (task.report === true) say({ t: 'done', id: task.id, at })
    },
    warn
  })
  say({ t: 'ready' })
  // Counts, not one line per task: 20,000 lines would cost the worker more than its tasks.
  const progress = setInterval(() => {
    if (completed.length !== reported) say({ t: 'progress', completed: reported = completed.length })
  }, 20)
  await serve({
    finish: ([id]) => {
      const release = holds.get(Number(id))
      if (release == null) throw new Error(`task ${id!} is not held here`)
      holds.delete(Number(id))
      release()
    },
    tally: () => {
      say({ t: 'tally', ids: completed, lastAt })
      completed = []
      lastAt = null
      reported = 0
    }
  })
  clearInterval(progress)
  await worker.close()
}

/** One of accord's voters until `stop`: it only serves the mesh. */
async function runVoter (s: AccordSpec, v: AccordVoterSpec): Promise<void> {
  const { accordVoter } = await import('./peers/accord-queue.js')
  const voter = await accordVoter(s, v)
  say({ t: 'ready', id: voter.id, leader: voter.leader })
  await serve({ stats: () => { say({ t: 'stats', replicatedBytes: voter.replicatedBytes() }) } })
  await voter.close()
}

// QUEUE_CPU_PROF=<dir>: a CPU profile of this process until `stop` (see cpu-profile.ts)
const writeProfile = await cpuProfileTo(process.env.QUEUE_CPU_PROF, spec.role)
if (spec.role === 'voter') {
  await runVoter(spec.system, spec.voter)
} else {
  const system = await SYSTEMS[spec.system.kind]() as QueueSystemModule<SystemSpec>
  if (spec.role === 'producer') await runProducer(system, spec.system)
  else await runWorker(system, spec.system, spec.concurrency, spec.workUs)
}
await writeProfile?.()
// Exit even if some handle lingers (a held task's promise, a client's timer): the parent kills us otherwise.
process.exit(0)
