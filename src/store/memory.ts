import { StorageError } from '../errors.js'
import { checkData, checkKey, checkPrefix, compareKeys, hasPrefix, keyId } from './keys.js'
import type { Storage, StorageEntry, StorageKey } from './storage.js'

/**
 * Keeps everything in process memory: for tests and for peers that rebuild their state
 * from the mesh on restart. Every operation takes effect synchronously at call time, so
 * call order is trivially preserved.
 */
export class MemoryStorage implements Storage {
  readonly durable = false
  private readonly entries = new Map<string, StorageEntry>()
  private closed = false

  async load (key: StorageKey): Promise<Uint8Array | undefined> {
    const k = this.check(() => checkKey(key))
    return this.entries.get(keyId(k))?.data.slice()
  }

  async save (key: StorageKey, data: Uint8Array): Promise<void> {
    const k = this.check(() => checkKey(key))
    // Copy: callers may reuse or mutate their buffers after the call.
    this.entries.set(keyId(k), { key: k, data: checkData(data).slice() })
  }

  async remove (key: StorageKey): Promise<void> {
    this.entries.delete(keyId(this.check(() => checkKey(key))))
  }

  async loadRange (prefix: StorageKey): Promise<StorageEntry[]> {
    const p = this.check(() => checkPrefix(prefix))
    return [...this.entries.values()]
      .filter(e => hasPrefix(e.key, p))
      .sort((a, b) => compareKeys(a.key, b.key))
      .map(e => ({ key: [...e.key], data: e.data.slice() }))
  }

  async removeRange (prefix: StorageKey): Promise<void> {
    const p = this.check(() => checkPrefix(prefix))
    for (const [id, e] of this.entries) if (hasPrefix(e.key, p)) this.entries.delete(id)
  }

  async close (): Promise<void> {
    this.closed = true
  }

  private check<T> (validate: () => T): T {
    if (this.closed) throw new StorageError('storage is closed')
    return validate()
  }
}
