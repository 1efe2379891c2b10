/**
 * Lease-holder benchmarks: lock latency against the persistent-stream round trip,
 * contended throughput, and failover after kill -9 of the leader (separate processes).
 */
import { sleep, waitFor } from '../test/support/wait.js'
import { spawn, type ChildProcess } from 'node:child_process'
import os from 'node:os'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { lpStream } from '@libp2p/utils'
import { createPeer, type Peer } from '../src/index.node.js'
import { summarize, type Summary } from './stats.js'

type Log = (line: string) => void
const TCP = ['/ip4/127.0.0.1/tcp/0']
let meshes = 0
export const mesh = (): string => `bench-coord-${process.pid}-${meshes++}`
export { sleep }

export async function until (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  await waitFor(what, check, { timeoutMs, pollMs: 10 })
}

export async function cluster (n: number): Promise<Peer[]> {
  const m = mesh()
  const first = await createPeer({ mesh: m, rank: 0, members: n, listen: TCP })
  const rest = await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await createPeer({ mesh: m, rank: i + 1, members: n, listen: TCP, bootstrap: [first.addrs[0]!] })))
  const peers = [first, ...rest]
  await until('a full mesh and one leader', () => peers.every(p => p.network.connections().length === n - 1 && p.leader?.id === first.id))
  return peers
}

export interface CoordResult {
  roundTrip: Summary
  acquireRelease: Summary
  acquire: Summary
  contended: { clients: number, ops: number, ms: number, opsPerSec: number }
  failover: FailoverResult
  /** The same failover with both cores kept busy by two other processes. */
  failoverLoaded?: FailoverResult
}

export interface FailoverResult { trials: number, toLeader: Summary, toGrant: Summary, load: string }

/** Round trip of a persistent stream between two of the cluster's peers: the baseline. */
async function roundTrip (a: Peer, b: Peer, n: number): Promise<Summary> {
  const protocol = '/bench/coord-echo/1.0.0'
  await b.node.handle(protocol, stream => {
    const lp = lpStream(stream)
    void (async () => { while (true) { const m = await lp.read().catch(() => null); if (m == null) return; await lp.write(m.subarray()) } })()
  })
  const lp = lpStream(await a.node.dialProtocol(b.peerId, protocol))
  const samples: number[] = []
  const msg = new Uint8Array(64)
  for (let i = 0; i < n + 100; i++) {
    const t0 = performance.now()
    await lp.write(msg); await lp.read()
    if (i >= 100) samples.push(performance.now() - t0)
  }
  return summarize(samples)
}

export async function benchCoord (log: Log, opts = { latencyOps: 1_000, contendedOps: 2_000, failoverTrials: 12, loadedTrials: 8 }): Promise<CoordResult> {
  log('coord: starting a 3-peer quorum cluster (members: 3)')
  const peers = await cluster(3)
  const client = peers[1]! // not the leader: every request crosses the network
  const rt = await roundTrip(client, peers[0]!, 2_000)
  log(`coord: baseline round trip p50 ${rt.p50.toFixed(3)} ms; ${opts.latencyOps} uncontended acquire+release from a non-leader`)
  const both: number[] = []; const acq: number[] = []
  for (let i = 0; i < opts.latencyOps + 100; i++) {
    const t0 = performance.now()
    const lock = await client.lock('bench')
    const t1 = performance.now()
    await lock.release()
    if (i >= 100) { both.push(performance.now() - t0); acq.push(t1 - t0) }
  }

  log(`coord: 5 clients contend for one lock, ${opts.contendedOps} grants in all`)
  for (const p of peers) await p.stop()
  const five = await cluster(5)
  let grants = 0
  const t0 = performance.now()
  await Promise.all(five.map(async p => {
    while (grants < opts.contendedOps) {
      const lock = await p.lock('hot')
      grants++
      await lock.release()
    }
  }))
  const ms = performance.now() - t0
  for (const p of five) await p.stop()

  const failover = await benchFailover(log, opts.failoverTrials, 0)
  const failoverLoaded = await benchFailover(log, opts.loadedTrials, 2)
  return {
    roundTrip: rt,
    acquireRelease: summarize(both),
    acquire: summarize(acq),
    contended: { clients: 5, ops: grants, ms, opsPerSec: grants / (ms / 1000) },
    failover,
    failoverLoaded
  }
}

const agentScript = fileURLToPath(new URL('./coord-agent.ts', import.meta.url))

export interface Agent { child: ChildProcess, lines: Array<{ at: number, text: string }>, id: string, addr: string, rank: number }

