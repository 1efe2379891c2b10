import { InvalidMessageError } from '../errors.js'
import type { Release } from './barrier-table.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

function reply (r: Release): Body {
  return { barrierReply: { generation: BigInt(r.generation), outcome: r.outcome, arrived: r.arrived.map(a => a.peer), failOnTimeout: r.failOnTimeout } }
}

/** The lease holder's barrier requests: arrive (long-poll until release) and party changes. */
export function serveBarriers (holder: CoordHolder, rpc: Rpc): void {
  // every waiting participant of a generation is parked under its own key
  const key = (name: string, generation: number, peer: string): string => `barrier:${name}:${generation}:${peer}`

  const settleRelease = (name: string, r: Release): void => {
    for (const a of r.arrived) holder.settle(key(name, r.generation, a.peer), reply(r))
  }

  rpc.handle('barrierArrive', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    holder.assertActing()
    const b = msg.body
    if (b.name === '' || b.requestId === '' || b.parties === 0) throw new InvalidMessageError('type', 'barrier arrival needs name, requestId and parties')
    const peer = msg.from.toString()
    const outcome = holder.tables.barriers.arrive(b.name, peer, b.requestId, b.hasGeneration ? Number(b.generation) : undefined, {
      parties: b.parties,
      thresholdCount: b.thresholdCount,
      thresholdPermille: b.thresholdPermille,
      timeoutMs: b.timeoutMs,
      failOnTimeout: b.failOnTimeout
    }, performance.now(), peer => holder.isLive(peer))
    if (outcome.kind === 'waiting') return await holder.park(key(b.name, outcome.generation, peer), outcome.changed)
    // the release (or the record of it) is durable before anyone hears of it
    await holder.commitThen(() => { settleRelease(b.name, outcome.release) })
    return reply(outcome.release)
  })

  rpc.handle('barrierParties', async (msg): Promise<Body> => {
    holder.assertActing()
    if (msg.body.parties === 0) throw new InvalidMessageError('type', 'parties must be at least 1')
    const { changed, release } = holder.tables.barriers.setParties(msg.body.name, msg.body.parties, peer => holder.isLive(peer))
    if (changed) {
      await holder.commitThen(() => { if (release != null) settleRelease(msg.body.name, release) })
    }
    return { ack: {} }
  })

  holder.addSweeper((tables, now) => {
    const { changed, released } = tables.barriers.sweep(now, peer => holder.isLive(peer))
    return { changed, settle: () => { for (const r of released) settleRelease(r.name, r.release) } }
  })
}
