/**
 * Where a peer keeps what must survive a restart: the updates of its Yjs documents and
 * small metadata records (election votes, lock tables in later layers).
 *
 * Durability contract: when a returned promise resolves, the data survives a crash of
 * the process (kill -9) — fsync on disk, a completed transaction in IndexedDB.
 * Operations on one document are applied in call order.
 */
export interface Storage {
  /** false for the memory store: nothing survives the process. */
  readonly durable: boolean
  /** Every stored update of a document (a compacted state first, if any). Applying them in any order rebuilds the document. */
  loadDoc (name: string): Promise<Uint8Array[]>
  /** Append updates to a document's log; resolves once durable. */
  appendDoc (name: string, updates: Uint8Array[]): Promise<void>
  /**
   * Replace everything stored for a document by `state`, which must contain every update
   * appended before this call. Crash-safe: a kill at any moment leaves either the old
   * records or the new state (plus, at worst, records it already contains — harmless,
   * since applying a Yjs update twice is a no-op).
   */
  compactDoc (name: string, state: Uint8Array): Promise<void>
  /** Bytes appended to a document's log since its last compaction (to decide when to compact). */
  logBytes (name: string): number
  getMeta (key: string): Promise<Uint8Array | undefined>
  /** Durable when resolved; atomic (a crash leaves the old or the new value). */
  putMeta (key: string, value: Uint8Array): Promise<void>
  close (): Promise<void>
}
