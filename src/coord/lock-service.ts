import { InvalidArgumentError, InvalidMessageError, SupersededError } from '../errors.js'
import { deadlockOf } from './deadlock-guard.js'
import { parkKey, settleWaits } from './lease-service.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** The lease holder's lock requests: acquire (long-poll while queued); release, renew and cancel are in lease-service.ts. */
export function serveLocks (holder: CoordHolder, rpc: Rpc): void {
  const key = (requestId: string): string => parkKey('lock', requestId)

  rpc.handle('lockRequest', async (msg): Promise<Body> => {
    const { name, requestId, owner, ttlMs, waitMs, names, session, seq, reenter } = msg.body
    holder.heard(msg.from.toString(), session)
    const epoch = holder.assertActing()
    if (name === '' || requestId === '' || ttlMs === 0) throw new InvalidMessageError('type', 'lock request needs name, requestId and ttlMs')
    if (names.length > 0 && (names[0] !== name || names.some((n, i) => n === '' || (i > 0 && n <= names[i - 1]!)))) {
      throw new InvalidArgumentError('a multi-lock names distinct, sorted, non-empty locks, the first as `name`')
    }
    const now = performance.now()
    const peer = msg.from.toString()
    const { locks } = holder.tables
    const outcome = locks.acquire({ name, names: names.length > 0 ? names : undefined, peer, session, owner, requestId, seq, reenter, ttlMs, deadline: now + waitMs }, epoch, now)
    if (outcome.kind === 'stale') throw new SupersededError(name)
    // the client moved on from its older requests: nobody waits for their answers
    for (const id of outcome.superseded) holder.settle(key(id), new SupersededError(name))
    if (outcome.kind === 'queued') {
      const deadlock = outcome.changed ? deadlockOf(holder.tables, requestId, peer, `lock ${name}`) : undefined
      if (deadlock != null) { locks.cancel(name, requestId, peer); throw deadlock } // refused at once; nothing changed
      return await holder.park(key(requestId), outcome.changed)
    }
    await holder.committed(outcome.changed)
    return { lockReply: { token: outcome.token, ttlMs, reentry: outcome.reentry, grants: names.length > 0 ? outcome.grants : [] } }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.locks.sweep(now, epoch, (peer, session) => holder.isLive(peer, session))
    return {
      changed: events.length > 0,
      settle: () => {
        settleWaits(holder, 'lock', events)
      }
    }
  })
}
