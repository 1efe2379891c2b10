/**
 * One update to every reader around a replica leaving, beside y-websocket (every replica
 * in this one process, as scenario 14's first half). Each system: ten replicas of a
 * document, 200 warm-up updates, then probes of ten updates (a writer in turn, 5 ms apart;
 * the last reader's median) every ~250 ms: for 1 s, then an eleventh replica opens the
 * document and leaves again at once (accord: its peer stops; y-websocket: its provider and
 * doc are destroyed), then for `afterMs`. Prints the median of the probes in each half
 * second since the leave, per system.
 *
 *   npx tsx bench/docs-leave.ts [afterMs=4000]
 *
 * Writes nothing. Takes about 30 s. Until election 1.5 a peer that stopped was counted by
 * the others until its silence was suspected, and everything meant for every member went by
 * gossip meanwhile (see bench/HISTORY.md).
 */
import { accordSystem, oneUpdate, yWebsocketSystem, type System } from './docs-peers.js'
import { fmt, median, table } from './stats.js'

const afterMs = Number(process.argv[2] ?? 4_000)
if (!Number.isFinite(afterMs) || afterMs < 500) throw new Error('usage: npx tsx bench/docs-leave.ts [afterMs >= 500]')
const REPLICAS = 10
const WARMUP = 200
const PROBE_UPDATES = 10
const PROBE_EVERY_MS = 250
const BUCKET_MS = 500
const BEFORE_MS = 1_000

const pause = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Probes until `ms` have passed: when each began (performance.now()), and its last reader's median of PROBE_UPDATES updates. */
async function probes (docs: Awaited<ReturnType<System['open']>>, tag: string, ms: number): Promise<Array<{ at: number, ms: number }>> {
  const out: Array<{ at: number, ms: number }> = []
  const t0 = performance.now()
  for (let k = 0; performance.now() - t0 < ms; k++) {
    const at = performance.now()
    const lasts: number[] = []
    for (let j = 0; j < PROBE_UPDATES; j++) {
      lasts.push(Math.max(...await oneUpdate(docs, j % REPLICAS, `${tag}${k}-${j}`)))
      await pause(5)
    }
    out.push({ at, ms: median(lasts) })
    await pause(PROBE_EVERY_MS)
  }
  return out
}

/** The probes' medians: before the leave, then in each BUCKET_MS since it. */
async function run (system: System): Promise<Map<string, number>> {
  const docs = await system.open('leave')
  for (let i = 0; i < WARMUP; i++) { await oneUpdate(docs, i % REPLICAS, `w${i}`); await pause(5) }
  const before = await probes(docs, 'b', BEFORE_MS)
  await system.join('leave', 0) // opens the document, and leaves once it is open
  const leftAt = performance.now()
  const after = await probes(docs, 'a', afterMs)
  const rows = new Map<string, number>([['before the leave', median(before.map(p => p.ms))]])
  for (let from = 0; from < afterMs; from += BUCKET_MS) {
    const inBucket = after.filter(p => p.at - leftAt >= from && p.at - leftAt < from + BUCKET_MS)
    if (inBucket.length > 0) rows.set(`${fmt(from / 1000, 2)}–${fmt((from + BUCKET_MS) / 1000, 2)} s after`, median(inBucket.map(p => p.ms)))
  }
  return rows
}

const results: Array<[string, Map<string, number>]> = []
for (const start of [async () => await yWebsocketSystem(REPLICAS), async () => await accordSystem(REPLICAS, () => {})]) {
  const system = await start()
  console.log(`${system.label}: ${REPLICAS} replicas, a replica joining and leaving…`)
  results.push([system.label, await run(system)])
  await system.stop()
}
const [[, yws], [, accord]] = results as [[string, Map<string, number>], [string, Map<string, number>]]
console.log(table(['one update → the last of 9 readers, median of probes (ms)', 'accord', 'y-websocket'],
  [...accord.keys()].map(k => [k, fmt(accord.get(k)), fmt(yws.get(k))])))
process.exit(0)
