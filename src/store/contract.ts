import { StorageError } from '../errors.js'
import type { Storage, StorageEntry } from './storage.js'

/**
 * The storage contract as executable checks, shared by every adapter: memory and fs run
 * it under vitest, IndexedDB under mocha in Chromium, and a third-party adapter under
 * whatever its author uses. The checks need no test framework (they throw on failure),
 * so the package does not depend on one; `runStorageContract` registers them with the
 * framework's `describe`/`it`.
 *
 *   import { runStorageContract } from 'accord-mesh'
 *   runStorageContract('MyStorage', () => ({ open: () => MyStorage.open(dir) }), { describe, it })
 */

/** Where one check's data lives: `open()` may be called again after `close()` to see what survived. */
export interface StorageHarness {
  /** A store over this harness's data (a fresh, empty one the first time). */
  open: () => Promise<Storage>
  /** Deletes the data; called once the check is over. */
  destroy?: () => Promise<void>
}

/** Makes a fresh harness (new, empty data) for one check; called once per check. */
export type MakeStorage = () => StorageHarness | Promise<StorageHarness>

/** One check of the storage contract, runnable without a test framework. */
export interface StorageCheck {
  /** What it checks, as a test title. */
  name: string
  /** Runs the check against `harness`; rejects (with a ContractViolation or the adapter's error) if the adapter fails it. */
  run: (harness: StorageHarness) => Promise<void>
}

/** The subset of vitest's and mocha's API the suite needs. */
export interface TestFramework {
  /** Groups tests under `name` (vitest's or mocha's `describe`). */
  describe: (name: string, fn: () => void) => unknown
  /** Registers one async test (vitest's or mocha's `it`); `timeoutMs` (60 s) is for frameworks that take one, as vitest does. */
  it: (name: string, fn: () => Promise<void>, timeoutMs?: number) => unknown
}

/**
 * Registers one test per contract check under `describe(name)`. Each test makes a fresh
 * harness, runs the check, closes what it opened and destroys the harness.
 * `framework` defaults to the global `describe`/`it` (mocha, vitest with globals).
 */
export function runStorageContract (name: string, makeStorage: MakeStorage, framework: TestFramework = globalFramework()): void {
  framework.describe(`${name} meets the storage contract`, () => {
    for (const check of storageChecks) {
      framework.it(check.name, async () => { await runCheck(check, makeStorage) }, 60_000)
    }
  })
}

/** Runs one check against a fresh harness from `makeStorage`, closing every store it opened. */
export async function runCheck (check: StorageCheck, makeStorage: MakeStorage): Promise<void> {
  const made = await makeStorage()
  const opened: Storage[] = []
  const harness: StorageHarness = {
    open: async () => { const s = await made.open(); opened.push(s); return s }
  }
  try {
    await check.run(harness)
  } finally {
    for (const s of opened) await s.close().catch(() => {})
    await made.destroy?.()
  }
}

function globalFramework (): TestFramework {
  const g = globalThis as unknown as Partial<TestFramework>
  if (typeof g.describe !== 'function' || typeof g.it !== 'function') {
    throw new Error('runStorageContract: pass { describe, it } from your test framework')
  }
  return { describe: g.describe, it: g.it }
}

class ContractViolation extends Error {
  override name = 'ContractViolation'
}

function check (cond: unknown, message: string): asserts cond {
  if (!cond) throw new ContractViolation(message)
}

function same (actual: unknown, expected: unknown, message: string): void {
  const a = show(actual)
  const e = show(expected)
  if (a !== e) throw new ContractViolation(`${message}: expected ${e}, got ${a}`)
}

/** JSON with byte arrays as plain arrays, so values of any Uint8Array subclass compare equal. */
function show (value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => v instanceof Uint8Array ? [...v] : v) ?? 'undefined'
}

async function rejectsWithStorageError (what: string, op: () => Promise<unknown>): Promise<void> {
  let caught: unknown
  try {
    await op()
  } catch (err) {
    caught = err
  }
  check(caught !== undefined, `${what}: did not reject`)
  check(caught instanceof StorageError && caught.code === 'ERR_STORAGE', `${what}: rejected with ${String(caught)}, not a StorageError`)
}

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)
const entries = (list: StorageEntry[]): Array<[string[], number[]]> => list.map(e => [e.key, [...e.data]])

