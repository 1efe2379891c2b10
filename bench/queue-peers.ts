/**
 * Scenario 15: accord's work queues (issue 16) beside what users would pick instead, in the
 * same run and through the same harness: BullMQ on Redis, and a Redis Streams consumer
 * group. Each Redis system gets its own fresh redis-server (127.0.0.1, a free port, no
 * persistence); accord gets a mesh of 3 voter processes of its own (named by peer id, in
 * memory), whose producer and workers are clients. Each system's producer and each of its
 * workers are OS processes of their own (bench/queue-worker.ts, bundled), so that a worker
 * can be killed with SIGKILL mid-task. Three measures each:
 *
 * - throughput: the producer pushes `tasks` tasks (`batch` per call of the system's bulk
 *   push) while `workers` workers take and complete them; tasks/s from the first push to
 *   the last completion, once per `concurrencies` entry (tasks in flight per worker);
 * - take latency: the workers idle-wait on an empty queue; one task at a time, from just
 *   before the producer's push to the moment a worker runs it;
 * - redelivery: a worker takes a task and is killed with SIGKILL mid-task; the time until
 *   another worker runs that task, by the system's own mechanism with its settings shown.
 *
 * Each measure also counts completions per task id: every task pushed must complete
 * exactly once (the killed workers never complete the task they die holding).
 *
 * This process only relays commands and reads reports: times come from the children, on
 * CLOCK_MONOTONIC (the same clock in every process of the machine), except the instant of
 * each kill, read on the same clock here.
 *
 * A system is an entry of SYSTEMS: a QueueSystem whose start() brings up what its producer
 * and workers join (a redis-server; accord's voters), with its producer and worker in
 * bench/queue-worker.ts's SYSTEMS.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { cpuMeter } from './proc-cpu.js'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { next, spawnReporting, stopChild, type Child } from './children.js'
import type { Outcome } from './lock-peers.js'
import type { ChildSpec, Report, SystemSpec } from './queue-worker.js'
import { findBinary, freePorts, stopServers } from './peers/servers.js'
import { fmt, summarize, table, type Summary } from './stats.js'
import { bundleForNode, removeBundle } from '../test/support/bundle.js'
import { prng } from '../test/support/prng.js'
import { sleep } from '../test/support/wait.js'

type Log = (line: string) => void

export interface QueuePeersOptions {
  /** Tasks per throughput run. */
  tasks: number
  /** Tasks per push call of a throughput run's producer (the system's bulk push). */
  batch: number
  /**
   * Tasks each throughput run's fresh workers complete before the timed tasks are pushed
   * (untimed, counted apart): a fleet's workers run for long, and a worker process's first
   * few thousand tasks run cold code (0: none).
   */
  warmupTasks: number
  workers: number
  /** One throughput run per entry: the tasks each worker may have in flight. */
  concurrencies: number[]
  latencyTrials: number
  latencyWarmup: number
  redeliveryTrials: number
  /** Each task's work: a busy loop of this many µs in the worker (0: none). */
  workUs: number
  /** Seeds the moments of the kills. */
  seed: number
  /** Only these systems (keys: bullmq, redis-streams, accord); all when absent. */
  systems?: string[]
}

/** How a system is used and tuned, as the table shows it beside its figures. */
export interface QueueSettings { push: string, take: string, redelivery: string }

/** Completions counted per task id over one measure. */
export interface Completions {
  pushed: number
  /** Completions beyond the first of a task. */
  duplicates: number
  /** Tasks never completed. */
  lost: number
  /** Completions of tasks not pushed in this measure (a late one of an earlier measure). */
  stray: number
}

export interface ThroughputRun {
  concurrency: number
  tasks: number
  /** From the first push to the last completion. */
  ms: number
  tasksPerSec: number
  /** The producer's push rate meanwhile (its pushes share the server with the workers). */
  pushesPerSec: number
  /** Per task id; when `timedOut`, `lost` counts the tasks not completed within the limit. */
  completions: Completions
  /** Not every task completed within the limit (COMPLETE_MS): the rate counts the completions seen, up to the last. */
  timedOut: boolean
  /** accord: the bytes of replicated records its lease holder sent its voters during the run (each voter's copy counted). */
  replicatedBytes?: number
  /** CPU time the processes spent from the first push to the last completion's tally, in ms (Linux only). */
  cpuMs?: { servers: number, producer: number, workers: number, /** each server's, in the order they were started (accord: voters of rank 0, 1, 2; the lease holder is rank 0 unless it failed over) */ eachServer?: number[] }
  /** The tasks the fresh workers completed first (`warmupTasks`), timed apart: the cold rate. */
  warmup?: { completions: Completions, tasksPerSec: number }
}

export interface TakeLatency { takeMs: Summary, completions: Completions }

export interface Redelivery {
  /** From the kill -9 until another worker runs the task. */
  fromKillMs: Summary
  /** From the killed worker's take until another worker runs the task. */
  fromTakeMs: Summary
  /** Kill delays, from the take (uniform in [min, max]). */
  killAfterMs: { min: number, max: number }
  completions: Completions
}

export interface QueueSystemResult {
  key: string
  /** The system's name, with its version where it has one. */
  label: string
  settings: QueueSettings
  /** Keyed by the concurrency of the run. */
  throughput: Record<string, Outcome<ThroughputRun>>
  takeLatency: Outcome<TakeLatency>
  redelivery: Outcome<Redelivery>
  /** What the harness did beyond the measures (a fresh deployment after a run that left tasks behind). */
  notes: string[]
}

export interface QueuePeersResult {
  options: QueuePeersOptions
  cores: number
  /** redis-server's version, the npm clients', and accord's. */
  versions: Record<string, string>
  systems: QueueSystemResult[]
  /** Lines the child processes wrote to stderr (the first ones are in the run's log). */
  stderrLines: number
}

