import { afterEach, describe, expect, it, vi } from 'vitest'
import { joinRecords } from '../../src/election/replica.js'
import { DurableStore, settle, startedSim, type SimMesh, type SimPeer } from './sim.js'
import type { Lock } from '../../src/coord/lock-client.js'

/**
 * The lease holder replicates what a commit changed, not its whole tables (election 1.1):
 * real electors, lease holders and lock clients over the in-memory network on fake time
 * (sim.ts), with the real VoterStore on a memory "disk" that survives crashes.
 */

const N = 5
const HELD = 100
let mesh: SimMesh | undefined

afterEach(async () => { await mesh?.stop(); mesh = undefined; vi.useRealTimers() })

async function started (): Promise<{ m: SimMesh, leader: SimPeer, client: SimPeer }> {
  const m = mesh = await startedSim(N)
  const [leader] = m.acting()
  expect(leader, 'a leader after 3 s').toBeDefined()
  const client = m.peers.find(p => p !== leader)!
  return { m, leader: leader!, client }
}

/** Every live voter's copy of the state, as the leader's whole form, keyed by rank. */
function copies (m: SimMesh): Map<number, number[]> {
  return new Map(m.peers.filter(p => p.alive).map(p => [p.rank, [...joinRecords(p.elector.state().records)]]))
}

async function converged (m: SimMesh, leader: SimPeer): Promise<void> {
  for (let t = 0; t < 5_000; t += 50) {
    const want = [...joinRecords(leader.elector.state().records)]
    if ([...copies(m).values()].every(c => c.length === want.length && c.every((b, i) => b === want[i]))) return
    await vi.advanceTimersByTimeAsync(50)
  }
  expect.fail('the voters did not converge on the leader\'s state within 5 s')
}

async function hold (client: SimPeer, count: number, prefix = 'L'): Promise<Lock[]> {
  const out: Lock[] = []
  for (let i = 0; i < count; i++) out.push(await settle(client.locks!.acquire(`${prefix}${i}`, { ttlMs: 60_000 })))
  return out
}

describe('replication by changes', () => {
  it('a commit sends each voter the records it changed, not the tables; every voter ends with the same state', async () => {
    const { m, leader, client } = await started()
    await hold(client, HELD)
    await converged(m, leader)
    const wholeSize = joinRecords(leader.elector.state().records).byteLength
    expect(wholeSize).toBeGreaterThan(HELD * 50)

    const before = leader.stats.snapshot().replication
    const extra = await settle(client.locks!.acquire('extra', { ttlMs: 60_000 }))
    await settle(extra.release())
    const after = leader.stats.snapshot().replication
    const leases = (after.changes - before.changes) + (after.whole - before.whole)
    expect(after.whole - before.whole, 'whole states sent while every voter was in step').toBe(0)
    expect(leases).toBeGreaterThanOrEqual(2 * (N - 1))
    const perLease = (after.bytes - before.bytes) / leases
    expect(perLease, `bytes per lease (the whole state is ${wholeSize})`).toBeLessThan(400)
    await converged(m, leader)
  })

  it('under contention (commits back to back, a voter still acking the last when the next goes out) voters still get changes', async () => {
    const { m, leader } = await started()
    const clients = m.peers.filter(p => p !== leader)
    await hold(clients[0]!, 50, 'H') // some tables, so that a whole state costs something
    await converged(m, leader)
    const before = leader.stats.snapshot().replication
    let grants = 0
    await settle(Promise.all(clients.map(async c => {
      while (grants < 200) {
        const l = await c.locks!.acquire('hot', { ttlMs: 5_000, waitMs: 60_000 })
        grants++
        await l.release()
      }
    })))
    const after = leader.stats.snapshot().replication
    const changes = after.changes - before.changes
    const whole = after.whole - before.whole
    expect(changes, `${changes} leases with changes, ${whole} whole`).toBeGreaterThan(0)
    expect(whole / (changes + whole), `${whole} whole of ${changes + whole} leases`).toBeLessThan(0.05)
    await converged(m, leader)
  })

  it('an idle mesh that started with nothing: each voter takes the leader\'s state once (election 1.6), then renewals carry none', async () => {
    const { m, leader } = await started()
    await vi.advanceTimersByTimeAsync(1_000)
    const settled = leader.stats.snapshot().replication.whole
    expect(settled, 'whole states: one to each other voter at most').toBeLessThanOrEqual(N - 1)
    expect(m.peers.filter(p => p.elector.forgetful).map(p => p.rank), 'forgetful voters once the leader renewed').toEqual([])
    await vi.advanceTimersByTimeAsync(10_000)
    expect(leader.stats.snapshot().replication.whole, 'whole states over 10 s of renewals').toBe(settled)
  })

  it('a voter that missed commits, one restarted from its disk and one whose disk was replaced get the whole state once, then changes again', async () => {
    const { m, leader, client } = await started()
    await hold(client, 10, 'A')
    const [lagging, restarted, wiped] = m.peers.filter(p => p !== leader && p !== client) as [SimPeer, SimPeer, SimPeer]
    m.net.partition([lagging.id])
    await hold(client, 10, 'B')
    m.net.healAll()
    await vi.advanceTimersByTimeAsync(1_000)

    // restart another voter from its "disk": the change log it wrote loads back as the same state
    const onDisk = [...joinRecords(restarted.elector.state().records)]
    m.crash(restarted)
    const again = await m.boot(restarted.id, restarted.rank, restarted.store)
    expect([...joinRecords(again.elector.state().records)]).toEqual(onDisk)
    // the leader believes this one holds the last version; it holds nothing, and must say so
    m.crash(wiped)
    await m.boot(wiped.id, wiped.rank, new DurableStore())

    const before = leader.stats.snapshot().replication
    await hold(client, 3, 'C')
    const mid = leader.stats.snapshot().replication
    // each of the three gets the whole state on the first commit (one lease), changes after
    // it; the wiped one may take it twice: at its first renewal too (it says it holds none
    // of the leader's state, election 1.6), which can cross the commit's changes
    expect(mid.whole - before.whole).toBeGreaterThanOrEqual(1)
    expect(mid.whole - before.whole).toBeLessThanOrEqual(4)
    await hold(client, 3, 'D')
    expect(leader.stats.snapshot().replication.whole - mid.whole, 'whole states once every voter is in step again').toBe(0)
    await converged(m, leader)
  })

  it('after a failover the new leader holds every lock granted before it (adopted from a voter that only ever got changes)', async () => {
    const { m, leader, client } = await started()
    const locks = await hold(client, 20)
    await converged(m, leader)
    m.crash(leader)
    let next: SimPeer | undefined
    for (let t = 0; t < 10_000 && next == null; t += 50) { await vi.advanceTimersByTimeAsync(50); next = m.acting()[0] }
    expect(next, 'a new leader within 10 s').toBeDefined()
    for (const l of locks) expect(next!.holder!.tables.locks.holder(l.name)?.token, l.name).toBe(l.token)
    // and it goes on granting above every old token
    const fresh = await settle(client.locks!.acquire('fresh', { ttlMs: 5_000 }))
    expect(fresh.token).toBeGreaterThan(locks.at(-1)!.token)
  })
})
