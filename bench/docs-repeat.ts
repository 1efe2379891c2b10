/**
 * Scenario 14's documents (14b's with `procs`), repeated on fresh deployments, for comparing
 * two commits of accord's documents with y-websocket beside them in the same run. Several
 * of scenario 14's figures are one sample per run (the first update, the later document's,
 * the late joiner) and single runs on a shared 2-core VM vary a lot: this starts `meshes`
 * fresh deployments of each system and reports every figure across them.
 *
 *   npx tsx bench/docs-repeat.ts [meshes] [peers|procs] [tree] [--late=N]
 *
 *   meshes   rounds, each a fresh deployment of each system (default 8)
 *   peers    every replica in this process, as scenario 14 (the default); procs: one process
 *            per replica and one for y-websocket's server, as scenario 14b
 *   tree     another worktree's root: its bench/ and src/ are imported instead of this one's
 *            (check out the other commit with `git worktree add --detach <dir> <commit>` and
 *            link this tree's node_modules into it). Its bench/docs-peers.ts and
 *            docs-procs.ts need the exports this file uses: for a commit older than this
 *            file, copy them from this commit into that worktree first.
 *   --late=N the late joiner's document has N sets (default 20,000; 0 leaves it out)
 *   --links=N  `peers`: each accord peer dials N others (`maxPeers`) instead of all of them:
 *            with --replicas above N + 1 the mesh is not fully linked, as a larger fleet with
 *            the default of 8 runs (y-websocket's clients are linked to their server as ever)
 *   --replicas=N  replicas of each system (default 10); in `procs` the CPU row is also given
 *            per process (the CPU of one update in each grows with their number)
 *   --join-after=MS  `procs`: the late replica opens the document MS after it is connected,
 *            not at once (its own start-up then no longer runs beside its catch-up)
 *
 *   npx tsx bench/docs-repeat.ts                      # 8 rounds in one process
 *   npx tsx bench/docs-repeat.ts 4 procs              # 4 rounds, a process per replica
 *   npx tsx bench/docs-repeat.ts 8 peers /work/wt-old  # the other tree's code
 *
 * Each round starts 10 replicas of accord (a full mesh over TCP on 127.0.0.1) and, before or
 * after it (the order alternates round by round), 10 y-websocket clients of one
 * @y/websocket-server; one system runs at a time, and is stopped before the other starts.
 * Per round and system, in ms:
 *
 * - start: accord's 10 peers started and connected to each other (the mesh); y-websocket's
 *   server listening (peers) or its server's and 10 clients' processes ready (procs);
 * - open: a document opened on all 10 replicas until every one is synced (accord:
 *   `peer.doc` + `peer.synced`; y-websocket: the providers' `sync`);
 * - first update after that → the last of the 9 readers has it (replica 0 writes);
 * - the median of the next 20 updates → the last reader (random writers, seeded by the
 *   round, the same for both systems; 5 ms apart, as scenario 14's `updateTrials`);
 * - the CPU those 21 updates cost, per update: every process of the system (`procs`: from
 *   /proc; `peers`: this process, the harness included), their upkeep in the pauses too;
 * - the first update of a second document, opened after those 20;
 * - the late joiner: a document of N sets held by all 10, then an 11th replica: its open →
 *   it holds them all.
 *
 * Prints a line per round and system as it goes, then a table across rounds: median, p90,
 * min and max of each figure per system, and accord / y-websocket of the medians (lower is
 * better). Writes nothing (not bench/results.*; `procs` bundles the replicas into bench/,
 * as 14b does, and removes the file at the end). In `peers` mode the first round also pays
 * for this process's code being compiled (its system more than the other: the order
 * alternates); the medians are what to compare.
 *
 * Takes, on this 2-core VM: 1.5 min with the defaults (8 rounds in `peers` mode, ~10 s a
 * round) when the machine is otherwise idle, 2.5 to 3.5 min when other work shares it;
 * `4 procs` about 2.5 min under load (a round starts 11 to 12 processes per system).
 * The header line and the last one print the machine's load average: compare runs made
 * under similar load, and alternate the two trees if you run each several times.
 */
import os from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { OneUpdate } from './docs-peers.js'
import type { Log } from './mesh.js'
import { fmt, fmtRatio, summarize, table } from './stats.js'
import { cpuMeter } from './proc-cpu.js'
import { flag, positional } from './args.js'

