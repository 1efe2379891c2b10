import { VectorClock } from '../clock/vector-clock.js'
import { InvalidMessageError } from '../errors.js'
import type { CasRules } from './cas-table.js'
import type { CoordHolder } from './state.js'
import type { Body } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'

/**
 * The lease holder's compare-and-set for 'reject' variables. An accepted write is
 * replicated to a majority before the writer hears yes, so a new leader knows it too.
 */
export function serveCas (holder: CoordHolder, rpc: Rpc, rules: CasRules): void {
  rpc.handle('casRequest', async (msg): Promise<Body> => {
    holder.heard(msg.from.toString())
    const epoch = holder.assertActing()
    const { name, requestId, expected } = msg.body
    if (name === '' || requestId === '') throw new InvalidMessageError('type', 'compare-and-set needs name and requestId')
    const { tables } = holder
    const accepted = tables.cas.propose(name, VectorClock.decode(expected), msg.from.toString(), requestId, performance.now(), rules, () => tables.tokens.next(epoch))
    await holder.commit()
    return { casReply: { clock: accepted.clock.encode(), token: accepted.token } }
  })
}
