/**
 * accord's benchmark suite: `npm run bench` (tsx bench/index.ts).
 *
 *   0. baseline      libp2p stream round trips between two peers (persistent and new stream)
 *   1. propagation   one update to every peer of a 10-peer mesh
 *   2. throughput    20,000 updates from one writer, rate at the slowest peer
 *   3. late joiner   catch-up of a document of 100,000 updates
 *   4. memory        RSS of a child process with 0, 1 and 10 peers
 *   5. storage       FsStorage (bench/store.ts)
 *   6. coordination  locks and failover (bench/coord.ts)
 *   7. variables     set → visible, ack majority, 'reject' writes, proposals (bench/variables.ts)
 *   8. recipes       deadlock detection, semaphores, named-election failover (bench/recipes.ts)
 *   9. faults        lock availability under the fault suite's schedules (bench/faults.ts; needs root)
 *  10. lock-peers    locks and failover beside etcd and Redis (bench/lock-peers.ts; needs the etcd-server and redis-server Debian packages, skips what is missing)
 *  11. lock-state    lock latency as the lease holder's tables grow (held locks, 'reject' variables), beside etcd and Redis (bench/lock-state.ts; the same packages)
 *  12. scale         fleets of 10, 25, 50 peers (5 voters, the rest clients), 5 per child process: time to one leader, idle CPU per peer, leader churn, lock latency from a client (bench/scale.ts)
 *  13. bundle        the browser bundle: minified and gzip bytes, the largest contributors, beside yjs + y-websocket (bench/bundle.ts)
 *  14. docs-peers    documents beside y-websocket in the same run: one update to every reader, bulk, late joiner (bench/docs-peers.ts)
 *  14b. docs-procs   the same, every replica in its own process (y-websocket's server too), timed on the shared monotonic clock (bench/docs-procs.ts)
 *  15. queue-peers   work queues beside BullMQ and a Redis Streams consumer group: push → complete tasks/s with 4 worker processes, take latency, redelivery after kill -9 of a worker, each task completed once (bench/queue-peers.ts; needs redis-server, skips without it)
 *
 * Prints progress as it goes, then markdown tables; writes bench/results.json and
 * bench/results.md (both overwritten). Options:
 *   --scale-sizes=50 --scale-voters=7 --scale-per-process=22   scenario 12 at other fleet sizes and shapes
 *   --only=baseline,mesh,late,memory,storage,coord,variables,recipes,faults,lock-peers,lock-state,scale,bundle,docs-peers,docs-procs,queue-peers   run a subset (mesh = propagation + throughput)
 *   --quick                                    small counts, to check the harness
 *   --queue-systems=accord                     scenario 15 for these systems only (bullmq, redis-streams, accord)
 *   --peer-options='{"lease":{"memberHeartbeatMs":1000}}'   extra PeerOptions for every peer (A/B runs)
 *
 * To compare two commits of accord's queue, run scenario 15's throughput several times on
 * each with bench/queue-repeat.ts (single runs on a shared VM differ too much).
 */
import { benchCoord } from './coord.js'
import '../src/net/polyfill.js'
import { execFileSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { benchMemory } from './memory.js'
import {
  benchBaseline, benchLateJoiner, benchPlainYjs, benchPropagation, benchThroughputRun, measureIdle,
  setPeerOptions, startReadyMesh, stopAll, type ThroughputRun
} from './mesh.js'
import { renderMarkdown, type Results } from './report.js'
import { median, rounded } from './stats.js'
import { benchStore } from './store.js'
import { benchVariables } from './variables.js'
import { benchRecipes } from './recipes.js'
import { benchFaults } from './faults.js'
import { benchLockPeers } from './lock-peers.js'
import { benchLockState } from './lock-state.js'
import { benchScale } from './scale.js'
import { benchBundle } from './bundle.js'
import { benchDocsPeers, docsPeersCounts } from './docs-peers.js'
import { benchDocsProcs } from './docs-procs.js'
import { benchQueuePeers } from './queue-peers.js'
import { machine, startCpuWindow } from './system.js'
import type { PeerOptions } from '../src/index.node.js'
import { flag } from './args.js'

const argv = process.argv.slice(2)
const arg = (name: string): string | undefined => flag(argv, name)
const quick = argv.includes('--quick')
const only = arg('only')?.split(',')
const wanted = (s: string): boolean => only == null || only.includes(s)
const peerOptionsJson = arg('peer-options')
const peerOptions: PeerOptions = peerOptionsJson != null ? JSON.parse(peerOptionsJson) : {}
setPeerOptions(peerOptions)

const N = {
  meshPeers: 10,
  roundTrips: quick ? 200 : 2_000,
  newStreamTrials: quick ? 50 : 300,
  warmup: quick ? 10 : 50,
  propagationTrials: quick ? 20 : 100,
  propagationWarmup: 10,
  throughputUpdates: quick ? 5_000 : 20_000,
  throughputChunk: 500,
  throughputRuns: 3,
  lateUpdates: quick ? 10_000 : 100_000,
  lateTrials: quick ? 2 : 5,
  buildChunk: 500,
  memoryCounts: [0, 1, 10],
  memoryKeys: 1_000,
  idleMs: 2_000
}

const T0 = performance.now()
const log = (line: string): void => { console.log(`[${((performance.now() - T0) / 1000).toFixed(1).padStart(5)} s] ${line}`) }

function gitDescribe (): string {
  try {
    const cwd = fileURLToPath(new URL('..', import.meta.url))
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd, encoding: 'utf8' }).trim() !== ''
    return dirty ? `${rev} (src/ modified)` : rev
  } catch {
    return 'unknown'
  }
}

