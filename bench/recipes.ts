/**
 * Coordination-recipe benchmarks: deadlock detection of a 2-cycle and an uncontended
 * semaphore acquire+release (3 peers in this process, quorum mode, the client is not the
 * leader), both against a lock acquire+release measured in the same run; and named-
 * election failover after kill -9 of the election's leader (peers in separate processes).
 */
import { DeadlockError } from '../src/index.node.js'
import { cluster, mesh, sleep, spawnAgent, until, type Agent } from './coord.js'
import { summarize, type Summary } from './stats.js'

type Log = (line: string) => void

export interface RecipesResult {
  lockAcquireRelease: Summary
  deadlockDetect: Summary
  semaphoreAcquireRelease: Summary
  electionFailover: { trials: number, ttlMs: number, toNewLeader: Summary }
}

export async function benchRecipes (log: Log, opts = { ops: 500, cycles: 100, failoverTrials: 8 }): Promise<RecipesResult> {
  log('recipes: starting 3 peers (quorum mode)')
  const peers = await cluster(3)
  const [, a, b] = peers as [unknown, import('../src/index.node.js').Peer, import('../src/index.node.js').Peer]
  try {
    log(`recipes: lock acquire+release, ${opts.ops} ops (baseline)`)
    const lockSamples: number[] = []
    for (let i = 0; i < opts.ops + 50; i++) {
      const t0 = performance.now()
      const l = await a.lock('bench-recipes')
      await l.release()
      if (i >= 50) lockSamples.push(performance.now() - t0)
    }
    const lockAcquireRelease = summarize(lockSamples)
    log(`  median ${lockAcquireRelease.p50.toFixed(3)} ms`)

    log(`recipes: semaphore acquire+release (uncontended), ${opts.ops} ops`)
    const sem = a.semaphore('bench-sem', { permits: 4 })
    const semSamples: number[] = []
    for (let i = 0; i < opts.ops + 50; i++) {
      const t0 = performance.now()
      const p = await sem.acquire()
      await p.release()
      if (i >= 50) semSamples.push(performance.now() - t0)
    }
    const semaphoreAcquireRelease = summarize(semSamples)
    log(`  median ${semaphoreAcquireRelease.p50.toFixed(3)} ms`)

    log(`recipes: detecting a 2-cycle, ${opts.cycles} cycles`)
    const detect: number[] = []
    for (let i = 0; i < opts.cycles; i++) {
      const x = await a.lock(`x${i}`); const y = await b.lock(`y${i}`)
      const aWaits = a.lock(`y${i}`)
      aWaits.catch(() => {}) // settled below; if the cycle is refused on a's side instead, that is reported
      // a's wait must be queued on the lease holder before b closes the cycle (a sleep here
      // was a race once the machine was slower)
      await until(`a's wait for y${i} queued`, async () => (await a.inspect()).coord?.locks.find(l => l.name === `y${i}`)?.queue.length === 1)
      const t0 = performance.now()
      const err = await b.lock(`x${i}`).then(() => undefined, (e: unknown) => e)
      detect.push(performance.now() - t0)
      if (!(err instanceof DeadlockError)) throw new Error(`cycle ${i}: expected DeadlockError, got ${String(err)}`)
      await y.release(); await (await aWaits).release(); await x.release()
    }
    const deadlockDetect = summarize(detect)
    log(`  median ${deadlockDetect.p50.toFixed(3)} ms, p99 ${deadlockDetect.p99.toFixed(3)} ms`)

    const electionFailover = await benchElectionFailover(log, opts.failoverTrials)
    return { lockAcquireRelease, deadlockDetect, semaphoreAcquireRelease, electionFailover }
  } finally {
    await Promise.allSettled(peers.map(async p => { await p.stop() }))
  }
}

/**
 * 5 peers in 5 processes (quorum mode; rank 0 holds the mesh's lease and is never
 * killed). Two campaigners take turns leading a named election; each trial kills the
 * current election leader with SIGKILL and times the other's `leading` line; the killed
 * one restarts and campaigns again (it waits: no pre-emption).
 */
async function benchElectionFailover (log: Log, trials: number): Promise<RecipesResult['electionFailover']> {
  const n = 5
  const ttlMs = 1_000
  const m = mesh()
  log(`recipes: election failover: starting ${n} peer processes (election TTL ${ttlMs} ms)`)
  const agents: Agent[] = [await spawnAgent(m, 0, n, '')]
  agents.push(...await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await spawnAgent(m, i + 1, n, agents[0]!.addr))))
  const samples: number[] = []
  const leadingSince = (a: Agent, at: number): number | undefined => a.lines.find(l => l.at > at && l.text.startsWith('leading '))?.at
  try {
    await until('one mesh leader', () => agents.every(a => a.lines.some(l => l.text.startsWith(`leader ${agents[0]!.id}`))), 30_000)
    let campaigners = [agents[3]!, agents[4]!]
    campaigners[0]!.child.stdin!.write(`campaign bench-election 1 ${ttlMs}\n`)
    await until('the first leads', () => leadingSince(campaigners[0]!, 0) != null, 20_000)
    campaigners[1]!.child.stdin!.write(`campaign bench-election 2 ${ttlMs}\n`)
    for (let t = 0; t < trials; t++) {
      await sleep(1_000)
      const [leader, next] = campaigners as [Agent, Agent]
      const killedAt = performance.now()
      leader.child.kill('SIGKILL')
      await until('the other leads', () => leadingSince(next, killedAt) != null, 30_000)
      samples.push(leadingSince(next, killedAt)! - killedAt)
      log(`recipes: election failover trial ${t + 1}/${trials}: new leader after ${samples.at(-1)!.toFixed(0)} ms`)
      const i = agents.indexOf(leader)
      agents[i] = await spawnAgent(m, leader.rank, n, agents[0]!.addr)
      agents[i]!.child.stdin!.write(`campaign bench-election ${leader.rank} ${ttlMs}\n`)
      campaigners = [next, agents[i]!]
    }
  } finally {
    for (const a of agents) a.child.kill('SIGKILL')
  }
  return { trials: samples.length, ttlMs, toNewLeader: summarize(samples) }
}
