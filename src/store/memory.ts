import { StorageError } from '../errors.js'
import type { Storage } from './storage.js'

interface MemDoc { updates: Uint8Array[], bytes: number }

/**
 * Keeps everything in process memory: for tests and for peers that rebuild their state
 * from the mesh on restart. Every operation takes effect synchronously at call time, so
 * call order per document is trivially preserved.
 */
export class MemoryStorage implements Storage {
  readonly durable = false
  private readonly docs = new Map<string, MemDoc>()
  private readonly meta = new Map<string, Uint8Array>()
  private closed = false

  async loadDoc (name: string): Promise<Uint8Array[]> {
    this.check()
    return [...(this.docs.get(name)?.updates ?? [])]
  }

  async appendDoc (name: string, updates: Uint8Array[]): Promise<void> {
    this.check()
    const doc = this.doc(name)
    for (const u of updates) {
      // Copy: callers may reuse or mutate their buffers after the call.
      doc.updates.push(u.slice())
      doc.bytes += u.byteLength
    }
  }

  async compactDoc (name: string, state: Uint8Array): Promise<void> {
    this.check()
    this.docs.set(name, { updates: [state.slice()], bytes: 0 })
  }

  logBytes (name: string): number {
    return this.docs.get(name)?.bytes ?? 0
  }

  async getMeta (key: string): Promise<Uint8Array | undefined> {
    this.check()
    return this.meta.get(key)?.slice()
  }

  async putMeta (key: string, value: Uint8Array): Promise<void> {
    this.check()
    this.meta.set(key, value.slice())
  }

  async close (): Promise<void> {
    this.closed = true
  }

  private doc (name: string): MemDoc {
    let doc = this.docs.get(name)
    if (doc === undefined) this.docs.set(name, doc = { updates: [], bytes: 0 })
    return doc
  }

  private check (): void {
    if (this.closed) throw new StorageError('storage is closed')
  }
}
