import type { TransportFactory } from './net/node.js'
import type { Storage } from './store/storage.js'

/**
 * `storage` option: a directory (Node) or IndexedDB database name (browser), 'memory',
 * or a ready Storage object.
 */
export type StorageOption = string | Storage

/** What differs between Node and the browser; the entry points pass their own. */
export interface Platform {
  name: 'node' | 'browser'
  transports: () => TransportFactory[]
  defaultListen: string[]
  openStorage: (option: StorageOption | undefined, mesh: string) => Promise<Storage>
}