const NEXT_UPDATES = 20
const CHUNK = 500
const DOC = { first: 'bench-one-update', later: 'bench-later' }

const argv = process.argv.slice(2)
const [meshesArg = '8', mode = 'peers', tree] = positional(argv)
const meshes = Number(meshesArg)
const lateSets = Number(flag(argv, 'late') ?? 20_000)
const REPLICAS = Number(flag(argv, 'replicas') ?? 10)
const LINKS = flag(argv, 'links') == null ? undefined : Number(flag(argv, 'links'))
const joinAfterMs = Number(flag(argv, 'join-after') ?? 0)
const unknown = argv.filter(a => a.startsWith('--') && !['--late=', '--replicas=', '--join-after=', '--links='].some(f => a.startsWith(f)))
if (!Number.isInteger(meshes) || meshes < 1 || (mode !== 'peers' && mode !== 'procs') || !Number.isInteger(lateSets) || lateSets < 0 ||
  !Number.isInteger(REPLICAS) || REPLICAS < 2 || !Number.isInteger(joinAfterMs) || joinAfterMs < 0 || (joinAfterMs > 0 && mode !== 'procs') ||
  (LINKS != null && (!Number.isInteger(LINKS) || LINKS < 1 || mode !== 'peers')) || unknown.length > 0) {
  console.error('usage: npx tsx bench/docs-repeat.ts [meshes=8] [peers|procs] [tree] [--late=20000] [--replicas=10] [--links=N (peers only)] [--join-after=0 (procs only)]')
  process.exit(2)
}
const here = tree ?? fileURLToPath(new URL('..', import.meta.url))

type DocsPeers = typeof import('./docs-peers.js')
type DocsProcs = typeof import('./docs-procs.js')
/** `tree`'s bench module `file`, which must export `names` (see the header for an older tree). */
async function benchModule<M> (file: string, names: string[]): Promise<M> {
  const mod = await import(pathToFileURL(`${here}/bench/${file}`).href) as Record<string, unknown>
  const missing = names.filter(n => mod[n] == null)
  if (missing.length > 0) throw new Error(`${here}/bench/${file} does not export ${missing.join(', ')}: copy bench/docs-peers.ts and bench/docs-procs.ts of a commit that has them into that tree`)
  return mod as M
}
const docsPeers = await benchModule<DocsPeers>('docs-peers.ts', ['accordSystem', 'yWebsocketSystem', 'oneUpdate', 'lateJoiner', 'updateTrials'])
const docsProcs = mode === 'procs'
  ? await benchModule<DocsProcs>('docs-procs.ts', ['Procs', 'accordFleet', 'yWebsocketFleet', 'openWatched', 'oneUpdate', 'lateDocumentJoiner', 'replicaBundle', 'removeReplicaBundle'])
  : undefined

type SystemKey = 'accord' | 'yWebsocket'
const LABEL: Record<SystemKey, string> = { accord: 'accord', yWebsocket: 'y-websocket' }

/** One fresh deployment of a system's 10 replicas. */
interface Deployment {
  /** From starting it until its replicas can open documents. */
  startMs: number
  /** Opens `name` on every replica: ms until the last is synced, and one update of it. */
  open: (name: string) => Promise<{ ms: number, update: OneUpdate }>
  /** A document of `sets` sets held by every replica, then a new replica: ms until it holds them. */
  lateJoiner: (sets: number) => Promise<number>
  /** Starts counting the CPU of the system's processes (in `peers` mode: this process's): the returned function gives the ms spent since. */
  cpu: () => () => number | undefined
  stop: () => Promise<void>
  stderrLines: () => number
}

// Every y-websocket provider (one per client and document) adds a process 'exit' listener
// until it is destroyed: 21 at once in a round here, not a leak (scenario 14 warns of it too).
process.setMaxListeners(3 * REPLICAS + 10)

const quiet: Log = () => {}
const indented: Log = line => { console.log(`    ${line}`) }

