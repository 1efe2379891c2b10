/**
 * Scenario 14b: scenario 14's documents beside y-websocket (bench/docs-peers.ts: the same
 * measures, counts, writers and table), with every replica in its own Node process
 * (bench/docs-replica.ts), as users' machines run them: ten accord peers, a full mesh over
 * TCP on 127.0.0.1, and ten y-websocket clients of @y/websocket-server, itself a process of
 * its own as it is deployed. The replicas no longer share one JS thread; they share the
 * machine's cores.
 *
 * This process only relays commands and reads reports: the times come from the replicas.
 * Each stamps its reports with CLOCK_MONOTONIC (docs-replica.ts's `now()`), which every
 * process of the machine reads alike, so a reader's arrival minus the writer's set is the
 * update's latency, with no relay delay in it. DOCS_CPU_PROF=<dir> has every replica write
 * its CPU profile there (see docs-replica.ts).
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { next, spawnReporting, stopChild, type Child as ChildOf } from './children.js'
import { docsPeersTable, joinsInTurn, updateTrials, type DocsPeersFigures, type DocsPeersOptions, type DocsPeersResult } from './docs-peers.js'
import type { Report, Spec } from './docs-replica.js'
import type { Log } from './mesh.js'
import { fmt, median } from './stats.js'
import { cpuMeter } from './proc-cpu.js'
import { bundleForNode, removeBundle } from '../test/support/bundle.js'

export interface DocsProcsResult extends DocsPeersResult {
  /** The machine's cores, which every replica process shares. */
  cores: number
  /** Lines the child processes wrote to stderr (each is in the run's log). */
  stderrLines: number
}

const CHILD = fileURLToPath(new URL('./docs-replica.ts', import.meta.url))
/** The children run as one bundled file (test/support/bundle.ts): tsx cost each process ~2.5 s of CPU to start. */
const CHILD_BUNDLE = 'accord-docs-replica'
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url))

/** Scenario 14's documents. */
const DOCS = { oneUpdate: 'bench-one-update', later: 'bench-later', firstBulk: 'bench-bulk-first', bulk: 'bench-bulk', late: 'bench-late' }

// How long a child may stay silent before the run gives up (scenario 14's limits where it has them).
const START_MS = 30_000
const CONNECT_MS = 60_000
const OPEN_MS = 60_000
const UPDATE_MS = 30_000
const BULK_MS = 120_000
const LATE_BUILD_MS = 180_000
const JOIN_MS = 60_000
/** stderr lines logged per system; the rest are only counted. */
const STDERR_LOGGED = 20

type Child = ChildOf<Report>

/** A replica's process, or y-websocket's server's. */
export interface Proc {
  name: string
  role: Spec['role']
  child: Child
  /** Rejects when the process exits: a wait for its report then fails at once, not at its timeout. */
  exited: Promise<never>
}

/** A system's replicas, ready to open documents, and how a late one joins. */
export interface Fleet {
  label: string
  replicas: Proc[]
  /** One more replica, once it is ready to open a document (accord: connected to the mesh). */
  join: () => Promise<Proc>
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i)
const send = (p: Proc, command: string): void => { p.child.proc.stdin!.write(command + '\n') }

/** `p`, unless one of `procs` exits first. */
async function failFast<T> (p: Promise<T>, procs: Proc[]): Promise<T> {
  return await Promise.race([p, ...procs.map(x => x.exited)])
}

/** The next report of type `t` from `p`: fails after `ms`, or at once if `p` exits. */
async function expect<T extends Report['t']> (p: Proc, t: T, ms: number): Promise<Extract<Report, { t: T }>> {
  return await failFast(next(p.child, t, ms), [p])
}

/** The processes of one system, and the arrivals of trial keys they report. */
export class Procs {
  readonly all: Proc[] = []
  stderrLines = 0
  /** key → the replicas that have it, and when (CLOCK_MONOTONIC ms). */
  private readonly arrivals = new Map<string, Map<Proc, number>>()
  private onArrival?: () => void
  /** Ends the wait of `arrivalsOf`, if one is under way. */
  private cancelArrivals?: () => void

  constructor (private readonly bundle: string, private readonly log: Log, private readonly peerOptions?: string) {}

