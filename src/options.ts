import { InvalidArgumentError } from './errors.js'
import { checkPeerIds } from './net/peer-ids.js'
import type { CoordLimits } from './coord/state.js'
import type { StorageOption } from './platform.js'
import type { PrivateKey } from '@libp2p/interface'
import { multiaddr } from '@multiformats/multiaddr'
import { checkBoolean, checkInteger, checkMs, checkOptions, checkString, invalid, MAX_MS } from './arguments.js'

/**
 * What `createPeer` takes; every option has a default. Inconsistent options are refused
 * with InvalidArgumentError before anything starts.
 */
export interface PeerOptions {
  /** Namespace of topics and protocols: peers of different meshes ignore each other. Default 'default'. */
  mesh?: string
  /** Addresses to listen on. Node default: TCP and WebSockets on 127.0.0.1, random ports. Browsers only dial. */
  listen?: string[]
  /** Multiaddrs of any members of the mesh; the rest are found through them. */
  bootstrap?: string[]
  /** A directory (Node), an IndexedDB name (browser, the default), 'memory', or a Storage. Node default: 'memory'. */
  storage?: StorageOption
  /**
   * This peer's identity. Default: in Node with a storage directory, the key kept there
   * (created on first use), so a restarted peer keeps its id; otherwise a new Ed25519 key
   * (browser tabs of one origin share their IndexedDB, so they never keep one).
   */
  privateKey?: PrivateKey
  /** Keep the identity in `storage` (see `privateKey`). Default: true in Node with durable storage, false in browsers. */
  keepIdentity?: boolean
  /** Election rank: the lowest live rank leads. Default: unranked, after every ranked peer, by peer id. */
  rank?: number
  /** false: never stands for election (still votes in quorum mode). Default true. */
  candidate?: boolean
  /** Take over from a working leader of higher rank (it hands over cleanly). Default false. */
  preempt?: boolean
  /** Cluster size: quorum mode, safe under partitions (a minority side never elects). Omit for open mode. */
  members?: number
  /**
   * The cluster's voters by peer id: quorum mode in which only these peers vote and lead,
   * however any other peer is started (with `members` alone, any peer that claims the same
   * cluster size votes). Implies `members: voters.length`.
   */
  voters?: string[]
  /**
   * Open mode: lead (and so grant locks) even before this peer has ever met another. Default
   * false: a peer whose bootstrap never answered would otherwise lead a mesh of one and
   * grant locks nobody else can see. (Quorum mode needs its majority anyway.)
   */
  allowSolo?: boolean
  /**
   * A private mesh: the pre-shared key of libp2p's private networks (pnet), as its swarm
   * key file holds it ("/key/swarm/psk/1.0.0/", "/base16/", 64 hex digits; `accord psk`
   * makes one). A peer without the same key cannot connect to any member at all. Node
   * transports (TCP, WebSockets); not over WebRTC between browser tabs.
   */
  psk?: Uint8Array | string
  /** Connect only with these peers (by peer id), in both directions: an allow-list. */
  allow?: string[]
  /** Capabilities this peer advertises in its heartbeats (e.g. 'gpu'). */
  capabilities?: string[]
  /** Bounds of the lock and barrier tables. */
  coord?: Partial<CoordLimits>
  /** Lease-holder timing. */
  lease?: Partial<LeaseTiming>
  /** Tuning; defaults suit a LAN mesh of tens of peers. */
  tuning?: Partial<Tuning>
  /**
   * Node: serve as a circuit relay (v2) so that browser peers, which cannot listen, can
   * reach each other through this peer and then connect directly over WebRTC. Default false
   * (`accord agent` turns it on).
   */
  relay?: boolean
  /**
   * Browser: ICE servers for WebRTC between tabs. Default none: host candidates only,
   * enough on one machine or a LAN; add STUN/TURN servers to cross NATs.
   */
  iceServers?: Array<{
    /** The server's URL or URLs, e.g. 'stun:stun.example.org:3478' or 'turn:…'. */
    urls: string | string[]
    /** TURN only: the user name. */
    username?: string
    /** TURN only: the password. */
    credential?: string
  }>
}

