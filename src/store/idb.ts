import { createStore, promisifyRequest, type UseStore } from 'idb-keyval'
import { StorageError } from '../errors.js'
import type { Storage } from './storage.js'

interface Batch { updates: Uint8Array[], done?: Promise<void> }

interface DocState {
  /** Next log key; known once the doc's existing keys have been read (`ready`). */
  seq: number
  bytes: number
  ready: boolean
  /** Appends queued behind the running operation; later appends join it (one transaction). */
  batch?: Batch
}

// Keys are arrays, which IndexedDB orders element by element; an array sorts after every
// number and string, so [..., []] is an upper bound for all keys below a prefix.
const snapKey = (name: string): IDBValidKey => ['doc', name, 'snap']
const logKey = (name: string, seq: number): IDBValidKey => ['doc', name, 'log', seq]
const docRange = (name: string): IDBKeyRange => IDBKeyRange.bound(['doc', name], ['doc', name, []])
const logRange = (name: string): IDBKeyRange => IDBKeyRange.bound(['doc', name, 'log'], ['doc', name, 'log', []])
const metaKey = (key: string): IDBValidKey => ['meta', key]

/**
 * Browser storage in one IndexedDB object store (via idb-keyval's `createStore`). A
 * promise resolves when its transaction has completed. Chromium commits with "relaxed"
 * durability by default: that survives a tab or browser crash, not necessarily an OS
 * crash or power loss.
 *
 * One IdbStorage per database at a time: two tabs sharing a dbName would compact away
 * each other's updates (log keys are written with `add`, so they fail rather than
 * overwrite each other). Give each peer its own dbName.
 */
export class IdbStorage implements Storage {
  private unlock: () => Promise<void> = async () => {}
  readonly durable = true
  private readonly docs = new Map<string, DocState>()
  /** Per-key promise chains: operations on one document or meta key run in call order. */
  private readonly chains = new Map<string, Promise<void>>()
  private closed = false

  private constructor (readonly dbName: string, private readonly store: UseStore) {}

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

  async loadDoc (name: string): Promise<Uint8Array[]> {
    return await this.docOp(name, 'load', async doc => {
      const { snap, logs, lastSeq } = await this.store('readonly', s => {
        const range = docRange(name)
        const values = promisifyRequest(s.getAll(range))
        const keys = promisifyRequest(s.getAllKeys(range))
        return Promise.all([values, keys]).then(([values, keys]) => {
          let snap: Uint8Array | undefined
          const logs: Uint8Array[] = []
          let lastSeq = -1
          keys.forEach((key, i) => {
            const [, , kind, seq] = key as [string, string, string, number?]
            if (kind === 'snap') snap = values[i] as Uint8Array
            else { logs.push(values[i] as Uint8Array); lastSeq = Math.max(lastSeq, seq ?? -1) }
          })
          return { snap, logs, lastSeq }
        })
      })
      if (!doc.ready) doc.seq = lastSeq + 1
      doc.bytes = logs.reduce((n, u) => n + u.byteLength, 0)
      doc.ready = true
      return snap === undefined ? logs : [snap, ...logs]
    })
  }

  async appendDoc (name: string, updates: Uint8Array[]): Promise<void> {
    const doc = this.doc(name)
    if (doc.batch === undefined) {
      const batch: Batch = { updates: [] }
      batch.done = this.docOp(name, 'append to', () => this.writeBatch(name, doc, batch))
      doc.batch = batch // after docOp, which clears it
    }
    // Structured clone stores a view's whole ArrayBuffer: keep only the update's bytes.
    for (const u of updates) doc.batch.updates.push(u.byteLength === u.buffer.byteLength ? u : u.slice())
    return await doc.batch.done!
  }

