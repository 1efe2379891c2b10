/**
 * A child process of scenario 12's etcd side (bench/scale-etcd.ts spawns it bundled): a
 * share of a fleet of agents that coordinate through an etcd cluster, as etcd's users
 * would run them. Each agent is an etcd3 client that holds a lease (kept alive by the
 * client, TTL `leaseTtlS`) and observes election `fleet` to know its leader; agent 0
 * campaigns, so it becomes the fleet's leader. SCALE_ETCD_SPEC (JSON, see EtcdSpec) says
 * which agents and where etcd listens. Reports JSON lines on stdout; reads `probe`,
 * `lock <agent> <ops> <warmup>` and `stop` on stdin (the same protocol as scale-agent.ts).
 */
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { Etcd3 } from 'etcd3'
import { measureUncontended } from './lock-measure.js'
import { etcdLockRecipe } from './peers/etcd-locks.js'

export interface EtcdSpec { hosts: string[], agents: number[], leaseTtlS: number }

const say = (r: Record<string, unknown>): void => { process.stdout.write(JSON.stringify(r) + '\n') }
const spec = JSON.parse(process.env.SCALE_ETCD_SPEC!) as EtcdSpec
const clients = new Map<number, Etcd3>()

async function start (i: number): Promise<void> {
  const client = new Etcd3({ hosts: spec.hosts })
  clients.set(i, client)
  await client.lease(spec.leaseTtlS).grant() // kept alive by the client from now on
  const election = client.election('fleet')
  if (i === 0) void election.campaign(`agent-${i}`) // resolves once elected; it keeps its own lease alive
  const observer = await election.observe()
  const report = (leader: string | undefined): void => { say({ t: 'leader', i, leader: leader ?? null }) }
  observer.on('change', report)
  report(observer.leader())
}

await Promise.all(spec.agents.map(start))
say({ t: 'up', agents: spec.agents.length })

let last = { t: performance.now(), cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() }
for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, a, b, c] = line.split(' ')
  if (cmd === 'probe') {
    const now = { t: performance.now(), cpu: process.cpuUsage(), elu: performance.eventLoopUtilization() }
    say({ t: 'probe', ms: now.t - last.t, cpuMs: (now.cpu.user + now.cpu.system - last.cpu.user - last.cpu.system) / 1000, eventLoopUtilization: performance.eventLoopUtilization(now.elu, last.elu).utilization })
    last = now
  }
  if (cmd === 'lock') {
    const client = await etcdLockRecipe(clients.get(Number(a))!, 10)
    measureUncontended(client, 'bench-scale', { ops: Number(b), warmup: Number(c) })
      .then(summary => { say({ t: 'lock', summary }) }, (err: Error) => { say({ t: 'lock', error: `${err.name}: ${err.message}` }) })
  }
  if (cmd === 'stop') break
}
for (const c of clients.values()) c.close()
process.exit(0)
