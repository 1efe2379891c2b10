/**
 * Resident memory per peer: runs bench/memory-peers.ts in a fresh child process for each
 * peer count, so that every measurement starts from the same clean runtime.
 */
import { runForResult } from './children.js'
import { fileURLToPath } from 'node:url'
import type { Log } from './mesh.js'

export interface MemorySample {
  peers: number
  keys: number
  gcExposed: boolean
  rss: number
  heapTotal: number
  heapUsed: number
  external: number
  arrayBuffers: number
}

export interface MemoryResult {
  keys: number
  samples: MemorySample[]
  /** (RSS with the most peers − RSS with one peer) / (peers − 1), in bytes. */
  marginalRssPerPeer: number
  marginalHeapUsedPerPeer: number
}

const CHILD = fileURLToPath(new URL('./memory-peers.ts', import.meta.url))

export async function measurePeers (peers: number, keys: number, peerOptions: string | undefined, timeoutMs = 90_000): Promise<MemorySample> {
  const env = { ...process.env, ...(peerOptions != null ? { BENCH_PEER_OPTIONS: peerOptions } : {}) }
  return await runForResult<MemorySample>(`memory child (${peers} peers)`, ['--expose-gc', '--import', 'tsx', CHILD, String(peers), String(keys)], env, timeoutMs)
}

export async function benchMemory (log: Log, opts: { counts: number[], keys: number, peerOptions?: string }): Promise<MemoryResult> {
  const samples: MemorySample[] = []
  for (const n of opts.counts) {
    log(`memory: child process with ${n} peer(s), doc of ${opts.keys} keys…`)
    const s = await measurePeers(n, opts.keys, opts.peerOptions)
    log(`  ${n} peer(s): RSS ${(s.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(s.heapUsed / 2 ** 20).toFixed(1)} MiB`)
    samples.push(s)
  }
  const one = samples.find(s => s.peers === 1)
  const most = samples.reduce((a, b) => (b.peers > a.peers ? b : a))
  const per = (k: 'rss' | 'heapUsed'): number => (one != null && most.peers > 1 ? (most[k] - one[k]) / (most.peers - 1) : NaN)
  return { keys: opts.keys, samples, marginalRssPerPeer: per('rss'), marginalHeapUsedPerPeer: per('heapUsed') }
}
