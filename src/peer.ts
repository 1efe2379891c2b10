import { logger } from '@libp2p/logger'
import { TypedEventEmitter } from 'main-event'
import { Documents } from './docs/documents.js'
import { InvalidArgumentError, StoppedError } from './errors.js'
import { PeerGate } from './net/gate.js'
import { Gossip } from './net/gossip.js'
import { MeshDialer } from './net/mesh-dialer.js'
import { createNode, dialAll, type AccordNode } from './net/node.js'
import { RpcService } from './net/rpc.js'
import { Stats, type StatsSnapshot } from './net/stats.js'
import { topics } from './net/topics.js'
import type { Platform, StorageOption } from './platform.js'
import type { Storage } from './store/storage.js'
import type { PeerId, PrivateKey } from '@libp2p/interface'
import type * as Y from 'yjs'

export interface PeerOptions {
  /** Namespace of topics and protocols: peers of different meshes ignore each other. Default 'default'. */
  mesh?: string
  /** Addresses to listen on. Node default: TCP and WebSockets on 127.0.0.1, random ports. Browsers only dial. */
  listen?: string[]
  /** Multiaddrs of any members of the mesh; the rest are found through them. */
  bootstrap?: string[]
  /** A directory (Node), an IndexedDB name (browser, the default), 'memory', or a Storage. Node default: 'memory'. */
  storage?: StorageOption
  /** A stable identity across restarts; default a new Ed25519 key. */
  privateKey?: PrivateKey
  /** Tuning; defaults suit a LAN mesh of tens of peers. */
  tuning?: Partial<Tuning>
}

export interface Tuning {
  /** Largest gossip message in bytes; bigger updates travel by the sync stream. Default 4 MiB. */
  gossipMaxBytes: number
  /** Largest request/response frame in bytes (a whole document's catch-up). Default 256 MiB. */
  rpcMaxBytes: number
  /** Deadline of one request in ms. Default 10 s. */
  requestTimeoutMs: number
  /** Anti-entropy digest period in ms. Default 2 s. */
  antiEntropyMs: number
  /** How often a peer announces its addresses for discovery, in ms. Default 1 s. */
  discoveryIntervalMs: number
  /** Compact a stored document once its log holds this many bytes. Default 4 MiB. */
  compactBytes: number
  /** Dial discovered peers until this many are connected. Default 48. */
  maxPeers: number
  /** Lost members are redialled every this many ms, backing off to 15 s. Default 1 s. */
  redialMs: number
  /** A member unreachable for this long is forgotten. Default 10 min. */
  forgetMs: number
}

const DEFAULT_TUNING: Tuning = {
  gossipMaxBytes: 4 * 1024 * 1024,
  rpcMaxBytes: 256 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  antiEntropyMs: 2_000,
  discoveryIntervalMs: 1_000,
  compactBytes: 4 * 1024 * 1024,
  maxPeers: 48,
  redialMs: 1_000,
  forgetMs: 10 * 60_000
}

export interface PeerEvents {
  'peer:connect': CustomEvent<string>
  'peer:disconnect': CustomEvent<string>
}

/**
 * A member of a mesh: one libp2p node and the layers built on it. Create with
 * `createPeer`; `stop()` releases every timer, stream and socket.
 */
export class Peer extends TypedEventEmitter<PeerEvents> {
  private readonly dialer: MeshDialer
  private stopped = false

  /** Fault injection and operator control: refuse all traffic with given peers. */
  readonly network: {
    block: (peer: string) => Promise<void>
    unblock: (peer: string) => void
    connections: () => string[]
  }

  private constructor (
    readonly node: AccordNode,
    readonly mesh: string,
    private readonly storage: Storage,
    private readonly gate: PeerGate,
    private readonly gossip: Gossip,
    private readonly syncRpc: RpcService,
    private readonly docs: Documents,
    private readonly counters: Stats,
    tuning: Tuning
  ) {
    super()
    this.dialer = new MeshDialer(node, gate, { maxPeers: tuning.maxPeers, redialMs: tuning.redialMs, forgetMs: tuning.forgetMs })
    node.addEventListener('peer:connect', this.onConnect)
    node.addEventListener('peer:disconnect', this.onDisconnect)
    this.network = {
      block: async (peer) => {
        gate.block(peer)
        await Promise.allSettled(node.getConnections().filter(c => c.remotePeer.toString() === peer).map(async c => { await c.close() }))
      },
      unblock: (peer) => { gate.unblock(peer) },
      connections: () => node.getPeers().map(String)
    }
  }

