import { spawn, type ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { AgentProcess, agreedLeader, killAll, startCluster, type AgentEvent } from './agents.js'
import { freshMesh, sleep, waitFor } from './helpers.js'


/**
 * The lock's promise under pauses of real processes (issue 11): a grant never reaches a
 * caller after its `waitMs`, a given-up grant is never re-entered, `valid()` is exact the
 * moment a frozen process wakes, and a stall of 1 s (leader or follower) or a machine
 * starved of CPU changes no leader.
 */
describe('the lock keeps its promise through pauses', () => {
  let agents: AgentProcess[] = []
  let burners: ChildProcess[] = []
  afterEach(async () => {
    for (const b of burners) b.kill('SIGKILL')
    burners = []
    await killAll(agents)
    agents = []
  })

  it('a grant that arrives after waitMs is given back: LockTimeoutError, the next waiter gets it at once, and the same owner\'s next lock() is a fresh grant', async () => {
    agents = await startCluster(4, freshMesh())
    const { followers } = await agreedLeader(agents)
    const [a, b, c] = followers as [AgentProcess, AgentProcess, AgentProcess]
    const first = await a.call({ cmd: 'lock', name: 'res', ttlMs: 10_000 }, ['granted', 'error'])
    expect(first.event).toBe('granted')
    const from = b.events.length
    b.send({ cmd: 'lock', name: 'res', ttlMs: 10_000, waitMs: 1_000 })
    await waitFor('b queued behind a', async () => {
      const view = await c.call({ cmd: 'inspect' }, ['inspected'])
      return view.locks?.find((l: { name: string }) => l.name === 'res')?.queue.some((w: { peer: string }) => w.peer === b.id) === true
    })
    b.kill('SIGSTOP') // the grant will wait in b's socket buffer
    await a.call({ cmd: 'release', name: 'res' }, ['released'])
    await sleep(1_200) // time is the point: b's waitMs ends while it is frozen
    b.kill('SIGCONT')
    const answer = await b.next(e => e.event === 'granted' || e.event === 'error', 10_000, from)
    expect(answer).toMatchObject({ event: 'error', code: 'ERR_LOCK_TIMEOUT' })
    // b gave the grant back: c does not wait for b's 10 s lease to run out
    const t0 = performance.now()
    const third = await c.call({ cmd: 'lock', name: 'res', ttlMs: 10_000, waitMs: 5_000 }, ['granted', 'error'])
    expect(third.event).toBe('granted')
    expect(performance.now() - t0).toBeLessThan(3_000)
    await c.call({ cmd: 'release', name: 'res' }, ['released'])
    // b's next lock() is a new grant with a new token, not the old one re-entered
    const again = await b.call({ cmd: 'lock', name: 'res', ttlMs: 10_000, waitMs: 5_000 }, ['granted', 'error'])
    expect(again.event).toBe('granted')
    expect(BigInt(again.token)).toBeGreaterThan(BigInt(third.token))
  })

  it('valid() is false the moment a holder frozen past its TTL wakes, before any of its timers ran', async () => {
    agents = await startCluster(3, freshMesh())
    const { followers } = await agreedLeader(agents)
    const [holder, next] = followers as [AgentProcess, AgentProcess]
    const g = await holder.call({ cmd: 'lock', name: 'res', ttlMs: 1_000 }, ['granted', 'error'])
    expect(g.event).toBe('granted')
    expect(await holder.call({ cmd: 'valid', name: 'res' }, ['valid'])).toMatchObject({ valid: true })
    holder.kill('SIGSTOP')
    const g2 = await next.call({ cmd: 'lock', name: 'res', ttlMs: 5_000, waitMs: 10_000 }, ['granted', 'error'], 15_000)
    expect(g2.event).toBe('granted')
    const from = holder.events.length
    holder.send({ cmd: 'valid', name: 'res' }) // read first thing on waking
    holder.kill('SIGCONT')
    const v = await holder.next(e => e.event === 'valid', 5_000, from)
    expect(v).toMatchObject({ valid: false })
  })

  it('a 1 s stall of the leader, then of a follower, changes no leader and no epoch', async () => {
    agents = await startCluster(3, freshMesh())
    const { leader, followers } = await agreedLeader(agents)
    const before = (await followers[0]!.status()).leader
    const marks = agents.map(a => a.events.length)
    for (const frozen of [leader, followers[1]!]) {
      // sleeps: time is the point, a stall of 1 s, then a window in which a leader change
      // it caused would show (2 s, the default election TTL)
      frozen.kill('SIGSTOP')
      await sleep(1_000)
      frozen.kill('SIGCONT')
      await sleep(2_000)
    }
    for (const [i, a] of agents.entries()) {
      const changes = a.events.slice(marks[i]).filter(e => e.event === 'leader' && (e.leader == null || e.leader.id !== before.id || e.leader.epoch !== before.epoch))
      expect(changes, `leader events on agent ${i}`).toEqual([])
    }
    // and it still grants
    expect((await followers[0]!.call({ cmd: 'lock', name: 'after', ttlMs: 2_000, waitMs: 5_000 }, ['granted', 'error'])).event).toBe('granted')
  })

  it('across a kill -9 of the lease holder: waiters keep their FIFO order, and a wait that runs out fails by waitMs + 1 s', async () => {
    agents = await startCluster(5, freshMesh())
    const { leader, followers } = await agreedLeader(agents)
    const [holder, w1, w2, short] = followers as [AgentProcess, AgentProcess, AgentProcess, AgentProcess]
    const queued = async (...who: AgentProcess[]): Promise<void> => {
      await waitFor(`${who.length} queued on res`, async () => {
        const view = await holder.call({ cmd: 'inspect' }, ['inspected'])
        const queue = (view.locks?.find((l: { name: string }) => l.name === 'res')?.queue ?? []).map((w: { peer: string }) => w.peer)
        return who.every((a, i) => queue[i] === a.id)
      })
    }
    expect((await holder.call({ cmd: 'lock', name: 'res', ttlMs: 4_000 }, ['granted', 'error'])).event).toBe('granted')
    const marks = [w1, w2, short].map(a => a.events.length)
    w1.send({ cmd: 'lock', name: 'res', ttlMs: 4_000, waitMs: 20_000 })
    await queued(w1)
    w2.send({ cmd: 'lock', name: 'res', ttlMs: 4_000, waitMs: 20_000 })
    await queued(w1, w2)
    short.send({ cmd: 'lock', name: 'res', ttlMs: 4_000, waitMs: 2_500 })
    await queued(w1, w2, short)
    // the waits reach a majority with the next commit: an unrelated grant
    expect((await holder.call({ cmd: 'lock', name: 'other', ttlMs: 20_000 }, ['granted', 'error'])).event).toBe('granted')
    leader.kill('SIGKILL')
    // short's waitMs runs out while the survivors elect the next lease holder (default 2 s lease)
    const timedOut = await short.next(e => e.event === 'granted' || e.event === 'error', 15_000, marks[2])
    expect(timedOut).toMatchObject({ event: 'error', code: 'ERR_LOCK_TIMEOUT' })
    expect(timedOut.waitedMs).toBeGreaterThanOrEqual(2_500)
    expect(timedOut.waitedMs, 'LockTimeoutError by waitMs + 1 s').toBeLessThanOrEqual(3_500)
    await agreedLeader([holder, short]) // (w1 and w2 answer no command while their lock() waits)
    await holder.call({ cmd: 'release', name: 'res' }, ['released'])
    const first = await w1.next(e => e.event === 'granted' || e.event === 'error', 15_000, marks[0])
    expect(first, JSON.stringify(first)).toMatchObject({ event: 'granted' })
    expect(w2.events.slice(marks[1]).some(e => e.event === 'granted' || e.event === 'error'), 'w2 answered before w1 released').toBe(false)
    await w1.call({ cmd: 'release', name: 'res' }, ['released'])
    const second = await w2.next(e => e.event === 'granted' || e.event === 'error', 15_000, marks[1])
    expect(second, JSON.stringify(second)).toMatchObject({ event: 'granted' })
    expect(BigInt(second.token)).toBeGreaterThan(BigInt(first.token))
  })

  it('three agents taking turns on one lock through a kill -9 of the lease holder: each finishes, none overtakes an earlier request', async () => {
    agents = await startCluster(5, freshMesh())
    const { leader, followers } = await agreedLeader(agents)
    const loopers = followers.slice(0, 3)
    const marks = loopers.map(a => a.events.length)
    const TIMES = 10
    for (const a of loopers) a.send({ cmd: 'loop', name: 'turns', times: TIMES, holdMs: 30, ttlMs: 4_000, waitMs: 20_000 })
    const turns = (): Array<AgentEvent & { who: number }> => loopers.flatMap((a, who) => a.events.slice(marks[who]).filter(e => e.event === 'turn').map(e => ({ ...e, who })))
    await waitFor('three turns taken', () => turns().length >= 3)
    const killedAt = Number(process.hrtime.bigint()) / 1e6
    leader.kill('SIGKILL')
    await agreedLeader(followers)
    const agreedAt = Number(process.hrtime.bigint()) / 1e6
    for (const [who, a] of loopers.entries()) {
      const done = await a.next(e => e.event === 'looped' || e.event === 'error', 60_000, marks[who])
      expect(done, `agent ${who}`).toMatchObject({ event: 'looped' })
    }
    // FIFO: a request asked clearly (50 ms) before another is granted first — except around
    // the failover, where a wait not yet replicated is asked again of the next lease holder
    const all = turns()
    const settled = (t: number): boolean => t < killedAt - 500 || t > agreedAt + 500
    const overtakes = all.flatMap(a => all.filter(b => b.who !== a.who && b.asked + 50 < a.asked && b.granted > a.granted && settled(a.asked) && settled(b.asked))
      .map(b => `agent ${a.who} (asked ${(a.asked - killedAt).toFixed(0)} ms from the kill) was granted before agent ${b.who} (asked ${(b.asked - killedAt).toFixed(0)} ms)`))
    expect(overtakes).toEqual([])
    expect(all.length).toBe(3 * TIMES)
  })

  it('with both cores kept busy by other processes, five voters keep one leader', async () => {
    agents = await startCluster(5, freshMesh())
    const { followers } = await agreedLeader(agents)
    const before = (await followers[0]!.status()).leader
    const marks = agents.map(a => a.events.length)
    burners = [0, 1].map(() => spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }))
    await sleep(10_000) // time is the point: 10 s of a starved machine in which no new leader may appear
    for (const b of burners) b.kill('SIGKILL')
    burners = []
    for (const [i, a] of agents.entries()) {
      const changes = a.events.slice(marks[i]).filter(e => e.event === 'leader' && (e.leader == null || e.leader.id !== before.id || e.leader.epoch !== before.epoch))
      expect(changes, `leader lost or changed, seen by agent ${i} under load`).toEqual([])
    }
    expect((await followers[0]!.call({ cmd: 'lock', name: 'after', ttlMs: 2_000, waitMs: 5_000 }, ['granted', 'error'])).event).toBe('granted')
  })
})
