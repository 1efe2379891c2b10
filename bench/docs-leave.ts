/**
 * One update to every reader around a replica leaving, beside y-websocket (every replica
 * in this one process, as scenario 14's first half). Each system: ten replicas of a
 * document, 200 warm-up updates, then probes of ten updates (a writer in turn, 5 ms apart;
 * the last reader's median) every ~250 ms: for 1 s, then an eleventh replica opens the
 * document and leaves again at once (accord: its peer stops; y-websocket: its provider and
 * doc are destroyed), then for `afterMs`. Prints the median of the probes in each half
 * second since the leave, per system.
 *
 * With --stay the eleventh replica joins and stays (accord's dialling the default 8 peers,
 * as a newcomer does, so two of the ten may never link to it): the probes start as it
 * begins to join, and each bucket also gives the median of the probes' slowest update
 * (one writer in ten that reaches the others another way shows there, not in a median).
 *
 *   npx tsx bench/docs-leave.ts [afterMs=4000] [--stay]
 *
 * Writes nothing. Takes about 30 s. Until election 1.5 a peer that stopped was counted by
 * the others until its silence was suspected, and everything meant for every member went by
 * gossip meanwhile (see bench/HISTORY.md).
 */
import { accordSystem, oneUpdate, yWebsocketSystem, type System } from './docs-peers.js'
import { fmt, median, table } from './stats.js'
import { positional } from './args.js'

const args = process.argv.slice(2)
const stay = args.includes('--stay')
const afterMs = Number(positional(args)[0] ?? 4_000)
if (!Number.isFinite(afterMs) || afterMs < 500 || args.some(a => a.startsWith('--') && a !== '--stay')) throw new Error('usage: npx tsx bench/docs-leave.ts [afterMs >= 500] [--stay]')
const REPLICAS = 10
const WARMUP = 200
const PROBE_UPDATES = 10
const PROBE_EVERY_MS = 250
const BUCKET_MS = 500
const BEFORE_MS = 1_000

const pause = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Probes until `ms` have passed: when each began (performance.now()), and its last reader's median and slowest of PROBE_UPDATES updates. */
async function probes (docs: Awaited<ReturnType<System['open']>>, tag: string, ms: number): Promise<Probe[]> {
  const out: Probe[] = []
  const t0 = performance.now()
  for (let k = 0; performance.now() - t0 < ms; k++) {
    const at = performance.now()
    const lasts: number[] = []
    for (let j = 0; j < PROBE_UPDATES; j++) {
      lasts.push(Math.max(...await oneUpdate(docs, j % REPLICAS, `${tag}${k}-${j}`)))
      await pause(5)
    }
    out.push({ at, ms: median(lasts), slowest: Math.max(...lasts) })
    await pause(PROBE_EVERY_MS)
  }
  return out
}

interface Probe { at: number, ms: number, slowest: number }
/** Per row: the probes' median, and the median of their slowest updates. */
type Rows = Map<string, { ms: number, slowest: number }>
const summary = (ps: Probe[]): { ms: number, slowest: number } => ({ ms: median(ps.map(p => p.ms)), slowest: median(ps.map(p => p.slowest)) })

/** The probes: before the leave (or join), then in each BUCKET_MS since it. */
async function run (system: System): Promise<Rows> {
  const docs = await system.open('leave')
  for (let i = 0; i < WARMUP; i++) { await oneUpdate(docs, i % REPLICAS, `w${i}`); await pause(5) }
  const before = await probes(docs, 'b', BEFORE_MS)
  const event = stay ? 'join began' : 'leave'
  let joining: Promise<number> | undefined
  if (stay) joining = system.join('leave', 0, true) // probed while it joins: not awaited until after
  else await system.join('leave', 0) // opens the document, and leaves once it is open
  const eventAt = performance.now()
  const after = await probes(docs, 'a', afterMs)
  await joining
  const rows: Rows = new Map([[`before the ${stay ? 'join' : 'leave'}`, summary(before)]])
  for (let from = 0; from < afterMs; from += BUCKET_MS) {
    const inBucket = after.filter(p => p.at - eventAt >= from && p.at - eventAt < from + BUCKET_MS)
    if (inBucket.length > 0) rows.set(`${fmt(from / 1000, 2)}–${fmt((from + BUCKET_MS) / 1000, 2)} s after the ${event}`, summary(inBucket))
  }
  return rows
}

const results: Array<[string, Rows]> = []
for (const start of [async () => await yWebsocketSystem(REPLICAS), async () => await accordSystem(REPLICAS, () => {})]) {
  const system = await start()
  console.log(`${system.label}: ${REPLICAS} replicas, a replica joining and ${stay ? 'staying' : 'leaving'}…`)
  results.push([system.label, await run(system)])
  await system.stop()
}
const [[, yws], [, accord]] = results as [[string, Rows], [string, Rows]]
console.log(table(['one update → the last of 9 readers, median of probes (ms)', 'accord', 'y-websocket', ...(stay ? ['accord, slowest of a probe', 'y-websocket, slowest'] : [])],
  [...accord.keys()].map(k => [k, fmt(accord.get(k)?.ms), fmt(yws.get(k)?.ms), ...(stay ? [fmt(accord.get(k)?.slowest), fmt(yws.get(k)?.slowest)] : [])])))
process.exit(0)
