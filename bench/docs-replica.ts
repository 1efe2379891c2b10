/**
 * A child process of scenario 14b (bench/docs-procs.ts spawns it as one bundled file, see
 * test/support/bundle.ts): one replica of scenario 14's documents per process, as each
 * user's machine runs one, or y-websocket's server. DOCS_REPLICA (JSON, see Spec) says which:
 *
 * - `accord`: a peer of mesh `mesh` bootstrapping from `bootstrap`; it reports its address
 *   ('up'), then 'ready' once connected to `connections` others;
 * - `y-websocket`: a WebsocketProvider client of `url`, one per document (as in scenario 14);
 *   'ready' at once;
 * - `server`: @y/websocket-server (http + ws + setupWSConnection) on 127.0.0.1, as
 *   `npx y-websocket` runs it; it reports its port ('listening').
 *
 * BENCH_PEER_OPTIONS adds --peer-options to an accord peer. Reports JSON lines on stdout
 * (see Report); reads commands on stdin, one a line (a replica's document names and keys
 * hold no spaces):
 *
 *   open <doc>                        → 'synced' (openedAt: before opening; at: caught up)
 *   watch <doc>                       → 'watching', then 'arrived' for each key another replica sets in map 'm'
 *   set <doc> <key>                   → 'set' (at: just before the set)
 *   write <doc> <prefix> <n> <chunk>  → 'written': n sets, `chunk` per macrotask (bulk; no report per key)
 *   hold <doc> <n>                    → 'holds' once map 'm' has n keys
 *   stop
 *
 * DOCS_CPU_PROF=<dir> writes each process's CPU profile there when it stops
 * (<role>-<pid>.cpuprofile; a late joiner's is the last accord one written).
 *
 * Every timestamp is `now()`: CLOCK_MONOTONIC, one clock for every process of the machine
 * (Linux), so the parent can subtract a writer's 'set' from a reader's 'arrived'.
 * A command that fails ends the process (code 1, the error on stderr): the parent's wait
 * for its report then fails at once instead of timing out.
 *
 * Each role imports what it needs when it starts: the server then loads only the
 * @y/websocket-server package (left outside the bundle, see docs-procs.ts) and the yjs it
 * imports, and no second yjs from the bundle (yjs warns of two copies in one process).
 */
import { createInterface } from 'node:readline'
import { setImmediate as macrotask } from 'node:timers/promises'
import type * as Y from 'yjs'
import { holding as holdingAt } from './map-holding.js'
import { cpuProfileTo } from './cpu-profile.js'

export type Spec =
  | { role: 'accord', mesh: string, bootstrap: string[], connections: number, maxPeers?: number }
  | { role: 'y-websocket', url: string }
  | { role: 'server' }

export type Report =
  | { t: 'up', addr: string }
  | { t: 'listening', port: number }
  | { t: 'ready' }
  | { t: 'synced', doc: string, openedAt: number, at: number }
  | { t: 'watching', doc: string }
  | { t: 'arrived', key: string, at: number }
  | { t: 'set', key: string, at: number }
  | { t: 'written', doc: string, startedAt: number, at: number }
  | { t: 'holds', doc: string, at: number }

/** Milliseconds on CLOCK_MONOTONIC (microsecond resolution): comparable across processes. */
export const now = (): number => Number(process.hrtime.bigint() / 1000n) / 1000

