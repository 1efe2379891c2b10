/**
 * Scenario 14: documents beside y-websocket, in the same run. Ten replicas of a document:
 * ten accord peers (a full mesh over TCP on 127.0.0.1), and ten y-websocket clients of one
 * @y/websocket-server on 127.0.0.1 (what a Yjs user runs instead: one server, clients over
 * WebSockets). The same three measures for each, a fresh document for each:
 *
 * - one update to every reader: a random writer sets a key; time until the last of the
 *   nine readers has it (and each reader), over `trials`; the very first update after
 *   every replica is synced is reported apart (a stall there is what a user meets first);
 * - bulk: one writer makes `updates` sets, `chunk` per macrotask; rate at the slowest reader
 *   (14b measures it twice, see docs-procs.ts);
 * - late joiner: a document of `lateUpdates` sets, then a new replica; time until it holds
 *   them. `lateJoins` of them one after the other, each leaving once it is timed: the median.
 *
 * Every replica of a system shares one process and its one JS thread (the server too): one
 * clock times all of them; each system runs in a fresh process of its own (see
 * benchDocsPeers). Scenario 14b (docs-procs.ts) puts each replica in a process, and shares
 * this file's options, figures, trial loop and table.
 */
import { createServer, type Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { WebSocket as WS, WebSocketServer } from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { docs as serverDocs, setupWSConnection } from '@y/websocket-server/utils'
import { runForResult } from './children.js'
import { createBenchPeer, macrotask, rng, startReadyMesh, stopAll, tcpAddr, waitFor, type Log } from './mesh.js'
import { fmt, fmtRatio, median, summarize, table, type Summary } from './stats.js'
import { holding } from './map-holding.js'
import type { Peer } from '../src/index.node.js'

/** Ten replicas of one document, however a system makes them. */
export interface System {
  label: string
  /** `n` synced replicas of a new document `name`. */
  open: (name: string) => Promise<Y.Doc[]>
  /** A new replica of `name` joining late: ms until it holds `keys` keys of map 'm'; it has left again when this resolves, unless `stay` (then it leaves at `stop`). */
  join: (name: string, keys: number, stay?: boolean) => Promise<number>
  stop: () => Promise<void>
}

export interface DocsPeersFigures {
  firstUpdateMs: number
  /** The first update of a document opened after the trials, when the replicas have run a while (absent in runs before it was measured). */
  laterFirstUpdateMs?: number
  /** Time until the last reader has the update. */
  last: Summary
  /** Time until each reader has it (all readers of all trials). */
  each: Summary
  /** Bulk; in processes (14b), the second bulk of the deployment (the first warmed it up). */
  bulkUpdatesPerSec: number
  /** 14b: the deployment's first bulk (absent in one process, and in runs before it was measured apart). */
  firstBulkUpdatesPerSec?: number
  /** The median of the late joins (of one in runs before lateJoinerRuns was recorded). */
  lateJoinerMs: number
  /** Each late join's ms, in order. */
  lateJoinerRuns?: number[]
  /**
   * CPU (user + system) the system's processes spent during the update trials, per update:
   * all replicas (and y-websocket's server) and their upkeep in the 5 ms pauses; in one
   * process, that system's process's, the harness included. Absent in runs before it was measured.
   */
  trialsCpuUsPerUpdate?: number
}

export interface DocsPeersOptions {
  replicas: number
  trials: number
  warmup: number
  /** Bulk: sets by one writer, `chunk` per macrotask. */
  updates: number
  chunk: number
  /** Sets in the late joiner's document. */
  lateUpdates: number
  /** Late joins, one after the other (each a new replica that leaves once timed). */
  lateJoins: number
  seed: number
}

/**
 * Scenarios 14 and 14b's counts (`npm run bench`, or `--quick`). The trials follow 300
 * updates: after 10 (before a9508b1) y-websocket's code ran cold still: its one-process
 * median was 0.747 ms at 8d176f4 and 0.411-0.549 ms after 300 (the runs at a9508b1 and
 * 22605a8), while accord's moved little (1.72; 1.44, 1.42).
 */
export function docsPeersCounts (quick: boolean): DocsPeersOptions {
  return quick
    ? { replicas: 10, trials: 20, warmup: 50, updates: 5_000, chunk: 500, lateUpdates: 10_000, lateJoins: 3, seed: 14 }
    : { replicas: 10, trials: 100, warmup: 300, updates: 20_000, chunk: 500, lateUpdates: 100_000, lateJoins: 5, seed: 14 }
}

export interface DocsPeersResult {
  replicas: number
  trials: number
  /** Updates before the trials (results from before a9508b1 have none: 10 then). */
  warmup?: number
  updates: number
  lateUpdates: number
  /** Late joins per system (absent in runs before there were more than one). */
  lateJoins?: number
  accord: DocsPeersFigures
  yWebsocket: DocsPeersFigures
}

export async function accordSystem (n: number, log: Log, links?: number): Promise<System> {
  // every peer linked to all the others, as scenario 14b waits for and y-websocket's clients
  // are to their server: connected to only 8 of 9, a peer's last link was still forming
  // (a noise handshake, identify, gossip's streams) when the first document opened.
  // `links`: each peer dials that many (`maxPeers`), as a mesh larger than that runs
  const { peers } = await startReadyMesh(n, log, links == null ? n - 1 : Math.min(links, n - 1), links)
  const late: Peer[] = []
  return {
    label: 'accord',
    open: async name => {
      const docs = await Promise.all(peers.map(async p => await p.doc(name)))
      await Promise.all(peers.map(async p => { await p.synced(name) }))
      return docs
    },
    join: async (name, keys, stay = false) => {
      const peer = await createBenchPeer({ mesh: peers[0]!.mesh, bootstrap: [tcpAddr(peers[0]!)] })
      late.push(peer)
      await waitFor('the late peer connected', () => peer.network.connections().length >= Math.min(8, n))
      const t0 = performance.now()
      const doc = await peer.doc(name)
      // until it holds them all, as 14b and y-websocket's client are timed: synced() waits
      // for an exchange with every connected peer, the first of which brings everything
      const ms = await holdAll('the late peer has everything', [doc], keys, 60_000) - t0
      if (stay) return ms
      await peer.stop()
      late.splice(late.indexOf(peer), 1)
      return ms
    },
    stop: async () => { await stopAll([...peers, ...late]) }
  }
}

export async function yWebsocketSystem (n: number): Promise<System> {
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (conn, req) => { setupWSConnection(conn, req) })
  const server: Server = createServer((_req, res) => { res.writeHead(200); res.end('okay') })
  server.on('upgrade', (req, socket, head) => { wss.handleUpgrade(req, socket, head, ws => { wss.emit('connection', ws, req) }) })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const url = `ws://127.0.0.1:${port}`
  const providers: WebsocketProvider[] = []
  const connect = async (name: string): Promise<{ doc: Y.Doc, provider: WebsocketProvider, synced: Promise<void> }> => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(url, name, doc, { WebSocketPolyfill: WS as never, disableBc: true })
    providers.push(provider)
    const synced = provider.synced ? Promise.resolve() : new Promise<void>(resolve => { provider.once('sync', () => { resolve() }) })
    return { doc, provider, synced }
  }
  return {
    label: 'y-websocket',
    open: async name => {
      const clients = await Promise.all(Array.from({ length: n }, async () => await connect(name)))
      await Promise.all(clients.map(async c => { await c.synced }))
      return clients.map(c => c.doc)
    },
    join: async (name, keys, stay = false) => {
      const t0 = performance.now()
      const { doc, provider } = await connect(name)
      const ms = await holdAll('the late client has everything', [doc], keys, 60_000) - t0
      if (stay) return ms // destroyed at stop, with the others
      provider.destroy()
      doc.destroy()
      return ms
    },
    stop: async () => {
      for (const p of providers) p.destroy()
      for (const c of wss.clients) c.terminate()
      wss.close()
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => { resolve() }))
      // The server's documents live in a map of its module, kept (without persistence) after
      // their last client leaves: a server started later in this process would serve them.
      for (const doc of serverDocs.values()) doc.destroy()
      serverDocs.clear()
    }
  }
}