/** Reopens when the store is durable (what survives is checked too); otherwise keeps using it. */
async function reopen (harness: StorageHarness, storage: Storage): Promise<Storage> {
  if (!storage.durable) return storage
  await storage.close()
  return await harness.open()
}

/** A tiny deterministic PRNG (mulberry32), so a failing interleaving can be replayed. */
function random (seed: number): () => number {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Every check of the storage contract (see Storage), in order: what `runStorageContract`
 * registers, for test runners it does not fit (run each with `runCheck`).
 */
export const storageChecks: readonly StorageCheck[] = [
  {
    name: 'starts empty and says whether it is durable',
    run: async h => {
      const s = await h.open()
      check(typeof s.durable === 'boolean', 'durable is a boolean')
      same(await s.load(['nothing']), undefined, 'an unknown key')
      same(await s.loadRange([]), [], 'every entry of a new store')
      same(await s.loadRange(['nothing']), [], 'an unknown prefix')
    }
  },
  {
    name: 'save and load round-trip; a save replaces the value; empty and large values work',
    run: async h => {
      let s = await h.open()
      await s.save(['a'], bytes(1, 2, 3))
      same(await s.load(['a']), bytes(1, 2, 3), 'saved value')
      await s.save(['a'], bytes(4))
      same(await s.load(['a']), bytes(4), 'replaced value')
      await s.save(['empty'], new Uint8Array(0))
      same(await s.load(['empty']), new Uint8Array(0), 'an empty value is a value')
      const large = new Uint8Array(1 << 20).map((_, i) => (i * 31) % 251)
      await s.save(['large'], large)
      s = await reopen(h, s)
      same(await s.load(['a']), bytes(4), 'replaced value after a reopen')
      same((await s.load(['empty']))?.byteLength, 0, 'empty value after a reopen')
      const loaded = await s.load(['large'])
      check(loaded !== undefined && loaded.byteLength === large.byteLength && loaded.every((b, i) => b === large[i]), 'a 1 MiB value round-trips')
    }
  },
  {
    name: 'copies what it is given and what it hands out; stores only the bytes of a view',
    run: async h => {
      const s = await h.open()
      const value = bytes(1, 2, 3)
      const saving = s.save(['k'], value)
      value[0] = 99 // the caller reuses its buffer before the save completed
      await saving
      same(await s.load(['k']), bytes(1, 2, 3), 'the value as it was when save() was called')
      const got = await s.load(['k'])
      got![1] = 77
      same(await s.load(['k']), bytes(1, 2, 3), 'mutating a loaded value changes nothing stored')
      const big = new Uint8Array(1000).map((_, i) => i % 256)
      await s.save(['view'], big.subarray(10, 14))
      same(await s.load(['view']), bytes(10, 11, 12, 13), 'a view stores its own bytes only')
      const range = await s.loadRange(['view'])
      same(range.map(e => e.data.byteLength), [4], 'loadRange hands out the value only')
    }
  },
  {
    name: 'remove deletes one key; removing an absent key is a no-op',
    run: async h => {
      let s = await h.open()
      await s.save(['a'], bytes(1))
      await s.save(['a', 'b'], bytes(2))
      await s.remove(['a'])
      await s.remove(['never', 'there'])
      same(await s.load(['a']), undefined, 'removed key')
      same(await s.load(['a', 'b']), bytes(2), 'a longer key under it is another key')
      s = await reopen(h, s)
      same(await s.load(['a']), undefined, 'removed key after a reopen')
      same(await s.load(['a', 'b']), bytes(2), 'kept key after a reopen')
    }
  },
  {
    name: 'loadRange matches whole key parts, sorted by key; names of any characters stay apart',
    run: async h => {
      let s = await h.open()
      const names = ['a', 'ab', 'a/b', 'A', '..', '.', 'ü ✓', '%41', 'x.tmp', '.x', 'a b', 'con', '\\', '*?<>|"']
      await Promise.all(names.map(async (n, i) => { await s.save(['d', n, 'v'], bytes(i)) }))
      await s.save(['d', 'a'], bytes(100)) // the prefix itself is a key too
      await s.save(['d', 'a', 'w', 'deeper'], bytes(101))
      await s.save(['e', 'a', 'v'], bytes(102))
      for (let round = 0; round < 2; round++) {
        for (const [i, n] of names.entries()) same(await s.load(['d', n, 'v']), bytes(i), `key part ${JSON.stringify(n)}`)
        same(entries(await s.loadRange(['d', 'a'])), [[['d', 'a'], [100]], [['d', 'a', 'v'], [0]], [['d', 'a', 'w', 'deeper'], [101]]],
          'prefix [d, a]: not [d, ab] nor [d, a/b]')
        const all = await s.loadRange(['d'])
        same(all.length, names.length + 2, 'every key under [d]')
        const sorted = [...all].sort((x, y) => x.key.join('\u0000') < y.key.join('\u0000') ? -1 : 1)
        same(all.map(e => e.key), sorted.map(e => e.key), 'sorted by key')
        same((await s.loadRange([])).length, names.length + 3, 'the empty prefix: every key')
        s = await reopen(h, s)
      }
    }
  },
  {
    name: 'removeRange removes the prefix and nothing else',
    run: async h => {
      let s = await h.open()
      for (const key of [['d', 'a'], ['d', 'a', '1'], ['d', 'a', '2', 'x'], ['d', 'ab', '1'], ['d', 'a/b'], ['e', 'a', '1']]) {
        await s.save(key, bytes(key.length))
      }
      await s.removeRange(['d', 'a'])
      same((await s.loadRange([])).map(e => e.key), [['d', 'a/b'], ['d', 'ab', '1'], ['e', 'a', '1']], 'what is left')
      await s.removeRange(['nothing'])
      s = await reopen(h, s)
      same((await s.loadRange([])).map(e => e.key), [['d', 'a/b'], ['d', 'ab', '1'], ['e', 'a', '1']], 'what is left after a reopen')
      await s.removeRange([])
      same(await s.loadRange([]), [], 'the empty prefix removes everything')
      s = await reopen(h, s)
      same(await s.loadRange([]), [], 'still empty after a reopen')
    }
  },
  {
    name: 'operations issued without awaiting take effect in call order',
    run: async h => {
      let s = await h.open()
      const ops: Array<Promise<unknown>> = [
        s.save(['k'], bytes(1)),
        s.save(['k'], bytes(2))
      ]
      const afterTwo = s.load(['k'])
      ops.push(s.save(['r', '1'], bytes(1)), s.save(['r', '2'], bytes(2)), s.removeRange(['r']), s.save(['r', '3'], bytes(3)))
      const range = s.loadRange(['r'])
      ops.push(s.remove(['k']), s.save(['k'], bytes(3)))
      const last = s.load(['k'])
      await Promise.all(ops)
      same(await afterTwo, bytes(2), 'a load sees the saves called before it')
      same(entries(await range), [[['r', '3'], [3]]], 'a save after removeRange survives it; the ones before do not')
      same(await last, bytes(3), 'a save after remove wins')
      s = await reopen(h, s)
      same(await s.load(['k']), bytes(3), 'the last write wins after a reopen')
      same(entries(await s.loadRange(['r'])), [[['r', '3'], [3]]], 'the range after a reopen')
    }
  },
  {
    name: 'a random mix of un-awaited operations matches a plain map, also after a reopen',
    run: async h => {
      let s = await h.open()
      const next = random(12)
      const model = new Map<string, number>()
      const keyOf = (): string[] => ['m', String(Math.floor(next() * 4)), String(Math.floor(next() * 6))]
      for (let round = 0; round < 4; round++) {
        const pending: Array<Promise<unknown>> = []
        for (let i = 0; i < 150; i++) {
          const r = next()
          if (r < 0.55) {
            const key = keyOf()
            const v = Math.floor(next() * 256)
            model.set(JSON.stringify(key), v)
            pending.push(s.save(key, bytes(v)))
          } else if (r < 0.75) {
            const key = keyOf()
            model.delete(JSON.stringify(key))
            pending.push(s.remove(key))
          } else if (r < 0.82) {
            const prefix = keyOf().slice(0, 2)
            for (const k of model.keys()) if (JSON.parse(k)[1] === prefix[1]) model.delete(k)
            pending.push(s.removeRange(prefix))
          } else {
            const key = keyOf()
            const expected = model.get(JSON.stringify(key))
            pending.push(s.load(key).then(v => { same(v, expected === undefined ? undefined : bytes(expected), `load ${key.join('/')} in round ${round}`) }))
          }
        }
        await Promise.all(pending)
        const want = [...model.entries()].map(([k, v]) => [JSON.parse(k) as string[], [v]] as [string[], number[]])
          .sort((a, b) => a[0].join('\u0000') < b[0].join('\u0000') ? -1 : 1)
        same(entries(await s.loadRange(['m'])), want, `every entry after round ${round}`)
        s = await reopen(h, s)
        same(entries(await s.loadRange(['m'])), want, `every entry after round ${round} and a reopen`)
      }
    }
  },
  {
    name: 'many saves issued at once all land',
    run: async h => {
      let s = await h.open()
      const n = 2000
      await Promise.all(Array.from({ length: n }, async (_, i) => { await s.save(['many', String(i).padStart(5, '0')], bytes(i % 256, i >> 8)) }))
      s = await reopen(h, s)
      const all = await s.loadRange(['many'])
      same(all.length, n, 'entries')
      check(all.every((e, i) => e.key[1] === String(i).padStart(5, '0') && e.data[0] === i % 256 && e.data[1] === i >> 8), 'every entry holds its own value, in key order')
    }
  },
  {
    name: 'close() waits for pending writes; later calls reject with StorageError; close is idempotent',
    run: async h => {
      const s = await h.open()
      const writes = [s.save(['w', '1'], bytes(1)), s.save(['w', '2'], bytes(2)), s.remove(['w', '2'])]
      const closing = s.close()
      await Promise.all(writes) // issued before close: they complete
      await closing
      await s.close()
      await rejectsWithStorageError('load after close', async () => await s.load(['w', '1']))
      await rejectsWithStorageError('save after close', async () => await s.save(['w', '3'], bytes(3)))
      await rejectsWithStorageError('remove after close', async () => await s.remove(['w', '1']))
      await rejectsWithStorageError('loadRange after close', async () => await s.loadRange(['w']))
      await rejectsWithStorageError('removeRange after close', async () => await s.removeRange(['w']))
      if (s.durable) {
        const again = await h.open()
        same(entries(await again.loadRange(['w'])), [[['w', '1'], [1]]], 'writes issued before close are durable')
      }
    }
  },
  {
    name: 'refuses malformed keys and values with StorageError, and keeps working',
    run: async h => {
      const s = await h.open()
      const badKeys: unknown[] = [[], [''], ['a', ''], [1], ['a', 2], 'a', undefined, null, [['a']]]
      for (const key of badKeys) {
        await rejectsWithStorageError(`save under ${String(JSON.stringify(key))}`, async () => await s.save(key as string[], bytes(1)))
        await rejectsWithStorageError(`load ${String(JSON.stringify(key))}`, async () => await s.load(key as string[]))
        await rejectsWithStorageError(`remove ${String(JSON.stringify(key))}`, async () => await s.remove(key as string[]))
      }
      for (const prefix of [[''], [1], 'a', undefined]) {
        await rejectsWithStorageError(`loadRange ${String(JSON.stringify(prefix))}`, async () => await s.loadRange(prefix as string[]))
        await rejectsWithStorageError(`removeRange ${String(JSON.stringify(prefix))}`, async () => await s.removeRange(prefix as string[]))
      }
      for (const value of ['text', [1, 2], undefined, new ArrayBuffer(2)]) {
        await rejectsWithStorageError(`save of ${String(value)}`, async () => await s.save(['k'], value as unknown as Uint8Array))
      }
      await s.save(['k'], bytes(7))
      same(await s.load(['k']), bytes(7), 'still works after refusing bad input')
      same((await s.loadRange([])).map(e => e.key), [['k']], 'nothing was stored by a refused call')
    }
  }
]
