/**
 * The network scenarios of the benchmark: all real libp2p over TCP on 127.0.0.1 (noise,
 * yamux, gossipsub with StrictSign), every peer in this process, so one clock
 * (performance.now()) times every peer, and every peer shares this one JS thread.
 */
import { prng } from '../test/support/prng.js'
import { sleep, waitFor as sharedWaitFor } from '../test/support/wait.js'
import '../src/net/polyfill.js'
import { performance } from 'node:perf_hooks'
import { lpStream } from '@libp2p/utils'
import * as Y from 'yjs'
import { createPeer, type Peer, type PeerOptions } from '../src/index.node.js'
import { topics } from '../src/net/topics.js'
import { summarize, type Summary } from './stats.js'

export type Log = (line: string) => void

/** TCP only: the bench measures the TCP path (WebSockets is for browsers). */
export const TCP_ONLY = ['/ip4/127.0.0.1/tcp/0']

let meshCounter = 0
export function freshMesh (): string {
  return `bench${process.pid}-${meshCounter++}`
}

export function tcpAddr (peer: Peer): string {
  const a = peer.addrs.find(x => x.includes('/tcp/') && !x.includes('/ws'))
  if (a == null) throw new Error(`peer ${peer.id} has no TCP address: ${peer.addrs.join(', ')}`)
  return a
}

export { sleep } from '../test/support/wait.js'
/** Yields to the event loop for one macrotask (setImmediate: pending I/O and timers run first). */
export const macrotask = async (): Promise<void> => { await new Promise(resolve => setImmediate(resolve)) }

/** The shared waitFor, polling faster (10 ms) and longer (30 s) by default: benchmarks time what they wait for. */
export async function waitFor (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000, pollMs = 10): Promise<void> {
  await sharedWaitFor(what, check, { timeoutMs, pollMs })
}

/** Resolves `p`, or `undefined` once `ms` have passed (the timer never outlives the race). */
async function within<T> (p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([p, new Promise<undefined>(resolve => { timer = setTimeout(() => { resolve(undefined) }, ms) })])
  } finally {
    clearTimeout(timer)
  }
}

/** Options every bench peer gets (from --peer-options), besides TCP-only listening. */
let extraOptions: PeerOptions = {}
export function setPeerOptions (options: PeerOptions): void { extraOptions = options }

export async function createBenchPeer (options: PeerOptions = {}): Promise<Peer> {
  return await createPeer({ listen: TCP_ONLY, ...extraOptions, ...options })
}

/**
 * Starts `n` peers; every peer after the first bootstraps from the first. Each dials
 * `maxPeers` others: by default all of them (a full mesh).
 */
export async function startMesh (n: number, log: Log, maxPeers = Math.max(8, n - 1)): Promise<Peer[]> {
  const mesh = freshMesh()
  log(`starting ${n} peers…`)
  const t0 = performance.now()
  // fully connected, as these scenarios assume (every peer a direct subscriber of every
  // other): with the default of 8 dialled peers, two peers of a 10-peer mesh can each stop
  // at 8 connections without the other, and then see 8 subscribers, not 9
  const tuning = { maxPeers }
  const first = await createBenchPeer({ mesh, tuning })
  const rest = await Promise.all(Array.from({ length: n - 1 }, async () => await createBenchPeer({ mesh, tuning, bootstrap: [tcpAddr(first)] })))
  log(`  ${n} peers started in ${Math.round(performance.now() - t0)} ms`)
  return [first, ...rest]
}

/** Waits until every peer is connected to at least `minPeers` others. */
export async function waitConnected (peers: Peer[], minPeers: number, log: Log): Promise<number> {
  const t0 = performance.now()
  await waitFor(`every peer connected to >= ${minPeers} others`, () => peers.every(p => p.network.connections().length >= minPeers), 30_000, 25)
  const ms = performance.now() - t0
  log(`  every peer connected to >= ${minPeers} others ${Math.round(ms)} ms later ` +
    `(fewest connections: ${Math.min(...peers.map(p => p.network.connections().length))})`)
  return ms
}

