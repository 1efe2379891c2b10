/**
 * Failover of a lock service, accord against etcd, in two forms; every time is on this
 * process's clock, from the kill -9 of the server-side leader:
 *
 *  A. the leader dies, the lock's client survives (accord's scenario 6): a client loops
 *     acquire/release; time until its first grant after a new leader is known.
 *     accord: `benchFailover` of bench/coord.ts; etcd: `etcdLoopFailover` below.
 *  B. the holder dies with the leader: a client holds the lock (lease TTL 2 s), another waits
 *     for it; the leader and the holder are killed together; time until the waiter holds it.
 *     accord: the holder is the lease-holding peer itself; etcd: the holder is a client
 *     process (bench/peers/etcd-holder.ts) killed at the same instant as the etcd leader.
 *
 * After each trial the killed server is restarted from its data and the cluster settles.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { leaderSeenBy, mesh, sleep, spawnAgent, until, type Agent } from './coord.js'
import type { EtcdCluster, EtcdMember } from './peers/etcd-cluster.js'
import { etcdElectionRecipe, etcdLockRecipe } from './peers/etcd-locks.js'
import { killServer } from './peers/servers.js'
import { summarize, type Summary } from './stats.js'

type Log = (line: string) => void

export interface FailoverTimes { trials: number, toLeader: Summary, toGrant: Summary }

const GAP_MS = 1_500 // steady state before each kill, as in scenario 6
const times = (toLeader: number[], toGrant: number[]): FailoverTimes => ({ trials: toGrant.length, toLeader: summarize(toLeader), toGrant: summarize(toGrant) })

/** Polls the surviving members until one names a leader other than the killed one; when it did. */
async function etcdNewLeaderAt (cluster: EtcdCluster, survivors: EtcdMember[], oldLeaderId: string): Promise<number> {
  let at = NaN
  await until('a new etcd leader', async () => {
    const seen = await Promise.all(survivors.map(async m => await cluster.status(m)))
    if (!seen.some(s => s != null && s.leader !== '0' && s.leader !== oldLeaderId)) return false
    at = performance.now()
    return true
  }, 30_000)
  return at
}

/**
 * A: one client (given every member's endpoint, as users configure it) loops etcd3's Lock.
 * With `deadlineMs`, each unary request gives up after that long (and the loop retries): by
 * default etcd3 sets no deadline, and a request that a follower forwarded to the dead leader
 * waits for etcd's own request timeout (5 s + 2 election timeouts) before it is retried.
 */
export async function etcdLoopFailover (cluster: EtcdCluster, log: Log, trials: number, ttlSeconds: number, deadlineMs?: number): Promise<FailoverTimes> {
  const locks = await etcdLockRecipe(cluster.client(cluster.members, { deadlineMs }), ttlSeconds)
  const label = deadlineMs != null ? ` (${deadlineMs} ms request deadline)` : ''
  const grants: number[] = []
  let errors = 0
  let running = true
  const loop = (async () => {
    while (running) {
      try {
        const held = await locks.acquire('bench-failover')
        grants.push(performance.now())
        await held.release()
      } catch { errors++; await sleep(10) } // what a client does when etcd answers with an error: try again
    }
  })()
  const toLeader: number[] = []; const toGrant: number[] = []
  try {
    for (let t = 0; t < trials; t++) {
      const leader = await cluster.settled()
      await sleep(GAP_MS)
      const oldId = (await cluster.status(leader))?.memberId ?? ''
      const killedAt = performance.now()
      await cluster.kill(leader)
      const leaderAt = await etcdNewLeaderAt(cluster, cluster.members.filter(m => m !== leader), oldId)
      await until('a grant after the new etcd leader', () => grants.some(g => g > leaderAt), 30_000)
      const grantAt = grants.find(g => g > leaderAt)!
      toLeader.push(leaderAt - killedAt); toGrant.push(grantAt - killedAt)
      log(`etcd: failover A${label} trial ${t + 1}/${trials}: new leader after ${(leaderAt - killedAt).toFixed(0)} ms, next grant after ${(grantAt - killedAt).toFixed(0)} ms (${errors} client errors so far)`)
      await cluster.restart(leader)
    }
  } finally {
    running = false
    await loop
    await locks.close()
  }
  return times(toLeader, toGrant)
}

const holderScript = fileURLToPath(new URL('./peers/etcd-holder.ts', import.meta.url))