/** What a system's start() is given. */
interface StartContext {
  /** redis-server's path (found whenever the system `needsRedis`). */
  redisBin: string | undefined
  /** Spawns the system's own processes (accord's voters), which report as its producer and workers do. */
  procs: Procs
  log: Log
}

/** What the harness needs of a system; its producer and worker live in bench/queue-worker.ts. */
interface QueueSystem {
  key: string
  label: string
  needsRedis: boolean
  settings: (opts: QueuePeersOptions) => QueueSettings
  /** Why it cannot run on this machine, if it cannot (redis-server is checked before). */
  missing: () => Promise<string | undefined>
  /** Starts what its producer and workers connect to; the spec they are given, and the processes that serve them (their CPU time is measured). */
  start: (ctx: StartContext) => Promise<{ spec: SystemSpec, stop: () => Promise<void>, servers: Array<number | undefined>, replicatedBytes?: () => Promise<number> }>
}

const CHILD = fileURLToPath(new URL('./queue-worker.ts', import.meta.url))
const CHILD_BUNDLE = 'accord-queue-worker'
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url))
const require = createRequire(import.meta.url)

// Redelivery settings. BullMQ's defaults (lock 30 s, stalled check every 30 s) suit long
// jobs; a queue of short tasks that cares how soon a dead worker's task runs again sets
// something like these. The Streams reclaimer gets the same numbers: a task is taken over
// once idle as long as BullMQ's lock lasts, checked as often as BullMQ checks for stalls.
const LOCK_DURATION_MS = 5_000
const STALLED_INTERVAL_MS = 2_500
const MAX_STALLED_COUNT = 1 // BullMQ's default: a job goes back to wait after one stall, fails after a second
const MIN_IDLE_MS = 5_000
const RECLAIM_EVERY_MS = 2_500
/** accord's `maxAttempts: 5`; BullMQ's `attempts` counts failures, not stalls. */
const MAX_ATTEMPTS = 5
// accord: each take asks for a lease as long as BullMQ's lock, renewed by the worker
// (`job.extend`) as often as BullMQ renews its lock while the task runs.
const LEASE_MS = LOCK_DURATION_MS
/** accord's voters: the lease holder is one of them, and none is ever killed. */
const ACCORD_VOTERS = 3
/** A worker dies at a random moment of this window after its take: within one lock renewal period. */
const KILL_AFTER_MS = { min: 100, max: 100 + LOCK_DURATION_MS / 2 }

// How long a step may take before the run gives up.
const START_MS = 30_000
const PUSH_MS = 180_000
const COMPLETE_MS = 180_000
const TRIAL_MS = 10_000
const REDELIVER_MS = LOCK_DURATION_MS + 4 * STALLED_INTERVAL_MS + 10_000
/** Between latency trials: the worker that completed the last task is back to waiting. */
const PAUSE_MS = 10
/** stderr lines logged per system; the rest are only counted. */
const STDERR_LOGGED = 20

/** Milliseconds on CLOCK_MONOTONIC, as the children stamp their reports (queue-worker.ts's `now()`). */
const now = (): number => Number(process.hrtime.bigint() / 1000n) / 1000

function packageVersion (name: string): string {
  try { return (require(`${name}/package.json`) as { version: string }).version } catch { return 'not installed' }
}

/** This repository's package (accord-mesh). */
const accordVersion = (): string => (require('../package.json') as { version: string }).version

function redisVersion (bin: string): string {
  try { return /v=(\S+)/.exec(execFileSync(bin, ['--version'], { encoding: 'utf8' }))?.[1] ?? 'unknown' } catch { return 'unknown' }
}

/** A fresh redis-server for one system (bench/peers/redis.ts: 127.0.0.1, a free port, no persistence). */
async function startRedis (bin: string, log: Log): Promise<{ port: number, pid: number | undefined, stop: () => Promise<void> }> {
  const { RedisServer } = await import('./peers/redis.js')
  const server = await RedisServer.start(bin, log)
  return { port: server.port, pid: server.pid, stop: async () => { await server.stop() } }
}

const n = (x: number): string => x.toLocaleString('en-US')

