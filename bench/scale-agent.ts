/**
 * A child process of scenario 12 (bench/scale.ts spawns it as one bundled file, see
 * test/support/bundle.ts): a share of a fleet's peers in one process, as a host of a real
 * fleet would run them. SCALE_SPEC (JSON, see Spec) says which peers; BENCH_PEER_OPTIONS
 * adds --peer-options. Reports JSON lines on stdout (see Report); reads commands on stdin:
 * `probe` (CPU, event loop and gossip since the previous probe, and each peer's connections
 * and members now), `lock <peer> <ops> <warmup>` (uncontended acquire + release from that
 * peer), `stop`. BENCH_CPU_PROFILE=dir writes a CPU profile of the child's start (below).
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { measureUncontended } from './lock-measure.js'
import { createBenchPeer, setPeerOptions } from './mesh.js'
import type { LockClient } from './peers/lock-client.js'
import type { Summary } from './stats.js'
import type { Peer } from '../src/index.node.js'

export interface Spec {
  mesh: string
  /** The fleet's voters by peer id: every peer gets the list, so the others are clients. */
  voters: string[]
  /** This process's peers: their index in the fleet, and for voters a key (protobuf, hex), a rank and a fixed port. */
  peers: Array<{ index: number, key?: string, rank?: number, port?: number }>
  /** The voters' addresses: every peer bootstraps from them (a voter from the others). */
  bootstrap: string[]
}

export type Report =
  | { t: 'peer', i: number, id: string, leader: string | null }
  | { t: 'leader', i: number, leader: string | null, epoch: number | null }
  | { t: 'probe', ms: number, cpuMs: number, eventLoopUtilization: number, gossipReceived: number, connections: number[], members: number[] }
  | { t: 'lock', summary?: Summary, error?: string }

const say = (r: Report): void => { process.stdout.write(JSON.stringify(r) + '\n') }
process.on('unhandledRejection', (reason: unknown) => { process.stderr.write(`unhandled rejection: ${String((reason as Error)?.stack ?? reason)}\n`) })
if (process.env.BENCH_PEER_OPTIONS != null) setPeerOptions(JSON.parse(process.env.BENCH_PEER_OPTIONS))
const spec = JSON.parse(process.env.SCALE_SPEC!) as Spec

const peers = new Map<number, Peer>()

// BENCH_CPU_PROFILE=dir: each child writes a CPU profile of its first BENCH_CPU_PROFILE_MS
// (default 30 s) to dir, for where a fleet's start-up time goes (open in Chrome's devtools)
if (process.env.BENCH_CPU_PROFILE != null) {
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  // BENCH_CPU_PROFILE_FROM_MS: start that late instead (to see idleness rather than start-up)
  const from = Number(process.env.BENCH_CPU_PROFILE_FROM_MS ?? 0)
  setTimeout(() => { void session.post('Profiler.start') }, from).unref()
  setTimeout(() => {
    void session.post('Profiler.stop').then(({ profile }) => {
      writeFileSync(join(process.env.BENCH_CPU_PROFILE!, `scale-${process.pid}.cpuprofile`), JSON.stringify(profile))
    })
  }, from + Number(process.env.BENCH_CPU_PROFILE_MS ?? 30_000)).unref()
}
async function start (p: Spec['peers'][number], bootstrap: string[]): Promise<Peer> {
  const peer = await createBenchPeer({
    mesh: spec.mesh,
    voters: spec.voters,
    rank: p.rank,
    privateKey: p.key != null ? privateKeyFromProtobuf(Buffer.from(p.key, 'hex')) : undefined,
    ...(p.port != null ? { listen: [`/ip4/127.0.0.1/tcp/${p.port}`] } : {}),
    bootstrap
  })
  peers.set(p.index, peer)
  peer.addEventListener('leader', evt => { say({ t: 'leader', i: p.index, leader: evt.detail?.id ?? null, epoch: evt.detail?.epoch ?? null }) })
  say({ t: 'peer', i: p.index, id: peer.id, leader: peer.leader?.id ?? null })
  return peer
}

// Voters first, so that the others find them listening; each peer leaves itself out of its bootstrap list.
const voters = spec.peers.filter(p => p.port != null)
const bootstrapOf = (p: Spec['peers'][number]): string[] => spec.bootstrap.filter(a => p.port == null || !a.includes(`/tcp/${p.port}/`))
await Promise.all(voters.map(async p => await start(p, bootstrapOf(p))))
await Promise.all(spec.peers.filter(p => p.port == null).map(async p => await start(p, bootstrapOf(p))))

const gossipReceived = (): number => [...peers.values()].reduce((a, p) => a + p.stats().gossip.received, 0)
let last = { t: performance.now(), cpu: process.cpuUsage(), elu: performance.eventLoopUtilization(), received: gossipReceived() }
const OP_DEADLINE_MS = 20_000 // one acquire or release: a stuck one ends the loop with an error rather than silence

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, a, b, c] = line.split(' ')
  if (cmd === 'probe') {
    const now = { t: performance.now(), cpu: process.cpuUsage(), elu: performance.eventLoopUtilization(), received: gossipReceived() }
    const all = [...peers.values()]
    say({
      t: 'probe',
      ms: now.t - last.t,
      cpuMs: (now.cpu.user + now.cpu.system - last.cpu.user - last.cpu.system) / 1000,
      eventLoopUtilization: performance.eventLoopUtilization(now.elu, last.elu).utilization,
      gossipReceived: now.received - last.received,
      connections: all.map(p => p.network.connections().length),
      members: all.map(p => p.members.length)
    })
    last = now
  }
  if (cmd === 'lock') {
    const peer = peers.get(Number(a))!
    let done = 0
    const deadline = async <T>(what: string, p: Promise<T>): Promise<T> => {
      let timer: NodeJS.Timeout | undefined
      try {
        return await Promise.race([p, new Promise<never>((_resolve, reject) => { timer = setTimeout(() => { reject(new Error(`${what} took over ${OP_DEADLINE_MS} ms`)) }, OP_DEADLINE_MS) })])
      } finally { clearTimeout(timer) }
    }
    const client: LockClient = {
      acquire: async name => {
        const l = await deadline('acquire', peer.lock(name, { ttlMs: 10_000, waitMs: OP_DEADLINE_MS }))
        return { release: async () => { await deadline('release', l.release()); done++ } }
      },
      close: async () => {}
    }
    measureUncontended(client, 'bench-scale', { ops: Number(b), warmup: Number(c) })
      .then(summary => { say({ t: 'lock', summary }) }, (err: Error) => { say({ t: 'lock', error: `after ${done} of ${Number(b) + Number(c)} ops: ${err.name}: ${err.message}` }) })
  }
  if (cmd === 'stop') break
}
// Stop every peer, then exit even if some handle lingers: the parent kills us otherwise.
await Promise.allSettled([...peers.values()].map(async p => { await p.stop() }))
process.exit(0)
