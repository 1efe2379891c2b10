/**
 * kill -9 tests for FsStorage: a writer process (fixtures/store-writer.ts) appends and
 * compacts while printing which keys are durable; it is SIGKILLed, and every key it
 * reported must be in the reopened document.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { FsStorage } from '../../src/store/fs.js'
import { runScript, type ScriptRun } from './processes.js'

const writer = fileURLToPath(new URL('./fixtures/store-writer.ts', import.meta.url))

/** Runs the writer; with `killAfterMs`, SIGKILLs it that long after it reports `ready`. */
async function runWriter (env: Record<string, string>, killAfterMs?: number): Promise<ScriptRun> {
  return await runScript(writer, env, killAfterMs)
}

/** Reopens the directory and checks every durable key is in the rebuilt document. */
async function expectDurable (dir: string, keys: Iterable<number>): Promise<Y.Doc> {
  const storage = await FsStorage.open(dir)
  const ydoc = new Y.Doc()
  try {
    for (const u of await storage.loadDoc('doc')) Y.applyUpdate(ydoc, u)
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

describe('FsStorage survives SIGKILL', () => {
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

  it('keeps every acknowledged append with frequent compaction (random kills)', async () => {
    const durable: number[] = []
    let midCompaction = 0
    for (let round = 0; round < 8; round++) {
      const run = await runWriter({ STORE_DIR: dir, START: String(round * 1_000_000), COMPACT_EVERY: '50' }, 20 + Math.random() * 280)
      expect(run.signal).toBe('SIGKILL')
      if (run.lines.lastIndexOf('compacting') > run.lines.lastIndexOf('compacted')) midCompaction++
      durable.push(...run.durable)
      await expectDurable(dir, durable)
    }
    expect(durable.length).toBeGreaterThan(0)
    // Informational: how many kills hit a compaction in progress (random, so not asserted).
    console.log(`store.crash: ${midCompaction}/8 kills during a compaction, ${durable.length} durable appends checked`)
  })

  it('recovers from a kill after snapshot.tmp is written, before the rename', async () => {
    const run = await runWriter({ STORE_DIR: dir, COMPACT_EVERY: '100', CRASH_AT: 'snapshot-written' })
    expect(run.signal).toBe('SIGKILL')
    const docDir = join(dir, 'docs', 'doc')
    expect(existsSync(join(docDir, 'snapshot.tmp'))).toBe(true)
    expect(existsSync(join(docDir, 'snapshot'))).toBe(false)
    expect(run.durable.length).toBeGreaterThanOrEqual(90)
    await expectDurable(dir, run.durable)

    // The next run cleans up, compacts for real and keeps both runs' keys.
    const next = await runWriter({ STORE_DIR: dir, START: '1000', LIMIT: '120', COMPACT_EVERY: '50' })
    expect(next.lines.at(-1)).toBe('done')
    expect(existsSync(join(docDir, 'snapshot.tmp'))).toBe(false)
    await expectDurable(dir, [...run.durable, ...next.durable])
  })

  it('recovers from a kill after the rename, before the log is truncated', async () => {
    const run = await runWriter({ STORE_DIR: dir, COMPACT_EVERY: '100', CRASH_AT: 'snapshot-renamed' })
    expect(run.signal).toBe('SIGKILL')
    const docDir = join(dir, 'docs', 'doc')
    // New snapshot in place, old log still full: loading applies its updates twice.
    expect(existsSync(join(docDir, 'snapshot'))).toBe(true)
    expect(statSync(join(docDir, 'log')).size).toBeGreaterThan(0)
    await expectDurable(dir, run.durable)

    const next = await runWriter({ STORE_DIR: dir, START: '1000', LIMIT: '120', COMPACT_EVERY: '50' })
    expect(next.lines.at(-1)).toBe('done')
    await expectDurable(dir, [...run.durable, ...next.durable])
  })
})
