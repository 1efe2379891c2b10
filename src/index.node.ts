// Node entry point. The polyfill must load before libp2p (see polyfill.ts).
import './net/polyfill.js'
import { Peer } from './peer.js'
import type { PeerOptions } from './options.js'
import { nodePlatform } from './platform.node.js'

export * from './index.js'
export { FsStorage } from './store/fs.js'

/** Starts a peer: listens, dials `bootstrap`, and joins the mesh. */
export async function createPeer (options: PeerOptions = {}): Promise<Peer> {
  return await Peer.create(nodePlatform, options)
}
