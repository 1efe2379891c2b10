/**
 * Builds a peer's parts, bottom layer first: storage, the libp2p node, gossip and request
 * services, documents, membership, the elector, the lease holder and its services, and
 * the clients. `lifecycle` lists them in that order: Peer.create starts what is not yet
 * running front to back, Peer.stop stops everything back to front, and a failure on the
 * way stops what was built (net/lifecycle.ts).
 */
import type { PeerId } from '@libp2p/interface'
import { logger } from '@libp2p/logger'
import { LeaderChannel } from './machine/leader-channel.js'
import { LeaseHolder } from './machine/lease-holder.js'
import { serveVoters } from './machine/voters-service.js'
import { Voters } from './machine/voters-client.js'
import { withCluster } from './election/cluster.js'
import { coordState, splitTables, type CoordTables } from './coord/state.js'
import { storedIdentity } from './identity.js'
import { LockClient } from './coord/lock-client.js'
import { serveLocks } from './coord/lock-service.js'
import { serveLeases } from './coord/lease-service.js'
import { serveSemaphores } from './coord/semaphore-service.js'
import { serveQueues } from './coord/queue-service.js'
import { QueueClient } from './coord/queue-client.js'
import { serveLeaderships } from './coord/leadership-service.js'
import { serveBarriers } from './coord/barrier-service.js'
import { serveView } from './coord/view.js'
import { serveCas } from './coord/cas-service.js'
import { Documents } from './docs/documents.js'
import { Elector } from './election/elector.js'
import { Membership } from './election/membership.js'
import { AttendanceService, AttendeeRelay } from './election/attendance.js'
import { Attendant } from './election/attendant.js'
import { VoterStore } from './election/votes.js'
import { PeerGate } from './net/gate.js'
import { Gossip } from './net/gossip.js'
import { DIRECT_GOSSIP_VERSION, DirectGossip } from './net/direct-gossip.js'
import { GossipRouter } from './net/router.js'
import { MeshDialer } from './net/mesh-dialer.js'
import { memoized } from './net/memo.js'
import { ConnectionPinger } from './net/connection-pinger.js'
import { stopAll, type Part } from './net/lifecycle.js'
import { createNode, dialAll, type AccordNode } from './net/node.js'
import { connectedPeers, UnlimitedPeers } from './net/connected-peers.js'
import { multiaddr } from '@multiformats/multiaddr'
import { RpcService } from './net/rpc.js'
import { selfAddrs } from './net/self-addrs.js'
import { Stats } from './net/stats.js'
import type { Wire } from './net/codec.js'
import { topics } from './net/topics.js'
import { resolveOptions, type PeerOptions, type ResolvedOptions } from './options.js'
import { meshWire } from './protocols.js'
import { holdsEntry } from './variables/variable.js'
import type { Platform } from './platform.js'
import type { Storage } from './store/storage.js'
import type * as Y from 'yjs'

/** The document that holds the shared variables of a mesh. */
export const SYSTEM_DOC = '__accord/variables'

/** Every part of a running peer; built here, started by `Peer.create`, torn down in reverse by `stop`. */
export interface Parts {
  node: AccordNode
  opts: ResolvedOptions
  storage: Storage
  gate: PeerGate
  stats: Stats
  gossip: Gossip
  dialer: MeshDialer
  rpcs: RpcService[]
  docs: Documents
  membership: Membership
  /** A fleet's client (named voters, this peer not one): the voter it attends. */
  attendant?: Attendant
  elector: Elector
  leaseHolder: LeaseHolder<CoordTables>
  locks: LockClient
  voters: Voters
  /** Work queues' requesting side (every queue of this peer shares it). */
  queues: QueueClient
  toLeader: LeaderChannel
  router: GossipRouter
  system: Y.Doc
  coordRpc: RpcService
  /** Gossip's stream straight to a subscriber (net/direct-gossip.ts); none in a release before it. */
  gossipRpc?: RpcService
  /** Every part in start order (stop order is the reverse). */
  lifecycle: Part[]
}

/**
 * `wire` is the codec of the layers this peer speaks (protocols.ts); only tests of mixed
 * releases pass another.
 */