/** Opens `name` on every peer and waits for each peer's initial catch-up. */
export async function openEverywhere (peers: Peer[], name: string): Promise<Y.Doc[]> {
  const docs = await Promise.all(peers.map(async p => await p.doc(name)))
  await Promise.all(peers.map(async p => { await p.synced(name) }))
  return docs
}

/**
 * Waits until every peer's gossipsub knows every other peer subscribes to the doc topic:
 * before that, the first updates would measure subscription gossip, not propagation.
 */
export async function waitSubscribed (peers: Peer[], name: string): Promise<void> {
  const topic = topics.doc(peers[0]!.mesh, name)
  await waitFor(`every peer to see ${peers.length - 1} subscribers of ${topic}`,
    () => peers.every(p => p.node.services.pubsub.getSubscribers(topic).length >= peers.length - 1), 30_000, 25)
}

export async function stopAll (peers: Peer[]): Promise<void> {
  await Promise.allSettled(peers.map(async p => { await p.stop() }))
}

/** A small deterministic PRNG (mulberry32), so every run picks the same writers. */
export const rng = prng

// ---------------------------------------------------------------------------------------
// 0. Baseline: raw libp2p stream round trips between two peers.

export interface BaselineResult {
  messageBytes: number
  /** write + read of one small length-prefixed message on one open stream. */
  persistentRoundTripMs: Summary
  /** dialProtocol (new yamux stream + multistream-select) + write + read, then close. */
  newStreamRoundTripMs: Summary
  /** Scenario 1's measurement on these two peers: one accord update, one hop. */
  twoPeerPropagation?: PropagationResult
}

const ECHO = '/bench/echo/1.0.0'

export async function benchBaseline (log: Log, opts: { roundTrips: number, newStreamTrials: number, warmup: number, propagationTrials: number }): Promise<BaselineResult> {
  const peers = await startMesh(2, log)
  const [a, b] = peers as [Peer, Peer]
  try {
    await waitConnected(peers, 1, log)
    await b.node.handle(ECHO, async (stream) => {
      const lp = lpStream(stream)
      try {
        while (true) await lp.write(await lp.read())
      } catch {
        // the dialer closed its end
      }
      await stream.close().catch(() => {})
    }, { maxInboundStreams: 1024 })
    const message = new Uint8Array(64).fill(7)

    log(`baseline: ${opts.warmup} warm-up + ${opts.roundTrips} round trips of ${message.byteLength} bytes on one persistent stream…`)
    const stream = await a.node.dialProtocol(b.peerId, ECHO)
    const lp = lpStream(stream)
    const persistent: number[] = []
    for (let i = 0; i < opts.warmup + opts.roundTrips; i++) {
      const t = performance.now()
      await lp.write(message)
      await lp.read()
      if (i >= opts.warmup) persistent.push(performance.now() - t)
    }
    await stream.close()

    log(`baseline: ${opts.warmup} warm-up + ${opts.newStreamTrials} requests with a new stream each…`)
    const fresh: number[] = []
    for (let i = 0; i < opts.warmup + opts.newStreamTrials; i++) {
      const t = performance.now()
      const s = await a.node.dialProtocol(b.peerId, ECHO)
      const l = lpStream(s)
      await l.write(message)
      await l.read()
      if (i >= opts.warmup) fresh.push(performance.now() - t)
      await s.close()
    }
    const result: BaselineResult = { messageBytes: message.byteLength, persistentRoundTripMs: summarize(persistent), newStreamRoundTripMs: summarize(fresh) }
    if (opts.propagationTrials > 0) {
      result.twoPeerPropagation = await benchPropagation(peers, log, { trials: opts.propagationTrials, warmup: 10, seed: 7, pauseMs: 2 })
    }
    return result
  } finally {
    await stopAll(peers)
  }
}

// ---------------------------------------------------------------------------------------
// The 10-peer mesh of scenarios 1 and 2.

export interface MeshSetup {
  peers: Peer[]
  startMs: number
  connectMs: number
}

