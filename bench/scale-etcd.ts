/**
 * Scenario 12 beside etcd: the same fleet coordinated the way etcd's users would do it. An
 * etcd cluster of `servers` members (started first, as a fleet's etcd would already run)
 * and `n` agents, spread over child processes like accord's peers
 * (bench/scale-etcd-agent.ts): each agent an etcd3 client holding a kept-alive lease and
 * observing election `fleet`, agent 0 campaigning. Measured as accord's fleets are: time
 * from spawning the agents until every agent names agent 0 as leader; CPU over an idle
 * window, of the agents and of the etcd servers; uncontended lock latency (etcd3's Lock)
 * from agent 1.
 */
import { fileURLToPath } from 'node:url'
import { cpuMsOf } from './proc-cpu.js'
import type { Outcome } from './lock-peers.js'
import { sleep, type Log } from './mesh.js'
import type { EtcdSpec } from './scale-etcd-agent.js'
import { fmt, median, type Summary } from './stats.js'
import { next, sendProbe, spawnReporting, stopChild, type Child } from './children.js'
import { findBinary } from './peers/servers.js'
import { bundleForNode, removeBundle } from '../test/support/bundle.js'

type Report =
  | { t: 'up', agents: number }
  | { t: 'leader', i: number, leader: string | null }
  | { t: 'probe', ms: number, cpuMs: number, eventLoopUtilization: number }
  | { t: 'lock', summary?: Summary, error?: string }

export interface EtcdScaleRun {
  agents: number
  servers: number
  processes: number
  agreedMs?: number
  agreeing: number
  idle?: { ms: number, agentsCpuPercent: number, serversCpuPercent: number, perAgentPercent: number }
  lock: Outcome<Summary>
  error?: string
}

const AGENT = fileURLToPath(new URL('./scale-etcd-agent.ts', import.meta.url))
const BUNDLE = 'accord-scale-etcd-agent'
const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url))
/** utime + stime of an etcd server in ms (Linux /proc; NaN elsewhere, and the figure says so). */
const serverCpuMs = (pid: number): number => cpuMsOf(pid) ?? NaN

export async function benchScaleEtcd (log: Log, opts: { sizes: number[], servers: number, agentsPerProcess: number, agreeMs: number, settleMs: number, idleMs: number, lockOps: number, lockWarmup: number }): Promise<EtcdScaleRun[] | { skipped: string }> {
  const bin = findBinary('etcd')
  if (bin == null) return { skipped: 'etcd not installed (Debian: etcd-server)' }
  const runs: EtcdScaleRun[] = []
  // etcd3 reads its .proto files at run time: it stays outside the bundle, which sits in
  // bench/ so that it finds the package
  const bundle = await bundleForNode(AGENT, BUNDLE, { dir: BENCH_DIR, external: ['etcd3'] })
  try {
    for (const n of opts.sizes) runs.push(await benchSize(bin, bundle, n, log, opts))
  } finally {
    removeBundle(BUNDLE, BENCH_DIR)
  }
  return runs
}

async function benchSize (bin: string, bundle: string, n: number, log: Log, opts: Parameters<typeof benchScaleEtcd>[1]): Promise<EtcdScaleRun> {
  const { EtcdCluster } = await import('./peers/etcd-cluster.js')
  const processes = Math.ceil(n / opts.agentsPerProcess)
  const run: EtcdScaleRun = { agents: n, servers: opts.servers, processes, agreeing: 0, lock: { skipped: 'not run' } }
  const etcd = await EtcdCluster.start(bin, opts.servers, log)
  const children: Array<Child<Report>> = []
  try {
    const hosts = etcd.members.map(m => m.clientUrl)
    log(`scale (etcd): ${n} agents in ${processes} processes, ${opts.servers} etcd members`)
    const leaders = new Map<number, string | null>()
    let agreedAt: number | undefined
    const t0 = performance.now()
    const onReport = (r: Report): void => {
      if (r.t !== 'leader') return
      leaders.set(r.i, r.leader)
      if (agreedAt == null && leaders.size === n && [...leaders.values()].every(l => l === 'agent-0')) agreedAt = performance.now() - t0
    }
    for (let k = 0; k < processes; k++) {
      const spec: EtcdSpec = { hosts, agents: Array.from({ length: n }, (_, i) => i).filter(i => i % processes === k), leaseTtlS: 10 }
      children.push(spawnReporting<Report>(bundle, { ...process.env, SCALE_ETCD_SPEC: JSON.stringify(spec) }, ['leader'], onReport, () => {}))
    }
    while (agreedAt == null && performance.now() - t0 < opts.agreeMs) {
      const dead = children.find(c => c.exit != null)
      if (dead != null) throw new Error(`agent process ${dead.proc.pid} exited (${dead.exit})`)
      await sleep(50)
    }
    run.agreedMs = agreedAt
    run.agreeing = [...leaders.values()].filter(l => l === 'agent-0').length
    log(agreedAt != null ? `  every agent names agent-0 after ${fmt(agreedAt / 1000)} s` : `  ✗ ${run.agreeing} of ${n} agents name agent-0 after ${opts.agreeMs / 1000} s`)

    await sleep(opts.settleMs)
    sendProbe(children)
    await Promise.all(children.map(async c => await next(c, 'probe', 30_000)))
    const servers0 = etcd.members.map(m => serverCpuMs(m.child!.pid!))
    const w0 = performance.now()
    await sleep(opts.idleMs)
    sendProbe(children)
    const idle = await Promise.all(children.map(async c => await next(c, 'probe', 30_000)))
    const wallMs = performance.now() - w0
    const serversCpuPercent = 100 * etcd.members.reduce((a, m, i) => a + serverCpuMs(m.child!.pid!) - servers0[i]!, 0) / wallMs
    const agentsCpuPercent = idle.reduce((a, x) => a + 100 * x.cpuMs / x.ms, 0)
    run.idle = { ms: median(idle.map(x => x.ms)), agentsCpuPercent, serversCpuPercent, perAgentPercent: (agentsCpuPercent + serversCpuPercent) / n }
    log(`  idle ${fmt(wallMs / 1000)} s: agents ${fmt(agentsCpuPercent)} % of a core in all, etcd servers ${fmt(serversCpuPercent)} %: ${fmt(run.idle.perAgentPercent)} % per agent`)

    const c = children[1 % processes]!
    c.proc.stdin!.write(`lock 1 ${opts.lockOps} ${opts.lockWarmup}\n`)
    const r = await next(c, 'lock', 300_000)
    run.lock = r.summary != null ? { ok: r.summary } : { error: r.error ?? 'no result' }
    if (r.summary != null) log(`  lock from an agent (etcd3 Lock): median ${r.summary.p50.toFixed(2)} ms, p99 ${r.summary.p99.toFixed(2)} ms`)
  } catch (err) {
    run.error = (err as Error).message
    log(`  ✗ etcd fleet of ${n}: ${run.error}`)
  } finally {
    await Promise.all(children.map(stopChild))
    await etcd.stop()
  }
  return run
}