export async function assemble (platform: Platform, options: PeerOptions = {}, wire: Wire = meshWire()): Promise<Parts> {
  const opts = resolveOptions(options)
  const { mesh, tuning } = opts
  const log = logger(`accord:${mesh}`)
  const stats = new Stats()
  const gate = new PeerGate(opts.allow != null ? new Set(opts.allow) : undefined)
  const net = { relay: options.relay ?? false, iceServers: options.iceServers ?? [] }
  const storage = await platform.openStorage(options.storage, mesh)
  const lifecycle: Part[] = [{ name: 'storage', part: { stop: async () => { await storage.close() } } }]
  // browser tabs of one origin share their IndexedDB: one stored key would be two peers' id
  const keepIdentity = options.keepIdentity ?? (platform.name === 'node' && storage.durable)
  try {
    const started = await createNode({
      mesh,
      listen: options.listen ?? platform.defaultListen,
      bootstrap: opts.bootstrap,
      transports: platform.transports(net),
      services: platform.services(net),
      noiseCrypto: platform.noiseCrypto,
      gate,
      gossipMaxBytes: tuning.gossipMaxBytes,
      discoveryIntervalMs: tuning.discoveryIntervalMs,
      privateKey: options.privateKey ?? (keepIdentity ? await storedIdentity(storage) : undefined),
      psk: opts.psk
    })
    lifecycle.push({ name: 'libp2p', part: { stop: async () => { await started.stop() } } }) // createLibp2p started it
    const self = started.peerId
    const gossip = new Gossip(started.services.pubsub, self, wire, tuning.gossipMaxBytes, stats, log)
    // each stream protocol is versioned by the layer that owns it (variables ride on coord's)
    const rpc = (service: string, layer: string, maxFrameBytes: number): RpcService =>
      new RpcService(started, { protocols: topics.protocols(mesh, service, versionOf(wire, layer)), wire, maxFrameBytes, timeoutMs: tuning.requestTimeoutMs, stats, log })
    const syncRpc = rpc('sync', 'docs', tuning.rpcMaxBytes)
    const electionRpc = rpc('election', 'election', tuning.rpcMaxBytes)
    const coordRpc = rpc('coord', 'coord', 1024 * 1024)
    // gossip straight to each subscriber in a small mesh (net/direct-gossip.ts), if this
    // release's wire has it (a test's older release has not): room for the topic
    const gossipRpc = wire.speaks('direct')
      ? new RpcService(started, { protocols: topics.protocols(mesh, 'gossip', DIRECT_GOSSIP_VERSION), wire, maxFrameBytes: tuning.gossipMaxBytes + 1024, timeoutMs: tuning.requestTimeoutMs, stats, log })
      : undefined
    gossipRpc?.handle('direct', async msg => { gossip.deliverDirect(msg.from, msg.body.topic, msg.body.body); return { ack: {} } })
    const rpcs = [syncRpc, electionRpc, coordRpc, ...(gossipRpc != null ? [gossipRpc] : [])]
    for (const r of rpcs) {
      await r.start() // handlers must be in place before the system document opens below
      lifecycle.push({ name: 'rpc', part: { stop: async () => { await r.stop() } } })
    }
    lifecycle.push({ name: 'gossip', part: gossip })

    let elector: Elector | undefined
    let attendance: AttendanceService | undefined
    let attendant: Attendant | undefined
    const addrs = selfAddrs(started)
    const membership = new Membership(gossip, {
      self: self.toString(),
      topic: topics.control(mesh),
      // with named voters, clients attend a voter (election/attendance.ts) instead of gossiping
      clientsAttend: opts.voters != null,
      votes: () => elector?.votes ?? true,
      heartbeatMs: opts.lease.memberHeartbeatMs,
      suspectAfterMs: opts.lease.suspectAfterMs,
      describeSelf: () => ({
        rank: opts.rank,
        candidate: elector?.stands ?? opts.candidate,
        capabilities: opts.capabilities,
        addrs: addrs(),
        epoch: elector?.knownEpoch ?? 0,
        leading: elector?.isActing() ?? false,
        preempt: opts.preempt,
        members: opts.members ?? 0
      })
    })

    const meshSize = (): number => Math.max(membership.widestView, attendance?.fleetSize ?? 0, attendant?.fleetSize ?? 0)
    const unlimited = new UnlimitedPeers(started)
    lifecycle.push({ name: 'unlimited peers', part: unlimited })
    const everyonesTopic = topics.route(mesh)
    const gossipLinked = memoized(gossipLinkedPeers)
    const linked = (): readonly PeerId[] => gossipLinked(unlimited.list(), gossip.subscribers(everyonesTopic))
    if (gossipRpc != null) {
      // Straight only once every link has told us how big it sees the mesh: a peer that just
      // joined through one other knows of that one only, and its heartbeats must still travel
      // by gossip to the rest, who learn its address from them and dial it.
      const direct = new DirectGossip(started, gossipRpc, topics.protocols(mesh, 'gossip', DIRECT_GOSSIP_VERSION), {
        linked,
        connected: () => unlimited.list(),
        meshSize: links => membership.heardViewsOf(links) ? meshSize() : Number.POSITIVE_INFINITY
      })
      gossip.goDirect(direct)
      lifecycle.push({ name: 'direct gossip', part: direct })
    }

    const docs = new Documents({
      self, gossip, rpc: syncRpc, storage, stats, log,
      gossipMaxBytes: tuning.gossipMaxBytes - 64 * 1024, // room for the signature, topic and framing
      compactBytes: tuning.compactBytes
    }, { mesh, peers: () => connectedPeers(started), linked: () => unlimited.list(), gossipLinked: linked, meshSize, antiEntropyMs: tuning.antiEntropyMs, syncTimeoutMs: tuning.requestTimeoutMs })
    lifecycle.push({ name: 'documents', part: docs })
    started.addEventListener('peer:disconnect', evt => { docs.peerDisconnected(evt.detail.toString()) })

    // the replicated state is the tables' records and, with named voters, the cluster configuration
    const split = withCluster(splitTables)
    const attendees = new AttendeeRelay(membership)
    elector = new Elector(membership, electionRpc, new VoterStore(storage, split), {
      self,
      rank: opts.rank,
      candidate: opts.candidate,
      preempt: opts.preempt,
      members: opts.members,
      voters: opts.voters,
      allowSolo: opts.allowSolo,
      listenMs: opts.lease.memberHeartbeatMs + opts.lease.heartbeatMs,
      ttlMs: opts.lease.ttlMs,
      heartbeatMs: opts.lease.heartbeatMs,
      driftMarginMs: opts.lease.driftMarginMs,
      split,
      stats,
      attendees
    }, logger(`accord:${mesh}:election:${self.toString().slice(-6)}`))

    // an adopted waiter keeps its place for two election TTLs, for its client to re-send
    const leaseHolder = new LeaseHolder(elector, coordState(opts.coord, opts.lease.ttlMs * 2), {
      sweepMs: Math.max(5, Math.floor(opts.lease.heartbeatMs / 4)),
      isLive: (id: string) => membership.isLive(id),
      heardGraceMs: opts.lease.suspectAfterMs * 2,
      log: logger(`accord:${mesh}:coord`)
    })
    membership.addEventListener('member:leave', evt => { leaseHolder.forget(evt.detail.id); docs.forgetPeer(evt.detail.id) })
    membership.addEventListener('member:join', evt => { docs.peerBack(evt.detail.id) })
    serveLocks(leaseHolder, coordRpc)
    serveLeases(leaseHolder, coordRpc)
    serveSemaphores(leaseHolder, coordRpc)
    serveQueues(leaseHolder, coordRpc, handler => { started.addEventListener('peer:disconnect', evt => { handler(evt.detail.toString()) }) })
    serveLeaderships(leaseHolder, coordRpc)
    serveView(leaseHolder, coordRpc)
    serveBarriers(leaseHolder, coordRpc)
    serveVoters(leaseHolder, coordRpc)
    attendance = opts.voters != null ? new AttendanceService(elector, membership, attendees, electionRpc) : undefined
    attendant = opts.voters != null ? new Attendant(started, electionRpc, membership, elector, { holdMs: tuning.attendHoldMs, voters: opts.voters }) : undefined
    const router = new GossipRouter(gossip, topics.route(mesh), coordRpc, self, wire, 1024 * 1024, tuning.requestTimeoutMs)
    const toLeader = new LeaderChannel(elector, membership, coordRpc, router, opts.lease.ttlMs * 4)
    const locks = new LockClient(toLeader, {
      defaultTtlMs: 10_000,
      marginMs: opts.lease.driftMarginMs,
      log: logger(`accord:${mesh}:locks`)
    })
    const voters = new Voters(toLeader)
    const queues = new QueueClient(toLeader, { marginMs: opts.lease.driftMarginMs })

    const dialer = new MeshDialer(started, gate, {
      maxPeers: tuning.maxPeers,
      redialMs: tuning.redialMs,
      forgetMs: tuning.forgetMs,
      always: peer => elector.votes && elector.voters?.voters.includes(peer) === true,
      // a fleet's client links to CLIENT_VOTER_LINKS voters, not all: its voter and a spare
      capped: { members: peer => elector.voters?.voters.includes(peer) === true, max: () => elector.votes ? Number.POSITIVE_INFINITY : CLIENT_VOTER_LINKS }
    })
    const system = await docs.doc(SYSTEM_DOC) // shared variables live here
    serveCas(leaseHolder, coordRpc, {
      isVisible: (name, writer, clock) => holdsEntry(system.getMap('vars'), name, writer, clock),
      abandonAfterMs: tuning.abandonedWriteMs
    })
    lifecycle.push(
      { name: 'membership', part: membership },
      { name: 'router', part: router },
      { name: 'elector', part: elector },
      { name: 'lease holder', part: leaseHolder },
      { name: 'leader channel', part: toLeader },
      { name: 'lock client', part: locks },
      { name: 'dialer', part: dialer },
      // every connected peer pinged about every 30 s (an earlier 10 s with a 5 s timeout tore
      // a starved fleet's connections down faster than they were redialled)
      { name: 'pinger', part: new ConnectionPinger(started, { intervalMs: 30_000, timeoutMs: 20_000, tickMs: 1_000 }) },
      { name: 'bootstrap', part: { start: async () => { await dialBootstrap(started, dialer, opts.bootstrap, elector.votes ? undefined : elector.voters?.voters) } } }
    )
    if (attendance != null) lifecycle.push({ name: 'attendance', part: attendance })
    if (attendant != null) lifecycle.push({ name: 'attendant', part: attendant })
    return { node: started, opts, storage, gate, stats, gossip, dialer, rpcs, docs, membership, attendant, elector, leaseHolder, locks, voters, queues, toLeader, router, system, coordRpc, gossipRpc, lifecycle }
  } catch (err) {
    // a peer that failed to start holds nothing: no socket, no open database
    await stopAll(lifecycle).catch(() => {})
    throw err
  }
}