/**
 * The election's and lease holder's timing (the `lease` option), all in ms. Every peer of
 * a mesh should use the same values. `ttlMs` must be at least two `heartbeatMs`,
 * `heartbeatMs` at least 10, and `driftMarginMs` less than `ttlMs - heartbeatMs`
 * (InvalidArgumentError otherwise).
 */
export interface LeaseTiming {
  /**
   * How long a voter's promise to the leader lasts after its ack. A leader change cannot
   * happen sooner after the leader goes silent, so this is what a stall of the leader's
   * event loop must stay under for the mesh to keep its leader. Default 2,000 ms (a 1 s
   * stall is survived with room to spare; failover after a crash takes about this long).
   */
  ttlMs: number
  /** Lease renewal (leader to voters, direct streams) and election tick period. Default 200 ms. */
  heartbeatMs: number
  /**
   * Membership heartbeat period on the control topic (the voters'). Slower than lease
   * renewal: every gossip message reaches every voter a few times and costs each a
   * signature check, while a dead leader is detected by its voters' lapsed promises, not
   * by this. Default 500 ms (at 200 ms the voters' heartbeats were most of a fleet's idle
   * cost: 3.6 % of a core per peer in a 10-peer fleet with 5 voters, 2.1 % at 500 ms).
   */
  memberHeartbeatMs: number
  /**
   * The least silence after which a member may be suspected dead; the phi-accrual detector
   * waits longer for members whose heartbeats arrive irregularly. Default 1,500 ms.
   */
  suspectAfterMs: number
  /** The leader stops acting this long before its voters' promises can lapse (clock-rate drift). Default 10% of ttlMs. */
  driftMarginMs: number
}

/** Limits and periods of the transport, documents and membership (the `tuning` option). */
export interface Tuning {
  /** Largest gossip message in bytes; bigger updates travel by the sync stream. Default 4 MiB. */
  gossipMaxBytes: number
  /** Largest request/response frame in bytes (a whole document's catch-up). Default 256 MiB. */
  rpcMaxBytes: number
  /** Deadline of one request in ms. Default 10 s. */
  requestTimeoutMs: number
  /** Anti-entropy digest period in ms. Default 2 s. */
  antiEntropyMs: number
  /**
   * How often a peer announces its addresses on the discovery topic, in ms. Heartbeats
   * carry them too, so this is a backstop; every announcement reaches every peer, so a
   * short period costs a large fleet dearly. Default 5 min (a peer also announces itself
   * when it starts).
   */
  discoveryIntervalMs: number
  /** Compact a stored document once its log holds this many bytes. Default 4 MiB. */
  compactBytes: number
  /**
   * Dial discovered peers until this many are connected. A mesh up to this size is fully
   * connected; a larger one is a random graph of about this degree (voters always connect
   * to each other; a fleet's client to two voters at most). Default 8.
   */
  maxPeers: number
  /** Lost members are redialled every this many ms, backing off to 5 s. Default 1 s. */
  redialMs: number
  /** `peer.status` turns from 'connecting' to 'isolated' after this long without meeting another member. Default 5 s. */
  isolatedAfterMs: number
  /** A member unreachable for this long is forgotten. Default 10 min. */
  forgetMs: number
  /** A writer silent this long has its counters folded out of variables' clocks (see Variable). Default 10 min. */
  foldClocksAfterMs: number
  /**
   * A 'reject' write the lease holder accepted but has not seen written after this long
   * is presumed abandoned (its writer died), so the variable is not wedged. Default 5 s.
   */
  abandonedWriteMs: number
  /**
   * A fleet's client (named voters, this peer not one) keeps a poll open to one voter, who
   * answers it when the leader or the live voters change, else after this long: the
   * client's heartbeat, and how long a dead client goes unnoticed (about three of them).
   * Default 5 s, at most 30 s.
   */
  attendHoldMs: number
}

