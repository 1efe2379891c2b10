/**
 * The collaborative editor's server:
 *
 *   npx tsx examples/browser/editor/serve.ts [--port 8081] [--mesh editor] [--bootstrap <multiaddr>] [--agent-ms 3000] [--no-agent]
 *
 * It starts a Node accord peer in this process (rank 0; a circuit relay for the tabs; TCP
 * and WebSockets on 127.0.0.1) that holds document `editor`, bundles editor.ts (CodeMirror 6,
 * y-codemirror.next, accord's browser build) with esbuild in memory, and serves on 127.0.0.1:
 *
 *   /             index.html
 *   /editor.js    the bundle
 *   /editor.css   the styles
 *   /config.json  { mesh, bootstrap: [this peer's /ws multiaddr] }: where the tabs dial
 *
 * Unless told not to, a scripted Node agent (agent.ts) joins as a second Node peer and
 * writes a line every few seconds. SIGINT/SIGTERM stop everything cleanly.
 */
import { createPeer, type DocProvider, type Peer } from '../../../src/index.node.js' // first: loads the Node polyfills
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import type * as Y from 'yjs'
import { bundle, isMain, serveFiles, stopOnSignals, type StaticFile } from '../http.js'
import { startEditorAgent, type EditorAgent } from './agent.js'
import { EDITOR_DOC, EDITOR_TEXT } from './shared.js'

const here = fileURLToPath(new URL('.', import.meta.url))

/** What a new mesh's text starts with. */
const WELCOME = [
  'Welcome to the accord-mesh editor.',
  'Every tab is a peer of the mesh; so is node-agent, which writes below every few seconds.',
  'Type anywhere: edits merge character by character, carets show who is where.',
  ''
].join('\n')

export interface EditorServerOptions {
  /** HTTP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number
  /** Mesh name. Default 'editor'. */
  mesh?: string
  /** Multiaddrs of an existing mesh to join; default none (this peer starts the mesh, and writes a welcome into an empty text). */
  bootstrap?: string[]
  /** Start the scripted Node agent. Default true. */
  agent?: boolean
  /** How often the agent writes a line, in ms. Default 3000. */
  agentIntervalMs?: number
  /** Progress lines; default none. */
  log?: (line: string) => void
}

export interface EditorServer {
  /** http://127.0.0.1:<port>/ */
  url: string
  /** The Node peer the tabs bootstrap from; it holds the document. */
  peer: Peer
  /** Its WebSocket multiaddr (with /p2p/<id>), as /config.json gives it. */
  ws: string
  /** The peer's provider of document `editor`. */
  provider: DocProvider
  /** The text the tabs edit, as this peer holds it. */
  text: Y.Text
  /** The scripted agent, unless `agent: false`. */
  agent?: EditorAgent
  close: () => Promise<void>
}

/** Bundles editor.ts for browsers. */
export async function bundleEditor (): Promise<string> {
  return await bundle(`${here}editor.ts`)
}

export async function startEditorServer (options: EditorServerOptions = {}): Promise<EditorServer> {
  const log = options.log ?? (() => {})
  const mesh = options.mesh ?? 'editor'
  const bootstrap = options.bootstrap ?? []
  const cleanups: Array<() => Promise<void>> = []
  const close = async (): Promise<void> => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => {})
  }
  try {
    log(`starting the Node peer of mesh '${mesh}'${bootstrap.length > 0 ? ` (joining ${bootstrap.join(', ')})` : ''}…`)
    const peer = await createPeer({
      mesh,
      rank: 0,
      relay: true,
      capabilities: ['relay'],
      listen: ['/ip4/127.0.0.1/tcp/0', '/ip4/127.0.0.1/tcp/0/ws'],
      bootstrap
    })
    cleanups.push(async () => { await peer.stop() })
    const ws = peer.addrs.find(a => a.includes('/ws/'))
    if (ws == null) throw new Error(`the Node peer has no WebSocket address among ${peer.addrs.join(', ')}`)
    log(`  peer ${peer.id}`)
    for (const a of peer.addrs) log(`  listening on ${a}`)

    // Gossip only travels through peers subscribed to a document's topic: holding the
    // document here carries edits and carets between tabs that have no WebRTC connection
    // to each other, and lets a new tab catch up after every other tab closed.
    const provider = await peer.provider(EDITOR_DOC)
    const text = provider.doc.getText(EDITOR_TEXT)
    // This peer relays, it does not edit: with the Awareness's default state ({}) every
    // tab would list it as a nameless participant.
    provider.awareness.setLocalState(null)
    await provider.whenSynced()
    if (bootstrap.length === 0 && text.length === 0) text.insert(0, WELCOME)

    log('bundling examples/browser/editor/editor.ts with esbuild…')
    const t0 = performance.now()
    const js = await bundleEditor()
    log(`  ${(js.length / 1024).toFixed(0)} KiB in ${Math.round(performance.now() - t0)} ms`)

    const config = JSON.stringify({ mesh, bootstrap: [ws] })
    const index: StaticFile = { type: 'text/html; charset=utf-8', body: async () => await readFile(`${here}index.html`) }
    const server = await serveFiles({
      '/': index,
      '/index.html': index,
      '/editor.css': { type: 'text/css; charset=utf-8', body: async () => await readFile(`${here}editor.css`) },
      '/editor.js': { type: 'text/javascript; charset=utf-8', body: async () => js },
      '/config.json': { type: 'application/json', body: async () => config }
    }, options.port ?? 0)
    cleanups.push(server.close)

    let agent: EditorAgent | undefined
    if (options.agent ?? true) {
      agent = await startEditorAgent({ mesh, bootstrap: [peer.addrs[0]!], intervalMs: options.agentIntervalMs, log })
      cleanups.push(agent.stop)
    }
    return { url: server.url, peer, ws, provider, text, agent, close }
  } catch (err) {
    await close()
    throw err
  }
}

async function main (): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8081' },
      mesh: { type: 'string', default: 'editor' },
      bootstrap: { type: 'string', multiple: true, default: [] },
      'agent-ms': { type: 'string', default: '3000' },
      'no-agent': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    process.stdout.write('usage: npx tsx examples/browser/editor/serve.ts [--port 8081] [--mesh editor] [--bootstrap <multiaddr>]... [--agent-ms 3000] [--no-agent]\n')
    return
  }
  const port = Number(values.port)
  const agentMs = Number(values['agent-ms'])
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port: ${values.port}`)
  if (!Number.isInteger(agentMs) || agentMs < 100) throw new Error(`--agent-ms: at least 100, got ${values['agent-ms']}`)
  const log = (line: string): void => { process.stdout.write(line + '\n') }
  const s = await startEditorServer({ port, mesh: values.mesh, bootstrap: values.bootstrap, agent: !values['no-agent'], agentIntervalMs: agentMs, log })
  log('')
  log(`editor of mesh '${values.mesh}': ${s.url}`)
  log(`  tabs bootstrap from ${s.ws}`)
  if (s.agent != null) log(`  node-agent appends a line every ${agentMs} ms`)
  log('  open it in several tabs (?name=… names you); Ctrl-C stops')

  s.peer.addEventListener('member:join', evt => { log(`member joined  …${evt.detail.id.slice(-8)}`) })
  s.peer.addEventListener('member:leave', evt => { log(`member left    …${evt.detail.id.slice(-8)}`) })
  stopOnSignals(s.close, log)
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
    process.exit(1)
  })
}
