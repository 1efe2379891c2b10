/**
 * What `import … from 'accord-mesh'` adds in a browser bundle (the `browser` export
 * condition) to the `shared` API: `createPeer` over WebSockets and WebRTC, IndexedDB
 * storage. No TCP, no fs; install `@libp2p/webrtc` beside it.
 * @module browser
 */
import { Peer } from './peer.js'
import type { PeerOptions } from './options.js'
import { browserPlatform } from './platform.browser.js'

export * from './index.js'
export { IdbStorage } from './store/idb.js'

/** Starts a peer: dials `bootstrap` over WebSockets and joins the mesh. */
export async function createPeer (options: PeerOptions = {}): Promise<Peer> {
  return await Peer.create(browserPlatform, options)
}
