import { circuitRelayServer } from '@libp2p/circuit-relay-v2'
import { tcp } from '@libp2p/tcp'
import { webSockets } from '@libp2p/websockets'
import { nodeNoiseCrypto } from './net/noise-crypto.node.js'
import { FsStorage } from './store/fs.js'
import { MemoryStorage } from './store/memory.js'
import { withSchema, type Platform } from './platform.js'
import type { ServiceFactory } from './net/node.js'

export const nodePlatform: Platform = {
  name: 'node',
  transports: () => [tcp(), webSockets()],
  // Relayed connections keep the relay's default limits (2 min, 128 KiB): they only carry
  // the WebRTC handshake between tabs; gossip and requests stay off limited connections.
  services: ({ relay }): Record<string, ServiceFactory> => relay ? { relay: circuitRelayServer({ reservations: { maxReservations: 256 } }) } : {},
  noiseCrypto: nodeNoiseCrypto,
  // WebSockets too, so that browser agents can dial Node agents.
  defaultListen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'],
  openStorage: async (option) => {
    const storage = option == null || option === 'memory'
      ? new MemoryStorage()
      : typeof option === 'string' ? await FsStorage.open(option) : option
    return await withSchema(storage, option)
  }
}
