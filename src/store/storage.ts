/**
 * Where a peer keeps what must survive a restart: a dumb key/value store. Keys are
 * non-empty arrays of non-empty strings, compared component by component; values are
 * opaque bytes. Adapters know nothing of documents or votes: the layers above own their
 * keys and encodings (the document log in docs/doc-log.ts, votes in election/votes.ts;
 * the whole key layout and its version are described in store/schema.ts).
 *
 * Contract (checked by `runStorageContract`, store/contract.ts), for every adapter:
 * - When a returned promise resolves, its effect survives a crash of the process (kill -9)
 *   if `durable` is true: fsync on disk, a completed transaction in IndexedDB.
 * - `save`, `remove` and `removeRange` are each atomic: a crash leaves all or nothing of one.
 * - Operations take effect in call order, also when issued without awaiting: a `load`
 *   sees every `save` called before it, a `save` called after a `removeRange` survives it.
 * - The store copies what it is given and hands out copies: callers may reuse buffers.
 * - A malformed key or value, or any call after `close()`, rejects with `StorageError`;
 *   so does every failure of the medium underneath.
 *
 * Modelled on automerge-repo's StorageAdapterInterface.
 */
export interface Storage {
  /** Whether a resolved write survives a crash of the process: false for MemoryStorage, true for FsStorage and IdbStorage. */
  readonly durable: boolean
  /** The value stored under `key`, or undefined. */
  load (key: StorageKey): Promise<Uint8Array | undefined>
  /** Stores `data` under `key`, replacing any value; durable and atomic once resolved. */
  save (key: StorageKey, data: Uint8Array): Promise<void>
  /** Removes `key` (nothing happens if it is absent). */
  remove (key: StorageKey): Promise<void>
  /** Every entry whose key starts with `prefix` (all of them for []), sorted by key. */
  loadRange (prefix: StorageKey): Promise<StorageEntry[]>
  /** Removes every entry whose key starts with `prefix`, atomically. */
  removeRange (prefix: StorageKey): Promise<void>
  /** Waits for pending operations, then releases the store; later calls reject. */
  close (): Promise<void>
}

/**
 * A storage key: a non-empty array of non-empty strings, e.g. `['doc', 'board', 'snapshot']`.
 * Keys are compared part by part, so a prefix matches whole parts only. As a prefix
 * (`loadRange`, `removeRange`) it may be empty: every key.
 */
export type StorageKey = readonly string[]

/** One stored entry, as `loadRange` returns it. */
export interface StorageEntry {
  /** Its key (a copy: the caller may keep it). */
  key: string[]
  /** Its value (a copy). */
  data: Uint8Array
}
