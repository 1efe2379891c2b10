import { halfWindowYamux } from './half-window-yamux.js'
import { leanNoise } from './lean-noise.js'
import { bootstrap as bootstrapDiscovery } from '@libp2p/bootstrap'
import { gossipsub, type GossipSub } from '@libp2p/gossipsub'
import { identify, type Identify } from '@libp2p/identify'
import { preSharedKey } from '@libp2p/pnet'
import { ping, type Ping } from '@libp2p/ping'
import { pubsubPeerDiscovery } from '@libp2p/pubsub-peer-discovery'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p, type Libp2p } from 'libp2p'
import { toString as bytesToString } from 'uint8arrays/to-string'
import { topics } from './topics.js'
import type { PeerGate } from './gate.js'
import type { PrivateKey, Transport } from '@libp2p/interface'
import type { ICryptoInterface } from '@chainsafe/libp2p-noise'

const NO_BYTES = new Uint8Array(0)

/** The libp2p services every accord node runs, by name: `peer.node.services.pubsub` and so on. */
export type AccordServices = {
  /** libp2p identify: peers exchange their addresses and protocols. */
  identify: Identify
  /** libp2p ping: accord pings its connections to detect dead ones. */
  ping: Ping
  /** GossipSub with strict signing: documents, heartbeats and discovery travel on its topics. */
  pubsub: GossipSub
}
/** The libp2p node underneath a Peer (`peer.node`), with accord's services. */
export type AccordNode = Libp2p<AccordServices>
export type TransportFactory = (components: any) => Transport
export type ServiceFactory = (components: any) => unknown

export interface NodeOptions {
  mesh: string
  listen: string[]
  bootstrap: string[]
  transports: TransportFactory[]
  /** Extra services (a circuit relay server). */
  services: Record<string, ServiceFactory>
  /** noise's crypto (noise's default if absent). */
  noiseCrypto?: ICryptoInterface
  gate: PeerGate
  /** Largest gossip message accepted or sent, in bytes. */
  gossipMaxBytes: number
  /** How often a peer announces its addresses on the discovery topic. */
  discoveryIntervalMs: number
  privateKey?: PrivateKey
  /** A private network's pre-shared key (libp2p pnet's swarm key file): peers without it cannot connect at all. */
  psk?: Uint8Array
}

/**
 * One libp2p 3 node: noise, yamux, identify, ping and gossipsub with strict signing.
 * Peers find the rest of the mesh from any one member: each announces its addresses on
 * the mesh's discovery topic, and whoever hears a peer it is not connected to dials it.
 */
export async function createNode (opts: NodeOptions): Promise<AccordNode> {
  const peerDiscovery: Array<(components: any) => any> = [
    pubsubPeerDiscovery({ topics: [topics.discovery(opts.mesh)], interval: opts.discoveryIntervalMs })
  ]
  if (opts.bootstrap.length > 0) peerDiscovery.push(bootstrapDiscovery({ list: opts.bootstrap }))
  return await createLibp2p({
    ...(opts.privateKey != null ? { privateKey: opts.privateKey } : {}),
    addresses: { listen: opts.listen },
    transports: opts.transports,
    ...(opts.psk != null ? { connectionProtector: preSharedKey({ psk: opts.psk }) } : {}),
    connectionEncrypters: [leanNoise(opts.noiseCrypto != null ? { crypto: opts.noiseCrypto } : undefined)],
    streamMuxers: [halfWindowYamux()],
    connectionGater: opts.gate.gater(),
    // Connections are pinged by our ConnectionPinger (connection-pinger.ts), spread over
    // time: libp2p's monitor pings every connection at once, a burst that stalled fleets.
    connectionMonitor: { enabled: false },
    connectionManager: {
      // libp2p's default (5 new connections per second per host) assumes one peer per
      // host; a fleet of agents on one machine joins faster than that.
      inboundConnectionThreshold: 256,
      maxIncomingPendingConnections: 64
    },
    peerDiscovery,
    services: {
      ...opts.services,
      identify: identify(),
      ping: ping(),
      pubsub: gossipsub({
        globalSignaturePolicy: 'StrictSign',
        allowPublishToZeroTopicPeers: true,
        ignoreDuplicatePublishError: true,
        emitSelf: false,
        maxInboundDataLength: opts.gossipMaxBytes,
        maxOutboundBufferSize: opts.gossipMaxBytes * 4,
        heartbeatInterval: 1_000,
        // A mesh of agents is small and nearly fully connected, and a publisher floods its
        // own messages to every subscriber anyway: a lower mesh degree than the default 6
        // cuts the duplicate copies every receiver must handle (benchmark: 9.5k -> 15k
        // updates/s at the slowest of 10 peers, propagation p90 14 -> 9 ms).
        D: 3, Dlo: 2, Dhi: 5, Dout: 1,
        // Lazy gossip (IHAVE) goes to Dlazy peers per topic per heartbeat, or to a
        // gossipFactor share of all the others if more: in a fleet that share grew with
        // the fleet and, with the heartbeat, was a third of every peer's idle traffic.
        Dlazy: 2, gossipFactor: 0,
        // gossipsub penalises more than 10 peer ids seen from one IP, and remembers the
        // ids of departed peers for an hour: on one host (tests, a fleet of containers, tabs
        // behind one NAT) the 11th restart graylisted every peer and the mesh went silent.
        scoreParams: { IPColocationFactorWeight: 0 },
        // gossipsub checks the signature of every copy it receives before it can tell a
        // duplicate, and with every peer forwarding a peer receives ~6 copies of each
        // message. A fast id (author + seqno, what StrictSign's message id is made of) drops
        // copies unverified; only ids of messages that passed verification are remembered.
        fastMsgIdFn: msg => bytesToString(msg.from ?? NO_BYTES, 'base64') + bytesToString(msg.seqno ?? NO_BYTES, 'base64')
      })
    }
  })
}

/** Dials every bootstrap address, in parallel, giving up on each after `timeoutMs`. */
export async function dialAll (node: AccordNode, addrs: string[], timeoutMs: number): Promise<number> {
  const results = await Promise.allSettled(addrs.map(async a => await node.dial(multiaddr(a), { signal: AbortSignal.timeout(timeoutMs) })))
  return results.filter(r => r.status === 'fulfilled').length
}
