import { AcquireTimeoutError, WithdrawnError } from '../errors.js'
import { leaseKindOf, type LeaseKind } from './lease-kind.js'
import { deadlockVictims } from './deadlock-guard.js'
import type { LeaseHolder } from './lease-holder.js'
import type { CoordTables } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** How release, renew and cancel act on each kind of lease (a lock, a semaphore grant, a leadership). */
interface LeaseOps {
  release: (t: CoordTables, name: string, token: bigint, peer: string, requestId: string) => boolean
  renew: (t: CoordTables, name: string, token: bigint, peer: string, now: number) => boolean
  cancel: (t: CoordTables, name: string, requestId: string, peer: string, names: string[]) => 'withdrawn' | 'released' | undefined
  cancelRequest: (t: CoordTables, requestId: string, peer: string) => boolean
}

const OPS: Record<LeaseKind, LeaseOps> = {
  lock: {
    release: (t, name, token, peer, requestId) => t.locks.release(name, token, peer, requestId),
    renew: (t, name, token, peer, now) => t.locks.renew(name, token, peer, now),
    cancel: (t, name, requestId, peer, names) => t.locks.cancel(name, requestId, peer, names.length > 0 ? names : [name]),
    cancelRequest: (t, requestId, peer) => t.locks.cancelRequest(requestId, peer)
  },
  semaphore: {
    release: (t, name, token, peer) => t.semaphores.release(name, token, peer),
    renew: (t, name, token, peer, now) => t.semaphores.renew(name, token, peer, now),
    cancel: (t, name, requestId, peer) => t.semaphores.cancel(name, requestId, peer),
    cancelRequest: (t, requestId, peer) => t.semaphores.cancelRequest(requestId, peer)
  },
  election: {
    release: (t, name, token, peer) => t.elections.resign(name, token, peer),
    renew: (t, name, token, peer, now) => t.elections.renew(name, token, peer, now),
    cancel: (t, name, requestId, peer) => t.elections.cancel(name, requestId, peer),
    cancelRequest: () => false // campaigns are never deadlock victims (deadlock-guard.ts)
  }
}

/** The key a waiting request of `kind` is parked under. */
export function parkKey (kind: LeaseKind, requestId: string): string {
  return `${kind}:${requestId}`
}

/** What a table's sweep did to a waiting request (locks, semaphores and elections alike). */
export type WaitEvent =
  | { kind: 'granted', requestId: string, token: bigint, ttlMs: number, grants?: Array<{ name: string, token: bigint }> }
  | { kind: 'timeout' | 'withdrawn', name: string, requestId: string }
  | { kind: 'expired' | 'deposed', name: string, token: bigint }

/** Answers the parked requests a sweep granted, timed out or withdrew. */
export function settleWaits (holder: LeaseHolder, kind: LeaseKind, events: WaitEvent[]): void {
  for (const e of events) {
    if (e.kind === 'granted') {
      const grants = e.grants != null && e.grants.length > 1 ? e.grants : [] // a multi-lock's tokens
      holder.settle(parkKey(kind, e.requestId), { lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1, grants } })
    } else if (e.kind === 'timeout') {
      holder.settle(parkKey(kind, e.requestId), AcquireTimeoutError.of(kind, e.name))
    } else if (e.kind === 'withdrawn') {
      holder.settle(parkKey(kind, e.requestId), new WithdrawnError(e.name))
    }
  }
}

function opsOf (wire: string): LeaseOps {
  return OPS[leaseKindOf(wire)]
}

/**
 * Release, renew and cancel for every kind of lease, and the deadlock sweeper over all
 * the tables' waits.
 */
export function serveLeases (holder: LeaseHolder, rpc: Rpc): void {
  rpc.handle('lockRelease', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    holder.assertActing()
    const { name, token, requestId, kind } = msg.body
    if (opsOf(kind).release(holder.tables, name, token, msg.from.toString(), requestId)) {
      // Hand it to the next waiter now, in the same replication as the release. The
      // releaser is answered without waiting for it: a release lost in a failover only
      // keeps the lease until its TTL, it never lets two hold it.
      void holder.sweep(true)
    }
    return { ack: {} }
  })

  rpc.handle('lockRenew', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    holder.assertActing()
    // Renewals only move this leader's expiry clock; a new leader grants adopted holders a
    // full TTL anyway, so they need no replication.
    const { name, token, kind } = msg.body
    const held = opsOf(kind).renew(holder.tables, name, token, msg.from.toString(), performance.now())
    return { lockReply: { token: held ? token : 0n, ttlMs: 0, reentry: 0, grants: [] } }
  })

  rpc.handle('lockCancel', async (msg): Promise<Body> => {
    holder.assertActing()
    const { name, requestId, names, kind } = msg.body
    const outcome = opsOf(kind).cancel(holder.tables, name, requestId, msg.from.toString(), names)
    if (outcome === 'withdrawn') {
      await holder.commit()
      holder.settle(parkKey(leaseKindOf(kind), requestId), AcquireTimeoutError.of(leaseKindOf(kind), name))
    } else if (outcome === 'released') {
      void holder.sweep(true) // hand it on, as a release does
    }
    return { ack: {} }
  })

  // Cycles that formed without a new request (waits adopted from the previous leader):
  // refuse the youngest wait on each.
  holder.addSweeper(tables => {
    const victims = deadlockVictims(tables)
    const done = victims.filter(v => OPS[v.kind].cancelRequest(tables, v.requestId, v.peer))
    return { changed: done.length > 0, settle: () => { for (const v of done) holder.settle(parkKey(v.kind, v.requestId), v.error) } }
  })
}