  static async create (platform: Platform, options: PeerOptions = {}): Promise<Peer> {
    const mesh = options.mesh ?? 'default'
    if (!/^[\w.-]{1,64}$/.test(mesh)) throw new InvalidArgumentError('mesh must be 1-64 characters of [A-Za-z0-9_.-]')
    const tuning = { ...DEFAULT_TUNING, ...options.tuning }
    const log = logger(`accord:${mesh}`)
    const counters = new Stats()
    const gate = new PeerGate()
    const storage = await platform.openStorage(options.storage, mesh)
    const node = await createNode({
      mesh,
      listen: options.listen ?? platform.defaultListen,
      bootstrap: options.bootstrap ?? [],
      transports: platform.transports(),
      gate,
      gossipMaxBytes: tuning.gossipMaxBytes,
      discoveryIntervalMs: tuning.discoveryIntervalMs,
      privateKey: options.privateKey
    })
    const gossip = new Gossip(node.services.pubsub, node.peerId, tuning.gossipMaxBytes, counters, log)
    const syncRpc = new RpcService(node, {
      protocol: topics.protocol(mesh, 'sync'),
      maxFrameBytes: tuning.rpcMaxBytes,
      timeoutMs: tuning.requestTimeoutMs,
      stats: counters,
      log
    })
    await syncRpc.start()
    const docs = new Documents({
      self: node.peerId, gossip, rpc: syncRpc, storage, stats: counters, log,
      gossipMaxBytes: tuning.gossipMaxBytes - 64 * 1024, // room for the signature, topic and framing
      compactBytes: tuning.compactBytes
    }, {
      mesh,
      peers: () => node.getPeers(),
      antiEntropyMs: tuning.antiEntropyMs,
      syncTimeoutMs: tuning.requestTimeoutMs
    })
    const peer = new Peer(node, mesh, storage, gate, gossip, syncRpc, docs, counters, tuning)
    await dialAll(node, options.bootstrap ?? [], 5_000)
    return peer
  }

  get id (): string { return this.node.peerId.toString() }
  get peerId (): PeerId { return this.node.peerId }
  /** Multiaddrs (with /p2p/<id>) that other peers can dial. */
  get addrs (): string[] { return this.node.getMultiaddrs().map(String) }

  /** The shared Y.Doc `name`: loaded from storage, then kept in sync with the mesh. */
  async doc (name: string): Promise<Y.Doc> {
    this.assertRunning()
    return await this.docs.doc(name)
  }

  /** Resolves once `name` has caught up with the peers connected when it was opened. */
  async synced (name: string): Promise<void> {
    this.assertRunning()
    await this.docs.synced(name)
  }

  /**
   * Resolves when every update made so far to `name` (or to every open document) is
   * durable: it survives a crash of this process.
   */
  async flush (name?: string): Promise<void> {
    await this.docs.flush(name)
  }

  /** Counters: rejected messages by reason and channel, gossip and request traffic. */
  stats (): StatsSnapshot {
    return this.counters.snapshot()
  }

  async stop (): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    this.node.removeEventListener('peer:connect', this.onConnect)
    this.node.removeEventListener('peer:disconnect', this.onDisconnect)
    this.dialer.stop()
    await this.docs.stop()
    this.gossip.stop()
    await this.syncRpc.stop()
    await this.node.stop()
    await this.storage.close()
  }

  private assertRunning (): void {
    if (this.stopped) throw new StoppedError()
  }

  private readonly onConnect = (evt: CustomEvent<PeerId>): void => {
    this.safeDispatch('peer:connect', evt.detail.toString())
  }

  private readonly onDisconnect = (evt: CustomEvent<PeerId>): void => {
    this.safeDispatch('peer:disconnect', evt.detail.toString())
  }

  private safeDispatch (type: keyof PeerEvents, detail: string): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }
}
