/**
 * Diagnostic of scenario 14's tail (every replica in this one process), beside y-websocket:
 * what a slow one-update trial is made of. Each system runs `trials` updates as scenario
 * 14's (a random writer, seeded, the same for both; 5 ms apart) and records when each of
 * the 9 readers had the update. Per system it prints the last reader's p50 / p95 / p99 /
 * max, how many trials had a **gap** (two readers' arrivals, in time order, 3 ms or more
 * apart: the readers were being served and then none was for a while), and how often the
 * JS thread (the one every replica shares) was preempted — made to wait for a CPU, up to a
 * scheduler tick (4 ms on this kernel, HZ=250) — in the slowest 5 % of trials against the others
 * (its nonvoluntary context switches, /proc/self/task/<pid>/status: Linux only), and the
 * garbage collections during the trials (perf_hooks' 'gc' entries: the thread stops for
 * each) and how many trials one ran in, the slowest 5 % among them. It also
 * prints the first reader's median and what each further reader adds to the last one's
 * (the medians' difference over the 8 steps): in one process, each reader's share of an update.
 *
 *   npx tsx bench/docs-gaps.ts [trials=600] [--slow] [--writes] [--alloc]
 *
 *   --slow  also print each of the slowest 5 % of trials: its reader arrival times (ms after
 *           the writer's `set`, in order) and the JS thread's context switches
 *   --writes also time each trial's socket writes (every socket of the process: Node's TCP
 *           handle's write calls, wrapped): median µs from the writer's `set` to the first
 *           write, from the first write to the last one before the first reader had the
 *           update (and how many), and from that last write to the first reader's arrival —
 *           the writer's own work before its first byte goes out, its fan-out (y-websocket's
 *           is its server's), and what runs between the fan-out and the first reader
 *   --alloc also sample every allocation during the trials (V8's sampling heap profiler,
 *           objects collected since counted too): KB allocated per update in the process,
 *           the harness's own included — what makes the scavenges. The profiler slows
 *           both systems (about 2.5× here): read the other columns from a run without it
 *
 * Writes nothing. Takes about 30 s. Not a comparison of speed (scenario 14 is): it says
 * whether the tail is this code's own work, its garbage's, or the machine's scheduling, for both systems.
 */
import { readFileSync } from 'node:fs'
import net from 'node:net'
import { Session } from 'node:inspector/promises'
import { constants, PerformanceObserver } from 'node:perf_hooks'
import { accordSystem, oneUpdate, yWebsocketSystem, type System } from './docs-peers.js'
import { rng } from './mesh.js'
import { fmt, percentile, table } from './stats.js'
import { positional } from './args.js'

const args = process.argv.slice(2)
const trials = Number(positional(args)[0] ?? 600)
const showSlow = args.includes('--slow')
const sampleAllocations = args.includes('--alloc')
const timeWrites = args.includes('--writes')
if (!Number.isInteger(trials) || trials < 20) throw new Error('usage: npx tsx bench/docs-gaps.ts [trials >= 20] [--slow] [--writes] [--alloc]')
const READERS_GAP_MS = 3
/** Updates before the trials, as scenario 14's since a9508b1 (after 10, y-websocket's code ran cold still). */
const WARMUP = 300
const REPLICAS = 10
const MAIN_THREAD_STATUS = `/proc/self/task/${process.pid}/status`

/** The JS thread's context switches so far (Linux): waits it chose, and preemptions. */
function switches (): { voluntary: number, involuntary: number } {
  const status = readFileSync(MAIN_THREAD_STATUS, 'utf8')
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)![1])
  return { voluntary: field('voluntary_ctxt_switches'), involuntary: field('nonvoluntary_ctxt_switches') }
}

interface Trial { start: number, last: number, arrivals: number[], gap: boolean, involuntary: number, voluntary: number, writes: number[] }
/** A garbage collection of this process's heap: when (performance.now()), how long, and whether it was a scavenge of the young generation. */
interface Collection { start: number, ms: number, minor: boolean }

/** When each socket write of this process began (performance.now()), while `on`: Node's TCP handle's write calls, wrapped once a socket has a handle. */
const socketWrites = { on: false, at: [] as number[] }
if (timeWrites) {
  const write = net.Socket.prototype.write
  let wrapped = false
  net.Socket.prototype.write = function (this: net.Socket & { _handle?: object }, ...args: Parameters<typeof write>) {
    if (!wrapped && this._handle != null) {
      wrapped = true
      let proto = Object.getPrototypeOf(this._handle) as Record<string, unknown> | null
      while (proto != null && !Object.hasOwn(proto, 'writeBuffer')) proto = Object.getPrototypeOf(proto)
      for (const name of ['writeBuffer', 'writev'] as const) {
        const call = proto![name] as (...a: unknown[]) => unknown
        proto![name] = function (this: unknown, ...a: unknown[]) {
          if (socketWrites.on) socketWrites.at.push(performance.now())
          return call.apply(this, a)
        }
      }
    }
    return write.apply(this, args)
  } as typeof write
}

/** Starts V8's sampling heap profiler (every allocation, collected or not); its stop resolves to the bytes sampled. */
async function allocationSampler (): Promise<() => Promise<number>> {
  const session = new Session()
  session.connect()
  await session.post('HeapProfiler.enable')
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true })
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling')
    session.disconnect()
    let bytes = 0
    const walk = (node: typeof profile.head): void => { bytes += node.selfSize; node.children.forEach(walk) }
    walk(profile.head)
    return bytes
  }
}