/** B for etcd: holder process on the leader's endpoint, waiter (Election recipe) on a follower's. */
export async function etcdHolderDiesFailover (cluster: EtcdCluster, log: Log, trials: number, ttlSeconds: number): Promise<FailoverTimes> {
  const toLeader: number[] = []; const toGrant: number[] = []
  for (let t = 0; t < trials; t++) {
    const leader = await cluster.settled()
    const follower = cluster.members.find(m => m !== leader)!
    const name = `bench-failover-b-${t}`
    const holder = spawn(process.execPath, ['--import', 'tsx', holderScript], {
      env: { ...process.env, ETCD_ENDPOINT: leader.clientUrl, LOCK: name, TTL_S: String(ttlSeconds) },
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const waiter = await etcdElectionRecipe(cluster.client([follower]), ttlSeconds)
    try {
      const lines: string[] = []
      createInterface({ input: holder.stdout! }).on('line', l => { lines.push(l) })
      await until('the etcd holder holds the lock', () => lines.includes(`held ${name}`), 30_000)
      let grantAt = NaN
      const waiting = waiter.acquire(name).then(held => { grantAt = performance.now(); return held })
      waiting.catch(() => {}) // awaited below
      await sleep(500) // the waiter's key is in the queue behind the holder's
      const oldId = (await cluster.status(leader))?.memberId ?? ''
      const killedAt = performance.now()
      holder.kill('SIGKILL')
      await cluster.kill(leader)
      const leaderAt = await etcdNewLeaderAt(cluster, cluster.members.filter(m => m !== leader), oldId)
      const held = await Promise.race([waiting, sleep(30_000).then(() => { throw new Error('the etcd waiter got no grant within 30 s') })])
      toLeader.push(leaderAt - killedAt); toGrant.push(grantAt - killedAt)
      log(`etcd: failover B trial ${t + 1}/${trials}: new leader after ${(leaderAt - killedAt).toFixed(0)} ms, the waiter holds the lock after ${(grantAt - killedAt).toFixed(0)} ms`)
      await held.release()
    } finally {
      await killServer(holder)
      await waiter.close()
    }
    await cluster.restart(leader)
  }
  return times(toLeader, toGrant)
}

/** B for accord: 3 peer processes; the leader holds the lock, the highest rank (never the leader) waits. */
export async function accordHolderDiesFailover (log: Log, trials: number, ttlMs: number): Promise<FailoverTimes> {
  const n = 3
  const m = mesh()
  log(`accord: failover B: starting ${n} peer processes`)
  const agents: Agent[] = [await spawnAgent(m, 0, n, '')]
  agents.push(...await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await spawnAgent(m, i + 1, n, agents[0]!.addr))))
  const settled = async (): Promise<Agent> => {
    await until('one leader seen by all', () => {
      const views = agents.map(leaderSeenBy)
      return views.every(v => v != null && v.id === views[0]!.id && v.epoch === views[0]!.epoch)
    })
    return agents.find(a => a.id === leaderSeenBy(agents[0]!)!.id)!
  }
  const toLeader: number[] = []; const toGrant: number[] = []
  try {
    for (let t = 0; t < trials; t++) {
      const leader = await settled()
      const waiter = agents[n - 1]!
      if (waiter === leader) throw new Error('the waiting agent became leader')
      await sleep(GAP_MS)
      const name = `bench-failover-b-${t}`
      leader.child.stdin!.write(`hold ${name} ${ttlMs}\n`)
      await until('the leader holds the lock', () => leader.lines.some(l => l.text.startsWith(`held ${name} `)), 30_000)
      waiter.child.stdin!.write(`once ${name} ${ttlMs}\n`)
      await sleep(500) // the waiter is queued (the queue is replicated with the lock table)
      const killedAt = performance.now()
      leader.child.kill('SIGKILL')
      const others = agents.filter(a => a !== leader)
      await until('a new leader', () => others.some(a => a.lines.some(l => l.at > killedAt && l.text.startsWith('leader ') && !l.text.includes(leader.id))), 30_000)
      const leaderAt = Math.min(...others.flatMap(a => a.lines.filter(l => l.at > killedAt && l.text.startsWith('leader ') && !l.text.includes(leader.id)).map(l => l.at)))
      await until('the waiter holds the lock', () => waiter.lines.some(l => l.text.startsWith(`got ${name} `) || l.text.startsWith(`failed ${name} `)), 30_000)
      const got = waiter.lines.find(l => l.text.startsWith(`got ${name} `))
      if (got == null) throw new Error(`the accord waiter gave up: ${waiter.lines.find(l => l.text.startsWith(`failed ${name} `))!.text}`)
      toLeader.push(leaderAt - killedAt); toGrant.push(got.at - killedAt)
      log(`accord: failover B trial ${t + 1}/${trials}: new leader after ${(leaderAt - killedAt).toFixed(0)} ms, the waiter holds the lock after ${(got.at - killedAt).toFixed(0)} ms`)
      agents[agents.indexOf(leader)] = await spawnAgent(m, leader.rank, n, others[0]!.addr)
    }
  } finally {
    for (const a of agents) a.child.kill('SIGKILL')
  }
  return times(toLeader, toGrant)
}
