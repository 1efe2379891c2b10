/**
 * The mesh dashboard's server:
 *
 *   npx tsx examples/browser/serve.ts [--port 8080] [--mesh demo] [--bootstrap <multiaddr>] [--workers 2]
 *
 * It starts a Node accord peer in this process (rank 0, so it leads unless a lower rank
 * is around; a circuit relay for the tabs; TCP and WebSockets on 127.0.0.1), bundles
 * dashboard.ts for browsers with esbuild (in memory), and serves on 127.0.0.1:
 *
 *   /               index.html
 *   /dashboard.js   the bundle: accord's browser build, Yjs and the dashboard
 *   /dashboard.css  the styles
 *   /config.json    { mesh, bootstrap: [this peer's /ws multiaddr] }: where the tabs dial
 *
 * The peer also holds document `dashboard` (the page's shared notes), so that edits reach
 * tabs without a WebRTC connection between them, and new tabs catch up from it.
 *
 * Every tab that opens the page is a browser peer of the mesh (storage 'memory'). With
 * `--workers N`, N scripted Node agents join too and keep the tables busy: they take
 * turns on lock `gpu-1`, meet at barrier `epoch`, write variables `step`, `loss` and `lr`,
 * share the 2 permits of semaphore `gpus` and campaign in election `coordinator`.
 * SIGINT/SIGTERM stop everything cleanly.
 */
import { createPeer, type Peer } from '../../src/index.node.js' // first: loads the Node polyfills
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bundle, isMain, serveFiles, stopOnSignals, type StaticFile } from './http.js'

/** The document whose Y.Text 'notes' the dashboard edits. */
export const NOTES_DOC = 'dashboard'

const here = fileURLToPath(new URL('.', import.meta.url))

export interface DashboardServerOptions {
  /** HTTP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number
  /** Mesh name. Default 'demo'. */
  mesh?: string
  /** Multiaddrs of an existing mesh to join; default none (this peer starts the mesh). */
  bootstrap?: string[]
  /** Scripted Node agents to start in this process. Default 0. */
  workers?: number
  /** Progress lines; default none. */
  log?: (line: string) => void
}

export interface DashboardServer {
  /** http://127.0.0.1:<port>/ */
  url: string
  /** The Node peer the tabs bootstrap from. */
  peer: Peer
  /** Its WebSocket multiaddr (with /p2p/<id>), as /config.json gives it. */
  ws: string
  /** The worker agents' peers. */
  workers: Peer[]
  close: () => Promise<void>
}

/** Bundles dashboard.ts as karma.conf.js bundles the browser tests. */
export async function bundleDashboard (): Promise<string> {
  return await bundle(`${here}dashboard.ts`)
}