const SYSTEMS: QueueSystem[] = [
  {
    key: 'bullmq',
    label: `BullMQ ${packageVersion('bullmq')}`,
    settings: o => ({
      push: `\`Queue.addBulk\`, ${n(o.batch)} jobs a call (\`Queue.add\` for one); \`removeOnComplete: true\`, \`attempts: ${MAX_ATTEMPTS}\``,
      take: '`Worker` with a processor, `concurrency` = tasks in flight; an idle worker blocks on the queue\'s marker (BZPOPMIN)',
      redelivery: `lock ${n(LOCK_DURATION_MS)} ms (renewed every ${n(LOCK_DURATION_MS / 2)} ms), stalled check every ${n(STALLED_INTERVAL_MS)} ms, \`maxStalledCount\` ${MAX_STALLED_COUNT} (defaults: 30,000 ms, 30,000 ms, 1)`
    }),
    needsRedis: true,
    missing: async () => await import('bullmq').then(() => undefined, () => 'the npm package bullmq is not installed (npm install)'),
    start: async ({ redisBin, log }) => {
      const redis = await startRedis(redisBin!, log)
      const spec: SystemSpec = { kind: 'bullmq', port: redis.port, queue: 'tasks', lockDurationMs: LOCK_DURATION_MS, stalledIntervalMs: STALLED_INTERVAL_MS, maxStalledCount: MAX_STALLED_COUNT, attempts: MAX_ATTEMPTS }
      return { spec, stop: redis.stop, servers: [redis.pid] }
    }
  },
  {
    key: 'redisStreams',
    label: 'Redis Streams consumer group',
    settings: o => ({
      push: `XADD, ${n(o.batch)} pipelined a round trip (one XADD for one task)`,
      take: 'XREADGROUP … COUNT (tasks in flight) BLOCK; complete: XACK + XDEL of the read\'s entries in one round trip',
      redelivery: `each worker runs XAUTOCLAIM with min-idle-time ${n(MIN_IDLE_MS)} ms every ${n(RECLAIM_EVERY_MS)} ms; no heartbeat (idle counts from the delivery)`
    }),
    needsRedis: true,
    missing: async () => undefined, // ioredis is a devDependency
    start: async ({ redisBin, log }) => {
      const redis = await startRedis(redisBin!, log)
      const spec: SystemSpec = { kind: 'redis-streams', port: redis.port, stream: 'tasks', group: 'workers', minIdleMs: MIN_IDLE_MS, reclaimEveryMs: RECLAIM_EVERY_MS, reclaimCount: 100 }
      return { spec, stop: redis.stop, servers: [redis.pid] }
    }
  },
  {
    key: 'accord',
    label: `accord ${accordVersion()}`,
    needsRedis: false,
    settings: o => ({
      push: `\`q.pushAll\` of ${n(o.batch)} tasks a call (one request, one replication; \`q.push\` for one task), resolved once ${Math.floor(ACCORD_VOTERS / 2) + 1} of the ${ACCORD_VOTERS} voters hold them; \`maxAttempts: ${MAX_ATTEMPTS}\``,
      take: '`q.process(handler, { concurrency, leaseMs })`, `concurrency` = tasks in flight: the completions a worker\'s slots make in one turn go in one request (durable once a majority of the voters holds them), and the next tasks for those slots in another beside it, answered at once; an idle worker\'s take is a long poll parked at the lease holder',
      redelivery: `\`leaseMs\` ${n(LEASE_MS)} (\`job.extend\` every ${n(LEASE_MS / 2)} ms while the task runs); the lease holder sweeps leases every 50 ms. Membership also ends a dead worker's lease, but sees a fleet client gone only ~13–15 s after its death (3 × \`attendHoldMs\` 5 s): the lease ends first`
    }),
    missing: async () => undefined,
    start: async ({ procs, log }) => {
      // The voters' keys are made here, so that every peer is given their ids before any starts (as scale.ts does).
      const keys = await Promise.all(Array.from({ length: ACCORD_VOTERS }, async () => await generateKeyPair('Ed25519')))
      const ids = keys.map(k => peerIdFromPrivateKey(k).toString())
      const ports = await freePorts(ACCORD_VOTERS)
      const spec: SystemSpec = {
        kind: 'accord',
        mesh: `queues${process.pid}`,
        voters: ids,
        bootstrap: ids.map((id, i) => `/ip4/127.0.0.1/tcp/${ports[i]!}/p2p/${id}`),
        queue: 'tasks',
        leaseMs: LEASE_MS,
        maxAttempts: MAX_ATTEMPTS
      }
      const voters = keys.map((key, i) => procs.spawn(`voter ${i}`, { role: 'voter', system: spec, voter: { index: i, key: Buffer.from(privateKeyToProtobuf(key)).toString('hex'), port: ports[i]! } }, true))
      try {
        const ready = await Promise.all(voters.map(async v => await procs.expect(v, 'ready', START_MS)))
        const leader = ids.indexOf(ready[0]!.leader ?? '')
        log(`queues: accord: ${ACCORD_VOTERS} voters up (ranks 0–${ACCORD_VOTERS - 1}, ports ${ports.join(', ')}); voter 0 names voter ${leader < 0 ? '? (not a voter)' : leader} the leader`)
      } catch (err) {
        await procs.stop(voters)
        throw err
      }
      const replicatedBytes = async (): Promise<number> => {
        for (const v of voters) send(v, 'stats')
        const stats = await Promise.all(voters.map(async v => await procs.expect(v, 'stats', TRIAL_MS)))
        return stats.reduce((sum, s) => sum + s.replicatedBytes, 0)
      }
      return { spec, stop: async () => { await procs.stop(voters) }, servers: voters.map(v => v.child.proc.pid), replicatedBytes }
    }
  }
]

/** A producer's, worker's or voter's process. */
interface Proc {
  name: string
  /** Serves the system (accord's voters): stopped by the system's stop(), after its producer and workers. */
  server: boolean
  child: Child<Report>
  /** Rejects when the process exits: a wait for its report then fails at once, not at its timeout. */
  exited: Promise<never>
}

/** A report of a trial task, and the process it came from. */
interface Seen { at: number, proc: Proc }

type Tally = Extract<Report, { t: 'tally' }>

const send = (p: Proc, command: string): void => { p.child.proc.stdin!.write(command + '\n') }

/** The processes of one system, and what their workers report of trial tasks. */
class Procs {
  readonly all: Proc[] = []
  stderrLines = 0
  /** Trial task id → each worker that took it, in order. */
  readonly takes = new Map<number, Seen[]>()
  readonly dones = new Map<number, Seen[]>()
  /** Completions each worker reported since its last tally. */
  private readonly progress = new Map<Proc, number>()
  private readonly watchers = new Set<() => void>()
  /** Workers spawned so far: their names. */
  private workerCount = 0

  /** What the producer and workers join: set once the system has started. */
  spec: SystemSpec | undefined

  constructor (private readonly bundle: string, private readonly log: Log, private readonly label: string) {}

  private get system (): SystemSpec {
    if (this.spec == null) throw new Error(`${this.label}: the system has not started`)
    return this.spec
  }

