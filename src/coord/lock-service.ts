import { InvalidArgumentError, InvalidMessageError, LockTimeoutError, WithdrawnError } from '../errors.js'
import { deadlockOf, deadlockVictims } from './deadlock-guard.js'
import type { LeaseHolder } from './lease-holder.js'
import type { Body, Message } from '../net/codec.js'
import type { RpcService } from '../net/rpc.js'

/** The lease holder's lock requests: acquire (long-poll while queued), release, renew, cancel. */
export function serveLocks (holder: LeaseHolder, rpc: RpcService): void {
  const key = (requestId: string): string => `lock:${requestId}`

  rpc.handle('lockRequest', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'lockRequest') throw new InvalidMessageError('type', 'expected lockRequest')
    holder.heard(msg.from.toString())
    const epoch = holder.assertActing()
    const { name, requestId, owner, ttlMs, waitMs, names } = msg.body
    if (name === '' || requestId === '' || ttlMs === 0) throw new InvalidMessageError('type', 'lock request needs name, requestId and ttlMs')
    if (names.length > 0 && (names[0] !== name || names.some((n, i) => n === '' || (i > 0 && n <= names[i - 1]!)))) {
      throw new InvalidArgumentError('a multi-lock names distinct, sorted, non-empty locks, the first as `name`')
    }
    const now = performance.now()
    const peer = msg.from.toString()
    const { locks } = holder.tables
    const outcome = locks.acquire({ name, names: names.length > 0 ? names : undefined, peer, owner, requestId, ttlMs, deadline: now + waitMs }, epoch, now)
    if (outcome.kind === 'queued') {
      const deadlock = outcome.changed ? deadlockOf(holder.tables, requestId, peer, `lock ${name}`) : undefined
      if (deadlock != null) { locks.cancel(name, requestId, peer); throw deadlock } // refused at once; nothing changed
      return await holder.park(key(requestId), outcome.changed)
    }
    if (outcome.changed) await holder.commit()
    return { lockReply: { token: outcome.token, ttlMs, reentry: outcome.reentry, grants: names.length > 0 ? outcome.grants : [] } }
  })

  rpc.handle('lockRelease', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'lockRelease') throw new InvalidMessageError('type', 'expected lockRelease')
    holder.heard(msg.from.toString())
    holder.assertActing()
    const { name, token, requestId } = msg.body
    if (holder.tables.locks.release(name, token, msg.from.toString(), requestId)) {
      // Hand the lock to the next waiter now, in the same replication as the release.
      // The releaser is answered without waiting for it: a release lost in a failover
      // only keeps the lock held until its TTL, it never lets two hold it.
      void holder.sweep(true)
    }
    return { ack: {} }
  })

  rpc.handle('lockRenew', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'lockRenew') throw new InvalidMessageError('type', 'expected lockRenew')
    holder.heard(msg.from.toString())
    holder.assertActing()
    // Renewals only move this leader's expiry clock; a new leader grants adopted holders a
    // full TTL anyway, so they need no replication.
    const held = holder.tables.locks.renew(msg.body.name, msg.body.token, msg.from.toString(), performance.now())
    return { lockReply: { token: held ? msg.body.token : 0n, ttlMs: 0, reentry: 0, grants: [] } }
  })

  rpc.handle('lockCancel', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'lockCancel') throw new InvalidMessageError('type', 'expected lockCancel')
    holder.assertActing()
    const { name, requestId, names } = msg.body
    const outcome = holder.tables.locks.cancel(name, requestId, msg.from.toString(), names.length > 0 ? names : [name])
    if (outcome === 'withdrawn') {
      await holder.commit()
      holder.settle(key(requestId), new LockTimeoutError(name))
    } else if (outcome === 'released') {
      void holder.sweep(true) // hand it on, as a release does
    }
    return { ack: {} }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.locks.sweep(now, epoch, peer => holder.isLive(peer))
    // cycles that formed without a new request (waits adopted from the previous leader)
    const victims = deadlockVictims(tables)
    for (const v of victims) tables.locks.cancelRequest(v.requestId, v.peer)
    return {
      changed: events.length > 0 || victims.length > 0,
      settle: () => {
        for (const v of victims) holder.settle(key(v.requestId), v.error)
        for (const e of events) {
          if (e.kind === 'granted') holder.settle(key(e.requestId), { lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1, grants: e.grants.length > 1 ? e.grants : [] } })
          else if (e.kind === 'timeout') holder.settle(key(e.requestId), new LockTimeoutError(e.name))
          else if (e.kind === 'withdrawn') holder.settle(key(e.requestId), new WithdrawnError(e.name))
        }
      }
    }
  })
}