const results: Results = {
  meta: { date: new Date().toISOString(), git: gitDescribe(), machine: machine(), peerOptions, args: argv },
  conditions: {},
  errors: {},
  anomalies: []
}

// A rejection nobody handles is a bug in the code under test; by default Node would end the
// whole run on it. Record it (it goes into the report) and carry on.
process.on('unhandledRejection', (reason: unknown) => {
  const e = reason as Error | undefined
  const where = e?.stack?.split('\n').find(l => l.includes('/src/') && !l.includes('node_modules'))?.trim() ?? ''
  const line = `unhandled rejection: ${e?.name ?? 'Error'}: ${e?.message ?? String(reason)} ${where}`.trim()
  results.anomalies.push(line)
  log(`⚠ ${line}`)
})

/** Runs one scenario; a failure is reported and recorded, and the next scenario runs. */
async function scenario (key: string, fn: () => Promise<void>): Promise<void> {
  const stop = startCpuWindow()
  try {
    await fn()
  } catch (err) {
    const e = err as Error
    log(`✗ ${key} failed: ${e.stack ?? e.message}`)
    results.errors[key] = e.message
    process.exitCode = 1
  } finally {
    results.conditions[key] = stop()
  }
}

log(`accord bench on ${String(results.meta.machine.cpuModel)} × ${os.cpus().length}, Node ${process.version}, git ${results.meta.git}, ` +
  `load average ${os.loadavg().map(x => x.toFixed(2)).join(' ')}${quick ? ' (quick)' : ''}`)

if (wanted('baseline')) {
  await scenario('0. baseline', async () => {
    results.baseline = await benchBaseline(log, { roundTrips: N.roundTrips, newStreamTrials: N.newStreamTrials, warmup: N.warmup, propagationTrials: N.propagationTrials })
    const b = results.baseline
    log(`  persistent stream: median ${b.persistentRoundTripMs.p50.toFixed(3)} ms; new stream: median ${b.newStreamRoundTripMs.p50.toFixed(3)} ms; ` +
      `one update to the other peer: median ${b.twoPeerPropagation?.toLastPeerMs.p50.toFixed(2) ?? '–'} ms`)
  })
}