  spawn (name: string, role: ChildSpec, server = false): Proc {
    let lastStderr = ''
    const child = spawnReporting<Report>(this.bundle, { ...process.env, QUEUE_CHILD: JSON.stringify(role) }, ['took', 'done', 'progress'], r => { this.reported(p, r) }, line => {
      lastStderr = line
      if (++this.stderrLines <= STDERR_LOGGED) this.log(`  ${this.label} ${name} (stderr): ${line}`)
    })
    child.proc.stdin!.on('error', () => {}) // EPIPE to a dead child: `exited` reports the death itself
    const exited = new Promise<never>((_resolve, reject) => {
      child.proc.once('exit', (code, signal) => {
        reject(new Error(`${this.label} ${name} (pid ${child.proc.pid}) exited (${code ?? signal}); last stderr line: ${lastStderr || 'none'}`))
        // every wait for this child has lost its race to `exited` by now: settling the waits ends their timers
        for (const w of child.waiters.splice(0)) w.resolve({ t: w.t } as Report)
      })
    })
    exited.catch(() => {}) // an exit nobody waits on (a kill, the stop at the end) is no failure
    const p: Proc = { name, server, child, exited }
    this.all.push(p)
    return p
  }

  async producer (): Promise<Proc> {
    const p = this.spawn('producer', { role: 'producer', system: this.system })
    await this.expect(p, 'ready', START_MS)
    return p
  }

  /** `count` workers, once each is connected and taking. */
  async workers (count: number, concurrency: number, workUs: number): Promise<Proc[]> {
    const ws = Array.from({ length: count }, () => this.spawn(`worker ${this.workerCount++}`, { role: 'worker', system: this.system, concurrency, workUs }))
    await Promise.all(ws.map(async w => await this.expect(w, 'ready', START_MS)))
    return ws
  }

  private reported (p: Proc, r: Report): void {
    if (r.t === 'took' || r.t === 'done') {
      const seen = r.t === 'took' ? this.takes : this.dones
      seen.set(r.id, [...(seen.get(r.id) ?? []), { at: r.at, proc: p }])
    } else if (r.t === 'progress') {
      this.progress.set(p, r.completed)
    }
    for (const w of [...this.watchers]) w()
  }

  /** Completions the `workers` reported since their last tally. */
  completedSinceTally (workers: Proc[]): number {
    return workers.reduce((sum, w) => sum + (this.progress.get(w) ?? 0), 0)
  }

  /** The next report of type `t` from `p`: fails after `ms`, or at once if `p` exits. */
  async expect<T extends Report['t']> (p: Proc, t: T, ms: number): Promise<Extract<Report, { t: T }>> {
    return await Promise.race([next(p.child, t, ms), p.exited])
  }

  /** The first defined value of `check`, re-run on every streamed report; fails after `ms` or when one of `alive` exits. */
  async until<T> (what: string, check: () => T | undefined, ms: number, alive: Proc[]): Promise<T> {
    let end = (): void => {}
    const found = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => { end(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)) }, ms)
      const watch = (): void => {
        const value = check()
        if (value !== undefined) { end(); resolve(value) }
      }
      end = () => { clearTimeout(timer); this.watchers.delete(watch) }
      this.watchers.add(watch)
      watch()
    })
    try {
      return await Promise.race([found, ...alive.map(p => p.exited)])
    } finally {
      end()
    }
  }

  /** Every worker's completions since its last tally (and their count starts again at 0). */
  async tally (workers: Proc[]): Promise<Tally[]> {
    for (const w of workers) send(w, 'tally')
    const tallies = await Promise.all(workers.map(async w => await this.expect(w, 'tally', TRIAL_MS)))
    for (const w of workers) this.progress.set(w, 0)
    return tallies
  }

  kill (p: Proc): void {
    p.child.proc.kill('SIGKILL')
  }

  /** Stops `procs`: by default every process but the servers (the system's stop() ends those). */
  async stop (procs: Proc[] = this.all.filter(p => !p.server)): Promise<void> {
    await Promise.all(procs.map(async p => { await stopChild(p.child) }))
  }
}

/** Counts the completions of each task in `ids` among `completed` (task ids, one per completion). */
function countCompletions (ids: number[], completed: Iterable<number>): Completions {
  const counts = new Map<number, number>()
  for (const id of completed) counts.set(id, (counts.get(id) ?? 0) + 1)
  let duplicates = 0
  let lost = 0
  for (const id of ids) {
    const c = counts.get(id) ?? 0
    if (c === 0) lost++
    else duplicates += c - 1
    counts.delete(id)
  }
  const stray = [...counts.values()].reduce((a, b) => a + b, 0)
  return { pushed: ids.length, duplicates, lost, stray }
}

const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i)
const completionsSay = (c: Completions): string =>
  `${c.duplicates} duplicates, ${c.lost} lost of ${n(c.pushed)}${c.stray > 0 ? `, ${c.stray} stray` : ''}`

/** The servers' split, when there are several and each was read. */
function withEachServer (cpuMs: ThroughputRun['cpuMs'], eachServer: Array<number | undefined>): ThroughputRun['cpuMs'] {
  if (cpuMs == null || eachServer.length < 2 || eachServer.some(ms => ms == null)) return cpuMs
  return { ...cpuMs, eachServer: eachServer as number[] }
}

/** Task ids, unique over a system's run, so that a late completion is never mistaken for another measure's. */
class Ids {
  private next = 0
  take (count: number): number[] { const ids = range(this.next, count); this.next += count; return ids }
}