  spawn (name: string, spec: Spec): Proc {
    const env = { ...process.env, DOCS_REPLICA: JSON.stringify(spec), ...(this.peerOptions != null ? { BENCH_PEER_OPTIONS: this.peerOptions } : {}) }
    let lastStderr = ''
    const child = spawnReporting<Report>(this.bundle, env, ['arrived'], r => {
      if (r.t === 'arrived') this.arrived(p, r.key, r.at)
    }, line => {
      lastStderr = line
      if (++this.stderrLines <= STDERR_LOGGED) this.log(`  ${name} (stderr): ${line}`)
    })
    // A write to a child that died fails with EPIPE; `exited` reports the death itself.
    child.proc.stdin!.on('error', () => {})
    const exited = new Promise<never>((_resolve, reject) => {
      child.proc.once('exit', (code, signal) => {
        reject(new Error(`${name} (pid ${child.proc.pid}) exited (${code ?? signal}); last stderr line: ${lastStderr || 'none'}`))
        // Every wait for this child has lost its race to `exited` by now (see failFast), or
        // the step failed already: settling the waits ends their timers, which would keep
        // the bench alive for up to minutes after it is done.
        for (const w of child.waiters.splice(0)) w.resolve({ t: w.t } as Report)
      })
    })
    exited.catch(() => {}) // an exit nobody waits on (the stop at the end) is no failure
    const p: Proc = { name, role: spec.role, child, exited }
    this.all.push(p)
    return p
  }

  private arrived (p: Proc, key: string, at: number): void {
    const seen = this.arrivals.get(key) ?? new Map<Proc, number>()
    this.arrivals.set(key, seen)
    if (!seen.has(p)) seen.set(p, at)
    this.onArrival?.()
  }

  /** When `key` reached each of `count` replicas (CLOCK_MONOTONIC ms); an error after `ms`. */
  async arrivalsOf (key: string, count: number, ms: number): Promise<number[]> {
    return await new Promise((resolve, reject) => {
      const end = (): void => { clearTimeout(timer); this.onArrival = undefined; this.cancelArrivals = undefined }
      const timer = setTimeout(() => {
        end()
        reject(new Error(`update ${key} reached ${this.arrivals.get(key)?.size ?? 0} of ${count} readers in ${ms} ms`))
      }, ms)
      this.cancelArrivals = () => { end(); reject(new Error(`stopped waiting for update ${key}`)) }
      this.onArrival = () => {
        const seen = this.arrivals.get(key)
        if (seen == null || seen.size < count) return
        end()
        this.arrivals.delete(key)
        resolve([...seen.values()])
      }
      this.onArrival()
    })
  }

  /** Replicas first: a y-websocket client whose server has gone keeps reconnecting. */
  async stop (): Promise<void> {
    this.cancelArrivals?.()
    await Promise.all(this.all.filter(p => p.role !== 'server').map(async p => { await stopChild(p.child) }))
    await Promise.all(this.all.filter(p => p.role === 'server').map(async p => { await stopChild(p.child) }))
  }
}

export async function yWebsocketFleet (procs: Procs, n: number): Promise<Fleet> {
  const server = procs.spawn('y-websocket server', { role: 'server' })
  const { port } = await expect(server, 'listening', START_MS)
  const client = async (name: string): Promise<Proc> => {
    const p = procs.spawn(name, { role: 'y-websocket', url: `ws://127.0.0.1:${port}` })
    await expect(p, 'ready', START_MS)
    return p
  }
  return { label: 'y-websocket', replicas: await Promise.all(range(n).map(async i => await client(`client ${i}`))), join: async () => await client('late client') }
}

export async function accordFleet (procs: Procs, n: number, log: Log, links?: number): Promise<Fleet> {
  const mesh = `docs-procs-${process.pid}`
  // A full mesh, as scenario 14's startMesh makes it: each peer dials up to n - 1 others.
  // `links`: each dials that many (`maxPeers`) and is ready once linked to as many, as a
  // fleet larger than that runs (a mesh not fully linked when n > links + 1)
  const connections = links == null ? n - 1 : Math.min(links, n - 1)
  const peer = (name: string, bootstrap: string[]): Proc => procs.spawn(name, { role: 'accord', mesh, bootstrap, connections, maxPeers: links ?? Math.max(8, n - 1) })
  const t0 = performance.now()
  const first = peer('peer 0', [])
  const { addr } = await expect(first, 'up', START_MS)
  const replicas = [first, ...range(n - 1).map(i => peer(`peer ${i + 1}`, [addr]))]
  await Promise.all(replicas.map(async p => await expect(p, 'ready', CONNECT_MS)))
  log(`docs in processes: accord: ${n} peers connected to each other ${fmt((performance.now() - t0) / 1000)} s after the first one's process started`)
  return {
    label: 'accord',
    replicas,
    // as scenario 14's late peer: default tuning, ready once connected to 8 peers of the mesh
    join: async () => {
      const p = procs.spawn('late peer', { role: 'accord', mesh, bootstrap: [addr], connections: Math.min(8, n) })
      await expect(p, 'ready', CONNECT_MS)
      return p
    }
  }
}

/** Opens `doc` on every replica: their 'synced' reports, once all are in. */
export async function openAll (replicas: Proc[], doc: string): Promise<Array<Extract<Report, { t: 'synced' }>>> {
  for (const p of replicas) send(p, `open ${doc}`)
  return await Promise.all(replicas.map(async p => await expect(p, 'synced', OPEN_MS)))
}