export async function startReadyMesh (n: number, log: Log, minPeers = Math.min(8, n - 1), maxPeers?: number): Promise<MeshSetup> {
  const t0 = performance.now()
  const peers = await startMesh(n, log, maxPeers)
  const startMs = performance.now() - t0
  const connectMs = await waitConnected(peers, minPeers, log)
  return { peers, startMs, connectMs }
}

export interface IdleResult {
  peers: number
  ms: number
  /** CPU time of this process (all peers) per wall time, in % of one core. */
  cpuPercentOfOneCore: number
  /** Fraction of the time the event loop (the one JS thread all peers share) was busy. */
  eventLoopUtilization: number
  /** Gossip messages per second, summed over all peers. */
  gossipPublishedPerSec: number
  gossipReceivedPerSec: number
}

/** What the mesh costs doing nothing (heartbeats, discovery, anti-entropy, gossipsub upkeep). */
export async function measureIdle (peers: Peer[], ms: number): Promise<IdleResult> {
  const sum = (k: 'published' | 'received'): number => peers.reduce((a, p) => a + p.stats().gossip[k], 0)
  const p0 = sum('published'); const r0 = sum('received')
  const c0 = process.cpuUsage(); const t0 = performance.now(); const elu0 = performance.eventLoopUtilization()
  await sleep(ms)
  const cpu = process.cpuUsage(c0); const wall = performance.now() - t0; const elu = performance.eventLoopUtilization(elu0)
  return {
    peers: peers.length,
    ms: wall,
    cpuPercentOfOneCore: 100 * ((cpu.user + cpu.system) / 1000) / wall,
    eventLoopUtilization: elu.utilization,
    gossipPublishedPerSec: (sum('published') - p0) / (wall / 1000),
    gossipReceivedPerSec: (sum('received') - r0) / (wall / 1000)
  }
}

// ---------------------------------------------------------------------------------------
// 1. Propagation of single updates.

export interface PropagationResult {
  peers: number
  trials: number
  timeouts: number
  /** Time from `set` on the writer until the last of the other peers has the key. */
  toLastPeerMs: Summary
  /** …until the first of the other peers has it. */
  toFirstPeerMs: Summary
  /** Time from `set` until each other peer has the key (trials × (peers - 1) samples). */
  toEachPeerMs: Summary
}

export async function benchPropagation (peers: Peer[], log: Log, opts: { trials: number, warmup: number, seed: number, pauseMs: number }): Promise<PropagationResult> {
  const name = 'bench-propagation'
  const docs = await openEverywhere(peers, name)
  await waitSubscribed(peers, name)
  log(`propagation: every peer has '${name}' open and synced; ${opts.warmup} warm-up + ${opts.trials} trials…`)

  // arrivals of the current key: peer index -> performance.now() when the key showed up there
  let current = ''
  let seen = new Map<number, number>()
  let onAll: (() => void) | undefined
  docs.forEach((doc, i) => {
    doc.getMap('m').observe(evt => {
      const now = performance.now()
      if (!evt.keysChanged.has(current) || seen.has(i)) return
      seen.set(i, now)
      if (seen.size === peers.length) onAll?.()
    })
  })

  const random = rng(opts.seed)
  const toLast: number[] = []
  const toFirst: number[] = []
  const toEach: number[] = []
  let timeouts = 0
  const total = opts.warmup + opts.trials
  for (let t = 0; t < total; t++) {
    const writer = Math.floor(random() * peers.length)
    current = `k${t}`
    seen = new Map()
    const all = new Promise<boolean>(resolve => { onAll = () => resolve(true) })
    const t0 = performance.now()
    docs[writer]!.getMap('m').set(current, t) // the writer's own observer fires synchronously
    const ok = await within(all, 5_000)
    if (ok !== true) {
      timeouts++
      log(`  trial ${t + 1}: only ${seen.size - 1}/${peers.length - 1} peers had the key after 5 s`)
    } else if (t >= opts.warmup) {
      const others = [...seen].filter(([i]) => i !== writer).map(([, at]) => at - t0)
      toEach.push(...others)
      toLast.push(Math.max(...others))
      toFirst.push(Math.min(...others))
    }
    if ((t + 1) % 25 === 0 || t + 1 === total) log(`  trial ${t + 1}/${total} (${peers.length} peers)`)
    await sleep(opts.pauseMs) // independent trials: the previous message's forwarding has settled
  }
  return { peers: peers.length, trials: opts.trials, timeouts, toLastPeerMs: summarize(toLast), toFirstPeerMs: summarize(toFirst), toEachPeerMs: summarize(toEach) }
}