/** performance.now() at which the last of `docs` held `keys` keys in map 'm' (observed, not polled: see holding). */
async function holdAll (what: string, docs: Y.Doc[], keys: number, timeoutMs: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`${what}: not within ${timeoutMs} ms`)) }, timeoutMs) })
  try {
    return Math.max(...await Promise.race([Promise.all(docs.map(async d => await holding(d.getMap('m'), keys, () => performance.now()))), late]))
  } finally {
    clearTimeout(timer)
  }
}

/** Ms until each reader of `docs` (all but `writer`) has key `key` in map 'm', after `set` runs. */
export async function oneUpdate (docs: Y.Doc[], writer: number, key: string): Promise<number[]> {
  const t0 = performance.now()
  const times: number[] = []
  const arrived = Promise.all(docs.map(async (doc, i) => {
    if (i === writer) return
    const map = doc.getMap('m')
    await new Promise<void>(resolve => {
      const seen = (): void => { if (map.has(key)) { times.push(performance.now() - t0); map.unobserve(seen); resolve() } }
      map.observe(seen)
    })
  }))
  docs[writer]!.getMap('m').set(key, writer)
  // (cleared once all arrived: left pending, each trial's 30 s timer and promise outlived
  // ~4,000 more trials, old garbage in either system's process)
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([arrived, new Promise((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`update ${key} not everywhere in 30 s`)) }, 30_000) })])
  } finally {
    clearTimeout(timer)
  }
  return times
}