const say = (r: Report): void => { process.stdout.write(JSON.stringify(r) + '\n') }
process.on('unhandledRejection', (reason: unknown) => { process.stderr.write(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}\n`) })

/** One replica of any number of documents, whichever system makes it. */
interface Replica {
  /** Opens `name`: `doc` once it exists (updates may arrive from then on), `synced` once caught up. */
  open: (name: string) => { doc: Promise<Y.Doc>, synced: Promise<void> }
  stop: () => Promise<void>
}

async function accordReplica (spec: Extract<Spec, { role: 'accord' }>): Promise<Replica> {
  const { createBenchPeer, setPeerOptions, tcpAddr, waitFor } = await import('./mesh.js')
  if (process.env.BENCH_PEER_OPTIONS != null) setPeerOptions(JSON.parse(process.env.BENCH_PEER_OPTIONS))
  const peer = await createBenchPeer({ mesh: spec.mesh, bootstrap: spec.bootstrap, ...(spec.maxPeers != null ? { tuning: { maxPeers: spec.maxPeers } } : {}) })
  say({ t: 'up', addr: tcpAddr(peer) })
  await waitFor(`connected to ${spec.connections} other peers`, () => peer.network.connections().length >= spec.connections, 60_000, 25)
  return {
    open: name => {
      const doc = peer.doc(name)
      return { doc, synced: doc.then(async () => { await peer.synced(name) }) }
    },
    stop: async () => { await peer.stop() }
  }
}

async function yWebsocketReplica (url: string): Promise<Replica> {
  const [Yjs, { WebsocketProvider }, { WebSocket }] = await Promise.all([import('yjs'), import('y-websocket'), import('ws')])
  const providers: Array<InstanceType<typeof WebsocketProvider>> = []
  return {
    open: name => {
      const doc = new Yjs.Doc()
      const provider = new WebsocketProvider(url, name, doc, { WebSocketPolyfill: WebSocket as never, disableBc: true })
      providers.push(provider)
      const synced = provider.synced ? Promise.resolve() : new Promise<void>(resolve => { provider.once('sync', () => { resolve() }) })
      return { doc: Promise.resolve(doc), synced }
    },
    stop: async () => { for (const p of providers) p.destroy() }
  }
}

/** @y/websocket-server as its own server.js runs it; resolves with the port and a stop. */
async function serveYWebsocket (): Promise<() => Promise<void>> {
  const [{ createServer }, { WebSocketServer }, { setupWSConnection }] = await Promise.all([import('node:http'), import('ws'), import('@y/websocket-server/utils')])
  const wss = new WebSocketServer({ noServer: true })
  wss.on('connection', (conn, req) => { setupWSConnection(conn, req) })
  const server = createServer((_req, res) => { res.writeHead(200); res.end('okay') })
  server.on('upgrade', (req, socket, head) => { wss.handleUpgrade(req, socket, head, ws => { wss.emit('connection', ws, req) }) })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  say({ t: 'listening', port: (server.address() as { port: number }).port })
  return async () => {
    for (const c of wss.clients) c.terminate()
    wss.close()
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => { resolve() }))
  }
}

/** Runs the commands of a replica (see the header) until `stop` or the end of stdin. */
async function serveCommands (replica: Replica): Promise<void> {
  const docs = new Map<string, Promise<Y.Doc>>()
  /** Keys this replica set itself: its own 'arrived' reports would be noise. */
  const mine = new Set<string>()
  const mapOf = async (name: string): Promise<Y.Map<unknown>> => {
    const doc = docs.get(name)
    if (doc == null) throw new Error(`document ${name} is not open`)
    return (await doc).getMap('m')
  }
  const commands: Record<string, (args: string[]) => Promise<void>> = {
    open: async ([name]) => {
      const openedAt = now()
      const { doc, synced } = replica.open(name!)
      docs.set(name!, doc) // before any await: a `hold` on the next line finds it
      await synced
      say({ t: 'synced', doc: name!, openedAt, at: now() })
    },
    watch: async ([name]) => {
      const map = await mapOf(name!)
      map.observe(evt => {
        const at = now()
        for (const key of evt.keysChanged) if (!mine.has(key)) say({ t: 'arrived', key, at })
      })
      say({ t: 'watching', doc: name! })
    },
    set: async ([name, key]) => {
      const map = await mapOf(name!)
      mine.add(key!)
      const at = now()
      map.set(key!, 1)
      // Reported once the system had its turn to send: a y-websocket client sends within
      // set(), accord in a microtask after the code that edited (a burst of edits is one
      // message), and this report's write to stdout (the harness, not the application) sat
      // between accord's edit and its send, ~0.1 ms on the writer's path in every trial.
      setTimeout(() => { say({ t: 'set', key: key!, at }) }, 0)
    },
    write: async ([name, prefix, n, chunk]) => {
      const map = await mapOf(name!)
      const [total, step] = [Number(n), Number(chunk)]
      const startedAt = now()
      for (let i = 0; i < total; i += step) {
        for (let j = i; j < Math.min(total, i + step); j++) map.set(`${prefix!}${j}`, j)
        await macrotask()
      }
      say({ t: 'written', doc: name!, startedAt, at: now() })
    },
    hold: async ([name, n]) => {
      const map = await mapOf(name!)
      say({ t: 'holds', doc: name!, at: await holding(map, Number(n)) })
    }
  }
  for await (const line of createInterface({ input: process.stdin })) {
    const [cmd, ...args] = line.split(' ')
    if (cmd === 'stop') break
    const command = commands[cmd!]
    if (command == null) fail(`unknown command: ${line}`)
    // not awaited: a `hold` waits while the next `set` or `stop` runs
    else command(args).catch((err: Error) => { fail(`${line}: ${err.stack ?? err.message}`) })
  }
}

function fail (why: string): never {
  process.stderr.write(`docs replica: ${why}\n`)
  process.exit(1)
}

const spec = JSON.parse(process.env.DOCS_REPLICA!) as Spec
// DOCS_CPU_PROF=<dir>: a CPU profile of each process until `stop` (see cpu-profile.ts)
const writeProfile = await cpuProfileTo(process.env.DOCS_CPU_PROF, spec.role)
if (spec.role === 'server') {
  const stop = await serveYWebsocket()
  for await (const line of createInterface({ input: process.stdin })) if (line === 'stop') break
  await stop()
} else {
  const replica = spec.role === 'accord' ? await accordReplica(spec) : await yWebsocketReplica(spec.url)
  say({ t: 'ready' })
  await serveCommands(replica)
  await replica.stop()
}
await writeProfile?.()
// Exit even if some handle lingers: the parent kills us otherwise.
process.exit(0)

/** The time at which `map` holds `n` keys, on this process's CLOCK_MONOTONIC. */
async function holding (map: Y.Map<unknown>, n: number): Promise<number> {
  return await holdingAt(map, n, now)
}