const DEFAULT_TUNING: Tuning = {
  gossipMaxBytes: 4 * 1024 * 1024,
  rpcMaxBytes: 256 * 1024 * 1024,
  requestTimeoutMs: 10_000,
  antiEntropyMs: 2_000,
  discoveryIntervalMs: 300_000,
  compactBytes: 4 * 1024 * 1024,
  maxPeers: 8,
  redialMs: 1_000,
  isolatedAfterMs: 5_000,
  forgetMs: 10 * 60_000,
  foldClocksAfterMs: 10 * 60_000,
  abandonedWriteMs: 5_000,
  attendHoldMs: 5_000
}

export interface ResolvedOptions {
  mesh: string
  bootstrap: string[]
  rank?: number
  candidate: boolean
  preempt: boolean
  members?: number
  /** The voters by peer id, if named. */
  voters?: string[]
  allowSolo: boolean
  psk?: Uint8Array
  allow?: string[]
  capabilities: string[]
  lease: LeaseTiming
  coord: CoordLimits
  tuning: Tuning
}

/** Fills defaults and refuses inconsistent options with InvalidArgumentError. */
export function resolveOptions (o: PeerOptions): ResolvedOptions {
  checkPeerOptions(o)
  const mesh = o.mesh ?? 'default'
  if (!/^[\w.-]{1,64}$/.test(mesh)) throw invalid('peer options.mesh', '1 to 64 characters of [A-Za-z0-9_.-]', mesh)
  const voters = o.voters != null ? checkVoters(o.voters, o.members) : undefined
  const heartbeatMs = o.lease?.heartbeatMs ?? 200
  const ttlMs = o.lease?.ttlMs ?? 2_000
  const memberHeartbeatMs = o.lease?.memberHeartbeatMs ?? Math.max(500, heartbeatMs)
  const lease: LeaseTiming = {
    heartbeatMs,
    ttlMs,
    memberHeartbeatMs,
    suspectAfterMs: o.lease?.suspectAfterMs ?? Math.max(1_500, memberHeartbeatMs * 3),
    driftMarginMs: o.lease?.driftMarginMs ?? Math.ceil(ttlMs * 0.1)
  }
  if (heartbeatMs < 10) throw invalid('peer options.lease.heartbeatMs', 'at least 10 ms', heartbeatMs)
  if (ttlMs < 2 * heartbeatMs) throw invalid('peer options.lease.ttlMs', `at least two heartbeats (${2 * heartbeatMs} ms)`, ttlMs)
  if (lease.driftMarginMs >= ttlMs - heartbeatMs) throw invalid('peer options.lease.driftMarginMs', `less than ttlMs - heartbeatMs (${ttlMs - heartbeatMs} ms): at least one heartbeat of lease must remain`, lease.driftMarginMs)
  return {
    mesh,
    bootstrap: o.bootstrap ?? [],
    rank: o.rank,
    candidate: o.candidate ?? true,
    preempt: o.preempt ?? false,
    members: voters?.length ?? o.members,
    voters,
    allowSolo: o.allowSolo ?? false,
    psk: o.psk != null ? checkPsk(o.psk) : undefined,
    allow: o.allow != null ? checkPeerIds('allow', o.allow) : undefined,
    capabilities: o.capabilities ?? [],
    lease,
    coord: { ...DEFAULT_COORD, ...o.coord },
    tuning: { ...DEFAULT_TUNING, ...o.tuning }
  }
}

const DEFAULT_COORD: CoordLimits = { maxQueue: 64, maxLocks: 256, maxReentry: 64, maxBarriers: 256, maxVariables: 4096, maxSemaphores: 256, maxElections: 256, maxQueues: 256, maxPendingTasks: 100_000, keepFinishedTasks: 1_000 }
const LEASE_KEYS = ['ttlMs', 'heartbeatMs', 'memberHeartbeatMs', 'suspectAfterMs', 'driftMarginMs'] as const

