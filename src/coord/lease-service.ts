import { AcquireTimeoutError, WithdrawnError } from '../errors.js'
import { leaseKindOf, type LeaseKind } from './lease-kind.js'
import type { LeaseEvent } from './lease-queue.js'
import { deadlockVictims } from './deadlock-guard.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** The key a waiting request of `kind` is parked under. */
export function parkKey (kind: LeaseKind, requestId: string): string {
  return `${kind}:${requestId}`
}

/** Answers the parked requests a sweep granted, timed out or withdrew. */
export function settleWaits (holder: CoordHolder, kind: LeaseKind, events: LeaseEvent[]): void {
  for (const e of events) {
    if (e.kind === 'granted') {
      const grants = e.grants.length > 1 ? e.grants : [] // a multi-lock's tokens
      holder.settle(parkKey(kind, e.requestId), { lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1, grants } })
    } else if (e.kind === 'timeout') {
      holder.settle(parkKey(kind, e.requestId), AcquireTimeoutError.of(kind, e.name))
    } else if (e.kind === 'withdrawn') {
      holder.settle(parkKey(kind, e.requestId), new WithdrawnError(e.name))
    }
  }
}



/**
 * Release, renew and cancel for every kind of lease, and the deadlock sweeper over all
 * the tables' waits.
 */
export function serveLeases (holder: CoordHolder, rpc: Rpc): void {
  rpc.handle('lockRelease', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    holder.assertActing()
    const { name, token, requestId, kind } = msg.body
    if (holder.tables.leases.release(leaseKindOf(kind), name, token, msg.from.toString(), requestId)) {
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
    const held = holder.tables.leases.renew(leaseKindOf(kind), name, token, msg.from.toString(), performance.now())
    return { lockReply: { token: held ? token : 0n, ttlMs: 0, reentry: 0, grants: [] } }
  })

  rpc.handle('lockCancel', async (msg): Promise<Body> => {
    holder.assertActing()
    const { name, requestId, names, kind } = msg.body
    const outcome = holder.tables.leases.cancel(leaseKindOf(kind), name, requestId, msg.from.toString(), names.length > 0 ? names : [name])
    if (outcome === 'withdrawn') {
      await holder.commitThen(() => { holder.settle(parkKey(leaseKindOf(kind), requestId), AcquireTimeoutError.of(leaseKindOf(kind), name)) })
    } else if (outcome === 'released') {
      void holder.sweep(true) // hand it on, as a release does
    }
    return { ack: {} }
  })

  // Cycles that formed without a new request (waits adopted from the previous leader):
  // refuse the youngest wait on each.
  holder.addSweeper(tables => {
    const victims = deadlockVictims(tables)
    const done = victims.filter(v => tables.leases.cancelRequest(v.kind, v.requestId, v.peer))
    return { changed: done.length > 0, settle: () => { for (const v of done) holder.settle(parkKey(v.kind, v.requestId), v.error) } }
  })
}
