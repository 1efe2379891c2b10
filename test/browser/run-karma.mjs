#!/usr/bin/env node
// `npm run test:browser`: starts the Node helper peer (test/browser/node-peer.ts), runs the
// browser tests once in headless Chromium through karma, stops the helper, and exits
// non-zero unless at least one test ran and none failed. The last line printed is always
// `browser: <passed> passed, <failed> failed`, then the total with the Node suite.
//
//   npm run test:browser                  every test/browser/**/*.test.ts
//   npm run test:browser -- --grep idb    only the tests whose full title matches (mocha grep)
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

// With media permission (the WebRTC tests need it), Chromium offers ICE candidates on
// every interface. As root, run the whole browser suite in a network namespace of its
// own, where only loopback exists, so no test traffic can leave 127.0.0.1.
if (process.env.ACCORD_NETNS == null && process.platform === 'linux' && process.getuid?.() === 0 &&
    spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up']).status === 0) { // root, unshare and iproute2 all there
  const r = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, ...process.argv.slice(1)],
    { stdio: 'inherit', env: { ...process.env, ACCORD_NETNS: '1' } })
  process.exit(r.status ?? 1)
}

// Karma puts the browser's --user-data-dir and karma-esbuild its entry file in os.tmpdir();
// a temp dir of this run's own keeps every run fresh and is removed at the end.
const helperEnv = { ...process.env }
const runTmp = mkdtempSync(join(tmpdir(), 'accord-karma-'))
process.env.TMPDIR = runTmp
const { default: karma } = await import('karma') // after TMPDIR: karma reads it when loaded
const HELPER_READY_MS = 60_000
const WATCHDOG_MS = 10 * 60_000

if (process.env.CHROME_BIN == null || process.env.CHROME_BIN === '') {
  for (const bin of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(bin)) { process.env.CHROME_BIN = bin; break }
  }
}

let helper
let server
let karmaDone = false
let passed = 0
let failed = 0
let finishing = false

/** Counts of the Node suite run just before, from vitest's JSON report, if there is one. */
function readNodeCounts () {
  try {
    const report = JSON.parse(readFileSync(new URL('../../.test-results/vitest.json', import.meta.url), 'utf8'))
    return { passed: report.numPassedTests, failed: report.numFailedTests }
  } catch {
    return undefined
  }
}

/** Stops the helper peer (SIGTERM, then SIGKILL), prints the totals and exits. */
async function finish (code, why) {
  if (finishing) return
  finishing = true
  if (why) console.error(`run-karma: ${why}`)
  if (server != null && !karmaDone) {
    // interrupted or timed out mid-run: let karma kill the browser it launched
    await Promise.race([server.stop().catch(() => {}), new Promise(resolve => setTimeout(resolve, 10_000))])
  }
  await stopHelper()
  try { rmSync(runTmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }) } catch {}
  console.log(`browser: ${passed} passed, ${failed} failed`)
  // the whole suite's closing line adds the Node suite's counts (written by vitest)
  const node = readNodeCounts()
  if (node != null) console.log(`total: ${passed + node.passed} passed, ${failed + node.failed} failed`)
  process.exit(code)
}

async function stopHelper () {
  const child = helper
  if (child == null || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGTERM')
  child.stdin?.end()
  const timer = setTimeout(() => { child.kill('SIGKILL') }, 8_000)
  await exited
  clearTimeout(timer)
}

/** Starts the helper and resolves with the JSON line it prints once listening. */
function startHelper () {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/browser/node-peer.ts'], {
      cwd: root,
      env: helperEnv,
      stdio: ['pipe', 'pipe', 'pipe']
    })
    helper = child
    const timer = setTimeout(() => reject(new Error(`the Node peer printed no address within ${HELPER_READY_MS} ms`)), HELPER_READY_MS)
    let info
    createInterface({ input: child.stdout }).on('line', line => {
      if (info === undefined && line.startsWith('{')) {
        try {
          info = JSON.parse(line)
          clearTimeout(timer)
          resolve(info)
          return
        } catch {}
      }
      console.error(`[node-peer] ${line}`)
    })
    createInterface({ input: child.stderr }).on('line', line => { console.error(`[node-peer] ${line}`) })
    child.on('error', err => { clearTimeout(timer); reject(err) })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (info === undefined) reject(new Error(`the Node peer exited before it was ready (code ${code}, signal ${signal})`))
      else if (!finishing) void finish(1, `the Node peer exited during the run (code ${code}, signal ${signal})`)
    })
  })
}

/**
 * karma.conf.js is an ES module. Karma 6 loads config files with require(), which only
 * Node >= 20.19 allows for ES modules; importing it here works on every Node this repo
 * supports. Its default export is called with a collector of `config.set(...)` objects,
 * which parseConfig then merges over karma's defaults exactly as for a config file.
 */
async function loadConfig (overrides) {
  const { default: configure } = await import(pathToFileURL(`${root}karma.conf.js`).href)
  const settings = {}
  const { constants } = karma
  configure({ ...constants, set: (obj) => { Object.assign(settings, obj) } })
  const client = { ...settings.client, ...overrides.client }
  return await karma.config.parseConfig(null, { ...settings, ...overrides, client }, { promiseConfig: true, throwErrors: true })
}

async function main () {
  const watchdog = setTimeout(() => { void finish(1, `gave up after ${WATCHDOG_MS / 1000} s`) }, WATCHDOG_MS)
  watchdog.unref()
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.on(sig, () => { void finish(code, `interrupted (${sig})`) })

  const info = await startHelper()
  console.error(`run-karma: Node peer ${info.ws}`)
  const args = ['--accord-node', JSON.stringify(info)]
  const grep = process.argv.indexOf('--grep')
  if (grep >= 0 && process.argv[grep + 1] !== undefined) args.push('--grep', process.argv[grep + 1])
  const config = await loadConfig({ client: { args } })

  let results
  server = new karma.Server(config, (exitCode) => {
    karmaDone = true
    if (results === undefined) return void finish(1, `karma exited (${exitCode}) without a result`)
    passed = results.success
    failed = results.failed
    const problems = []
    if (results.success + results.failed === 0) problems.push('karma executed 0 tests')
    if (results.failed > 0) problems.push(`${results.failed} test(s) failed`)
    if (results.error) problems.push('the browser reported an error (see above)')
    if (results.disconnected) problems.push('the browser disconnected')
    if (exitCode !== 0 && problems.length === 0) problems.push(`karma exit code ${exitCode}`)
    void finish(problems.length === 0 ? 0 : 1, problems.join('; '))
  })
  server.on('run_complete', (_browsers, r) => { results = r })
  await server.start()
}

main().catch(err => { void finish(1, err?.stack ?? String(err)) })
