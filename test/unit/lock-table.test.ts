import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LockTable } from '../../src/coord/lock-table.js'

const limits = { maxQueue: 64, maxLocks: 256, maxReentry: 8 }
let seqs = 0n
/** A request as a client sends it: each new one with a higher seq; `reenter` names a token the client tracks. */
const req = (peer: string, requestId: string, extra: Partial<{ owner: string, ttlMs: number, deadline: number, seq: bigint, reenter: bigint, session: string }> = {}) =>
  ({ name: 'l', peer, owner: extra.owner ?? '', requestId, ttlMs: extra.ttlMs ?? 1_000, deadline: extra.deadline ?? 10_000, seq: extra.seq ?? ++seqs, reenter: extra.reenter ?? 0n, session: extra.session ?? '' })
const live = (): boolean => true

describe('LockTable', () => {
  it('a retried acquire (same request id) is applied once: same token, no extra re-entry', () => {
    const t = new LockTable(limits)
    const first = req('p', 'r1')
    const a = t.acquire(first, 1, 0)
    const again = t.acquire(first, 1, 5)
    expect(again).toMatchObject({ kind: 'granted', token: (a as any).token, reentry: 1, changed: false })
    expect(t.holder('l')?.reentry).toBe(1)
  })

  it('a retried release is applied once', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    t.acquire(req('p', 'r2', { reenter: a.token }), 1, 0) // re-entry: depth 2
    expect(t.release('l', a.token, 'p', 'x1')).toBe(true)
    expect(t.release('l', a.token, 'p', 'x1')).toBe(false)
    expect(t.holder('l')?.reentry).toBe(1)
  })

  it('a queued waiter that re-sends keeps its place; a grant made while it was away is found by its request id', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    const w1 = req('q', 'w1')
    expect(t.acquire(w1, 1, 0).kind).toBe('queued')
    expect(t.acquire(w1, 1, 1)).toEqual({ kind: 'queued', changed: false, superseded: [] })
    t.release('l', a.token, 'p', 'x')
    const events = t.sweep(2, 1, live)
    expect(events).toEqual([{ kind: 'granted', name: 'l', requestId: 'w1', token: a.token + 1n, ttlMs: 1_000, grants: [{ name: 'l', token: a.token + 1n }] }])
    expect(t.acquire(w1, 1, 3)).toMatchObject({ kind: 'granted', token: a.token + 1n, changed: false })
  })

  it('never grants a waiter whose session lapsed or whose wait ended', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    t.acquire(req('dead', 'w1'), 1, 0)
    t.acquire(req('late', 'w2', { deadline: 5 }), 1, 0)
    t.acquire(req('ok', 'w3'), 1, 0)
    t.release('l', a.token, 'p', 'x')
    const events = t.sweep(10, 1, peer => peer !== 'dead')
    expect(events.filter(e => e.kind === 'granted')).toMatchObject([{ requestId: 'w3' }])
    expect(events.filter(e => e.kind === 'withdrawn').map(e => (e as any).requestId)).toEqual(['w1'])
    expect(events.filter(e => e.kind === 'timeout').map(e => (e as any).requestId)).toEqual(['w2'])
  })

  it('expires a holder after its TTL on monotonic time, and renewals push expiry out', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1', { ttlMs: 100 }), 1, 0) as { token: bigint }
    expect(t.renew('l', a.token, 'p', 80)).toBe(true)
    expect(t.sweep(150, 1, live)).toEqual([])
    expect(t.sweep(181, 1, live)).toEqual([{ kind: 'expired', name: 'l', token: a.token }])
    expect(t.renew('l', a.token, 'p', 200)).toBe(false)
  })

  it('an adopted table honours holders for a full TTL from the new leader\'s clock, and tokens continue above', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1', { ttlMs: 100 }), 1, 0) as { token: bigint }
    const adopted = LockTable.fromState(t.toState(0), limits, 5_000, 200)
    expect(adopted.sweep(5_099, 2, live)).toEqual([])
    expect(adopted.sweep(5_100, 2, live)).toEqual([{ kind: 'expired', name: 'l', token: a.token }])
    const b = adopted.acquire(req('q', 'r2'), 2, 5_101) as { token: bigint }
    expect(b.token).toBeGreaterThan(a.token)
    expect(b.token >> 32n).toBe(2n)
  })

  it('property: tokens of successive grants strictly increase, whatever the interleaving of operations and epochs', () => {
    const op = fc.oneof(
      fc.record({ k: fc.constant('acq' as const), peer: fc.constantFrom('a', 'b', 'c'), id: fc.integer({ min: 0, max: 30 }), tracks: fc.boolean() }),
      fc.record({ k: fc.constant('rel' as const), peer: fc.constantFrom('a', 'b', 'c') }),
      fc.record({ k: fc.constant('tick' as const), dt: fc.integer({ min: 0, max: 2_000 }) }),
      fc.record({ k: fc.constant('failover' as const) })
    )
    fc.assert(fc.property(fc.array(op, { maxLength: 120 }), ops => {
      let t = new LockTable(limits)
      let epoch = 1; let now = 0; let last = 0n; let seq = 0n
      const sent = new Map<string, bigint>() // request id -> its seq (a retry re-sends the same)
      const granted = (token: bigint, fresh: boolean): void => {
        if (fresh) { expect(token).toBeGreaterThan(last); last = token } else expect(token).toBeLessThanOrEqual(last)
      }
      for (const o of ops) {
        if (o.k === 'acq') {
          const before = t.holder('l')
          const requestId = `${o.peer}-${o.id}`
          if (!sent.has(requestId)) sent.set(requestId, ++seq)
          // a client that still tracks its holding re-enters it; one that gave up on it does not
          const reenter = o.tracks && before?.peer === o.peer ? before.token : 0n
          const r = t.acquire({ name: 'l', peer: o.peer, owner: '', requestId, seq: sent.get(requestId)!, reenter, ttlMs: 1_000, deadline: now + 5_000 }, epoch, now)
          if (r.kind === 'granted') granted(r.token, r.token !== before?.token)
        } else if (o.k === 'rel') {
          const h = t.holder('l'); if (h?.peer === o.peer) t.release('l', h.token, o.peer, `rel-${now}-${Math.random()}`)
        } else if (o.k === 'tick') {
          now += o.dt
          for (const e of t.sweep(now, epoch, () => true)) if (e.kind === 'granted') granted(e.token, true)
        } else {
          epoch++; now += 10
          t = LockTable.fromState(t.toState(now), limits, now, 1_000)
        }
      }
    }), { numRuns: 300 })
  })

  it('an orphaned grant (its client gave up and the cancel was lost) is released by the same agent\'s next request, never re-entered', () => {
    const t = new LockTable(limits)
    const orphan = t.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    t.acquire(req('q', 'w1'), 1, 0) // another agent waits
    // p's next acquire does not track r1's grant: r1 is released, p queues behind q (FIFO)
    const next = t.acquire(req('p', 'r2'), 1, 1)
    expect(next).toMatchObject({ kind: 'queued', changed: true })
    const granted = t.sweep(2, 1, live).filter(e => e.kind === 'granted')
    expect(granted).toMatchObject([{ requestId: 'w1' }])
    expect((granted[0] as { token: bigint }).token).toBeGreaterThan(orphan.token)
    // with nobody waiting, the orphan is released and the request gets a fresh token at once
    const u = new LockTable(limits)
    const o2 = u.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    expect(u.acquire(req('p', 'r2'), 1, 1)).toMatchObject({ kind: 'granted', reentry: 1, changed: true, token: o2.token + 1n })
  })

  it('a delayed duplicate (an older request of the same agent) is stale: it changes nothing', () => {
    const t = new LockTable(limits)
    const old = req('p', 'r1')
    const current = req('p', 'r2')
    const g = t.acquire(current, 1, 0) as { token: bigint }
    expect(t.acquire(old, 1, 5)).toEqual({ kind: 'stale' })
    expect(t.holder('l')).toEqual({ peer: 'p', token: g.token, reentry: 1 })
    // and an older queued request is superseded by a newer one of the same agent
    t.acquire(req('q', 'q1'), 1, 0)
    const u = new LockTable(limits)
    u.acquire(req('x', 'x1'), 1, 0)
    u.acquire(req('q', 'q1'), 1, 0)
    expect(u.acquire(req('q', 'q2'), 1, 1)).toMatchObject({ kind: 'queued', superseded: ['q1'] })
    expect(u.waitState().pending.map(p => p.key)).toEqual(['q2'])
  })

  it('re-entry needs the tracked token, and restarts the lease; so does a retried grant', () => {
    const t = new LockTable(limits)
    const first = req('p', 'r1', { ttlMs: 100 })
    const a = t.acquire(first, 1, 0) as { token: bigint }
    expect(t.acquire(req('p', 'r2', { reenter: a.token }), 1, 80)).toMatchObject({ kind: 'granted', token: a.token, reentry: 2 })
    expect(t.sweep(150, 1, live)).toEqual([]) // 80 + 100
    expect(t.acquire(first, 1, 170)).toMatchObject({ kind: 'granted', token: a.token, changed: false })
    expect(t.sweep(260, 1, live)).toEqual([])
    expect(t.sweep(270, 1, live)).toEqual([{ kind: 'expired', name: 'l', token: a.token }])
  })

  it('an adopted waiter keeps its place for the grace period at most, and no longer than the wait it had left', () => {
    const t = new LockTable(limits)
    t.acquire(req('p', 'r1', { ttlMs: 10_000 }), 1, 0)
    t.acquire(req('short', 's1', { deadline: 1_100 }), 1, 0) // 100 ms left at replication (1,000)
    t.acquire(req('long', 'l1', { deadline: 60_000 }), 1, 0)
    const adopted = LockTable.fromState(t.toState(1_000), limits, 5_000, 2_000)
    const early = adopted.sweep(5_100, 2, live)
    expect(early).toEqual([{ kind: 'timeout', name: 'l', requestId: 's1' }])
    expect(adopted.sweep(6_999, 2, live)).toEqual([])
    expect(adopted.sweep(7_000, 2, live)).toEqual([{ kind: 'timeout', name: 'l', requestId: 'l1' }]) // the grace, until it re-sends
  })

  it('another session of the same peer (a restarted process) neither re-enters nor releases the old one\'s holding', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1', { session: 'old' }), 1, 0) as { token: bigint }
    expect(t.acquire(req('p', 'r2', { session: 'new', reenter: a.token }), 1, 1)).toMatchObject({ kind: 'queued' })
    expect(t.holder('l')?.token).toBe(a.token)
    // two agents, not one waiting for itself: no deadlock
    const ws = t.waitState()
    expect(ws.resources[0]!.holders[0]!.agent).not.toBe(ws.pending[0]!.agent)
  })

  it('multi-locks over the same names queue in one order everywhere: granted whole, one at a time, never interleaved', () => {
    const t = new LockTable(limits)
    const multi = (peer: string, id: string, names: string[]) => ({ name: names[0]!, names, peer, owner: '', requestId: id, ttlMs: 1_000, deadline: 10_000 })
    const a = t.acquire(multi('A', 'a1', ['a', 'b']), 1, 0)
    expect(a).toMatchObject({ kind: 'granted', grants: [{ name: 'a' }, { name: 'b' }] })
    expect(t.acquire(multi('B', 'b1', ['a', 'b']), 1, 0).kind).toBe('queued')
    // a single lock behind A on b only
    expect(t.acquire({ ...req('C', 'c1'), name: 'b' }, 1, 0).kind).toBe('queued')
    const grants = (a as { grants: Array<{ name: string, token: bigint }> }).grants
    t.release('a', grants[0]!.token, 'A', 'x1')
    expect(t.sweep(1, 1, live).filter(e => e.kind === 'granted')).toEqual([]) // B needs b too
    t.release('b', grants[1]!.token, 'A', 'x2')
    const events = t.sweep(2, 1, live).filter(e => e.kind === 'granted')
    expect(events).toMatchObject([{ requestId: 'b1', grants: [{ name: 'a' }, { name: 'b' }] }]) // B first in b's queue: C waits
    expect(t.holder('a')?.peer).toBe('B')
    expect(t.holder('b')?.peer).toBe('B')
    // the wait-for view lists C's wait on b, held by B
    const ws = t.waitState()
    expect(ws.pending).toMatchObject([{ key: 'c1', needs: [{ resource: 'lock:b', units: 1 }] }])
    // adoption keeps a multi-lock waiter as one request in both queues
    t.acquire(multi('D', 'd1', ['a', 'b']), 1, 3)
    const adopted = LockTable.fromState(t.toState(3), limits, 10, 1_000)
    expect(adopted.waitState().pending.map(p => p.key).sort()).toEqual(['c1', 'd1'])
    expect(adopted.cancelRequest('d1', 'D')).toBe(true)
    expect(adopted.waitState().pending.map(p => p.key)).toEqual(['c1'])
  })

  it('a request the client gave up on is withdrawn if queued, and released if it was granted meanwhile (once)', () => {
    const t = new LockTable(limits)
    const a = t.acquire(req('p', 'r1'), 1, 0) as { token: bigint }
    t.acquire(req('q', 'w1'), 1, 0)
    expect(t.cancel('l', 'w1', 'q')).toBe('withdrawn')
    t.acquire(req('q', 'w2'), 1, 0)
    t.release('l', a.token, 'p', 'x')
    expect(t.sweep(1, 1, live).filter(e => e.kind === 'granted')).toMatchObject([{ requestId: 'w2' }])
    // q's wait ran out just as the grant was made: its cancel gives the lock back
    expect(t.cancel('l', 'w2', 'q')).toBe('released')
    expect(t.holder('l')).toBeUndefined()
    expect(t.cancel('l', 'w2', 'q')).toBeUndefined() // a repeated cancel changes nothing
    // and q's next acquire is a fresh grant, not a re-entry of the orphaned one
    expect(t.acquire(req('q', 'w3'), 1, 2)).toMatchObject({ kind: 'granted', reentry: 1 })
  })
})