/** Opens `doc` on every replica, then watches it (each reports the keys others set): the 'synced' reports. */
export async function openWatched (replicas: Proc[], doc: string): Promise<Array<Extract<Report, { t: 'synced' }>>> {
  const synced = await openAll(replicas, doc)
  for (const p of replicas) send(p, `watch ${doc}`)
  await Promise.all(replicas.map(async p => await expect(p, 'watching', OPEN_MS)))
  return synced
}

/** `writer` sets `key` in `doc` (the trial document); ms until each reader has it, on the replicas' shared clock. */
export async function oneUpdate (procs: Procs, replicas: Proc[], writer: number, key: string, doc = DOCS.oneUpdate): Promise<number[]> {
  const arrivals = failFast(procs.arrivalsOf(key, replicas.length - 1, UPDATE_MS), replicas)
  send(replicas[writer]!, `set ${doc} ${key}`)
  const [set, ats] = await Promise.all([expect(replicas[writer]!, 'set', UPDATE_MS), arrivals])
  return ats.map(at => at - set.at)
}

/** `writer` sets `n` keys in `doc`, `chunk` per macrotask: when it began, and when the last of `readers` held them all. */
export async function writeAndHold (writer: Proc, readers: Proc[], doc: string, opts: { prefix: string, n: number, chunk: number, ms: number }): Promise<{ startedAt: number, heldAt: number }> {
  for (const r of readers) send(r, `hold ${doc} ${opts.n}`)
  send(writer, `write ${doc} ${opts.prefix} ${opts.n} ${opts.chunk}`)
  // fails at once if any of them exits, the writer too once it is done (readers would wait for what it could not send)
  const [written, held] = await failFast(Promise.all([expect(writer, 'written', opts.ms), Promise.all(readers.map(async r => await expect(r, 'holds', opts.ms)))]), [writer, ...readers])
  return { startedAt: written.startedAt, heldAt: Math.max(...held.map(h => h.at)) }
}

/** A new replica opens `doc`: ms from its open until it holds `n` keys (its own clock); its process is stopped then. */
async function lateJoiner (fleet: Fleet, doc: string, n: number): Promise<number> {
  const joiner = await fleet.join()
  send(joiner, `open ${doc}`)
  send(joiner, `hold ${doc} ${n}`)
  const [synced, holds] = await Promise.all([expect(joiner, 'synced', JOIN_MS), expect(joiner, 'holds', JOIN_MS)])
  await stopChild(joiner.child)
  return holds.at - synced.openedAt
}

/** A document of `lateUpdates` sets (replica 0's, `chunk` per macrotask) held by every replica, then a new replica: ms until it holds them all. */
export async function lateDocumentJoiner (fleet: Fleet, opts: Pick<DocsPeersOptions, 'lateUpdates' | 'chunk'>): Promise<number> {
  return (await lateDocumentJoins(fleet, { ...opts, lateJoins: 1 }))[0]!
}

/** lateDocumentJoiner's document, then `lateJoins` new replicas one after the other, each gone before the next: the ms of each (see lateJoins in docs-peers.ts). */
export async function lateDocumentJoins (fleet: Fleet, opts: Pick<DocsPeersOptions, 'lateUpdates' | 'chunk' | 'lateJoins'>): Promise<number[]> {
  await openAll(fleet.replicas, DOCS.late)
  await writeAndHold(fleet.replicas[0]!, fleet.replicas.slice(1), DOCS.late, { prefix: 'l', n: opts.lateUpdates, chunk: opts.chunk, ms: LATE_BUILD_MS })
  return await joinsInTurn(opts.lateJoins, async () => await lateJoiner(fleet, DOCS.late, opts.lateUpdates))
}