if (wanted('mesh')) {
  let setup: Awaited<ReturnType<typeof startReadyMesh>> | undefined
  // Before any peer runs: with peers in this process, their traffic would run in its yields.
  log(`throughput baseline: the writer loop on a bare Y.Doc (${N.throughputUpdates.toLocaleString('en-US')} sets, ${N.throughputChunk} per macrotask)…`)
  const plainYjs: { ms: number, updatesPerSec: number } | undefined = await benchPlainYjs({ updates: N.throughputUpdates, chunk: N.throughputChunk })
  log(`  ${plainYjs.updatesPerSec.toFixed(0)} updates/s`)
  try {
    await scenario('1. propagation', async () => {
      setup = await startReadyMesh(N.meshPeers, log)
      log(`measuring the idle mesh for ${N.idleMs} ms…`)
      const idle = await measureIdle(setup.peers, N.idleMs)
      log(`  idle: event loop ${(100 * idle.eventLoopUtilization).toFixed(0)} % busy, CPU ${idle.cpuPercentOfOneCore.toFixed(0)} % of one core, ${idle.gossipReceivedPerSec.toFixed(0)} gossip deliveries/s`)
      results.mesh = { peers: setup.peers.length, startMs: setup.startMs, connectMs: setup.connectMs, idle }
      results.propagation = await benchPropagation(setup.peers, log, { trials: N.propagationTrials, warmup: N.propagationWarmup, seed: 42, pauseMs: 5 })
      const p = results.propagation
      log(`  to last peer: median ${p.toLastPeerMs.p50.toFixed(2)} ms, p99 ${p.toLastPeerMs.p99.toFixed(2)} ms`)
    })
    await scenario('2. throughput', async () => {
      if (setup == null) throw new Error('no mesh (scenario 1 failed to start it)')
      const runs: ThroughputRun[] = []
      for (let r = 0; r < N.throughputRuns; r++) {
        log(`throughput: run ${r + 1}/${N.throughputRuns}: ${N.throughputUpdates.toLocaleString('en-US')} sets, ${N.throughputChunk} per macrotask…`)
        const run = await benchThroughputRun(setup.peers, r, { updates: N.throughputUpdates, chunk: N.throughputChunk })
        log(`  slowest peer had every key after ${run.slowestPeerMs.toFixed(0)} ms: ${run.slowestPeerUpdatesPerSec.toFixed(0)} updates/s (${run.messagesPublished} gossip messages)`)
        runs.push(run)
      }
      if (plainYjs == null) throw new Error('the bare Y.Doc baseline did not run')
      results.throughput = {
        updates: N.throughputUpdates,
        chunk: N.throughputChunk,
        runs,
        medianSlowestPeerUpdatesPerSec: median(runs.map(r => r.slowestPeerUpdatesPerSec)),
        plainYjs,
        targetUpdatesPerSec: 20_000
      }
      log(`  median ${results.throughput.medianSlowestPeerUpdatesPerSec.toFixed(0)} updates/s at the slowest peer; bare Y.Doc ${plainYjs.updatesPerSec.toFixed(0)} updates/s`)
    })
  } finally {
    if (setup != null) {
      log(`stopping ${setup.peers.length} peers…`)
      await stopAll(setup.peers)
    }
  }
}

if (wanted('late')) {
  await scenario('3. late joiner', async () => {
    const r = await benchLateJoiner(log, { updates: N.lateUpdates, trials: N.lateTrials, buildChunk: N.buildChunk })
    results.lateJoiner = { ...r, targetMs: 1_000 }
    log(`  late joiner: median ${r.syncMs.p50.toFixed(0)} ms, max ${r.syncMs.max.toFixed(0)} ms`)
  })
}

if (wanted('memory')) {
  await scenario('4. memory', async () => {
    results.memory = await benchMemory(log, { counts: N.memoryCounts, keys: N.memoryKeys, peerOptions: peerOptionsJson })
    log(`  marginal RSS per peer: ${(results.memory.marginalRssPerPeer / 2 ** 20).toFixed(1)} MiB`)
  })
}

if (wanted('storage')) {
  await scenario('5. storage', async () => {
    const compactUpdates = quick ? 10_000 : 100_000
    results.storage = { ...await benchStore(line => { log(line) }, { appends: quick ? 1_000 : 5_000, compactUpdates }), compactUpdates }
  })
}

if (wanted('coord')) {
  await scenario('6. coordination', async () => {
    results.coord = await benchCoord(log, quick
      ? { latencyOps: 200, contendedOps: 300, failoverTrials: 2, loadedTrials: 2 }
      : { latencyOps: 1_000, contendedOps: 2_000, failoverTrials: 20, loadedTrials: 20 })
  })
}

if (wanted('variables')) {
  let setup: Awaited<ReturnType<typeof startReadyMesh>> | undefined
  try {
    await scenario('7. variables', async () => {
      setup = await startReadyMesh(N.meshPeers, log)
      results.variables = await benchVariables(setup.peers, log, { trials: quick ? 20 : 100 })
    })
  } finally {
    if (setup != null) await stopAll(setup.peers)
  }
}

if (wanted('recipes')) {
  await scenario('8. recipes', async () => {
    results.recipes = await benchRecipes(log, quick ? { ops: 100, cycles: 20, failoverTrials: 2 } : { ops: 500, cycles: 100, failoverTrials: 8 })
  })
}