async function throughputRun (procs: Procs, { producer, servers, replicatedBytes }: Deployment, ids: Ids, concurrency: number, opts: QueuePeersOptions): Promise<ThroughputRun> {
  const workers = await procs.workers(opts.workers, concurrency, opts.workUs)
  try {
    const warmup = opts.warmupTasks > 0 ? await warmUp(procs, producer, workers, ids.take(opts.warmupTasks), opts) : undefined
    const tasks = ids.take(opts.tasks)
    const cpu = cpuMeter({ servers, producer: [producer.child.proc.pid], workers: workers.map(w => w.child.proc.pid) })
    const eachServerCpu = servers.map(pid => cpuMeter({ server: [pid] }))
    const replicatedBefore = await replicatedBytes?.()
    const { pushed, completions, timedOut, ms } = await pushAndDrain(procs, producer, workers, tasks, opts, 'completions')
    const eachServer = eachServerCpu.map(meter => meter()?.server)
    const replicated = replicatedBefore != null ? (await replicatedBytes!()) - replicatedBefore : undefined
    const cpuMs = withEachServer(cpu(), eachServer)
    // the tasks that completed (each counted once): all of them unless the run timed out
    const completed = completions.pushed - completions.lost
    return {
      concurrency,
      tasks: opts.tasks,
      ms,
      tasksPerSec: completed > 0 ? completed / (ms / 1000) : 0,
      pushesPerSec: opts.tasks / ((pushed.lastAt - pushed.firstAt) / 1000),
      completions,
      timedOut,
      ...(cpuMs != null ? { cpuMs } : {}),
      ...(replicated != null ? { replicatedBytes: replicated } : {}),
      ...(warmup != null ? { warmup } : {})
    }
  } finally {
    await procs.stop(workers)
  }
}

/**
 * The warm-up of a throughput run: `tasks` pushed and completed by the fresh workers
 * before the timed ones, each exactly once, at the rate of processes whose code is not yet
 * optimized (kept: it is the rate of a fleet's first tasks).
 */
async function warmUp (procs: Procs, producer: Proc, workers: Proc[], tasks: number[], opts: QueuePeersOptions): Promise<NonNullable<ThroughputRun['warmup']>> {
  const { completions, timedOut, ms } = await pushAndDrain(procs, producer, workers, tasks, opts, 'warm-up completions')
  if (timedOut || completions.duplicates + completions.lost + completions.stray > 0) throw new Error(`warm-up: ${completionsSay(completions)}`)
  return { completions, tasksPerSec: tasks.length / (ms / 1000) }
}

/**
 * The producer pushes `tasks` (`batch` per bulk push) and the workers complete them: waits
 * until they reported as many completions, or COMPLETE_MS ran out (`timedOut`); the
 * completions per task from their tallies, and `ms` from the first push to the last completion.
 */
async function pushAndDrain (procs: Procs, producer: Proc, workers: Proc[], tasks: number[], opts: QueuePeersOptions, what: string): Promise<{ pushed: Extract<Report, { t: 'pushed' }>, completions: Completions, timedOut: boolean, ms: number }> {
  send(producer, `push ${tasks[0]!} ${tasks.length} ${opts.batch}`)
  const pushed = await Promise.race([procs.expect(producer, 'pushed', PUSH_MS), ...workers.map(w => w.exited)])
  let timedOut = false
  await procs.until(`${n(tasks.length)} ${what}`, () => procs.completedSinceTally(workers) >= tasks.length ? true : undefined, COMPLETE_MS, workers)
    .catch((err: Error) => { if (!err.message.startsWith('timed out')) throw err; timedOut = true })
  const tallies = await procs.tally(workers)
  const lastAt = Math.max(...tallies.map(t => t.lastAt ?? -Infinity))
  return { pushed, completions: countCompletions(tasks, tallies.flatMap(t => t.ids)), timedOut, ms: lastAt - pushed.firstAt }
}

/** Pushes one trial task; resolves when a worker has run it, with the push's and the take's times. */
async function trialTask (procs: Procs, producer: Proc, workers: Proc[], id: number, hold: boolean): Promise<{ sentAt: number, took: Seen }> {
  send(producer, `one ${id}${hold ? ' hold' : ''}`)
  const [sent, took] = await Promise.all([
    procs.expect(producer, 'sent', TRIAL_MS),
    procs.until(`task ${id} taken`, () => procs.takes.get(id)?.[0], TRIAL_MS, workers)
  ])
  return { sentAt: sent.at, took }
}

async function takeLatency (procs: Procs, producer: Proc, workers: Proc[], ids: Ids, opts: QueuePeersOptions): Promise<TakeLatency> {
  const tasks = ids.take(opts.latencyWarmup + opts.latencyTrials)
  const samples: number[] = []
  for (const [i, id] of tasks.entries()) {
    const { sentAt, took } = await trialTask(procs, producer, workers, id, false)
    await procs.until(`task ${id} completed`, () => procs.dones.get(id)?.[0], TRIAL_MS, workers)
    if (i >= opts.latencyWarmup) samples.push(took.at - sentAt)
    await sleep(PAUSE_MS)
  }
  const tallies = await procs.tally(workers)
  return { takeMs: summarize(samples), completions: countCompletions(tasks, tallies.flatMap(t => t.ids)) }
}

/**
 * Each trial: a held task is taken by some worker, which is killed at a random moment of
 * KILL_AFTER_MS; once another worker runs it, that one is let finish, and a new worker
 * replaces the dead one. `workers` is updated in place.
 */
