/**
 * kill -9 tests for the document log over FsStorage: a writer process
 * (fixtures/store-writer.ts) appends and compacts while printing which keys are durable;
 * it is SIGKILLed, and every key it reported must be in the reopened document.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocLog } from '../../src/docs/doc-log.js'
import { FsStorage } from '../../src/store/fs.js'
import { runScript, type ScriptRun } from './processes.js'

const writer = fileURLToPath(new URL('./fixtures/store-writer.ts', import.meta.url))

/** Runs the writer; with `killAfterMs`, SIGKILLs it that long after it reports `ready`. */
async function runWriter (env: Record<string, string>, killAfterMs?: number): Promise<ScriptRun> {
  return await runScript(writer, env, killAfterMs)
}

/** What the directory holds under the document's keys: snapshot and log entries. */
async function storedKeys (dir: string): Promise<string[][]> {
  const storage = await FsStorage.open(dir)
  try {
    return (await storage.loadRange(['doc', 'doc'])).map(e => e.key)
  } finally {
    await storage.close()
  }
}

/** Reopens the directory and checks every durable key is in the rebuilt document. */
async function expectDurable (dir: string, keys: Iterable<number>): Promise<Y.Doc> {
  const storage = await FsStorage.open(dir)
  const ydoc = new Y.Doc()
  try {
    for (const u of await new DocLog(storage, 'doc').load()) Y.applyUpdate(ydoc, u)
  } finally {
    await storage.close()
  }
  // A hole in the log would leave later updates pending instead of applied.
  expect(ydoc.store.pendingStructs).toBeNull()
  const m = ydoc.getMap('m')
  const missing = [...keys].filter(i => m.get('k' + i) !== i)
  expect(missing).toEqual([])
  return ydoc
}

describe('the document log over FsStorage survives SIGKILL', () => {
  let dir: string
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'accord-crash-')) })
  afterEach(async () => { await rm(dir, { recursive: true, force: true }) })

  it('keeps every acknowledged append (random kills)', async () => {
    const durable: number[] = []
    for (let round = 0; round < 4; round++) {
      const run = await runWriter({ STORE_DIR: dir, START: String(round * 1_000_000) }, 20 + Math.random() * 280)
      expect(run.signal).toBe('SIGKILL')
      durable.push(...run.durable)
      await expectDurable(dir, durable)
    }
    expect(durable.length).toBeGreaterThan(0)
  })

  it('keeps every acknowledged append with frequent compactions and file rewrites (random kills)', async () => {
    const durable: number[] = []
    let midCompaction = 0
    for (let round = 0; round < 8; round++) {
      const run = await runWriter({ STORE_DIR: dir, START: String(round * 1_000_000), COMPACT_EVERY: '50', REWRITE_BYTES: '8192' }, 20 + Math.random() * 280)
      expect(run.signal).toBe('SIGKILL')
      if (run.lines.lastIndexOf('compacting') > run.lines.lastIndexOf('compacted')) midCompaction++
      durable.push(...run.durable)
      await expectDurable(dir, durable)
    }
    expect(durable.length).toBeGreaterThan(0)
    // Informational: how many kills hit a compaction in progress (random, so not asserted).
    console.log(`store.crash: ${midCompaction}/8 kills during a compaction, ${durable.length} durable appends checked`)
  })

  it('recovers from a kill after the snapshot is saved, before the log entries are removed', async () => {
    const run = await runWriter({ STORE_DIR: dir, COMPACT_EVERY: '100', CRASH_AT: 'snapshot-saved' })
    expect(run.signal).toBe('SIGKILL')
    // New snapshot in place, old log entries still there: loading applies their updates twice.
    const stored = await storedKeys(dir)
    expect(stored).toContainEqual(['doc', 'doc', 'snapshot'])
    expect(stored.filter(k => k[2] === 'updates').length).toBeGreaterThan(0)
    expect(run.durable.length).toBeGreaterThanOrEqual(90)
    await expectDurable(dir, run.durable)

    const next = await runWriter({ STORE_DIR: dir, START: '1000', LIMIT: '120', COMPACT_EVERY: '50' })
    expect(next.lines.at(-1)).toBe('done')
    await expectDurable(dir, [...run.durable, ...next.durable])
  })

  for (const point of ['rewrite-written', 'rewrite-renamed'] as const) {
    it(`recovers from a kill during a file rewrite (${point})`, async () => {
      const run = await runWriter({ STORE_DIR: dir, COMPACT_EVERY: '20', REWRITE_BYTES: '2048', CRASH_AT: point })
      expect(run.signal).toBe('SIGKILL')
      // the rewrite's temporary file is left behind only by a kill before its rename
      if (point === 'rewrite-written') expect(await readdir(dir)).toContain('kv-1.log.tmp')
      else expect(await readdir(dir)).not.toContain('kv-1.log.tmp')
      expect(run.durable.length).toBeGreaterThan(0)
      await expectDurable(dir, run.durable)

      // The next run cleans up, rewrites for real and keeps both runs' keys.
      const next = await runWriter({ STORE_DIR: dir, START: '1000', LIMIT: '120', COMPACT_EVERY: '50', REWRITE_BYTES: '2048' })
      expect(next.lines.at(-1)).toBe('done')
      expect(await readdir(dir)).not.toContain('kv-1.log.tmp')
      await expectDurable(dir, [...run.durable, ...next.durable])
    })
  }
})
