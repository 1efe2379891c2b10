/**
 * Scenario 14 for one system, in a process of its own: benchDocsPeers (docs-peers.ts) runs
 * it with DOCS_PEERS_SYSTEM = { name, opts } (BENCH_PEER_OPTIONS adds --peer-options to
 * accord's peers), and reads the one line `RESULT {json}` it prints after its progress.
 *
 * Run by hand, for comparing two commits of one system (alternate it between worktrees):
 *
 *   npx tsx bench/docs-peers-system.ts accord|yWebsocket [--quick]
 *
 * runs scenario 14's counts (npm run bench's, or --quick's) and also prints a summary line:
 * the last reader's p50 / p99, the bulk rate, and the late joins (median, and each).
 */
import { docsPeersCounts, measureSystem, type DocsPeersOptions, type SystemName } from './docs-peers.js'
import { setPeerOptions } from './mesh.js'
import { fmt } from './stats.js'

const given = process.env.DOCS_PEERS_SYSTEM
const [arg] = process.argv.slice(2)
if (given == null && arg !== 'accord' && arg !== 'yWebsocket') throw new Error('usage: npx tsx bench/docs-peers-system.ts accord|yWebsocket [--quick]')
const { name, opts } = given != null
  ? JSON.parse(given) as { name: SystemName, opts: DocsPeersOptions }
  : { name: arg as SystemName, opts: docsPeersCounts(process.argv.includes('--quick')) }
if (process.env.BENCH_PEER_OPTIONS != null) setPeerOptions(JSON.parse(process.env.BENCH_PEER_OPTIONS))
const f = await measureSystem(name, line => { console.log(line) }, opts)
if (given == null) {
  console.log(`${name}: last reader p50 ${fmt(f.last.p50)} ms, p99 ${fmt(f.last.p99)} ms; bulk ${fmt(f.bulkUpdatesPerSec)}/s; ` +
    `late joiner median ${fmt(f.lateJoinerMs)} ms (${(f.lateJoinerRuns ?? []).map(x => fmt(x)).join(', ')})`)
}
console.log(`RESULT ${JSON.stringify(f)}`)
process.exit(0)
