import { InvalidMessageError, LockTimeoutError, WithdrawnError } from '../errors.js'
import { deadlockOf } from './deadlock-guard.js'
import { parkKey } from './lease-service.js'
import type { LeaseHolder } from './lease-holder.js'
import type { Body, Message } from '../net/codec.js'
import type { RpcService } from '../net/rpc.js'

/** The lease holder's semaphores: acquire (long-poll while queued); release, renew and cancel go through lease-service.ts. */
export function serveSemaphores (holder: LeaseHolder, rpc: RpcService): void {
  const key = (requestId: string): string => parkKey('semaphore', requestId)

  rpc.handle('semaphoreAcquire', async (msg: Message): Promise<Body> => {
    if (msg.kind !== 'semaphoreAcquire') throw new InvalidMessageError('type', 'expected semaphoreAcquire')
    holder.heard(msg.from.toString())
    const epoch = holder.assertActing()
    const { name, requestId, owner, size, permits, ttlMs, waitMs } = msg.body
    if (name === '' || requestId === '' || ttlMs === 0 || size === 0) throw new InvalidMessageError('type', 'semaphore request needs name, requestId, size and ttlMs')
    const now = performance.now()
    const peer = msg.from.toString()
    const { tables } = holder
    const outcome = tables.semaphores.acquire({ name, size, permits, peer, owner, requestId, ttlMs, deadline: now + waitMs }, now, () => tables.locks.nextToken(epoch))
    if (outcome.kind === 'queued') {
      const deadlock = outcome.changed ? deadlockOf(tables, requestId, peer, `semaphore ${name}`) : undefined
      if (deadlock != null) { tables.semaphores.cancel(name, requestId, peer); throw deadlock }
      return await holder.park(key(requestId), outcome.changed)
    }
    if (outcome.changed) await holder.commit()
    return { lockReply: { token: outcome.token, ttlMs, reentry: 1, grants: [] } }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.semaphores.sweep(now, peer => holder.isLive(peer), () => tables.locks.nextToken(epoch))
    return {
      changed: events.length > 0,
      settle: () => {
        for (const e of events) {
          if (e.kind === 'granted') holder.settle(key(e.requestId), { lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1, grants: [] } })
          else if (e.kind === 'timeout') holder.settle(key(e.requestId), new LockTimeoutError(e.name))
          else if (e.kind === 'withdrawn') holder.settle(key(e.requestId), new WithdrawnError(e.name))
        }
      }
    }
  })
}
