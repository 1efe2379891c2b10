import { circuitRelayTransport } from '@libp2p/circuit-relay-v2'
import { webRTC } from '@libp2p/webrtc'
import { webSockets } from '@libp2p/websockets'
import { IdbStorage } from './store/idb.js'
import { MemoryStorage } from './store/memory.js'
import { withSchema, type Platform } from './platform.js'

export const browserPlatform: Platform = {
  name: 'browser',
  // WebSockets to Node peers; WebRTC to other tabs, its handshake carried by a circuit
  // relay on a Node peer (`relay: true`).
  transports: ({ iceServers }) => [webSockets(), webRTC({ rtcConfiguration: { iceServers } }), circuitRelayTransport()],
  services: () => ({}),
  // a tab cannot listen on a socket: it reserves a slot on relays it meets, and takes
  // WebRTC connections through them
  defaultListen: ['/p2p-circuit', '/webrtc'],
  openStorage: async (option, mesh) => {
    const storage = option === 'memory'
      ? new MemoryStorage()
      : typeof option === 'string' || option == null ? await IdbStorage.open(option ?? `accord:${mesh}`) : option
    return await withSchema(storage, option)
  }
}