/**
 * A fleet's client keeps this many links to voters: the one it attends and a spare to
 * move to at once (it dials others when they fail; the leader, when it sends requests).
 */
const CLIENT_VOTER_LINKS = 2

/** Dials every bootstrap address; a client (`voters` given) only CLIENT_VOTER_LINKS of the voters' ones. */
async function dialBootstrap (node: AccordNode, dialer: MeshDialer, addrs: string[], voters?: readonly string[]): Promise<void> {
  const isVoters = (a: string): boolean => voters?.some(v => a.endsWith(`/p2p/${v}`)) === true
  await Promise.all([
    dialAll(node, addrs.filter(a => !isVoters(a)), 5_000),
    dialer.dialSome(addrs.filter(isVoters).map(a => multiaddr(a)), CLIENT_VOTER_LINKS, 5_000)
  ])
}

/**
 * The peers this one links to without limits (a relayed connection carries neither gossip
 * nor streams) and whose subscriptions gossip has heard over such a link (every peer
 * subscribes the route topic). Only these count when a message goes "straight to each
 * holder in a mesh where we link to every member" (DirectGossip, DocHolders.reach): a link
 * whose gossip has not started yet would count towards "every member" while the peer on it
 * is listed as no holder, and be skipped. Seen with two browser tabs on a busy machine:
 * their WebRTC link came up while gossip over it had not for 10 s and more, so each tab's
 * heartbeats and presence went to the server's peer only, which passes neither on; the tabs
 * lost each other's carets and then each other.
 */
function gossipLinkedPeers (unlimited: readonly PeerId[], everyonesSubscribers: readonly PeerId[]): readonly PeerId[] {
  const heard = new Set(everyonesSubscribers.map(String))
  return unlimited.filter(p => heard.has(p.toString()))
}

function versionOf (wire: Wire, layer: string): { major: number, minor: number } {
  const l = wire.layers.find(x => x.name === layer)
  if (l == null) throw new Error(`wire: no ${layer} layer`)
  return l
}
