// Karma configuration of the browser tests (an ES module: package.json has "type": "module").
//
// Run them with `npm run test:browser` (test/browser/run-karma.mjs): it starts the Node
// helper peer the tests dial, imports this module and hands karma the resulting config.
// `npx karma start karma.conf.js` also loads it (karma `require()`s the config file, which
// Node >= 20.19 allows for ES modules), but the tests that need the Node peer then fail.
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('.', import.meta.url))
const tests = 'test/browser/**/*.test.ts'

/** One line per test (karma's own reporters print dots or a progress bar); failures as karma's base reporter prints them. */
function LinesReporter (baseReporterDecorator) {
  baseReporterDecorator(this)
  const name = (result) => [...result.suite, result.description].join(' › ')
  this.specSuccess = (_browser, result) => { this.write(`  ✓ ${name(result)} (${result.time} ms)\n`) }
  this.specSkipped = (_browser, result) => { this.write(`  - ${name(result)} (skipped)\n`) }
  this.onRunComplete = () => {} // run-karma.mjs prints the totals
}
LinesReporter.$inject = ['baseReporterDecorator']

/** @param {import('karma').Config} config */
export default function configure (config) {
  config.set({
    basePath: root,
    plugins: ['karma-mocha', 'karma-esbuild', 'karma-chrome-launcher', { 'reporter:lines': ['type', LinesReporter] }],
    frameworks: ['mocha'],
    // relay.test.ts, then coord.test.ts: the relay test's peers have just left when the
    // coord test's page takes a lock from the Node peer, the order in which a grant lost to a
    // failed commit was found (test/node/lock-grant-commit.test.ts). Karma includes a file
    // that several patterns match once, at its first.
    files: ['relay', 'coord'].map(name => ({ pattern: `test/browser/${name}.test.ts`, watched: false })).concat({ pattern: tests, watched: false }),
    preprocessors: { [tests]: ['esbuild'] },

    // Every test file goes into one bundle with one copy of accord, libp2p and Yjs.
    esbuild: {
      format: 'esm',
      target: 'es2022', // karma-esbuild defaults to es2015, which has no BigInt literals (wire.ts, protons)
      platform: 'browser',
      conditions: ['browser'],
      mainFields: ['browser', 'module', 'main'],
      absWorkingDir: root,
      tsconfig: `${root}tsconfig.json`,
      // No shims or defines are needed: libp2p 3, its logger and Yjs only touch `process`
      // behind typeof guards, and Chromium has Promise.withResolvers. (karma-esbuild
      // itself defines process.env.NODE_ENV.)
      logLevel: 'warning'
    },

    client: {
      // run-karma.mjs adds ['--accord-node', '<json of the Node peer>'] here
      args: [],
      captureConsole: true,
      mocha: { timeout: 60_000, reporter: 'html' }
    },

    browsers: ['ChromiumHeadlessCI'],
    customLaunchers: {
      ChromiumHeadlessCI: {
        base: 'ChromeHeadless',
        // karma-chrome-launcher already passes --user-data-dir=<a fresh temp dir per launch>,
        // removed when the browser is killed: every run starts with empty IndexedDB.
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          // WebRTC between two browser peers on 127.0.0.1 (test/browser/relay.test.ts):
          // Chromium gathers loopback candidates only with this flag and only for a page
          // that has media permission, which the fake UI grants to its getUserMedia call.
          '--allow-loopback-in-peer-connection',
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream'
        ]
      }
    },

    reporters: ['lines'],
    hostname: '127.0.0.1',
    listenAddress: '127.0.0.1',
    port: 9876,
    singleRun: true,
    autoWatch: false,
    concurrency: 1,
    captureTimeout: 60_000,
    browserNoActivityTimeout: 120_000,
    browserDisconnectTimeout: 30_000,
    browserDisconnectTolerance: 0,
    pingTimeout: 60_000,
    logLevel: config.LOG_INFO ?? 'INFO'
  })
}
