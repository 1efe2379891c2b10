import { InvalidMessageError, SupersededError } from '../errors.js'
import { parkKey, settleWaits } from './lease-service.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/** How long a watch waits for a change before it is answered anyway (the watcher asks again). */
const WATCH_MS = 30_000

/**
 * The lease holder's named elections: campaign (long-poll until this peer leads) and
 * watch (long-poll until the leader changes); resign and renew go through lease-service.ts.
 */
export function serveLeaderships (holder: CoordHolder, rpc: Rpc): void {
  const key = (requestId: string): string => parkKey('election', requestId)
  // watchers are leader-local: after a failover they ask the new leader again
  const watchers = new Map<string, Map<string, bigint>>() // election -> watch key -> known token

  const leaderBody = (name: string): Body => {
    const l = holder.tables.leaderships.leaderOf(name)
    return { electionLeader: { peer: l?.peer ?? '', hasRank: l?.rank != null, rank: BigInt(l?.rank ?? 0), token: l?.token ?? 0n } }
  }
  const notify = (): void => {
    for (const [name, watches] of watchers) {
      const token = holder.tables.leaderships.leaderOf(name)?.token ?? 0n
      for (const [k, known] of watches) if (known !== token) { watches.delete(k); holder.settle(k, leaderBody(name)) }
      if (watches.size === 0) watchers.delete(name)
    }
  }

  rpc.handle('campaign', async (msg): Promise<Body> => {
    const { name, requestId, hasRank, rank, preempt, ttlMs, session, seq, reenter } = msg.body
    holder.heard(msg.from.toString(), session)
    const epoch = holder.assertActing()
    if (name === '' || requestId === '' || ttlMs === 0) throw new InvalidMessageError('type', 'campaign needs name, requestId and ttlMs')
    const now = performance.now()
    const peer = msg.from.toString()
    const { tables } = holder
    const outcome = tables.leaderships.campaign({ name, peer, rank: hasRank ? Number(rank) : undefined, requestId, preempt, ttlMs, session, seq, reenter }, now, () => tables.tokens.next(epoch))
    if (outcome.kind === 'stale') throw new SupersededError(name)
    if (outcome.kind === 'queued') {
      // the client moved on from its older campaigns: nobody waits for their answers
      for (const id of outcome.superseded) holder.settle(key(id), new SupersededError(name))
      // (an orphaned leadership it released is handed on by the next sweep, which tells the watchers)
      return await holder.park(key(requestId), outcome.changed) // campaigns wait outside deadlock detection (deadlock-guard.ts)
    }
    if (outcome.changed) await holder.commitThen(notify)
    else await holder.committed(false)
    return { lockReply: { token: outcome.token, ttlMs, reentry: 1, grants: [] } }
  })

  rpc.handle('electionWatch', async (msg): Promise<Body> => {
    holder.assertActing()
    const { name, requestId, knownToken } = msg.body
    if (name === '' || requestId === '') throw new InvalidMessageError('type', 'watch needs name and requestId')
    if ((holder.tables.leaderships.leaderOf(name)?.token ?? 0n) !== knownToken) return leaderBody(name)
    const k = `watch:${msg.from.toString()}:${requestId}`
    if (!watchers.has(name)) watchers.set(name, new Map())
    watchers.get(name)!.set(k, knownToken)
    const timer = setTimeout(() => { watchers.get(name)?.delete(k); holder.settle(k, leaderBody(name)) }, WATCH_MS)
    try {
      return await holder.park(k, false)
    } finally {
      clearTimeout(timer)
    }
  })

  holder.addSweeper((tables, now, epoch) => {
    const events = tables.leaderships.sweep(now, (peer, session) => holder.isLive(peer, session), () => tables.tokens.next(epoch))
    return {
      changed: events.length > 0,
      settle: () => {
        settleWaits(holder, 'election', events)
        notify()
      }
    }
  })
}