async function measure (fleet: Fleet, procs: Procs, log: Log, opts: DocsPeersOptions): Promise<DocsPeersFigures> {
  const { label, replicas } = fleet
  log(`docs in processes: ${label}: one update to every reader, ${opts.trials} trials`)
  await openWatched(replicas, DOCS.oneUpdate)
  const cpu = cpuMeter({ all: procs.all.map(p => p.child.proc.pid) })
  const updates = await updateTrials(replicas.length, async (writer, key) => await oneUpdate(procs, replicas, writer, key), opts)
  const trialsCpuMs = cpu()?.all

  // the first update of a document opened once the replicas have run a while
  await openWatched(replicas, DOCS.later)
  const laterFirstUpdateMs = Math.max(...await oneUpdate(procs, replicas, 0, 'later-first', DOCS.later))

  // Twice, each into a new document: a deployment's first bulk runs its processes' code for
  // big updates for the first time and grows their heaps (half the second's rate, or less);
  // the second is the steady rate. Both are reported; y-websocket's fleet does the same.
  log(`docs in processes: ${label}: bulk, ${opts.updates} sets, twice`)
  const bulkRate = async (doc: string, prefix: string): Promise<number> => {
    await openAll(replicas, doc)
    const bulk = await writeAndHold(replicas[1]!, replicas.filter((_, i) => i !== 1), doc, { prefix, n: opts.updates, chunk: opts.chunk, ms: BULK_MS })
    return opts.updates / ((bulk.heldAt - bulk.startedAt) / 1000)
  }
  const firstBulkUpdatesPerSec = await bulkRate(DOCS.firstBulk, 'f')
  const bulkUpdatesPerSec = await bulkRate(DOCS.bulk, 'b')

  log(`docs in processes: ${label}: late joiner of ${opts.lateUpdates} sets, ${opts.lateJoins} joins`)
  const lateJoinerRuns = await lateDocumentJoins(fleet, opts)
  const lateJoinerMs = median(lateJoinerRuns)

  const figures = {
    ...updates,
    laterFirstUpdateMs,
    bulkUpdatesPerSec,
    firstBulkUpdatesPerSec,
    lateJoinerMs,
    lateJoinerRuns,
    ...(trialsCpuMs != null ? { trialsCpuUsPerUpdate: trialsCpuMs * 1000 / (1 + opts.warmup + opts.trials) } : {})
  }
  log(`  ${label}: first update ${fmt(figures.firstUpdateMs)} ms; last reader p50 ${fmt(figures.last.p50)} ms, p99 ${fmt(figures.last.p99)} ms; ` +
    `bulk ${fmt(figures.firstBulkUpdatesPerSec)} then ${fmt(figures.bulkUpdatesPerSec)} sets/s; late joiner ${fmt(lateJoinerMs)} ms`)
  return figures
}

/** The replicas' bundled file (built once per process): pass it to `Procs`; remove it with `removeReplicaBundle`. */
export async function replicaBundle (): Promise<string> {
  // @y/websocket-server stays outside the bundle: it imports y-leveldb, whose leveldown (a
  // native addon) finds its binary from its own directory. The bundle sits in bench/ so
  // that the server process finds the package in node_modules, and runs it unbundled, as
  // `npx y-websocket` does.
  return await bundleForNode(CHILD, CHILD_BUNDLE, { dir: BENCH_DIR, external: ['@y/websocket-server'] })
}

export function removeReplicaBundle (): void { removeBundle(CHILD_BUNDLE, BENCH_DIR) }

export async function benchDocsProcs (log: Log, opts: DocsPeersOptions & { peerOptions?: string }): Promise<DocsProcsResult> {
  const bundle = await replicaBundle()
  const figures: Partial<Record<'accord' | 'yWebsocket', DocsPeersFigures>> = {}
  let stderrLines = 0
  log(`docs in processes: ${opts.replicas} replicas of each system, one process each, on ${os.cpus().length} cores`)
  try {
    for (const [key, start] of [['yWebsocket', yWebsocketFleet], ['accord', accordFleet]] as const) {
      const procs = new Procs(bundle, log, opts.peerOptions)
      try {
        figures[key] = await measure(await start(procs, opts.replicas, log), procs, log, opts)
      } finally {
        await procs.stop()
        stderrLines += procs.stderrLines
      }
    }
  } finally {
    removeReplicaBundle()
  }
  return {
    replicas: opts.replicas,
    trials: opts.trials,
    warmup: opts.warmup,
    updates: opts.updates,
    lateUpdates: opts.lateUpdates,
    lateJoins: opts.lateJoins,
    accord: figures.accord!,
    yWebsocket: figures.yWebsocket!,
    cores: os.cpus().length,
    stderrLines
  }
}

export function renderDocsProcs (r: DocsProcsResult): string[] {
  return [
    '', `## 14b. Documents beside y-websocket (${r.replicas} replicas, one process each)`, '',
    `Scenario 14's measures, counts and writers, with every replica in its own Node process. accord: ${r.replicas} peers, a full mesh over TCP. ` +
    `y-websocket: ${r.replicas} y-websocket clients over WebSockets of @y/websocket-server, a process of its own. All on 127.0.0.1. ` +
    'The replicas time themselves on CLOCK_MONOTONIC, which every process reads alike: an update from the writer\'s `set` to each reader\'s observer, bulk from the writer\'s first set to the slowest reader\'s last key, the late joiner from its own open to its last key. ' +
    'Ratio: accord / y-websocket (lower is better for times, higher for rates).', '',
    docsPeersTable(r), '',
    `This machine has ${r.cores} cores: a system's ${r.replicas} replica processes share them (with y-websocket's server process, and the benchmark's own, which only relays commands).`,
    ...(r.stderrLines > 0 ? ['', `⚠ The replica processes wrote ${r.stderrLines} lines to stderr (see the run's log).`] : [])
  ]
}