async function redelivery (procs: Procs, producer: Proc, workers: Proc[], ids: Ids, opts: QueuePeersOptions, log: Log): Promise<Redelivery> {
  const random = prng(opts.seed)
  const tasks = ids.take(opts.redeliveryTrials)
  const fromKill: number[] = []
  const fromTake: number[] = []
  const victims = new Set<Proc>()
  for (const id of tasks) {
    const { took } = await trialTask(procs, producer, workers, id, true)
    const victim = took.proc
    const killAfter = KILL_AFTER_MS.min + random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min)
    await sleep(Math.max(0, took.at + killAfter - now()))
    workers.splice(workers.indexOf(victim), 1)
    victims.add(victim)
    const killAt = now()
    procs.kill(victim)
    const again = await procs.until(`task ${id} run again after the kill of ${victim.name}`, () => procs.takes.get(id)?.find(s => s.proc !== victim), REDELIVER_MS, workers)
    send(again.proc, `finish ${id}`)
    await procs.until(`task ${id} completed`, () => procs.dones.get(id)?.[0], TRIAL_MS, workers)
    fromKill.push(again.at - killAt)
    fromTake.push(again.at - took.at)
    log(`  killed ${victim.name} ${fmt(killAfter)} ms after its take; ${again.proc.name} ran the task ${fmt(again.at - killAt)} ms after the kill`)
    workers.push(...await procs.workers(1, 1, opts.workUs))
  }
  // A task run by yet another worker as well (a second redelivery) is let finish, so that
  // the count below shows it as a duplicate instead of leaving it held.
  const extra = tasks.flatMap(id => (procs.takes.get(id) ?? []).filter(s => !victims.has(s.proc)).slice(1).map(s => ({ id, s })))
  for (const { id, s } of extra) if (workers.includes(s.proc)) send(s.proc, `finish ${id}`)
  if (extra.length > 0) await sleep(1_000)
  // Counted from the workers' 'done' reports, not their tallies: the worker that completed a
  // trial's task may be the next trial's victim, and a tally dies with its worker.
  return {
    fromKillMs: summarize(fromKill),
    fromTakeMs: summarize(fromTake),
    killAfterMs: KILL_AFTER_MS,
    completions: countCompletions(tasks, tasks.flatMap(id => (procs.dones.get(id) ?? []).map(() => id)))
  }
}

/** Runs one measure; a failure is logged and recorded, and the next measure runs. */
async function attempt<T> (log: Log, label: string, set: (o: Outcome<T>) => void, fn: () => Promise<T>): Promise<void> {
  try {
    set({ ok: await fn() })
  } catch (err) {
    const e = err as Error
    log(`  ✗ ${label}: ${e.stack ?? e.message}`)
    set({ error: e.message.split('\n')[0]! })
  }
}

/** The system started, and its producer connected. */
interface Deployment {
  producer: Proc
  stop: () => Promise<void>
  servers: Array<number | undefined>
  /** accord: the bytes of replicated records its lease holder has sent its voters so far (peer.stats()). */
  replicatedBytes?: () => Promise<number>
}

async function deploy (system: QueueSystem, procs: Procs, redisBin: string | undefined, log: Log): Promise<Deployment> {
  const { spec, stop, servers, replicatedBytes } = await system.start({ redisBin, procs, log })
  procs.spec = spec
  try {
    return { producer: await procs.producer(), stop, servers, ...(replicatedBytes != null ? { replicatedBytes } : {}) }
  } catch (err) {
    await stop()
    throw err
  }
}

async function measureSystem (system: QueueSystem, r: QueueSystemResult, redisBin: string | undefined, bundle: string, log: Log, opts: QueuePeersOptions): Promise<number> {
  const procs = new Procs(bundle, log, system.label)
  const label = system.label
  /** undefined while a fresh deployment is starting: a failed start leaves nothing to stop. */
  let deployment: Deployment | undefined = await deploy(system, procs, redisBin, log)
  try {
    const ids = new Ids()
    for (const c of opts.concurrencies) {
      log(`queues: ${label}: throughput, ${n(opts.tasks)} tasks, ${opts.workers} workers × ${c} in flight…`)
      let drained = false
      await attempt(log, label, o => { r.throughput[String(c)] = o }, async () => {
        const t = await throughputRun(procs, deployment!, ids, c, opts)
        drained = !t.timedOut
        if (t.warmup != null) log(`  warm-up: ${fmt(t.warmup.tasksPerSec)} tasks/s (${n(opts.warmupTasks)} tasks, fresh workers)`)
        log(`  ${fmt(t.tasksPerSec)} tasks/s push → complete (producer pushed ${fmt(t.pushesPerSec)}/s)${t.cpuMs != null ? `; CPU per task ${cpuPerTask(t)} µs` : ''}${t.replicatedBytes != null ? `; replicated ${fmt(t.replicatedBytes / t.tasks)} bytes per task` : ''}; ${t.timedOut ? `⚠ timed out: ${n(t.completions.lost)} of ${n(t.completions.pushed)} not completed within ${n(COMPLETE_MS / 1000)} s, ${t.completions.duplicates} duplicates` : completionsSay(t.completions)}`)
        return t
      })
      if (!drained) {
        // The tasks it left in the queue would run ahead of the next measure's: the next
        // measure starts on a fresh deployment (server, or voters), with an empty queue.
        const note = `the run with ${c} in flight per worker left tasks in the queue: the system was stopped and started afresh (empty queue) for the next measure`
        log(`  ${label}: ${note}`)
        r.notes.push(note)
        await procs.stop()
        await deployment.stop()
        deployment = undefined
        deployment = await deploy(system, procs, redisBin, log)
      }
    }
    const producer = deployment.producer
    const workers = await procs.workers(opts.workers, 1, opts.workUs)
    log(`queues: ${label}: take latency, ${opts.latencyTrials} trials after ${opts.latencyWarmup} warmup, ${opts.workers} idle workers…`)
    await attempt(log, label, o => { r.takeLatency = o }, async () => {
      const l = await takeLatency(procs, producer, workers, ids, opts)
      log(`  push → taken: median ${fmt(l.takeMs.p50)} ms, p90 ${fmt(l.takeMs.p90)} ms, p99 ${fmt(l.takeMs.p99)} ms; ${completionsSay(l.completions)}`)
      return l
    })
    log(`queues: ${label}: redelivery after kill -9, ${opts.redeliveryTrials} trials (${r.settings.redelivery})…`)
    await attempt(log, label, o => { r.redelivery = o }, async () => {
      const d = await redelivery(procs, producer, workers, ids, opts, log)
      log(`  kill → run again: median ${fmt(d.fromKillMs.p50)} ms, max ${fmt(d.fromKillMs.max)} ms; ${completionsSay(d.completions)}`)
      return d
    })
  } finally {
    await procs.stop()
    await deployment?.stop()
  }
  return procs.stderrLines
}

