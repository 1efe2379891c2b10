// The public surface shared by the Node and browser entry points.
export { Peer } from './peer.js'
export type { PeerOptions, PeerEvents, Tuning } from './peer.js'
export type { StorageOption } from './platform.js'
export type { Storage } from './store/storage.js'
export { MemoryStorage } from './store/memory.js'
export type { StatsSnapshot } from './net/stats.js'
export { REMOTE_ORIGIN } from './docs/replica.js'
export * from './errors.js'
