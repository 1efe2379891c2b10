/**
 * Child process of the memory scenario (bench/memory.ts spawns it with
 * `node --expose-gc --import tsx bench/memory-peers.ts <peers> <keys>`): starts <peers>
 * peers, waits until every peer has the doc 'mem' open with <keys> keys, forces GC, and
 * prints one line `RESULT {json}` with process.memoryUsage(). With 0 peers it measures the
 * runtime with accord and its dependencies loaded.
 */
import { openEverywhere, setPeerOptions, sleep, startMesh, stopAll, waitConnected, waitFor } from './mesh.js'
import type { Peer } from '../src/index.node.js'

const n = Number(process.argv[2] ?? 1)
const keys = Number(process.argv[3] ?? 1000)
const log = (line: string): void => { process.stderr.write(`${line}\n`) }

function gc (): void {
  const g = (globalThis as { gc?: () => void }).gc
  if (g != null) { g(); g() }
}

process.on('unhandledRejection', (reason: unknown) => { log(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}`) })
if (process.env.BENCH_PEER_OPTIONS != null) setPeerOptions(JSON.parse(process.env.BENCH_PEER_OPTIONS))

let peers: Peer[] = []
try {
  if (n > 0) {
    peers = await startMesh(n, log)
    if (n > 1) await waitConnected(peers, Math.min(8, n - 1), log)
    const docs = await openEverywhere(peers, 'mem')
    const m = docs[0]!.getMap('m')
    for (let i = 0; i < keys; i++) m.set(`k${i}`, `value ${i}`) // one update each
    await waitFor(`every peer to have ${keys} keys`, () => docs.every(d => d.getMap('m').size === keys), 30_000)
  }
  await sleep(1_500) // publishing, storing and the first anti-entropy rounds settle
  gc()
  await sleep(100)
  gc()
  const mem = process.memoryUsage()
  process.stdout.write(`RESULT ${JSON.stringify({ peers: n, keys, gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function', ...mem })}\n`)
} finally {
  await stopAll(peers)
}
