import { tcp } from '@libp2p/tcp'
import { webSockets } from '@libp2p/websockets'
import { FsStorage } from './store/fs.js'
import { MemoryStorage } from './store/memory.js'
import type { Platform } from './platform.js'

export const nodePlatform: Platform = {
  name: 'node',
  transports: () => [tcp(), webSockets()],
  // WebSockets too, so that browser agents can dial Node agents.
  defaultListen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'],
  openStorage: async (option) => {
    if (option == null || option === 'memory') return new MemoryStorage()
    if (typeof option === 'string') return await FsStorage.open(option)
    return option
  }
}
