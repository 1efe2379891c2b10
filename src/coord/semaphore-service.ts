import { InvalidMessageError } from '../errors.js'
import { deadlockOf } from './deadlock-guard.js'
import { parkKey, settleWaits } from './lease-service.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** The lease holder's semaphores: acquire (long-poll while queued); release, renew and cancel go through lease-service.ts. */
export function serveSemaphores (holder: CoordHolder, rpc: Rpc): void {
  const key = (requestId: string): string => parkKey('semaphore', requestId)

  rpc.handle('semaphoreAcquire', async (msg): Promise<Body> => {
    const { name, requestId, owner, size, permits, ttlMs, waitMs, session } = msg.body
    holder.heard(msg.from.toString(), session)
    const epoch = holder.assertActing()
    if (name === '' || requestId === '' || ttlMs === 0 || size === 0) throw new InvalidMessageError('type', 'semaphore request needs name, requestId, size and ttlMs')
    const now = performance.now()
    const peer = msg.from.toString()
    const { tables } = holder
    const outcome = tables.semaphores.acquire({ name, size, permits, peer, session, owner, requestId, ttlMs, deadline: now + waitMs }, now, () => tables.tokens.next(epoch))
    if (outcome.kind === 'queued') {
      const deadlock = outcome.changed ? deadlockOf(tables, requestId, peer, `semaphore ${name}`) : undefined
      if (deadlock != null) { tables.semaphores.cancel(name, requestId, peer); throw deadlock }
      return await holder.park(key(requestId), outcome.changed)
    }
    await holder.committed(outcome.changed)
    return { lockReply: { token: outcome.token, ttlMs, reentry: 1, grants: [] } }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.semaphores.sweep(now, (peer, session) => holder.isLive(peer, session), () => tables.tokens.next(epoch))
    return {
      changed: events.length > 0,
      settle: () => {
        settleWaits(holder, 'semaphore', events)
      }
    }
  })
}