async function run (system: System): Promise<{ trials: Trial[], collections: Collection[], allocatedBytes?: number }> {
  const docs = await system.open('gaps')
  const random = rng(14)
  const out: Trial[] = []
  const collections: Collection[] = []
  // the JS thread stops for a collection: a scavenge in the middle of a trial is in its time
  const observer = new PerformanceObserver(list => {
    for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration, minor: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR })
  })
  let stopSampling: (() => Promise<number>) | undefined
  for (let t = 0; t < WARMUP + trials; t++) {
    if (t === WARMUP) {
      observer.observe({ entryTypes: ['gc'] })
      if (sampleAllocations) stopSampling = await allocationSampler()
    }
    const before = switches()
    socketWrites.at = []
    socketWrites.on = true
    const start = performance.now()
    const arrivals = (await oneUpdate(docs, Math.floor(random() * REPLICAS), `k${t}`)).sort((a, b) => a - b)
    socketWrites.on = false
    const after = switches()
    if (t >= WARMUP) {
      out.push({
        start,
        last: arrivals.at(-1)!,
        arrivals,
        gap: arrivals.some((x, i) => i > 0 && x - arrivals[i - 1]! >= READERS_GAP_MS),
        involuntary: after.involuntary - before.involuntary,
        voluntary: after.voluntary - before.voluntary,
        writes: socketWrites.at.map(w => w - start).filter(w => w <= arrivals[0]!)
      })
    }
    await new Promise(resolve => setTimeout(resolve, 5))
  }
  await new Promise(resolve => setTimeout(resolve, 0)) // (the observer hears of the last ones a turn later)
  observer.disconnect()
  return { trials: out, collections, allocatedBytes: await stopSampling?.() }
}

/** Whether a collection ran while trial `t` was under way. */
const collected = (t: Trial, collections: Collection[]): boolean => collections.some(c => c.start < t.start + t.last && c.start + c.ms > t.start)

/** --writes' medians (µs), over the trials with a write before the first reader had the update. */
function writeColumns (got: Trial[]): string[] {
  const timed = got.filter(t => t.writes.length > 0)
  const us = (f: (t: Trial) => number): string => fmt(percentile(timed.map(f).sort((a, b) => a - b), 50) * 1000, 0)
  return [us(t => t.writes[0]!), `${us(t => t.writes.at(-1)! - t.writes[0]!)} (${fmt(percentile(timed.map(t => t.writes.length).sort((a, b) => a - b), 50), 0)})`, us(t => t.arrivals[0]! - t.writes.at(-1)!)]
}

const mean = (xs: number[]): number => xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length
const rows: string[][] = []
for (const start of [async () => await yWebsocketSystem(REPLICAS), async () => await accordSystem(REPLICAS, () => {})]) {
  const system = await start()
  console.log(`${system.label}: ${trials} trials…`)
  const { trials: got, collections, allocatedBytes } = await run(system)
  await system.stop()
  const lasts = got.map(t => t.last).sort((a, b) => a - b)
  const cut = lasts[Math.floor(0.95 * (lasts.length - 1))]!
  const slow = got.filter(t => t.last > cut)
  const rest = got.filter(t => t.last <= cut)
  const firsts = got.map(t => t.arrivals[0]!).sort((a, b) => a - b)
  const stepUs = (percentile(lasts, 50) - percentile(firsts, 50)) * 1000 / (REPLICAS - 2)
  rows.push([system.label, fmt(percentile(firsts, 50)), fmt(stepUs), fmt(percentile(lasts, 50)), fmt(percentile(lasts, 95)), fmt(percentile(lasts, 99)), fmt(lasts.at(-1)),
    `${got.filter(t => t.gap).length} (${slow.filter(t => t.gap).length} of the ${slow.length} slowest)`,
    `${fmt(mean(slow.map(t => t.involuntary)))} / ${fmt(mean(rest.map(t => t.involuntary)))}`,
    `${collections.filter(c => c.minor).length} × ${fmt(mean(collections.filter(c => c.minor).map(c => c.ms)))} ms / ${collections.filter(c => !c.minor).length}`,
    `${got.filter(t => collected(t, collections)).length} (${slow.filter(t => collected(t, collections)).length} of the ${slow.length} slowest)`,
    ...(timeWrites ? writeColumns(got) : []),
    ...(allocatedBytes != null ? [fmt(allocatedBytes / 1000 / trials)] : [])])
  if (showSlow) for (const t of slow) console.log(`  ${fmt(t.last)} ms: arrivals ${t.arrivals.map(x => fmt(x)).join(' ')}; involuntary ${t.involuntary}, voluntary ${t.voluntary}${collected(t, collections) ? '; a collection ran' : ''}`)
}
console.log(table(['system', 'first reader p50 ms', 'each further reader µs', 'last reader p50 ms', 'p95', 'p99', 'max', `trials with a ≥ ${READERS_GAP_MS} ms gap between arrivals`, 'JS thread preempted, per trial: slowest 5 % / others', 'collections during the trials: scavenges × their mean / others', 'trials a collection ran in', ...(timeWrites ? ['set → first socket write µs', 'first → last write before the first reader µs (writes)', 'last write → first reader µs'] : []), ...(sampleAllocations ? ['KB allocated per update'] : [])], rows))
process.exit(0)
