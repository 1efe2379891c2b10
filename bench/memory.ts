/**
 * Resident memory per peer: runs bench/memory-peers.ts in a fresh child process for each
 * peer count, so that every measurement starts from the same clean runtime.
 */
import { spawn } from 'node:child_process'
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
  const args = ['--expose-gc', '--import', 'tsx', CHILD, String(peers), String(keys)]
  const env = { ...process.env, ...(peerOptions != null ? { BENCH_PEER_OPTIONS: peerOptions } : {}) }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  let out = ''
  let err = ''
  child.stdout.on('data', (d: Buffer) => { out += d.toString() })
  child.stderr.on('data', (d: Buffer) => { err += d.toString() })
  const timer = setTimeout(() => { child.kill('SIGKILL') }, timeoutMs)
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  clearTimeout(timer)
  const line = out.split('\n').find(l => l.startsWith('RESULT '))
  if (line == null) throw new Error(`memory child (${peers} peers) exited with ${code} and no result:\n${err.slice(-2000)}`)
  return JSON.parse(line.slice('RESULT '.length)) as MemorySample
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