/** One update: `writer` (a replica's index) sets `key`; resolves with the ms until each reader has it. */
export type OneUpdate = (writer: number, key: string) => Promise<number[]>

/**
 * The first update after every replica is synced (from replica 0), then `warmup` +
 * `trials` updates, each from a random writer (seeded): the same writers in every run and
 * for every system. A 5 ms pause between trials keeps them independent.
 */
export async function updateTrials (replicas: number, oneUpdate: OneUpdate, opts: Pick<DocsPeersOptions, 'trials' | 'warmup' | 'seed'>): Promise<Pick<DocsPeersFigures, 'firstUpdateMs' | 'last' | 'each'>> {
  const random = rng(opts.seed)
  const firstUpdateMs = Math.max(...await oneUpdate(0, 'first'))
  const last: number[] = []
  const each: number[] = []
  for (let t = 0; t < opts.warmup + opts.trials; t++) {
    const times = await oneUpdate(Math.floor(random() * replicas), `k${t}`)
    if (t >= opts.warmup) { last.push(Math.max(...times)); each.push(...times) }
    await new Promise(resolve => setTimeout(resolve, 5))
  }
  return { firstUpdateMs, last: summarize(last), each: summarize(each) }
}

async function measure (system: System, log: Log, opts: DocsPeersOptions): Promise<DocsPeersFigures> {
  log(`docs beside y-websocket: ${system.label}: one update to every reader, ${opts.trials} trials`)
  const docs = await system.open('bench-one-update')
  const cpu0 = process.cpuUsage()
  const updates = await updateTrials(docs.length, async (writer, key) => await oneUpdate(docs, writer, key), opts)
  const cpu = process.cpuUsage(cpu0)
  const trialsCpuUsPerUpdate = (cpu.user + cpu.system) / (1 + opts.warmup + opts.trials)
  // the first update of a document opened once the replicas have run a while
  const later = await system.open('bench-later')
  const laterFirstUpdateMs = Math.max(...await oneUpdate(later, 0, 'later-first'))

  // Once here (14b's processes measure it twice): in this process a second bulk ran slower
  // than the first (6,995 and 8,960/s after 8,929 and 11,956/s), and the late joiner after
  // both took 2.1–2.3 s where it took 0.4–1.3 s after one.
  log(`docs beside y-websocket: ${system.label}: bulk, ${opts.updates} sets`)
  const bulk = await system.open('bench-bulk')
  const writer = bulk[1]!
  const readers = bulk.filter(d => d !== writer)
  const t0 = performance.now()
  for (let i = 0; i < opts.updates; i += opts.chunk) {
    for (let j = i; j < Math.min(opts.updates, i + opts.chunk); j++) writer.getMap('m').set(`b${j}`, j)
    await macrotask()
  }
  const bulkUpdatesPerSec = opts.updates / ((await holdAll('every reader has the bulk', readers, opts.updates, 120_000) - t0) / 1000)

  log(`docs beside y-websocket: ${system.label}: late joiner of ${opts.lateUpdates} sets, ${opts.lateJoins} joins`)
  const lateJoinerRuns = await lateJoins(system, opts)

  return { ...updates, laterFirstUpdateMs, bulkUpdatesPerSec, lateJoinerMs: median(lateJoinerRuns), lateJoinerRuns, trialsCpuUsPerUpdate }
}

