import { InvalidMessageError, LockTimeoutError, WithdrawnError } from '../errors.js'
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
    const { name, requestId, owner, ttlMs, waitMs } = msg.body
    if (name === '' || requestId === '' || ttlMs === 0) throw new InvalidMessageError('type', 'lock request needs name, requestId and ttlMs')
    const now = performance.now()
    const outcome = holder.tables.locks.acquire({ name, peer: msg.from.toString(), owner, requestId, ttlMs, deadline: now + waitMs }, epoch, now)
    if (outcome.kind === 'queued') return await holder.park(key(requestId), outcome.changed)
    if (outcome.changed) await holder.commit()
    return { lockReply: { token: outcome.token, ttlMs, reentry: outcome.reentry } }
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
    return { lockReply: { token: held ? msg.body.token : 0n, ttlMs: 0, reentry: 0 } }
  })

  rpc.handle('lockCancel', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'lockCancel') throw new InvalidMessageError('type', 'expected lockCancel')
    holder.assertActing()
    if (holder.tables.locks.cancel(msg.body.name, msg.body.requestId, msg.from.toString())) {
      await holder.commit()
      holder.settle(key(msg.body.requestId), new LockTimeoutError(msg.body.name))
    }
    return { ack: {} }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.locks.sweep(now, epoch, peer => holder.isLive(peer))
    return {
      changed: events.length > 0,
      settle: () => {
        for (const e of events) {
          if (e.kind === 'granted') holder.settle(key(e.requestId), { lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1 } })
          else if (e.kind === 'timeout') holder.settle(key(e.requestId), new LockTimeoutError(e.name))
          else if (e.kind === 'withdrawn') holder.settle(key(e.requestId), new WithdrawnError(e.name))
        }
      }
    }
  })
}
