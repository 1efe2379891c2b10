/**
 * One update to every reader in a mesh larger than each peer's `maxPeers` + 1, beside
 * y-websocket (every replica in this one process, as scenario 14). Scenario 14 links every
 * accord peer to every other; a fleet larger than the default `maxPeers` (8) + 1 is a
 * random graph instead, in which a writer does not link to every holder. Each round:
 * `replicas` accord peers dialling the default 8 each, 3 s for the links to settle, a
 * document on all of them, 100 warm-up updates, then 300 updates (a writer in turn, 5 ms
 * apart): the last reader's p50 / p90 / p99, and how many gossip messages the peers
 * published meanwhile (membership's heartbeats, and updates where they went by gossip);
 * then y-websocket's `replicas` clients of one server, the same way.
 *
 *   npx tsx bench/docs-sparse.ts [replicas=14] [rounds=2] [tree]
 *
 *   tree  another worktree's root: its bench/mesh.ts (and so its src/) starts the accord
 *         peers (copy this commit's bench/mesh.ts into it if it has no `maxPeers` argument)
 *
 * Writes nothing. Takes about 20 s a round.
 */
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as Y from 'yjs'
import { oneUpdate, yWebsocketSystem } from './docs-peers.js'
import { fmt, fmtRatio, percentile, table } from './stats.js'
import type { Peer } from '../src/index.node.js'

const [replicasArg = '14', roundsArg = '2', tree = fileURLToPath(new URL('..', import.meta.url))] = process.argv.slice(2)
const REPLICAS = Number(replicasArg)
const ROUNDS = Number(roundsArg)
if (!Number.isInteger(REPLICAS) || REPLICAS < 3 || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  console.error('usage: npx tsx bench/docs-sparse.ts [replicas=14] [rounds=2] [tree]')
  process.exit(2)
}
const DEFAULT_MAX_PEERS = 8
const SETTLE_MS = 3_000
const WARMUP = 100
const TRIALS = 300

const mesh = await import(pathToFileURL(`${tree}/bench/mesh.ts`).href) as typeof import('./mesh.js')
const pause = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

interface Round { p50: number, p90: number, p99: number, gossip?: number, links?: string }

/** WARMUP then TRIALS updates on `docs`: the last reader's percentiles. */
async function trials (docs: Y.Doc[]): Promise<Omit<Round, 'gossip' | 'links'>> {
  for (let i = 0; i < WARMUP; i++) { await oneUpdate(docs, i % docs.length, `w${i}`); await pause(5) }
  const lasts: number[] = []
  for (let i = 0; i < TRIALS; i++) { lasts.push(Math.max(...await oneUpdate(docs, i % docs.length, `k${i}`))); await pause(5) }
  lasts.sort((a, b) => a - b)
  return { p50: percentile(lasts, 50), p90: percentile(lasts, 90), p99: percentile(lasts, 99) }
}

async function accordRound (): Promise<Round> {
  const peers: Peer[] = await mesh.startMesh(REPLICAS, () => {}, DEFAULT_MAX_PEERS)
  try {
    await pause(SETTLE_MS)
    const links = peers.map(p => p.network.connections().length)
    const docs = await Promise.all(peers.map(async p => await p.doc('sparse')))
    await Promise.all(peers.map(async p => { await p.synced('sparse') }))
    const published = (): number => peers.reduce((n, p) => n + p.stats().gossip.published, 0)
    const before = published()
    const figures = await trials(docs)
    return { ...figures, gossip: published() - before, links: `${Math.min(...links)}–${Math.max(...links)} of ${REPLICAS - 1}` }
  } finally {
    await Promise.all(peers.map(async p => { await p.stop() }))
  }
}

async function yWebsocketRound (): Promise<Round> {
  const system = await yWebsocketSystem(REPLICAS)
  try {
    return await trials(await system.open('sparse'))
  } finally {
    await system.stop()
  }
}

console.log(`docs-sparse: ${REPLICAS} replicas, accord's peers dialling ${DEFAULT_MAX_PEERS} each (code at ${tree}), y-websocket's clients of one server; ${ROUNDS} round(s) of ${TRIALS} updates`)
const rows: string[][] = []
for (let r = 1; r <= ROUNDS; r++) {
  const a = await accordRound()
  console.log(`round ${r} accord     : links per peer ${a.links}, last reader p50 ${fmt(a.p50)} p90 ${fmt(a.p90)} p99 ${fmt(a.p99)} ms, ${a.gossip} gossip messages published during the updates`)
  const y = await yWebsocketRound()
  console.log(`round ${r} y-websocket: last reader p50 ${fmt(y.p50)} p90 ${fmt(y.p90)} p99 ${fmt(y.p99)} ms`)
  rows.push([String(r), a.links!, `${fmt(a.p50)} / ${fmt(a.p90)} / ${fmt(a.p99)}`, `${fmt(y.p50)} / ${fmt(y.p90)} / ${fmt(y.p99)}`,
    `${fmtRatio(a.p50 / y.p50)} / ${fmtRatio(a.p90 / y.p90)} / ${fmtRatio(a.p99 / y.p99)}`, String(a.gossip)])
}
console.log(table(['round', 'accord links per peer', `accord: last of ${REPLICAS - 1} readers p50 / p90 / p99 (ms)`, 'y-websocket', 'ratio', 'accord gossip messages during the updates'], rows))
process.exit(0)
