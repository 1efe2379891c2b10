import { createStore, promisifyRequest, type UseStore } from 'idb-keyval'
import { StorageError } from '../errors.js'
import { checkData, checkKey, checkPrefix, compareKeys } from './keys.js'
import type { Storage, StorageEntry, StorageKey } from './storage.js'

/**
 * Browser storage: one IndexedDB object store (via idb-keyval's `createStore`) whose keys
 * are the storage keys themselves, as IndexedDB arrays. A promise resolves when its
 * transaction has completed. Chromium commits with "relaxed" durability by default: that
 * survives a tab or browser crash, not necessarily an OS crash or power loss.
 *
 * Call order: each operation opens its transaction synchronously behind the previous
 * one, and IndexedDB runs transactions over the same store in the order they were created.
 *
 * Data written before the key/value port holds keys with a number part (log sequence
 * numbers, ['doc', name, 'log', 3]): loadRange reports such parts as decimal strings and
 * removeRange covers them (see schema.ts).
 *
 * One IdbStorage per database at a time: two tabs on one database would remove each
 * other's entries. A Web Lock refuses the second opener; give each peer its own dbName.
 */
export class IdbStorage implements Storage {
  private unlock: () => Promise<void> = async () => {}
  readonly durable = true
  private readonly pending = new Set<Promise<unknown>>()
  private closed = false

  private constructor (
    /** The IndexedDB database it uses. */
    readonly dbName: string,
    private readonly store: UseStore
  ) {}

  /**
   * Opens (creating it if needed) IndexedDB database `dbName`, holding a Web Lock on it
   * while open. Rejects with StorageError if IndexedDB is unavailable, or the database is
   * in use by another IdbStorage (another tab). `createPeer` uses `accord:<mesh>` by default.
   */
  static async open (dbName = 'accord'): Promise<IdbStorage> {
    if (typeof indexedDB === 'undefined') throw new StorageError('IndexedDB is not available here')
    const unlock = await holdExclusively(`accord-idb:${dbName}`)
    const store = createStore(dbName, 'kv')
    try {
      await store('readonly', s => promisifyRequest(s.count())) // opens (and creates) the database now, not on first use
    } catch (err) {
      await unlock()
      throw new StorageError(`cannot open IndexedDB database ${dbName}: ${String(err)}`, { cause: err })
    }
    const storage = new IdbStorage(dbName, store)
    storage.unlock = unlock
    return storage
  }

  async load (key: StorageKey): Promise<Uint8Array | undefined> {
    const k = checkKey(key)
    return await this.run(`load ${k.join('/')}`, 'readonly', s => promisifyRequest(s.get(k)) as Promise<Uint8Array | undefined>)
  }

  async save (key: StorageKey, data: Uint8Array): Promise<void> {
    const k = checkKey(key)
    // Copy now: the caller may reuse its buffer before the transaction runs, and structured
    // clone would store a view's whole ArrayBuffer.
    const copy = checkData(data).slice()
    return await this.run(`save ${k.join('/')}`, 'readwrite', s => { s.put(copy, k); return committed(s.transaction) })
  }

  async remove (key: StorageKey): Promise<void> {
    const k = checkKey(key)
    return await this.run(`remove ${k.join('/')}`, 'readwrite', s => { s.delete(k); return committed(s.transaction) })
  }

  async loadRange (prefix: StorageKey): Promise<StorageEntry[]> {
    const p = checkPrefix(prefix)
    const entries = await this.run(`load range ${p.join('/')}`, 'readonly', async s => {
      const range = rangeOf(p)
      const [keys, values] = await Promise.all([promisifyRequest(s.getAllKeys(range)), promisifyRequest(s.getAll(range))])
      return keys.flatMap((key, i) => Array.isArray(key) ? [{ key: key.map(String), data: values[i] as Uint8Array }] : [])
    })
    return entries.sort((a, b) => compareKeys(a.key, b.key))
  }

  async removeRange (prefix: StorageKey): Promise<void> {
    const p = checkPrefix(prefix)
    return await this.run(`remove range ${p.join('/')}`, 'readwrite', s => {
      const range = rangeOf(p)
      if (range === undefined) s.clear()
      else s.delete(range)
      return committed(s.transaction)
    })
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    await Promise.allSettled([...this.pending])
    // idb-keyval keeps the connection private; a transaction hands it to us. close() lets this transaction finish.
    await this.store('readonly', s => { s.transaction.db.close() })
    await this.unlock()
  }

  /** Opens the transaction now (so in call order) and wraps failures in StorageError. */
  private async run<T> (what: string, mode: IDBTransactionMode, op: (s: IDBObjectStore) => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageError(`cannot ${what}: storage is closed`)
    const done = this.store(mode, op)
    this.pending.add(done)
    try {
      return await done
    } catch (err) {
      throw new StorageError(`cannot ${what} in IndexedDB ${this.dbName}: ${String(err)}`, { cause: err })
    } finally {
      this.pending.delete(done)
    }
  }
}

/**
 * Keys starting with `prefix`: an array sorts after every number and string, so
 * [...prefix, []] bounds them from above. undefined (every key) for the empty prefix.
 */
function rangeOf (prefix: string[]): IDBKeyRange | undefined {
  return prefix.length === 0 ? undefined : IDBKeyRange.bound(prefix, [...prefix, []])
}

/** Resolves when the transaction commits; rejects with its real error when it aborts. */
function committed (tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => { resolve() }
    tx.onabort = () => { reject(tx.error ?? new DOMException('transaction aborted', 'AbortError')) }
  })
}

/**
 * Two peers on one database would remove each other's entries (two tabs with the default
 * name, say). A Web Lock held until close() makes the second opener fail loudly instead.
 * Where Web Locks are missing, nothing is enforced.
 */
async function holdExclusively (name: string): Promise<() => Promise<void>> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks
  if (locks == null) return async () => {}
  return await new Promise<() => Promise<void>>((resolve, reject) => {
    let release!: () => void
    // request() settles only once the lock is released, so awaiting it makes a reopen safe
    const held = locks.request(name, { ifAvailable: true }, async lock => {
      if (lock == null) {
        reject(new StorageError(`IndexedDB database is in use by another peer (another tab?): ${name}`))
        return
      }
      await new Promise<void>(done => {
        release = done
        resolve(async () => { release(); await held })
      })
    })
    held.catch(reject)
  })
}
