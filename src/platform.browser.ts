import { webSockets } from '@libp2p/websockets'
import { IdbStorage } from './store/idb.js'
import { MemoryStorage } from './store/memory.js'
import type { Platform } from './platform.js'

export const browserPlatform: Platform = {
  name: 'browser',
  transports: () => [webSockets()],
  defaultListen: [], // a tab cannot listen; it dials Node peers over WebSockets
  openStorage: async (option, mesh) => {
    if (option === 'memory') return new MemoryStorage()
    if (option == null) return await IdbStorage.open(`accord:${mesh}`)
    if (typeof option === 'string') return await IdbStorage.open(option)
    return option
  }
}