export async function startDashboardServer (options: DashboardServerOptions = {}): Promise<DashboardServer> {
  const log = options.log ?? (() => {})
  const mesh = options.mesh ?? 'demo'
  const cleanups: Array<() => Promise<void>> = []
  const close = async (): Promise<void> => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => {})
  }
  try {
    log(`starting the Node peer of mesh '${mesh}'${options.bootstrap?.length ? ` (joining ${options.bootstrap.join(', ')})` : ''}…`)
    const peer = await createPeer({
      mesh,
      rank: 0,
      relay: true,
      capabilities: ['relay'],
      listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'],
      bootstrap: options.bootstrap ?? []
    })
    cleanups.push(async () => { await peer.stop() })
    const ws = peer.addrs.find(a => a.includes('/ws/'))
    if (ws == null) throw new Error(`the Node peer has no WebSocket address among ${peer.addrs.join(', ')}`)
    log(`  peer ${peer.id}`)
    for (const a of peer.addrs) log(`  listening on ${a}`)
    // The page's shared notes. Gossip only travels through peers subscribed to a
    // document's topic: holding it here carries edits between tabs that have no WebRTC
    // connection to each other, and lets a new tab catch up after every other tab closed.
    await peer.doc(NOTES_DOC)

    log('bundling examples/browser/dashboard.ts with esbuild…')
    const t0 = performance.now()
    const js = await bundleDashboard()
    log(`  ${(js.length / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - t0)} ms`)

    const config = JSON.stringify({ mesh, bootstrap: [ws] })
    const files: Record<string, StaticFile> = {
      '/': { type: 'text/html; charset=utf-8', body: async () => await readFile(`${here}index.html`) },
      '/index.html': { type: 'text/html; charset=utf-8', body: async () => await readFile(`${here}index.html`) },
      '/dashboard.css': { type: 'text/css; charset=utf-8', body: async () => await readFile(`${here}dashboard.css`) },
      '/dashboard.js': { type: 'text/javascript; charset=utf-8', body: async () => js },
      '/config.json': { type: 'application/json', body: async () => config }
    }
    const server = await serveFiles(files, options.port ?? 0)
    cleanups.push(server.close)
    const url = server.url

    const workers: Peer[] = []
    const n = options.workers ?? 0
    for (let i = 0; i < n; i++) {
      const w = await startWorker(i, n, mesh, peer.addrs[0]!, log)
      workers.push(w.peer)
      cleanups.push(w.stop)
    }
    return { url, peer, ws, workers, close }
  } catch (err) {
    await close()
    throw err
  }
}

const between = (lo: number, hi: number): number => lo + Math.random() * (hi - lo)

/** The semaphore the workers share, and its size. */
export const WORKER_SEMAPHORE = { name: 'gpus', permits: 2 }
/** The named election the workers campaign in, each with its index as rank. */
export const WORKER_ELECTION = 'coordinator'

/**
 * A scripted agent, with three loops side by side:
 *
 * - it takes lock `gpu-1` (owner `train`; the others queue behind it) and works a while, meets the other
 *   workers at barrier `epoch`, then writes its progress. All workers write `lr` right
 *   after the barrier releases them, at the same moment, so the dashboard shows
 *   concurrent writes (siblings) of a variable; the first worker also writes `step` and
 *   `loss`;
 * - it takes one or two of the 2 permits of semaphore `gpus` for a while (owner `eval`), so
 *   the workers share it and now and then one waits;
 * - it campaigns in election `coordinator` with its index as rank, leads for a few
 *   seconds when elected and resigns, so the lead passes between the workers.
 */
