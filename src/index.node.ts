/**
 * What `import … from 'accord-mesh'` adds in Node (ES modules and `require()` alike) to the
 * `shared` API: `createPeer` over TCP and WebSockets, disk storage, peer ids of stored
 * identities and swarm keys. Importing it defines `Promise.withResolvers` and a global
 * `WebSocket` (from `ws`) only where Node lacks them (before 22): libp2p needs both.
 * @module node
 */
// The polyfill must load before libp2p (see polyfill.ts).
import './net/polyfill.js'
import { Peer } from './peer.js'
import type { PeerOptions } from './options.js'
import { nodePlatform } from './platform.node.js'
import { storedIdentity } from './identity.js'
import { FsStorage } from './store/fs.js'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKey } from '@libp2p/pnet'

export * from './index.js'
export { FsStorage } from './store/fs.js'
export type { FsStorageOptions } from './store/fs.js'

/** Starts a peer: listens, dials `bootstrap`, and joins the mesh. */
export async function createPeer (options: PeerOptions = {}): Promise<Peer> {
  return await Peer.create(nodePlatform, options)
}

/**
 * The peer id of a peer whose storage is directory `dir` (its key is created if there is
 * none yet): what to list in another peer's `voters` before this one first starts.
 */
export async function storedPeerId (dir: string): Promise<string> {
  const storage = await FsStorage.open(dir)
  try {
    return peerIdFromPrivateKey(await storedIdentity(storage)).toString()
  } finally {
    await storage.close()
  }
}

/** A new swarm key for a private mesh (the `psk` option), as its file holds it. */
export function newSwarmKey (): string {
  const key = new Uint8Array(95)
  generateKey(key)
  return new TextDecoder().decode(key)
}