// ---------------------------------------------------------------------------------------
// 2. Throughput of one writer.

export interface ThroughputRun {
  writer: number
  /** From the first set until the slowest peer has every key. */
  slowestPeerMs: number
  slowestPeerUpdatesPerSec: number
  /** Same, for the median receiving peer. */
  medianPeerUpdatesPerSec: number
  /** From the first set until the writer's loop returns (receivers run in the yields). */
  writerMs: number
  /** Gossip messages the writer published during the run (a burst is merged into one). */
  messagesPublished: number
}

/**
 * One writer makes `updates` separate `Y.Map.set` transactions, `chunk` of them
 * synchronously, then yields one macrotask (setImmediate), and so on. Every other peer
 * counts the keys arriving through its map observer.
 */
export async function benchThroughputRun (peers: Peer[], run: number, opts: { updates: number, chunk: number }): Promise<ThroughputRun> {
  const name = `bench-throughput-${run}`
  const docs = await openEverywhere(peers, name)
  await waitSubscribed(peers, name)
  const writer = (3 * run + 1) % peers.length
  const done: Array<number | undefined> = docs.map(() => undefined)
  const counts = docs.map(() => 0)
  let finished = 0
  const allDone = new Promise<boolean>(resolve => {
    docs.forEach((doc, i) => {
      if (i === writer) return
      doc.getMap('m').observe(evt => {
        counts[i]! += evt.keysChanged.size
        if (counts[i]! >= opts.updates && done[i] == null) {
          done[i] = performance.now()
          if (++finished === peers.length - 1) resolve(true)
        }
      })
    })
  })
  const published0 = peers[writer]!.stats().gossip.published
  const map = docs[writer]!.getMap('m')
  const t0 = performance.now()
  for (let i = 0; i < opts.updates; i += opts.chunk) {
    const end = Math.min(i + opts.chunk, opts.updates)
    for (let k = i; k < end; k++) map.set(`k${k}`, k) // outside a transaction: one update each
    await macrotask()
  }
  const writerMs = performance.now() - t0
  if (await within(allDone, 120_000) !== true) {
    throw new Error(`throughput run ${run + 1}: after 120 s peers had ${counts.filter((_, i) => i !== writer).join(', ')} of ${opts.updates} keys`)
  }
  const times = done.filter((d): d is number => d != null).map(d => d - t0).sort((a, b) => a - b)
  const slowest = times[times.length - 1]!
  const mid = times[Math.floor(times.length / 2)]!
  return {
    writer,
    slowestPeerMs: slowest,
    slowestPeerUpdatesPerSec: opts.updates / (slowest / 1000),
    medianPeerUpdatesPerSec: opts.updates / (mid / 1000),
    writerMs,
    messagesPublished: peers[writer]!.stats().gossip.published - published0
  }
}

/** The same writer loop on a bare Y.Doc: no peer, no network, no storage. */
export async function benchPlainYjs (opts: { updates: number, chunk: number }): Promise<{ ms: number, updatesPerSec: number }> {
  const doc = new Y.Doc()
  const map = doc.getMap('m')
  const t0 = performance.now()
  for (let i = 0; i < opts.updates; i += opts.chunk) {
    const end = Math.min(i + opts.chunk, opts.updates)
    for (let k = i; k < end; k++) map.set(`k${k}`, k)
    await macrotask()
  }
  const ms = performance.now() - t0
  doc.destroy()
  return { ms, updatesPerSec: opts.updates / (ms / 1000) }
}