async function startWorker (i: number, parties: number, mesh: string, bootstrap: string, log: (line: string) => void): Promise<{ peer: Peer, stop: () => Promise<void> }> {
  const peer = await createPeer({ mesh, bootstrap: [bootstrap], capabilities: ['worker'] })
  log(`  worker ${i + 1}: peer ${peer.id}`)
  const stopping = new AbortController()
  const running = (): boolean => !stopping.signal.aborted
  /** Sleeps, but wakes at once when the worker stops. */
  const sleep = async (ms: number): Promise<void> => {
    await new Promise<void>(resolve => {
      const t = setTimeout(done, ms)
      stopping.signal.addEventListener('abort', done, { once: true })
      function done (): void { clearTimeout(t); stopping.signal.removeEventListener('abort', done); resolve() }
    })
  }
  /** Runs `body` until the worker stops; an error (no leader for a moment, a timeout) is retried. */
  const forever = async (what: string, body: () => Promise<void>): Promise<void> => {
    while (running()) {
      try {
        await body()
      } catch (err) {
        if (!running()) break
        log(`worker ${i + 1} (${what}): ${err instanceof Error ? err.message : String(err)}; trying again`)
        await sleep(500)
      }
    }
  }

  // The lease holder's deadlock detection counts each (peer, owner) as one agent that
  // keeps what it holds while it waits. The three loops are independent tasks, so they
  // use distinct owners; otherwise a worker that leads `coordinator` while its lock loop
  // waits for `gpu-1`, and another that holds `gpu-1` while it campaigns, make a cycle
  // of waits, and one of the waits is refused with DeadlockError. (A campaign has no
  // owner option: it is the peer's owner-'' agent, so the other loops take other owners.)
  const step = peer.variable<number>('step')
  const loss = peer.variable<number>('loss')
  const lr = peer.variable<number>('lr')
  let round = 0
  let current = 2.5 + Math.random()
  const work = forever('lock, barrier', async () => {
    const lock = await peer.lock('gpu-1', { owner: 'train', ttlMs: 5_000, waitMs: 15_000 })
    await sleep(between(700, 1_800))
    await lock.release()
    if (!running()) return
    await peer.barrier('epoch', { parties, timeoutMs: 15_000 }).arrive({ signal: stopping.signal })
    if (!running()) return
    round++
    current = Math.max(0.05, current * between(0.86, 0.97))
    await lr.set(Number((0.01 / Math.sqrt(round) * (1 + 0.2 * i)).toFixed(5))) // each its own opinion
    if (i === 0) {
      await step.set(round)
      await loss.set(Number(current.toFixed(4)))
    }
    await sleep(between(200, 900))
  })

  const gpus = peer.semaphore(WORKER_SEMAPHORE.name, { permits: WORKER_SEMAPHORE.permits })
  const share = forever('semaphore', async () => {
    await sleep(between(300, 1_500))
    if (!running()) return
    const permits = Math.random() < 0.35 ? 2 : 1
    const permit = await gpus.acquire({ owner: 'eval', permits, ttlMs: 5_000, waitMs: 20_000, signal: stopping.signal })
    await sleep(between(1_500, 4_000))
    await permit.release()
  })

  const coordinator = peer.election(WORKER_ELECTION)
  const lead = forever('election', async () => {
    await sleep(between(800, 2_000)) // a moment out of the race, so the others get their turn
    if (!running()) return
    const leadership = await coordinator.campaign({ rank: i, ttlMs: 5_000, signal: stopping.signal })
    await sleep(between(4_000, 8_000))
    await leadership.resign()
  })

  return {
    peer,
    stop: async () => {
      stopping.abort()
      await peer.stop()
      await Promise.allSettled([work, share, lead])
    }
  }
}

async function main (): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      mesh: { type: 'string', default: 'demo' },
      bootstrap: { type: 'string', multiple: true, default: [] },
      workers: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write('usage: npx tsx examples/browser/serve.ts [--port 8080] [--mesh demo] [--bootstrap <multiaddr>]... [--workers 2]\n')
    return
  }
  const port = Number(values.port)
  const workers = Number(values.workers)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`)
  if (!Number.isInteger(workers) || workers < 0 || workers > 16) throw new Error(`--workers: 0 to 16, got ${values.workers}`)
  const log = (line: string): void => { process.stdout.write(line + '\n') }
  const s = await startDashboardServer({ port, mesh: values.mesh, bootstrap: values.bootstrap, workers, log })
  log('')
  log(`dashboard of mesh '${values.mesh}': ${s.url}`)
  log(`  tabs bootstrap from ${s.ws}`)
  if (workers > 0) {
    log(`  ${workers} worker agent(s) take lock gpu-1, meet at barrier epoch and write step, loss and lr;`)
    log(`  they share the ${WORKER_SEMAPHORE.permits} permits of semaphore ${WORKER_SEMAPHORE.name} and campaign in election ${WORKER_ELECTION}`)
  }
  log('  open it in several tabs; Ctrl-C stops')

  s.peer.addEventListener('member:join', evt => { log(`member joined  …${evt.detail.id.slice(-8)}`) })
  s.peer.addEventListener('member:leave', evt => { log(`member left    …${evt.detail.id.slice(-8)}`) })
  s.peer.addEventListener('leader', evt => { log(`leader         ${evt.detail == null ? 'none' : `…${evt.detail.id.slice(-8)} epoch ${evt.detail.epoch}`}`) })

  stopOnSignals(s.close, log)
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
    process.exit(1)
  })
}
