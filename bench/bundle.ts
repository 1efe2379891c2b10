/**
 * Scenario 13: what a browser application ships. The browser entry point bundled as an
 * application's bundler would (esbuild, browser conditions, minified), its gzip size and
 * the packages that make it up; beside it, what a Yjs user ships instead: yjs with the
 * y-websocket provider (which needs a server), and yjs alone.
 */
import { build, type Metafile } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { fmt, fmtRatio, table } from './stats.js'

export interface BundleFigures {
  label: string
  minifiedBytes: number
  gzipBytes: number
}

export interface BundleResult {
  /** An application that imports createPeer (what every browser application does). */
  accord: BundleFigures
  /** An application that imports the whole API (`export *`: nothing can be shaken off). */
  whole: BundleFigures
  /** The largest contributors to accord's bundle: npm package (or accord's own layer), minified bytes. */
  contributors: Array<{ name: string, bytes: number }>
  others: BundleFigures[]
}

const root = fileURLToPath(new URL('..', import.meta.url))

async function bundle (label: string, contents: string): Promise<BundleFigures & { metafile: Metafile }> {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error'
  })
  const code = r.outputFiles[0]!.contents
  return { label, minifiedBytes: code.byteLength, gzipBytes: gzipSync(code).byteLength, metafile: r.metafile }
}

/** `node_modules/@scope/name/…` → `@scope/name`; `src/coord/…` → `accord: coord/`. */
function ownerOf (path: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
  if (m != null) return m[1]!
  const own = /^src\/([^/]+\/)?/.exec(path)
  return own != null ? `accord: ${own[1] ?? 'src/'}` : path
}

export async function benchBundle (log: (line: string) => void): Promise<BundleResult> {
  log('bundle: the browser entry point, minified (esbuild, browser conditions)')
  // what an application writes; tree-shaking keeps what createPeer reaches
  const accord = await bundle('accord-mesh: `import { createPeer }` (browser entry)', "export { createPeer } from './src/index.browser.ts'")
  const whole = await bundle('accord-mesh: the whole API (`export *`)', "export * from './src/index.browser.ts'")
  const sizes = new Map<string, number>()
  for (const out of Object.values(accord.metafile.outputs)) {
    for (const [path, input] of Object.entries(out.inputs)) sizes.set(ownerOf(path), (sizes.get(ownerOf(path)) ?? 0) + input.bytesInOutput)
  }
  const contributors = [...sizes].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes)
  log('bundle: yjs + y-websocket, and yjs alone, for comparison')
  const others = [
    await bundle('yjs + y-websocket (a Yjs provider; needs its server)', "export * as Y from 'yjs'\nexport { WebsocketProvider } from 'y-websocket'"),
    await bundle('yjs alone', "export * as Y from 'yjs'")
  ]
  const strip = ({ label, minifiedBytes, gzipBytes }: BundleFigures): BundleFigures => ({ label, minifiedBytes, gzipBytes })
  return { accord: strip(accord), whole: strip(whole), contributors, others: others.map(strip) }
}

const KiB = (bytes: number): string => `${fmt(bytes / 1024)} KiB`

export function renderBundle (b: BundleResult): string[] {
  const rows = [b.accord, b.whole, ...b.others].map(x => [x.label, KiB(x.minifiedBytes), KiB(x.gzipBytes), fmtRatio(x.gzipBytes / b.accord.gzipBytes)])
  const shown = b.contributors.slice(0, 12)
  const rest = b.contributors.slice(12).reduce((n, c) => n + c.bytes, 0)
  return [
    '', '## 13. The browser bundle', '',
    'esbuild, browser conditions, minified, ES2022; gzip at its default level. A Yjs provider such as y-websocket is small because a server does the rest; accord carries the mesh (libp2p, noise, yamux, gossipsub, WebRTC) and the coordination itself.', '',
    table(['bundle', 'minified', 'gzip', 'gzip vs accord'], rows),
    '', `Largest contributors to \`import { createPeer }\` (minified bytes in the bundle; ${b.contributors.length} in all):`, '',
    table(['package or accord layer', 'minified', 'share'], [
      ...shown.map(c => [c.name, KiB(c.bytes), `${fmt(100 * c.bytes / b.accord.minifiedBytes)} %`]),
      [`${b.contributors.length - shown.length} others`, KiB(rest), `${fmt(100 * rest / b.accord.minifiedBytes)} %`]
    ])
  ]
}
