/**
 * Scenario 14b's one-update trials (every replica in its own process), many of them, beside
 * y-websocket: whether the in-processes median's ratio is a warm-up effect (both systems
 * run their per-message code cold at first, and V8 optimises it function by function over
 * seconds), and what each process spends. Per system: ten replicas (or --replicas; y-websocket's clients
 * and its server), a document on all, 30 warm-up updates, then `trials` updates (a writer in
 * turn, 5 ms apart): the last reader's median in each third of the trials, p50 / p90 / p99
 * over all, each process's CPU per update, all processes' write system calls and how often
 * each main thread woke up per update (/proc, its upkeep in the pauses included); then the
 * same processes idle for as long, CPU per the same period (what upkeep alone costs) and how
 * often each main thread woke up (/proc: its voluntary context switches).
 *
 *   npx tsx bench/docs-procs-long.ts [trials=1500] [--replicas=N] [--links=N]
 *
 * `--replicas=N`: N replicas of each system (default 10). `--links=N`: each accord peer
 * dials N others (`maxPeers`) and the fleet settles 3 s: with N + 1 < replicas a mesh not
 * fully linked, whose updates are passed on by the holders (y-websocket's clients are
 * linked to their server as ever). `BENCH_PEER_OPTIONS` (JSON peer options, as `npm run
 * bench -- --peer-options`) reaches accord's replicas through their environment.
 *
 * Writes nothing. Takes about 1 min with the default on this 2-core VM.
 */
import { accordFleet, openWatched, oneUpdate, Procs, removeReplicaBundle, replicaBundle, yWebsocketFleet, type Fleet } from './docs-procs.js'
import { cpuMeter, procMeter, wakeUpsOf, writeCallsOf } from './proc-cpu.js'
import { fmt, fmtRatio, median, percentile, table } from './stats.js'
import { flag, positional } from './args.js'

const args = process.argv.slice(2)
const TRIALS = Number(positional(args)[0] ?? 1_500)
const REPLICAS = Number(flag(args, 'replicas') ?? 10)
const LINKS = flag(args, 'links') == null ? undefined : Number(flag(args, 'links'))
if (!Number.isInteger(TRIALS) || TRIALS < 30 || !Number.isInteger(REPLICAS) || REPLICAS < 3 || (LINKS != null && (!Number.isInteger(LINKS) || LINKS < 2))) {
  console.error('usage: npx tsx bench/docs-procs-long.ts [trials >= 30] [--replicas=N >= 3] [--links=N >= 2]')
  process.exit(2)
}
/** A mesh not fully linked settles its links for a while after each peer reached its count. */
const SETTLE_MS = LINKS == null ? 0 : 3_000
const WARMUP = 30
const DOC = 'bench-one-update'
const pause = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

interface Result { thirds: number[], p50: number, p90: number, p99: number, cpuPerUpdate: number[], writeCalls: number, wakeUpsPerUpdate: number[], idlePerUpdate: number[], idleWakeUpsPerSecond: number[] }