export async function benchQueuePeers (log: Log, opts: QueuePeersOptions): Promise<QueuePeersResult> {
  const redisBin = findBinary('redis-server')
  const result: QueuePeersResult = {
    options: opts,
    cores: os.cpus().length,
    versions: { 'redis-server': redisBin != null ? redisVersion(redisBin) : 'not installed', bullmq: packageVersion('bullmq'), ioredis: packageVersion('ioredis'), accord: accordVersion() },
    systems: [],
    stderrLines: 0
  }
  // bullmq and ioredis stay outside the bundle: the bundle sits in bench/ and imports them
  // from node_modules as an application would (msgpackr, under bullmq, looks for an
  // optional native addon at run time), and both use one copy of ioredis. accord is in it.
  const bundle = await bundleForNode(CHILD, CHILD_BUNDLE, { dir: BENCH_DIR, external: ['bullmq', 'ioredis'] })
  log(`queues: ${opts.workers} workers and a producer per system, one process each, on ${result.cores} cores; redis-server ${result.versions['redis-server']!}`)
  try {
    for (const system of SYSTEMS.filter(s => opts.systems == null || opts.systems.includes(s.key))) {
      const r: QueueSystemResult = { key: system.key, label: system.label, settings: system.settings(opts), throughput: {}, takeLatency: { skipped: 'not run' }, redelivery: { skipped: 'not run' }, notes: [] }
      result.systems.push(r)
      const why = system.needsRedis && redisBin == null ? 'redis-server not found on PATH (Debian: apt-get install -y redis-server)' : await system.missing()
      if (why != null) {
        log(`queues: ${system.label}: skipped: ${why}`)
        for (const c of opts.concurrencies) r.throughput[String(c)] = { skipped: why }
        r.takeLatency = r.redelivery = { skipped: why }
        continue
      }
      try {
        result.stderrLines += await measureSystem(system, r, redisBin, bundle, log, opts)
      } catch (err) {
        const e = err as Error
        log(`  ✗ ${system.label}: ${e.stack ?? e.message}`)
        const failed = { error: e.message.split('\n')[0]! }
        for (const c of opts.concurrencies) r.throughput[String(c)] ??= failed
        if ('skipped' in r.takeLatency) r.takeLatency = failed
        if ('skipped' in r.redelivery) r.redelivery = failed
      } finally {
        await stopServers()
      }
    }
  } finally {
    removeBundle(CHILD_BUNDLE, BENCH_DIR)
  }
  return result
}

// ---------------------------------------------------------------------------------------
// The report

// a skipped system's reason is said once, under the table (a system that needs redis-server is skipped whole without it)
const why = (o: Outcome<unknown>): string => ('skipped' in o ? 'skipped' : 'error' in o ? `failed: ${o.error}` : '')
/** `show` of the measure, or why there is none. */
const cell = <T>(o: Outcome<T>, show: (x: T) => string): string => ('ok' in o ? show(o.ok) : why(o))
/** CPU µs per completed task, summed over every process, then split as "servers + producer + workers", several servers each in brackets. */
function cpuPerTask (t: ThroughputRun): string {
  const completed = t.completions.pushed - t.completions.lost
  if (t.cpuMs == null || completed === 0) return 'not measured'
  const us = (ms: number): string => fmt(ms * 1000 / completed)
  const { servers, producer, workers, eachServer } = t.cpuMs
  const split = eachServer != null ? ` [${eachServer.map(us).join(' / ')}]` : ''
  return `${us(servers + producer + workers)} (${us(servers)}${split} + ${us(producer)} + ${us(workers)})`
}

const completionsCell = (c: Completions): string => `${c.duplicates} / ${c.lost}${c.stray > 0 ? ` (${c.stray} stray)` : ''} of ${n(c.pushed)}`

