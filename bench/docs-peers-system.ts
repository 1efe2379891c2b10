/**
 * Scenario 14 for one system, in a process of its own (see benchDocsPeers in
 * docs-peers.ts): DOCS_PEERS_SYSTEM = { name, opts }; BENCH_PEER_OPTIONS adds
 * --peer-options to accord's peers. Prints its progress, then one line `RESULT {json}`
 * with the figures.
 */
import { measureSystem, type DocsPeersOptions, type SystemName } from './docs-peers.js'
import { setPeerOptions } from './mesh.js'

const { name, opts } = JSON.parse(process.env.DOCS_PEERS_SYSTEM ?? 'null') as { name: SystemName, opts: DocsPeersOptions }
if (process.env.BENCH_PEER_OPTIONS != null) setPeerOptions(JSON.parse(process.env.BENCH_PEER_OPTIONS))
const figures = await measureSystem(name, line => { console.log(line) }, opts)
console.log(`RESULT ${JSON.stringify(figures)}`)
process.exit(0)
