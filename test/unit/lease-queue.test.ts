import { describe, expect, it } from 'vitest'
import { decodeTables, emptyTables, encodeTables } from '../../src/coord/state.js'

const limits = { maxQueue: 8, maxLocks: 8, maxReentry: 8, maxBarriers: 8, maxVariables: 8, maxSemaphores: 8, maxElections: 8, maxQueues: 8, maxPendingTasks: 8, keepFinishedTasks: 8 }
const live = (): boolean => true

/** Locks, semaphores and named elections are recipes over one lease queue with one fencing sequence. */
describe('the lease queue under the recipes', () => {
  it('one fencing sequence for every kind, and kinds are separate namespaces', () => {
    const t = emptyTables(limits)
    const mint = (): bigint => t.tokens.next(1)
    const lock = t.locks.acquire({ name: 'x', peer: 'a', owner: '', requestId: 'l1', ttlMs: 1_000, deadline: 5_000 }, 1, 0)
    const permit = t.semaphores.acquire({ name: 'x', size: 2, permits: 1, peer: 'b', owner: '', requestId: 's1', ttlMs: 1_000, deadline: 5_000 }, 0, mint)
    const leading = t.leaderships.campaign({ name: 'x', peer: 'c', requestId: 'c1', preempt: false, ttlMs: 1_000 }, 0, mint)
    const tokens = [lock, permit, leading].map(o => (o as { token: bigint }).token)
    expect(tokens).toEqual([(1n << 32n) + 1n, (1n << 32n) + 2n, (1n << 32n) + 3n])
    expect(t.leases.waitState('lock').resources.map(r => r.name)).toEqual(['lock:x'])
    expect(t.leases.waitState('semaphore').resources.map(r => r.name)).toEqual(['semaphore:x'])
  })

  it('expiry and renewal are the queue\'s, the same for every kind; an adopted queue continues the sequence', () => {
    const t = emptyTables(limits)
    const mint = (): bigint => t.tokens.next(1)
    t.locks.acquire({ name: 'L', peer: 'a', owner: '', requestId: 'l1', ttlMs: 100, deadline: 5_000 }, 1, 0)
    t.semaphores.acquire({ name: 'S', size: 1, permits: 1, peer: 'a', owner: '', requestId: 's1', ttlMs: 100, deadline: 5_000 }, 0, mint)
    t.leaderships.campaign({ name: 'E', peer: 'a', requestId: 'c1', preempt: false, ttlMs: 100 }, 0, mint)
    const held = [['lock', 'L'], ['semaphore', 'S'], ['election', 'E']] as const
    expect(held.map(([kind, name], i) => t.leases.renew(kind, name, (1n << 32n) + BigInt(i + 1), 'a', 90))).toEqual([true, true, true])
    expect(t.locks.sweep(150, 1, live)).toEqual([]) // renewed at 90: lapses at 190
    const adopted = decodeTables(encodeTables(t, 150), limits, 1_000, 500)
    expect(adopted.tokens.next(1)).toBe((1n << 32n) + 4n)
    expect([adopted.locks.sweep(1_099, 1, live), adopted.semaphores.sweep(1_099, live, mint), adopted.leaderships.sweep(1_099, live, mint)].flat()).toEqual([]) // a full TTL from adoption
    expect([adopted.locks.sweep(1_100, 1, live), adopted.semaphores.sweep(1_100, live, mint), adopted.leaderships.sweep(1_100, live, mint)].flat().map(e => e.kind)).toEqual(['expired', 'expired', 'expired'])
  })
})

/** Named elections follow a lock's rules since coord 1.1 (the lease-sim regressions were the failures before). */
describe('a named election keeps the lock\'s promise', () => {
  const campaign = (requestId: string, seq: bigint, reenter = 0n): { name: string, peer: string, requestId: string, preempt: boolean, ttlMs: number, session: string, seq: bigint, reenter: bigint } =>
    ({ name: 'E', peer: 'a', requestId, preempt: false, ttlMs: 1_000, session: 's1', seq, reenter })

  it('a campaign after a given-up leadership is a fresh one with a higher token; the late resign of the old token changes nothing', () => {
    const t = emptyTables(limits)
    const mint = (): bigint => t.tokens.next(1)
    const first = t.leaderships.campaign(campaign('c1', 1n), 0, mint) as { token: bigint }
    // the client resigned, but the resign is still on its way; it campaigns again
    const second = t.leaderships.campaign(campaign('c2', 2n), 10, mint) as { token: bigint }
    expect(second.token).toBeGreaterThan(first.token)
    expect(t.leases.release('election', 'E', first.token, 'a', 'late-resign')).toBe(false)
    expect(t.leaderships.leaderOf('E')?.token).toBe(second.token)
  })

  it('campaigning again while leading, naming the tracked token, re-enters; one resign leaves the other handle leading', () => {
    const t = emptyTables(limits)
    const mint = (): bigint => t.tokens.next(1)
    const first = t.leaderships.campaign(campaign('c1', 1n), 0, mint) as { token: bigint }
    expect(t.leaderships.campaign(campaign('c2', 2n, first.token), 10, mint)).toMatchObject({ kind: 'granted', token: first.token })
    expect(t.leases.release('election', 'E', first.token, 'a', 'r1')).toBe(true)
    expect(t.leaderships.leaderOf('E')?.token).toBe(first.token)
    expect(t.leases.release('election', 'E', first.token, 'a', 'r2')).toBe(true)
    expect(t.leaderships.leaderOf('E')).toBeUndefined()
  })

  it('a delayed duplicate of an older campaign is stale and changes nothing; its replicated form keeps the rules across a failover', () => {
    const t = emptyTables(limits)
    const mint = (): bigint => t.tokens.next(1)
    const second = t.leaderships.campaign(campaign('c2', 2n), 0, mint) as { token: bigint }
    expect(t.leaderships.campaign(campaign('c1', 1n), 10, mint)).toEqual({ kind: 'stale' })
    const adopted = decodeTables(encodeTables(t, 20), limits, 1_000, 500)
    const mint2 = (): bigint => adopted.tokens.next(2)
    expect(adopted.leaderships.campaign(campaign('c2', 2n), 1_010, mint2)).toMatchObject({ kind: 'granted', token: second.token }) // a retry after the failover
    expect(adopted.leaderships.campaign(campaign('c1', 1n), 1_020, mint2)).toEqual({ kind: 'stale' })
  })
})