// ---------------------------------------------------------------------------------------
// 3. Late joiner: catch-up of a document of 100,000 updates.

export interface LateJoinerResult {
  updates: number
  /** Y.encodeStateAsUpdate of the whole document. */
  stateBytes: number
  /** The writer's loop: `updates` separate sets, `buildChunk` per macrotask, nobody else subscribed. */
  buildMs: number
  buildChunk: number
  /** The second holder's doc() + synced() (catch-up of the same document over the network). */
  secondHolderSyncMs: number
  trials: number
  /** From `peer.doc()` until `peer.synced()` resolved, every key present. */
  syncMs: Summary
  /** createPeer of the joiner (listen, dial the bootstrap), not part of syncMs. */
  createMs: Summary
  /** Lower bound, same process, no network: encodeStateAsUpdate + applyUpdate into a new Y.Doc. */
  localCopyMs: Summary
}

export async function benchLateJoiner (log: Log, opts: { updates: number, trials: number, buildChunk: number }): Promise<LateJoinerResult> {
  const holders = await startMesh(2, log)
  const [a, b] = holders as [Peer, Peer]
  let joiner: Peer | undefined
  try {
    await waitConnected(holders, 1, log)
    const name = 'bench-history'
    const da = await a.doc(name)
    log(`late joiner: writing ${opts.updates.toLocaleString('en-US')} updates (one transaction each, ${opts.buildChunk} per macrotask)…`)
    const tb = performance.now()
    const m = da.getMap('m')
    for (let i = 0; i < opts.updates; i += opts.buildChunk) {
      const end = Math.min(i + opts.buildChunk, opts.updates)
      for (let k = i; k < end; k++) m.set(`k${k}`, k)
      await macrotask()
      if ((end % 25_000) === 0) log(`  ${end.toLocaleString('en-US')} written`)
    }
    await a.flush(name)
    const buildMs = performance.now() - tb
    const stateBytes = Y.encodeStateAsUpdate(da).byteLength
    log(`  built in ${Math.round(buildMs)} ms (${Math.round(opts.updates / (buildMs / 1000))} updates/s; state ${(stateBytes / 1024).toFixed(0)} KiB); second holder catching up…`)
    const ts = performance.now()
    const db = await b.doc(name)
    await b.synced(name)
    const secondHolderSyncMs = performance.now() - ts
    await waitFor('second holder to have every key', () => db.getMap('m').size === opts.updates)
    await sleep(500) // the holders' own publishing and storing settle

    const syncMs: number[] = []
    const createMs: number[] = []
    const localCopyMs: number[] = []
    for (let t = 0; t < opts.trials; t++) {
      log(`late joiner: run ${t + 1}/${opts.trials}…`)
      const tl = performance.now()
      const copy = new Y.Doc()
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(da))
      localCopyMs.push(performance.now() - tl)
      copy.destroy()

      const tc = performance.now()
      joiner = await createBenchPeer({ mesh: a.mesh, bootstrap: [tcpAddr(a)] })
      createMs.push(performance.now() - tc)
      const t0 = performance.now()
      const d = await joiner.doc(name)
      await joiner.synced(name)
      const ms = performance.now() - t0
      const size = d.getMap('m').size
      if (size !== opts.updates) throw new Error(`late joiner synced with ${size} of ${opts.updates} keys`)
      syncMs.push(ms)
      log(`  synced in ${ms.toFixed(0)} ms`)
      await joiner.stop()
      joiner = undefined
    }
    return {
      updates: opts.updates,
      stateBytes,
      buildMs,
      buildChunk: opts.buildChunk,
      secondHolderSyncMs,
      trials: opts.trials,
      syncMs: summarize(syncMs),
      createMs: summarize(createMs),
      localCopyMs: summarize(localCopyMs)
    }
  } finally {
    await stopAll(joiner != null ? [...holders, joiner] : holders)
  }
}