export function renderQueuePeers (r: QueuePeersResult): string[] {
  const o = r.options
  const s = r.systems
  const heading = ['', '## 15. Work queues beside BullMQ and Redis Streams', '']
  const skipped = s.map(x => x.takeLatency).filter((x): x is { skipped: string } => 'skipped' in x)
  if (skipped.length === s.length && s.length > 0) return [...heading, `Skipped: ${[...new Set(skipped.map(x => x.skipped))].join('; ')}.`]
  const rows: string[][] = []
  for (const c of o.concurrencies) {
    const runs = s.map(x => x.throughput[String(c)] ?? { skipped: 'not run' })
    rows.push([`push → complete, ${n(o.tasks)} tasks, ${o.workers} workers × ${c} in flight: **tasks/s**`, ...runs.map(x => cell(x, t => `**${fmt(t.tasksPerSec)}**${t.timedOut ? ' ⚠ timed out' : ''}`))])
    if (o.warmupTasks > 0) rows.push([`…the same workers' first ${n(o.warmupTasks)} tasks (the warm-up, just before): tasks/s`, ...runs.map(x => cell(x, t => t.warmup != null ? fmt(t.warmup.tasksPerSec) : 'not run'))])
    rows.push(['…the producer\'s pushes/s meanwhile', ...runs.map(x => cell(x, t => fmt(t.pushesPerSec)))])
    rows.push(['…CPU per task completed, µs: all processes (servers + producer + workers)', ...runs.map(x => cell(x, t => t.cpuMs != null ? cpuPerTask(t) : 'not measured'))])
    rows.push(['…bytes of records replicated per task (accord: its lease holder to its voters, each copy counted; `peer.stats()`)', ...runs.map(x => cell(x, t => t.replicatedBytes != null ? fmt(t.replicatedBytes / t.tasks) : '–'))])
    rows.push(['…each task completed once: duplicates / lost', ...runs.map(x => cell(x, t => t.timedOut
      ? `${t.completions.duplicates} / – (${n(t.completions.lost)} of ${n(t.completions.pushed)} not completed within ${n(COMPLETE_MS / 1000)} s)`
      : completionsCell(t.completions)))])
  }
  rows.push([`take latency, push → a worker runs it (${o.latencyTrials} trials): p50 / p90 / p99 / max ms`, ...s.map(x => cell(x.takeLatency, l => `${fmt(l.takeMs.p50)} / ${fmt(l.takeMs.p90)} / ${fmt(l.takeMs.p99)} / ${fmt(l.takeMs.max)}`))])
  rows.push(['…each task completed once: duplicates / lost', ...s.map(x => cell(x.takeLatency, l => completionsCell(l.completions)))])
  rows.push([`redelivery after kill -9 mid-task (${o.redeliveryTrials} trials), kill → another worker runs it: median / max ms`, ...s.map(x => cell(x.redelivery, d => `**${fmt(d.fromKillMs.p50)}** / ${fmt(d.fromKillMs.max)}`))])
  rows.push(['…from the killed worker\'s take: median / max ms', ...s.map(x => cell(x.redelivery, d => `${fmt(d.fromTakeMs.p50)} / ${fmt(d.fromTakeMs.max)}`))])
  rows.push(['…each task completed once: duplicates / lost', ...s.map(x => cell(x.redelivery, d => completionsCell(d.completions)))])
  rows.push(['setting: push', ...s.map(x => x.settings.push)])
  rows.push(['setting: take and complete', ...s.map(x => x.settings.take)])
  rows.push(['**setting: redelivery**', ...s.map(x => x.settings.redelivery)])
  const killed = `${fmt(KILL_AFTER_MS.min)}–${fmt(KILL_AFTER_MS.max)} ms`
  return [
    ...heading,
    `accord's work queue beside the systems users would pick for one, each of those on a fresh redis-server ${r.versions['redis-server']!} (127.0.0.1, no persistence; npm clients bullmq ${r.versions.bullmq!}, ioredis ${r.versions.ioredis!}), all driven by the same harness (\`bench/queue-peers.ts\`). ` +
    `The producer and each of the ${o.workers} workers is a Node process of its own (\`bench/queue-worker.ts\`), as deployed; the workers' work is ${o.workUs > 0 ? `a busy loop of ${o.workUs} µs` : 'nothing (a no-op)'}. ` +
    `**accord** (${r.versions.accord ?? '?'}) is deployed as README's "Deploying a fleet" says: ${ACCORD_VOTERS} voters named by peer id (\`voters: [id, …]\`, ranks 0–${ACCORD_VOTERS - 1}, fixed ports, memory storage as the Redis servers run without persistence), each a process of its own that only serves the mesh (\`bench/peers/accord-queue.ts\`); the producer and the workers are clients of that mesh (given the same voter list and not on it: they never vote or lead), bootstrapping from the voters' addresses. So the lease holder, which keeps the queue, is always a voter and never a killed worker; its pushes and completions are answered once ${Math.floor(ACCORD_VOTERS / 2) + 1} of the ${ACCORD_VOTERS} voters hold them. ` +
    'Times come from the processes themselves, on CLOCK_MONOTONIC, which every process of the machine reads alike. ' +
    `**Throughput**: ${o.warmupTasks > 0 ? `fresh workers first complete ${n(o.warmupTasks)} tasks (a warm-up, each exactly once, its rate in a row of its own: a worker process's first tasks run code not yet optimized, and a fleet's workers run for long); then, ` : ''}the workers wait on an empty queue, then the producer pushes ${n(o.tasks)} tasks, ${n(o.batch)} per call of the system's bulk push; rate = tasks completed / (last completion − first push), all of them unless the run timed out (${n(COMPLETE_MS / 1000)} s after the last push); one run per number of tasks each worker may have in flight. CPU per task: the user + system time of the servers (redis-server; accord's ${ACCORD_VOTERS} voters, each in brackets in the order of their ranks), the producer and the workers over the run (from /proc, up to the workers' tally), divided by the tasks completed. ` +
    `**Take latency**: from just before the producer's push of one task to the moment a worker runs it, one task at a time, after ${o.latencyWarmup} warmup trials. ` +
    `**Redelivery**: a worker takes a task and holds it (mid-task, alive: its locks are renewed), and is killed with SIGKILL at a random moment ${killed} after its take; timed until another worker runs the task, by the system's own mechanism, **whose setting is the answer**: it is in the last row. ` +
    'Every measure counts completions per task id: each pushed task must complete exactly once (a killed worker dies before completing its task).', '',
    table(['measure', ...s.map(x => x.label)], rows), '',
    `Goal for accord's queue (issue 16): ≥ 10,000 tasks/s push → complete with ${o.workers} workers. This machine has ${r.cores} cores, shared by the redis-server (accord: its ${ACCORD_VOTERS} voters), the producer, the ${o.workers} workers and the benchmark's own process (which only relays commands).`,
    ...s.flatMap(x => x.notes.map(note => `\n${x.label}: ${note}.`)),
    ...s.filter(x => 'skipped' in x.takeLatency).map(x => `\n${x.label}: skipped: ${(x.takeLatency as { skipped: string }).skipped}.`),
    ...(r.stderrLines > 0 ? ['', `⚠ The queue processes wrote ${r.stderrLines} lines to stderr (see the run's log).`] : [])
  ]
}
