import { describe, expect, it } from 'vitest'
import { LeadershipTable } from '../../src/coord/leadership-table.js'
import { SemaphoreTable } from '../../src/coord/semaphore-table.js'

/**
 * The client counts a lease from when it sent the request that was answered. Every table
 * must therefore restart a holding's lease whenever it hands the holding out again (a
 * retried request after a lost reply): otherwise a client whose retry was answered late in
 * the old lease would trust it past the lease holder's expiry.
 */
describe('a retried grant restarts its lease on the lease holder', () => {
  const live = (): boolean => true
  let n = 0n
  const mint = (): bigint => ++n

  it('semaphore', () => {
    const t = new SemaphoreTable({ maxQueue: 8, maxSemaphores: 8 })
    const req = { name: 's', size: 2, permits: 1, peer: 'p', owner: '', requestId: 'r1', ttlMs: 100, deadline: 10_000 }
    const g = t.acquire(req, 0, mint)
    expect(t.acquire(req, 90, mint)).toMatchObject({ kind: 'granted', token: (g as { token: bigint }).token, changed: false })
    expect(t.sweep(150, live, mint)).toEqual([]) // would have expired at 100
    expect(t.sweep(190, live, mint)).toMatchObject([{ kind: 'expired' }])
  })

  it('named election', () => {
    const t = new LeadershipTable(8)
    const req = { name: 'e', peer: 'p', requestId: 'c1', preempt: false, ttlMs: 100 }
    const g = t.campaign(req, 0, mint)
    expect(t.campaign(req, 90, mint)).toMatchObject({ kind: 'granted', token: (g as { token: bigint }).token, changed: false })
    expect(t.sweep(150, live, mint).filter(e => e.kind === 'expired')).toEqual([])
    expect(t.sweep(190, live, mint).filter(e => e.kind === 'expired')).toHaveLength(1)
  })
})
