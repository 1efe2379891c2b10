/**
 * What the browser examples' servers share: bundling a page's script for browsers with
 * esbuild (in memory), serving a fixed set of files on 127.0.0.1, telling whether a module
 * is the script node was started with, and stopping cleanly on SIGINT/SIGTERM.
 */
import { realpathSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Bundles `entry` (an absolute path) as karma.conf.js bundles the browser tests: accord's
 * browser build, libp2p and Yjs, with nothing left to fetch from a CDN.
 */
export async function bundle (entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022', // BigInt literals (wire.ts, protons)
    platform: 'browser',
    conditions: ['browser'],
    mainFields: ['browser', 'module', 'main'],
    absWorkingDir: root,
    tsconfig: `${root}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    legalComments: 'none',
    logLevel: 'warning'
  })
  const out = result.outputFiles[0]
  if (out == null) throw new Error('esbuild produced no output')
  return out.text
}

/** A file served at a fixed path: its content type and how to read its body. */
export interface StaticFile {
  type: string
  body: () => Promise<string | Buffer>
}

export interface StaticServer {
  /** http://127.0.0.1:<port>/ */
  url: string
  close: () => Promise<void>
}

/** Serves `files` (path → file) with GET and HEAD on 127.0.0.1:`port` (0: a free one), uncached. */
export async function serveFiles (files: Record<string, StaticFile>, port = 0): Promise<StaticServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname
    const file = files[path]
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405).end(); return }
    if (file == null) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n'); return }
    file.body().then(body => {
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : body)
    }, (err: Error) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`${err.message}\n`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve() })
  })
  const close = async (): Promise<void> => {
    server.closeAllConnections()
    await new Promise<void>(resolve => server.close(() => { resolve() }))
  }
  const address = server.address()
  if (address == null || typeof address === 'string') {
    await close()
    throw new Error('the HTTP server has no port')
  }
  return { url: `http://127.0.0.1:${address.port}/`, close }
}

/** Whether the module at `moduleUrl` (its import.meta.url) is the script node runs, rather than one imported (by a test). */
export function isMain (moduleUrl: string): boolean {
  const arg = process.argv[1]
  if (arg == null) return false
  try { return moduleUrl === pathToFileURL(realpathSync(arg)).href } catch { return false }
}

/** On the first SIGINT or SIGTERM, runs `close` and exits; exits with 1 if that takes over 5 s. */
export function stopOnSignals (close: () => Promise<void>, log: (line: string) => void): void {
  let stopping = false
  const shutdown = (sig: string): void => {
    if (stopping) return
    stopping = true
    log(`${sig}: stopping`)
    const force = setTimeout(() => { process.exit(1) }, 5_000)
    force.unref()
    close().then(() => { process.exit(0) }, () => { process.exit(1) })
  }
  process.on('SIGINT', () => { shutdown('SIGINT') })
  process.on('SIGTERM', () => { shutdown('SIGTERM') })
}