  async compactDoc (name: string, state: Uint8Array): Promise<void> {
    return await this.docOp(name, 'compact', async doc => {
      const snap = state.byteLength === state.buffer.byteLength ? state : state.slice()
      // One transaction: a crash leaves either the old snapshot and log or the new snapshot alone.
      await this.store('readwrite', s => {
        s.put(snap, snapKey(name))
        s.delete(logRange(name))
        return committed(s.transaction)
      })
      if (!doc.ready) doc.seq = 0 // no log keys are left
      doc.ready = true
      doc.bytes = 0
    })
  }

  logBytes (name: string): number {
    return this.docs.get(name)?.bytes ?? 0
  }

  async getMeta (key: string): Promise<Uint8Array | undefined> {
    return await this.serial('meta:' + key, `read meta ${key}`, () =>
      this.store('readonly', s => promisifyRequest(s.get(metaKey(key))) as Promise<Uint8Array | undefined>))
  }

  async putMeta (key: string, value: Uint8Array): Promise<void> {
    const copy = value.slice() // the caller may reuse its buffer before the transaction runs
    return await this.serial('meta:' + key, `write meta ${key}`, () =>
      this.store('readwrite', s => {
        s.put(copy, metaKey(key))
        return committed(s.transaction)
      }))
  }

  async close (): Promise<void> {
    if (this.closed) return
    this.closed = true
    while (this.chains.size > 0) await Promise.all(this.chains.values())
    // idb-keyval keeps the connection private; a transaction hands it to us. close() lets this transaction finish.
    await this.store('readonly', s => { s.transaction.db.close() })
    await this.unlock()
  }

  private doc (name: string): DocState {
    let doc = this.docs.get(name)
    if (doc === undefined) this.docs.set(name, doc = { seq: 0, bytes: 0, ready: false })
    return doc
  }

  private async docOp<T> (name: string, what: string, op: (doc: DocState) => Promise<T>): Promise<T> {
    const doc = this.doc(name)
    doc.batch = undefined // an append issued after this operation must not join an earlier batch
    return await this.serial('doc:' + name, `${what} document ${name}`, () => op(doc))
  }

  /** Runs `op` after every earlier operation on `key`, wrapping failures in StorageError. */
  private serial<T> (key: string, what: string, op: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StorageError(`cannot ${what}: storage is closed`))
    const run = (this.chains.get(key) ?? Promise.resolve()).then(op).catch((err: unknown) => {
      if (err instanceof StorageError) throw err
      throw new StorageError(`cannot ${what}: ${String(err)}`, { cause: err })
    })
    const tail = run.then(noop, noop)
    this.chains.set(key, tail)
    void tail.then(() => { if (this.chains.get(key) === tail) this.chains.delete(key) })
    return run
  }

  private async writeBatch (name: string, doc: DocState, batch: Batch): Promise<void> {
    if (doc.batch === batch) doc.batch = undefined // later appends form the next transaction
    if (batch.updates.length === 0) return
    if (!doc.ready) {
      const last = await this.store('readonly', s => promisifyRequest(s.openKeyCursor(logRange(name), 'prev')).then(c => c?.key))
      doc.seq = last === undefined ? 0 : (last as [string, string, string, number])[3] + 1
      doc.ready = true
    }
    const first = doc.seq
    doc.seq += batch.updates.length // never reuse a key, even if this transaction fails
    await this.store('readwrite', s => {
      batch.updates.forEach((u, i) => s.add(u, logKey(name, first + i)))
      return committed(s.transaction)
    })
    doc.bytes += batch.updates.reduce((n, u) => n + u.byteLength, 0)
  }
}

function noop (): void {}

/** Resolves when the transaction commits; rejects with its real error when it aborts. */
function committed (tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => { resolve() }
    tx.onabort = () => { reject(tx.error ?? new DOMException('transaction aborted', 'AbortError')) }
  })
}

/**
 * Two peers on one database would delete each other's log entries on compaction (two
 * tabs with the default name, say). A Web Lock held until close() makes the second
 * opener fail loudly instead. Where Web Locks are missing, nothing is enforced.
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