async function deployInProcess (system: SystemKey): Promise<Deployment> {
  const t0 = performance.now()
  const s = system === 'accord' ? await docsPeers.accordSystem(REPLICAS, quiet, LINKS) : await docsPeers.yWebsocketSystem(REPLICAS)
  const startMs = performance.now() - t0
  return {
    startMs,
    open: async name => {
      const t1 = performance.now()
      const docs = await s.open(name)
      return { ms: performance.now() - t1, update: async (writer, key) => await docsPeers.oneUpdate(docs, writer, key) }
    },
    lateJoiner: async sets => await docsPeers.lateJoiner(s, { lateUpdates: sets, chunk: CHUNK }),
    cpu: () => {
      const t0 = process.cpuUsage()
      return () => { const c = process.cpuUsage(t0); return (c.user + c.system) / 1000 }
    },
    stop: async () => { await s.stop() },
    stderrLines: () => 0
  }
}

/** Scenario 14b's processes; the replicas time themselves (CLOCK_MONOTONIC), as in 14b. */
async function deployInProcesses (system: SystemKey, bundle: string): Promise<Deployment> {
  const p = docsProcs!
  const procs = new p.Procs(bundle, indented)
  const t0 = performance.now()
  let fleet: Awaited<ReturnType<DocsProcs['accordFleet']>>
  try {
    fleet = system === 'accord' ? await p.accordFleet(procs, REPLICAS, quiet) : await p.yWebsocketFleet(procs, REPLICAS)
  } catch (err) {
    await procs.stop()
    throw err
  }
  const startMs = performance.now() - t0
  const { replicas } = fleet
  return {
    startMs,
    open: async name => {
      const synced = await p.openWatched(replicas, name)
      const ms = Math.max(...synced.map(s => s.at)) - Math.min(...synced.map(s => s.openedAt))
      return { ms, update: async (writer, key) => await p.oneUpdate(procs, replicas, writer, key, name) }
    },
    lateJoiner: async sets => await p.lateDocumentJoiner(joinAfterMs > 0 ? { ...fleet, join: async () => { const late = await fleet.join(); await new Promise(resolve => setTimeout(resolve, joinAfterMs)); return late } } : fleet, { lateUpdates: sets, chunk: CHUNK }),
    cpu: () => {
      const spent = cpuMeter({ all: procs.all.map(r => r.child.proc.pid) })
      return () => spent()?.all
    },
    stop: async () => { await procs.stop() },
    stderrLines: () => procs.stderrLines
  }
}

interface Figures { startMs: number, openMs: number, firstMs: number, nextMs: number, cpuUs?: number, cpuPerProcessUs?: number, laterFirstMs: number, lateJoinerMs?: number }
const MEASURES: Array<{ key: keyof Figures, label: string }> = [
  { key: 'startMs', label: mode === 'peers' ? `start (accord: ${REPLICAS} peers started and connected; y-websocket: its server)` : `start (accord: ${REPLICAS} peer processes connected; y-websocket: server + ${REPLICAS} client processes)` },
  { key: 'openMs', label: `open a document on all ${REPLICAS} → all synced` },
  { key: 'firstMs', label: `first update after synced → the last of ${REPLICAS - 1} readers` },
  { key: 'nextMs', label: `the next ${NEXT_UPDATES} updates, median → the last reader` },
  { key: 'cpuUs', label: `CPU per update over the first and the next ${NEXT_UPDATES}, all the system's processes${mode === 'peers' ? ' (this one: the harness too)' : ''}, µs (the 5 ms pauses' upkeep included)` },
  ...(mode === 'procs' ? [{ key: 'cpuPerProcessUs' as const, label: '… per process (accord: each replica; y-websocket: each client and its server)' }] : []),
  { key: 'laterFirstMs', label: 'first update of a document opened after them' },
  ...(lateSets > 0 ? [{ key: 'lateJoinerMs' as const, label: `late joiner of ${lateSets.toLocaleString('en-US')} sets: open → holds them all${joinAfterMs > 0 ? ` (opened ${joinAfterMs} ms after it connected)` : ''}` }] : [])
]

async function round (deployment: Deployment, seed: number, processes: number): Promise<Figures> {
  const first = await deployment.open(DOC.first)
  const spent = deployment.cpu()
  const updates = await docsPeers.updateTrials(REPLICAS, first.update, { trials: NEXT_UPDATES, warmup: 0, seed })
  const cpuMs = spent()
  const later = await deployment.open(DOC.later)
  const laterFirstMs = Math.max(...await later.update(0, 'later-first'))
  const lateJoinerMs = lateSets > 0 ? await deployment.lateJoiner(lateSets) : undefined
  return {
    startMs: deployment.startMs,
    openMs: first.ms,
    firstMs: updates.firstUpdateMs,
    nextMs: updates.last.p50,
    ...(cpuMs != null ? { cpuUs: cpuMs * 1000 / (1 + NEXT_UPDATES), cpuPerProcessUs: cpuMs * 1000 / (1 + NEXT_UPDATES) / processes } : {}),
    laterFirstMs,
    ...(lateJoinerMs != null ? { lateJoinerMs } : {})
  }
}

