import { describe, expect, it } from 'vitest'
import { runCheck, storageChecks } from '../../src/index.js'
import { MemoryStorage } from '../../src/store/memory.js'
import type { Storage, StorageKey } from '../../src/store/storage.js'

/** An adapter with one flaw each: the contract suite must catch it (the suite has teeth). */
function flawed (patch: (inner: MemoryStorage) => Partial<Storage>): () => { open: () => Promise<Storage> } {
  return () => ({
    open: async () => {
      const inner = new MemoryStorage()
      const base: Storage = {
        durable: inner.durable,
        load: async k => await inner.load(k),
        save: async (k, d) => { await inner.save(k, d) },
        remove: async k => { await inner.remove(k) },
        loadRange: async p => await inner.loadRange(p),
        removeRange: async p => { await inner.removeRange(p) },
        close: async () => { await inner.close() }
      }
      return { ...base, ...patch(inner) }
    }
  })
}

const checkNamed = (start: string): typeof storageChecks[number] => {
  const found = storageChecks.find(c => c.name.startsWith(start))
  if (found === undefined) throw new Error(`no check named ${start}…`)
  return found
}

describe('the storage contract suite catches broken adapters', () => {
  it('one that keeps the caller\'s buffer instead of a copy', async () => {
    const shared = new Map<string, Uint8Array>()
    const make = flawed(() => ({
      save: async (k: StorageKey, d: Uint8Array) => { shared.set(JSON.stringify(k), d) },
      load: async (k: StorageKey) => shared.get(JSON.stringify(k))
    }))
    await expect(runCheck(checkNamed('copies'), make)).rejects.toThrow(/as it was when save\(\) was called/)
  })

  it('one that takes malformed keys', async () => {
    const make = flawed(inner => ({ save: async (k: StorageKey, d: Uint8Array) => { await inner.save(Array.isArray(k) && k.length > 0 ? k : ['x'], d) } }))
    await expect(runCheck(checkNamed('refuses malformed'), make)).rejects.toThrow(/did not reject/)
  })

  it('one whose removeRange matches string prefixes instead of whole key parts', async () => {
    const make = flawed(inner => ({
      removeRange: async (p: StorageKey) => {
        for (const e of await inner.loadRange([])) if (e.key.join('/').startsWith(p.join('/'))) await inner.remove(e.key)
      }
    }))
    await expect(runCheck(checkNamed('removeRange'), make)).rejects.toThrow(/what is left/)
  })

  it('and passes the real thing', async () => {
    for (const check of storageChecks) await runCheck(check, () => ({ open: async () => new MemoryStorage() }))
  })
})