async function measure (system: 'accord' | 'y-websocket'): Promise<Result> {
  const procs = new Procs(await replicaBundle(), () => {})
  try {
    const fleet: Fleet = system === 'accord' ? await accordFleet(procs, REPLICAS, () => {}, LINKS) : await yWebsocketFleet(procs, REPLICAS)
    await pause(SETTLE_MS)
    await openWatched(fleet.replicas, DOC)
    for (let i = 0; i < WARMUP; i++) { await oneUpdate(procs, fleet.replicas, i % REPLICAS, `w${i}`); await pause(5) }
    const pids = Object.fromEntries(procs.all.map(p => [p.name, [p.child.proc.pid]]))
    const perProcess = (spent: Record<string, number> | undefined): number[] => Object.values(spent ?? {}).map(ms => ms * 1000 / TRIALS)
    const cpu = cpuMeter(pids)
    const writes = procMeter(pids, writeCallsOf)
    const trialWakeUps = procMeter(pids, wakeUpsOf)
    const t0 = performance.now()
    const lasts: number[] = []
    for (let i = 0; i < TRIALS; i++) {
      lasts.push(Math.max(...await oneUpdate(procs, fleet.replicas, i % REPLICAS, `k${i}`)))
      await pause(5)
    }
    const cpuPerUpdate = perProcess(cpu())
    const writeCalls = Object.values(writes() ?? {}).reduce((n, w) => n + w, 0) / TRIALS
    const wakeUpsPerUpdate = Object.values(trialWakeUps() ?? {}).map(n => n / TRIALS)
    const idle = cpuMeter(pids)
    const wakeUps = procMeter(pids, wakeUpsOf)
    const idleFrom = performance.now()
    await pause(idleFrom - t0)
    const idlePerUpdate = perProcess(idle())
    const idleWakeUpsPerSecond = Object.values(wakeUps() ?? {}).map(n => n * 1000 / (performance.now() - idleFrom))
    const third = Math.floor(TRIALS / 3)
    const sorted = [...lasts].sort((a, b) => a - b)
    return {
      thirds: [0, 1, 2].map(k => median(lasts.slice(k * third, (k + 1) * third))),
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      cpuPerUpdate,
      writeCalls,
      wakeUpsPerUpdate,
      idlePerUpdate,
      idleWakeUpsPerSecond
    }
  } finally {
    await procs.stop()
  }
}

console.log(`docs-procs-long: ${REPLICAS} replicas per system, one process each${LINKS != null ? `, each accord peer dialling ${LINKS} (maxPeers)` : ''}; ${TRIALS} updates after ${WARMUP} warm-up, then as long idle`)
const results: Partial<Record<'accord' | 'y-websocket', Result>> = {}
try {
  for (const system of ['accord', 'y-websocket'] as const) {
    console.log(`  ${system}…`)
    results[system] = await measure(system)
  }
} finally {
  removeReplicaBundle()
}
const a = results.accord!
const y = results['y-websocket']!
const range = (xs: number[]): string => `${fmt(Math.min(...xs), 0)}–${fmt(Math.max(...xs), 0)}`
const wakeUpRange = (xs: number[]): string => `${fmt(Math.min(...xs), 2)}–${fmt(Math.max(...xs), 2)}`
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0)
console.log(table([`one update → the last of ${REPLICAS - 1} readers`, 'accord', 'y-websocket', 'ratio'], [
  ...[0, 1, 2].map(k => [`median, ${['first', 'second', 'last'][k]} third of the trials (ms)`, fmt(a.thirds[k]), fmt(y.thirds[k]), fmtRatio(a.thirds[k]! / y.thirds[k]!)]),
  ['p50 / p90 / p99, all trials (ms)', `${fmt(a.p50)} / ${fmt(a.p90)} / ${fmt(a.p99)}`, `${fmt(y.p50)} / ${fmt(y.p90)} / ${fmt(y.p99)}`, fmtRatio(a.p50 / y.p50)],
  ['CPU per update, all processes (µs; the pauses\' upkeep included)', fmt(sum(a.cpuPerUpdate), 0), fmt(sum(y.cpuPerUpdate), 0), fmtRatio(sum(a.cpuPerUpdate) / sum(y.cpuPerUpdate))],
  ['… per process (µs; y-websocket: its clients and server)', range(a.cpuPerUpdate), range(y.cpuPerUpdate), ''],
  ['write system calls per update, all processes (sockets, and each reader\'s report to this harness)', fmt(a.writeCalls), fmt(y.writeCalls), fmtRatio(a.writeCalls / y.writeCalls)],
  ['… wake-ups of each process\'s main thread per update (the pauses\' upkeep included)', wakeUpRange(a.wakeUpsPerUpdate), wakeUpRange(y.wakeUpsPerUpdate), ''],
  ['idle for as long, CPU per the same period, all processes (µs)', fmt(sum(a.idlePerUpdate), 0), fmt(sum(y.idlePerUpdate), 0), fmtRatio(sum(a.idlePerUpdate) / sum(y.idlePerUpdate))],
  ['… wake-ups of each process\'s main thread a second, idle', wakeUpRange(a.idleWakeUpsPerSecond), wakeUpRange(y.idleWakeUpsPerSecond), '']
]))
process.exit(0)