const line = (f: Figures): string =>
  `start ${fmt(f.startMs)}, open ${fmt(f.openMs)}, first update ${fmt(f.firstMs)}, next ${NEXT_UPDATES} p50 ${fmt(f.nextMs)}${f.cpuUs != null ? ` (CPU ${fmt(f.cpuUs)} µs an update)` : ''}, ` +
  `later doc's first ${fmt(f.laterFirstMs)}${f.lateJoinerMs != null ? `, late joiner ${fmt(f.lateJoinerMs)}` : ''} ms`

/** The machine's load (a shared VM: other work there moves every figure). */
const load = (): string => `load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`
const started = performance.now()
console.log(`docs-repeat: ${meshes} fresh deployments of ${REPLICAS} replicas each of accord and y-websocket, ${mode === 'peers' ? 'all in this process' : 'one process per replica'}, ` +
  `${LINKS == null ? '' : `each accord peer dialling ${LINKS}, `}` +
  `late joiner ${lateSets > 0 ? `of ${lateSets.toLocaleString('en-US')} sets` : 'left out'}; code at ${here}; ${os.cpus().length} cores, ${load()}`)
const results: Record<SystemKey, Figures[]> = { accord: [], yWebsocket: [] }
const failures: string[] = []
let stderrLines = 0
const bundle = docsProcs != null ? await docsProcs.replicaBundle() : undefined
try {
  for (let r = 0; r < meshes; r++) {
    const order: SystemKey[] = r % 2 === 0 ? ['accord', 'yWebsocket'] : ['yWebsocket', 'accord']
    for (const system of order) {
      const name = `round ${r + 1}/${meshes} ${LABEL[system].padEnd(11)}`
      let deployment: Deployment | undefined
      try {
        deployment = bundle != null ? await deployInProcesses(system, bundle) : await deployInProcess(system)
        // (y-websocket's server is a process of its own in `procs` mode)
        const figures = await round(deployment, 14 + r, mode === 'procs' ? REPLICAS + (system === 'yWebsocket' ? 1 : 0) : 1)
        results[system].push(figures)
        console.log(`${name}: ${line(figures)}`)
      } catch (err) {
        failures.push(`${name}: ${(err as Error).message}`)
        console.log(`${name}: failed: ${(err as Error).message}`)
      } finally {
        await deployment?.stop()
        stderrLines += deployment?.stderrLines() ?? 0
      }
    }
  }
} finally {
  if (bundle != null) docsProcs!.removeReplicaBundle()
}

const [a, y] = [results.accord, results.yWebsocket]
const ms = (x: number): string => fmt(x)
console.log(`\n${mode}: ${a.length} of ${meshes} rounds of accord, ${y.length} of y-websocket (ms; ratio: accord / y-websocket of the medians, lower is better)\n`)
console.log(table(['measure', 'accord p50', 'p90', 'min', 'max', 'y-websocket p50', 'p90', 'min', 'max', 'ratio'], MEASURES.map(({ key, label }) => {
  const sa = summarize(a.map(f => f[key]).filter((x): x is number => x != null))
  const sy = summarize(y.map(f => f[key]).filter((x): x is number => x != null))
  return [label, ms(sa.p50), ms(sa.p90), ms(sa.min), ms(sa.max), ms(sy.p50), ms(sy.p90), ms(sy.min), ms(sy.max), fmtRatio(sa.p50 / sy.p50)]
})))
if (failures.length > 0) console.log(`\n⚠ ${failures.length} rounds failed:\n${failures.map(f => `  ${f}`).join('\n')}`)
if (stderrLines > 0) console.log(`\n⚠ the replica processes wrote ${stderrLines} lines to stderr (the first are above)`)
console.log(`\n${fmt((performance.now() - started) / 1000)} s in all; ${load()}`)
process.exit(failures.length > 0 ? 1 : 0)