if (wanted('faults')) {
  await scenario('9. faults', async () => {
    results.faults = await benchFaults(log, quick ? [11] : undefined)
  })
}

if (wanted('lock-peers')) {
  await scenario('10. lock peers', async () => {
    results.lockPeers = await benchLockPeers(log, quick
      ? { ops: 100, warmup: 10, contenders: 5, contendedGrants: 200, failoverTrials: 2 }
      : { ops: 1_000, warmup: 50, contenders: 5, contendedGrants: 1_000, failoverTrials: 8 })
  })
}

if (wanted('lock-state')) {
  await scenario('11. lock state', async () => {
    // 250 held + the timed one stay under accord's default maxLocks (256)
    results.lockState = await benchLockState(log, quick
      ? { ops: 50, warmup: 10, heldLocks: 50, variables: 200 }
      : { ops: 300, warmup: 30, heldLocks: 250, variables: 2_000 })
  })
}

if (wanted('scale')) {
  await scenario('12. scale', async () => {
    results.scale = await benchScale(log, {
      sizes: arg('scale-sizes')?.split(',').map(Number) ?? (quick ? [10, 25] : [10, 25, 50]),
      voters: Number(arg('scale-voters') ?? 5),
      peersPerProcess: Number(arg('scale-per-process') ?? 5), // issue 13's layout: 50 peers in 10 processes
      agreeMs: 120_000,
      // the first discovery, gossip-mesh and membership rounds after agreement are not
      // idleness: a fleet of 50 keeps connecting and learning its members for a while
      settleMs: 15_000,
      idleMs: 20_000,
      lockOps: 50,
      lockWarmup: 5,
      peerOptions: peerOptionsJson
    })
  })
}

if (wanted('bundle')) {
  await scenario('13. bundle', async () => {
    results.bundle = await benchBundle(log)
  })
}

// Scenarios 14 and 14b measure the same documents, one process or one process per replica.
const docsCounts = docsPeersCounts(quick)

if (wanted('docs-peers')) {
  await scenario('14. docs beside y-websocket', async () => {
    results.docsPeers = await benchDocsPeers(log, { ...docsCounts, peerOptions: peerOptionsJson })
  })
}

if (wanted('docs-procs')) {
  await scenario('14b. docs in processes', async () => {
    results.docsProcs = await benchDocsProcs(log, { ...docsCounts, peerOptions: peerOptionsJson })
  })
}

if (wanted('queue-peers')) {
  await scenario('15. queue peers', async () => {
    const systems = arg('queue-systems')?.split(',')
    // 80,000 warm-up tasks: after 20,000, accord's fresh workers were not yet at their steady
    // rate (their code was still being optimized): with 80,000 its rate rose where BullMQ's
    // did not (`bench/queue-repeat.ts 2 16 --warmup=20000|80000 --beside`, alternating). The
    // throughput rows measure a fleet that runs for long, the warm-up row a fresh one.
    results.queuePeers = await benchQueuePeers(log, quick
      ? { tasks: 2_000, batch: 500, warmupTasks: 500, workers: 4, concurrencies: [1, 16], latencyTrials: 30, latencyWarmup: 5, redeliveryTrials: 2, workUs: 0, seed: 15, systems }
      : { tasks: 20_000, batch: 500, warmupTasks: 80_000, workers: 4, concurrencies: [1, 16], latencyTrials: 200, latencyWarmup: 20, redeliveryTrials: 5, workUs: 0, seed: 15, systems })
  })
}

results.meta.totalMs = performance.now() - T0
results.meta.loadavgEnd = os.loadavg()
const markdown = renderMarkdown(results)
const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url))
await writeFile(here('./results.json'), JSON.stringify(rounded(results), null, 2) + '\n')
await writeFile(here('./results.md'), markdown)
console.log('\n' + markdown)
log(`done in ${(results.meta.totalMs / 1000).toFixed(1)} s; wrote bench/results.json and bench/results.md`)

// Every peer is stopped: the process should exit by itself now. If something still holds
// the event loop (a timer or socket a stop() forgot), say what, rather than hang silently.
setTimeout(() => {
  const handles = (process as unknown as { _getActiveHandles: () => unknown[] })._getActiveHandles()
  console.error(`bench: still running 10 s after the end; active handles: ${handles.map(h => (h as object)?.constructor?.name).join(', ')}`)
  process.exit(process.exitCode ?? 1)
}, 10_000).unref()