/** A document of `lateUpdates` sets (replica 0's, `chunk` per macrotask) held by every replica, then a new replica: ms until it holds them all. */
export async function lateJoiner (system: System, opts: Pick<DocsPeersOptions, 'lateUpdates' | 'chunk'>): Promise<number> {
  return (await lateJoins(system, { ...opts, lateJoins: 1 }))[0]!
}

/** lateJoiner's document, then `lateJoins` new replicas, one after the other (see joinsInTurn): the ms of each. */
export async function lateJoins (system: System, opts: Pick<DocsPeersOptions, 'lateUpdates' | 'chunk' | 'lateJoins'>): Promise<number[]> {
  const late = await system.open('bench-late')
  for (let i = 0; i < opts.lateUpdates; i += opts.chunk) {
    for (let j = i; j < Math.min(opts.lateUpdates, i + opts.chunk); j++) late[0]!.getMap('m').set(`l${j}`, j)
    await macrotask()
  }
  await holdAll('every replica has the document', late, opts.lateUpdates, 180_000)
  return await joinsInTurn(opts.lateJoins, async () => await system.join('bench-late', opts.lateUpdates))
}

/**
 * `count` late joins one after the other, each timed and gone before the next, a pause
 * between them: the ms of each (scenarios 14 and 14b report the median). One join was one
 * sample of a process holding ten replicas of the document (~0.5 GB of heap in either
 * system): in scratch runs with --trace-gc, accord's same join took 220 ms, or 680 when a
 * major collection's incremental marking ran through it; y-websocket's took 270 and 430.
 */
export async function joinsInTurn (count: number, join: () => Promise<number>): Promise<number[]> {
  const runs: number[] = []
  for (let k = 0; k < count; k++) {
    if (k > 0) await new Promise(resolve => setTimeout(resolve, BETWEEN_JOINS_MS))
    runs.push(await join())
  }
  return runs
}

/** The pause between two late joins: the last one's leaving is seen and handled by the replicas. */
const BETWEEN_JOINS_MS = 1_000

/**
 * Each system runs in a process of its own (bench/docs-peers-system.ts), one after the other:
 * sharing one process, the second system paid for collecting the first one's garbage (its
 * bulk and late joiner met a heap holding the other's 120,000-set documents) and the first
 * for warming the code both use (yjs, lib0). Accord's one-process bulk was 17,549/s second
 * to y-websocket (`--only=docs-peers` at 58cf23f), 21,931–22,665/s in a process of its own
 * (four runs at 8d176f4).
 */
export async function benchDocsPeers (log: Log, opts: DocsPeersOptions & { peerOptions?: string }): Promise<DocsPeersResult> {
  const { peerOptions, ...counts } = opts
  const accord = await inItsOwnProcess('accord', counts, peerOptions, log)
  const yWebsocket = await inItsOwnProcess('yWebsocket', counts, peerOptions, log)
  return { replicas: opts.replicas, trials: opts.trials, warmup: opts.warmup, updates: opts.updates, lateUpdates: opts.lateUpdates, lateJoins: opts.lateJoins, accord, yWebsocket }
}

export type SystemName = 'accord' | 'yWebsocket'

/** Starts `name`'s replicas in this process, measures them, stops them. */
export async function measureSystem (name: SystemName, log: Log, opts: DocsPeersOptions): Promise<DocsPeersFigures> {
  const system = name === 'accord' ? await accordSystem(opts.replicas, log) : await yWebsocketSystem(opts.replicas)
  try {
    return await measure(system, log, opts)
  } finally {
    await system.stop()
  }
}

const SYSTEM_CHILD = fileURLToPath(new URL('./docs-peers-system.ts', import.meta.url))

async function inItsOwnProcess (name: SystemName, opts: DocsPeersOptions, peerOptions: string | undefined, log: Log): Promise<DocsPeersFigures> {
  const env = { ...process.env, DOCS_PEERS_SYSTEM: JSON.stringify({ name, opts }), ...(peerOptions != null ? { BENCH_PEER_OPTIONS: peerOptions } : {}) }
  return await runForResult<DocsPeersFigures>(`docs beside y-websocket: ${name}'s process`, ['--import', 'tsx', SYSTEM_CHILD], env, SYSTEM_TIMEOUT_MS, log)
}

/** Scenario 14's measures of one system take ~20 s; a stuck one is killed after this. */
const SYSTEM_TIMEOUT_MS = 600_000

