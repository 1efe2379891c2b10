import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Issue 14: the package a newcomer installs. `npm pack` on this checkout (its `prepack`
 * builds dist/), installed into a new application as a user would: no dev dependency, no
 * react-native (WebRTC is an optional peer dependency, for browsers), at most 150 MB of
 * node_modules; `import` and `require` both work, and the `accord` command runs from dist/.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'accord-pack-'))
afterAll(() => { rmSync(work, { recursive: true, force: true }) })

const run = (cmd: string, args: string[], cwd: string): string =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 })

describe('the npm package', () => {
  it('packs with its build, installs into a new app without dev dependencies or react-native (at most 150 MB), and works by import, by require and as the accord command', async () => {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as Array<{ filename: string, files: Array<{ path: string }> }>
    const files = packed[0]!.files.map(f => f.path)
    expect(files).toContain('dist/index.node.js')
    expect(files).toContain('dist/index.node.d.ts')
    expect(files).toContain('dist/index.node.cjs')
    expect(files).toContain('dist/index.node.d.cts')
    expect(files).toContain('dist/cli/main.js')
    expect(files).toContain('LICENSE')
    expect(files).toContain('CHANGELOG.md')
    expect(files.filter(f => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/')), 'sources, tests or benchmarks in the package').toEqual([])

    // types for import and for require, and the package.json fields, judged by the tools
    // the ecosystem uses (each exits non-zero on a problem)
    const tarball = join(work, packed[0]!.filename)
    const attw = run(join(root, 'node_modules', '.bin', 'attw'), ['--format', 'table-flipped', tarball], work)
    expect(attw).toContain('No problems found')
    expect(run(join(root, 'node_modules', '.bin', 'publint'), ['--strict', tarball], work)).toContain('All good')

    const app = join(work, 'app')
    run('mkdir', ['-p', app], work)
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }))
    const t0 = performance.now()
    // yjs is a peer dependency (one copy, the application's): installed beside, as with any
    // Yjs provider (npm with legacy-peer-deps, as on this machine, would not add it itself)
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, packed[0]!.filename), 'yjs@13'], app)
    const installS = (performance.now() - t0) / 1000
    const modules = join(app, 'node_modules')
    const kib = Number(run('du', ['-sk', modules], app).split('\t')[0])
    // the figures the README and the changelog quote (warm npm cache, as after `npm ci`)
    console.log(`[package] ${packed[0]!.filename}: ${files.length} files; installed in ${installS.toFixed(1)} s, node_modules ${(kib / 1024).toFixed(0)} MB`)
    expect(kib / 1024, 'MB of node_modules').toBeLessThanOrEqual(150)
    for (const unwanted of ['react-native', 'react-native-webrtc', '@libp2p/webrtc', 'tsx', 'typescript', 'vitest']) {
      expect(existsSync(join(modules, unwanted)), `${unwanted} installed`).toBe(false)
    }

    writeFileSync(join(app, 'esm.mjs'), "import { createPeer, InvalidArgumentError } from 'accord-mesh'\nconst p = await createPeer({ mesh: 'pack' })\nconsole.log(typeof InvalidArgumentError, p.id.length > 40)\nawait p.stop()\n")
    expect(run('node', ['esm.mjs'], app).trim()).toBe('function true')
    writeFileSync(join(app, 'cjs.cjs'), "const { createPeer } = require('accord-mesh')\ncreatePeer({ mesh: 'pack' }).then(async p => { console.log(p.id.length > 40); await p.stop() })\n")
    expect(run('node', ['cjs.cjs'], app).trim()).toBe('true')

    // a TypeScript application type-checks against the installed package both ways
    writeFileSync(join(app, 'esm.mts'), "import { createPeer, formatToken, type Peer } from 'accord-mesh'\nconst p: Peer = await createPeer({ mesh: 'pack' })\nconst s: string = formatToken(p.status === 'connected' ? 1n : 0n)\nexport { s }\n")
    writeFileSync(join(app, 'cjs.cts'), "import accord = require('accord-mesh')\nconst p: Promise<accord.Peer> = accord.createPeer({ mesh: 'pack' })\nexport = p\n")
    run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), 'esm.mts', 'cjs.cts'], app)

    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    expect(run(join(modules, '.bin', 'accord'), ['--version'], app).trim()).toBe(`accord-mesh ${version}`)
    expect(run(join(modules, '.bin', 'accord'), ['psk'], app)).toMatch(/^\/key\/swarm\/psk\/1\.0\.0\/\n\/base16\/\n[0-9a-f]{64}/)
  }, 300_000)
})
