// Browser entry point: WebSockets only, IndexedDB storage; no TCP, no fs.
import { Peer } from './peer.js'
import type { PeerOptions } from './options.js'
import { browserPlatform } from './platform.browser.js'

export * from './index.js'
export { IdbStorage } from './store/idb.js'

/** Starts a peer: dials `bootstrap` over WebSockets and joins the mesh. */
export async function createPeer (options: PeerOptions = {}): Promise<Peer> {
  return await Peer.create(browserPlatform, options)
}