const addresses = (option: string, value: unknown): void => {
  if (!Array.isArray(value)) throw invalid(option, 'an array of multiaddrs', value)
  value.forEach((a, i) => {
    if (typeof a !== 'string') throw invalid(`${option}[${i}]`, 'a multiaddr string', a)
    try { multiaddr(a) } catch { throw invalid(`${option}[${i}]`, 'a multiaddr, e.g. /ip4/127.0.0.1/tcp/4001/ws/p2p/12D3KooW…', a) }
  })
}
const strings = (option: string, value: unknown): void => {
  if (!Array.isArray(value)) throw invalid(option, 'an array of strings', value)
  value.forEach((s, i) => { checkString(`${option}[${i}]`, s) })
}
/** An object of the given keys, each checked by `check`. */
const limits = (keys: readonly string[], check: (option: string, value: unknown) => unknown) =>
  (option: string, value: unknown): void => { checkOptions(option, value as object, Object.fromEntries(keys.map(k => [k, check]))) }

/**
 * The shape of every peer option (types, ranges, known names), so that a mistake is refused
 * at createPeer, naming the option; the consistency of the lease timings, voters and psk
 * is checked where they are resolved.
 */
function checkPeerOptions (o: PeerOptions): void {
  checkOptions('peer options', o, {
    mesh: (option, value) => checkString(option, value, 64),
    listen: addresses,
    bootstrap: addresses,
    storage: (option, value) => {
      const storage = value as { get?: unknown } | null
      if (typeof value !== 'string' && (typeof storage !== 'object' || storage === null || typeof storage.get !== 'function')) throw invalid(option, 'a directory path (Node), an IndexedDB name (browsers) or a Storage', value)
    },
    privateKey: (option, value) => {
      if (typeof value !== 'object' || value === null || typeof (value as PrivateKey).sign !== 'function') throw invalid(option, 'a libp2p PrivateKey (e.g. from generateKeyPair)', value)
    },
    keepIdentity: checkBoolean,
    rank: (option, value) => checkInteger(option, value, 0),
    candidate: checkBoolean,
    preempt: checkBoolean,
    members: (option, value) => checkInteger(option, value, 1, 255),
    voters: (option, value) => { if (!Array.isArray(value)) throw invalid(option, 'an array of 1 to 255 peer ids', value) },
    allowSolo: checkBoolean,
    psk: (option, value) => { if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw invalid(option, 'a swarm key, as a string or bytes (accord psk makes one)', value) },
    allow: (option, value) => { if (!Array.isArray(value)) throw invalid(option, 'an array of peer ids', value) },
    capabilities: strings,
    coord: limits(Object.keys(DEFAULT_COORD), (option, value) => checkInteger(option, value, 1, 1_000_000)),
    lease: limits(LEASE_KEYS, (option, value) => checkMs(option, value, 0, MAX_MS)),
    // ms and bytes alike: at most what setTimeout takes (a longer timer would fire at once)
    tuning: limits(Object.keys(DEFAULT_TUNING), (option, value) => checkInteger(option, value, 1, 0x7fffffff)),
    relay: checkBoolean,
    iceServers: (option, value) => { if (!Array.isArray(value)) throw invalid(option, 'an array of { urls, username?, credential? }', value) }
  })
}

function checkVoters (voters: unknown, members: number | undefined): string[] {
  if (!Array.isArray(voters) || voters.length < 1 || voters.length > 255) throw new InvalidArgumentError('voters must be an array of 1 to 255 peer ids')
  const ids = checkPeerIds('voters', voters)
  if (members != null && members !== ids.length) throw new InvalidArgumentError(`members (${members}) must equal the number of voters (${ids.length}), or be left out`)
  return ids
}

/** A swarm key file's contents: the tag line, the encoding line, 64 hex digits (32 bytes). */
function checkPsk (psk: Uint8Array | string): Uint8Array {
  const text = typeof psk === 'string' ? psk : new TextDecoder().decode(psk)
  const [tag, codec, hex] = text.split(/\r\n|\r|\n/)
  if (tag !== '/key/swarm/psk/1.0.0/' || codec !== '/base16/' || !/^[0-9a-fA-F]{64}$/.test(hex ?? '')) {
    throw new InvalidArgumentError('psk must be a swarm key: "/key/swarm/psk/1.0.0/", "/base16/" and 64 hex digits, one per line (accord psk makes one)')
  }
  return new TextEncoder().encode(`${tag}\n${codec}\n${hex!.toLowerCase()}`)
}