export function renderDocsPeers (r: DocsPeersResult): string[] {
  return [
    '', `## 14. Documents beside y-websocket (${r.replicas} replicas, one process per system)`, '',
    `accord: ${r.replicas} peers, a full mesh over TCP. y-websocket: @y/websocket-server and ${r.replicas} y-websocket clients over WebSockets. All on 127.0.0.1; each system in a fresh Node process of its own, one after the other (accord first), every replica of it (and y-websocket's server) sharing that process's one thread: in one process, the second system paid for the garbage of the first. Ratio: accord / y-websocket (lower is better for times, higher for rates).`, '',
    docsPeersTable(r)
  ]
}

/** A system's late joiner: the median, and each join's ms when there were several. */
function lateCell (f: DocsPeersFigures): string {
  const runs = f.lateJoinerRuns ?? []
  return `${fmt(f.lateJoinerMs)} ms${runs.length > 1 ? ` (${runs.map(x => fmt(x)).join(', ')})` : ''}`
}

/** Scenario 14's table, measure by measure (scenario 14b's too). */
export function docsPeersTable (r: DocsPeersResult): string {
  const a = r.accord
  const y = r.yWebsocket
  const ms = (x: number): string => `${fmt(x)} ms`
  return table(['measure', 'accord', 'y-websocket', 'ratio'], [
    ['first update after every replica synced → the last reader', ms(a.firstUpdateMs), ms(y.firstUpdateMs), fmtRatio(a.firstUpdateMs / y.firstUpdateMs)],
    ...(a.laterFirstUpdateMs != null && y.laterFirstUpdateMs != null ? [['…of a document opened after the trials (the replicas running a while)', ms(a.laterFirstUpdateMs), ms(y.laterFirstUpdateMs), fmtRatio(a.laterFirstUpdateMs / y.laterFirstUpdateMs)]] : []),
    [`one update → the last of ${r.replicas - 1} readers, p50 (${r.trials} trials${r.warmup != null ? ` after ${r.warmup} warm-up updates` : ''})`, ms(a.last.p50), ms(y.last.p50), fmtRatio(a.last.p50 / y.last.p50)],
    ['… p90', ms(a.last.p90), ms(y.last.p90), fmtRatio(a.last.p90 / y.last.p90)],
    ['… p99', ms(a.last.p99), ms(y.last.p99), fmtRatio(a.last.p99 / y.last.p99)],
    ['one update → each reader, p50 / p99', `${fmt(a.each.p50)} / ${fmt(a.each.p99)} ms`, `${fmt(y.each.p50)} / ${fmt(y.each.p99)} ms`, fmtRatio(a.each.p50 / y.each.p50)],
    [`bulk: ${r.updates.toLocaleString('en-US')} sets, rate at the slowest reader${a.firstBulkUpdatesPerSec != null ? ' (the second bulk: the steady rate)' : ''}`, `${fmt(a.bulkUpdatesPerSec)}/s`, `${fmt(y.bulkUpdatesPerSec)}/s`, fmtRatio(a.bulkUpdatesPerSec / y.bulkUpdatesPerSec)],
    ...(a.firstBulkUpdatesPerSec != null && y.firstBulkUpdatesPerSec != null ? [['…the first bulk of the deployment', `${fmt(a.firstBulkUpdatesPerSec)}/s`, `${fmt(y.firstBulkUpdatesPerSec)}/s`, fmtRatio(a.firstBulkUpdatesPerSec / y.firstBulkUpdatesPerSec)]] : []),
    [`late joiner of ${r.lateUpdates.toLocaleString('en-US')} sets: open → holds them all${(r.lateJoins ?? 1) > 1 ? `, median of ${r.lateJoins} joins (each one's ms)` : ''}`, lateCell(a), lateCell(y), fmtRatio(a.lateJoinerMs / y.lateJoinerMs)],
    ...(a.trialsCpuUsPerUpdate != null && y.trialsCpuUsPerUpdate != null ? [['CPU per update during the trials, all the system\'s processes (their upkeep in the pauses included)', `${fmt(a.trialsCpuUsPerUpdate)} µs`, `${fmt(y.trialsCpuUsPerUpdate)} µs`, fmtRatio(a.trialsCpuUsPerUpdate / y.trialsCpuUsPerUpdate)]] : [])
  ])
}
