/**
 * The document log (DocLog) over FsStorage, as a peer stores its documents: appends with
 * group commit (5,000 issued at once) and awaited one by one (one fsync each), and
 * compaction of a document of 100,000 updates. Exports a function only; bench/index.ts
 * decides when to run it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as Y from 'yjs'
import { DocLog } from '../src/docs/doc-log.js'
import { FsStorage } from '../src/store/fs.js'

export interface StoreBenchOptions {
  /** Where to create the temporary storage (default os.tmpdir()): fsync cost depends on the disk. */
  dir?: string
  appends?: number
  compactUpdates?: number
}

/** One small Yjs update per map key, as a peer produces while editing. */
function makeUpdates (n: number, ydoc = new Y.Doc()): Uint8Array[] {
  const out: Uint8Array[] = []
  ydoc.on('update', (u: Uint8Array) => { out.push(u) })
  for (let i = 0; i < n; i++) ydoc.getMap('m').set('k' + i, i)
  return out
}

export async function benchStore (log: (line: string) => void, options: StoreBenchOptions = {}): Promise<Record<string, number>> {
  const appends = options.appends ?? 5_000
  const compactUpdates = options.compactUpdates ?? 100_000
  const dir = await mkdtemp(join(options.dir ?? tmpdir(), 'accord-bench-store-'))
  const storage = await FsStorage.open(dir)
  const results: Record<string, number> = {}
  try {
    const ups = makeUpdates(appends)
    await new DocLog(storage, 'warmup').append(ups.slice(0, 1))

    const grouped = new DocLog(storage, 'grouped')
    let t = performance.now()
    await Promise.all(ups.map(u => grouped.append([u])))
    results.appendGroupedPerSec = Math.round(appends / ((performance.now() - t) / 1000))
    log(`store: ${appends} appends issued at once (group commit): ${results.appendGroupedPerSec} appends/s`)

    const serial = new DocLog(storage, 'serial')
    t = performance.now()
    for (const u of ups) await serial.append([u])
    results.appendAwaitedPerSec = Math.round(appends / ((performance.now() - t) / 1000))
    log(`store: ${appends} appends awaited one by one (fsync each): ${results.appendAwaitedPerSec} appends/s`)

    const ydoc = new Y.Doc()
    const big = makeUpdates(compactUpdates, ydoc)
    // Batches of 1,000 updates, each merged into one log entry (as a busy peer's group commits are)
    const bigLog = new DocLog(storage, 'big')
    for (let i = 0; i < big.length; i += 1000) await bigLog.append(big.slice(i, i + 1000))
    results.bigLogBytes = bigLog.logBytes

    t = performance.now()
    const loaded = await new DocLog(storage, 'big').load()
    results.loadMs = Math.round(performance.now() - t)
    const check = new Y.Doc()
    for (const u of loaded) Y.applyUpdate(check, u)
    if (check.getMap('m').size !== compactUpdates) throw new Error(`loaded ${check.getMap('m').size} of ${compactUpdates} updates`)

    t = performance.now()
    const state = Y.encodeStateAsUpdate(ydoc)
    results.encodeStateMs = Math.round(performance.now() - t)
    results.snapshotBytes = state.length

    t = performance.now()
    await bigLog.compact(state)
    results.compactMs = Math.round(performance.now() - t)
    log(`store: ${compactUpdates}-update doc (${results.bigLogBytes} log bytes): load ${results.loadMs} ms, ` +
      `encodeStateAsUpdate ${results.encodeStateMs} ms, compact ${results.compactMs} ms (snapshot ${results.snapshotBytes} bytes)`)
    return results
  } finally {
    await storage.close()
    await rm(dir, { recursive: true, force: true })
  }
}