export async function spawnAgent (m: string, rank: number, members: number, bootstrap: string): Promise<Agent> {
  const child = spawn(process.execPath, ['--import', 'tsx', agentScript], {
    env: { ...process.env, MESH: m, RANK: String(rank), MEMBERS: String(members), BOOTSTRAP: bootstrap },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const agent: Agent = { child, lines: [], id: '', addr: '', rank }
  createInterface({ input: child.stdout! }).on('line', text => { agent.lines.push({ at: performance.now(), text }) })
  await until('agent ready', () => agent.lines.some(l => l.text.startsWith('ready ')), 30_000)
  const [, id, addr] = agent.lines.find(l => l.text.startsWith('ready '))!.text.split(' ')
  agent.id = id!; agent.addr = addr!
  return agent
}

export const leaderSeenBy = (a: Agent): { id: string, epoch: number } | undefined => {
  const l = a.lines.filter(x => x.text.startsWith('leader ')).at(-1)
  if (l == null) return undefined
  const [, id, epoch] = l.text.split(' ')
  return { id: id!, epoch: Number(epoch) }
}

/**
 * `n` peers (default 7) in `n` processes (quorum mode); one loops acquire/release on a lock. Each trial
 * kills the leader with SIGKILL and times, on this process's clock, the first `leader`
 * line naming a new leader and the first grant after the kill; then restarts the killed
 * peer and waits for the mesh to settle. With `burners` > 0, that many busy-loop
 * processes keep the cores busy for the whole run (the machine loaded by other work).
 */
export async function benchFailover (log: Log, trials: number, burners: number, n = 7): Promise<FailoverResult> {
  const m = mesh()
  log(`coord: failover${burners > 0 ? ` with ${burners} busy-loop processes loading the cores` : ''}: starting ${n} peer processes`)
  const agents: Agent[] = [await spawnAgent(m, 0, n, '')]
  agents.push(...await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await spawnAgent(m, i + 1, n, agents[0]!.addr))))
  const toLeader: number[] = []; const toGrant: number[] = []
  const load: ChildProcess[] = []
  try {
    const settled = async (): Promise<Agent> => {
      await until('one leader seen by all', () => {
        const views = agents.map(leaderSeenBy)
        return views.every(v => v != null && v.id === views[0]!.id && v.epoch === views[0]!.epoch)
      })
      return agents.find(a => a.id === leaderSeenBy(agents[0]!)!.id)!
    }
    let leader = await settled()
    for (let i = 0; i < burners; i++) load.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }))
    const loopAgent = agents[n - 1]! // the highest rank: it never leads while a lower rank lives
    loopAgent.child.stdin!.write('loop bench\n')
    for (let t = 0; t < trials; t++) {
      await sleep(Number(process.env.FAILOVER_GAP_MS ?? 1_500)) // steady state: the loop is granting, heartbeats flow
      if (loopAgent === leader) throw new Error('looping agent became leader')
      const killedAt = performance.now()
      const oldLeader = leader
      oldLeader.child.kill('SIGKILL')
      const others = agents.filter(a => a !== oldLeader)
      await until('a new leader', () => others.some(a => { const v = leaderSeenBy(a); return v != null && v.id !== oldLeader.id && a.lines.at(-1)!.at > killedAt }), 20_000)
      const firstLeaderLine = Math.min(...others.flatMap(a => a.lines.filter(l => l.at > killedAt && l.text.startsWith('leader ') && !l.text.includes(oldLeader.id)).map(l => l.at)))
      await until('a grant after the kill', () => loopAgent.lines.some(l => l.at > firstLeaderLine && l.text.startsWith('granted ')), 20_000)
      const grantAt = loopAgent.lines.find(l => l.at > firstLeaderLine && l.text.startsWith('granted '))!.at
      toLeader.push(firstLeaderLine - killedAt)
      toGrant.push(grantAt - killedAt)
      log(`coord: failover${burners > 0 ? ' (loaded)' : ''} trial ${t + 1}/${trials}: new leader after ${(firstLeaderLine - killedAt).toFixed(0)} ms, next grant after ${(grantAt - killedAt).toFixed(0)} ms`)
      // bring the killed peer back (it rejoins as a follower: no pre-emption)
      const i = agents.indexOf(oldLeader)
      agents[i] = await spawnAgent(m, oldLeader.rank, n, others[0]!.addr)
      leader = await settled()
    }
  } finally {
    for (const a of agents) a.child.kill('SIGKILL')
    for (const b of load) b.kill('SIGKILL')
  }
  return { trials: toGrant.length, toLeader: summarize(toLeader), toGrant: summarize(toGrant), load: burners > 0 ? `${burners} busy loops on ${os.cpus().length} cores` : 'none' }
}
