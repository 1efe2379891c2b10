import { openSchema } from './store/schema.js'
import type { ServiceFactory, TransportFactory } from './net/node.js'
import type { ICryptoInterface } from '@chainsafe/libp2p-noise'
import type { Storage } from './store/storage.js'

/**
 * `storage` option: a directory (Node) or IndexedDB database name (browser), 'memory',
 * or a ready Storage object (any adapter that passes `runStorageContract`).
 */
export type StorageOption = string | Storage

/** The peer options that shape the network stack. */
export interface PlatformNetOptions {
  relay: boolean
  iceServers: Array<{ urls: string | string[], username?: string, credential?: string }>
}

/**
 * Checks (and records) the layout version of `storage`, see store/schema.ts. A store the
 * platform opened itself (not the caller's `option`) is closed again if it is refused: it
 * may hold an IndexedDB lock or a file.
 */
export async function withSchema (storage: Storage, option: StorageOption | undefined): Promise<Storage> {
  try {
    await openSchema(storage)
  } catch (err) {
    if (storage !== option) await storage.close().catch(() => {})
    throw err
  }
  return storage
}

/** What differs between Node and the browser; the entry points pass their own. */
export interface Platform {
  name: 'node' | 'browser'
  transports: (opts: PlatformNetOptions) => TransportFactory[]
  /** libp2p services beyond accord's own (a relay server). */
  services: (opts: PlatformNetOptions) => Record<string, ServiceFactory>
  /** noise's crypto, where the platform has a faster one than noise's default (Node: see net/noise-crypto.node.ts). */
  noiseCrypto?: ICryptoInterface
  defaultListen: string[]
  /** Opens the storage and checks (and records) its layout version, see store/schema.ts. */
  openStorage: (option: StorageOption | undefined, mesh: string) => Promise<Storage>
}
