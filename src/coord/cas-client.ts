import { uniqueId, type LeaderChannel } from '../machine/leader-channel.js'

export interface CasAnswer { clock: Uint8Array, token: bigint }

/**
 * Asks the lease holder to accept a write to `name` based on `expected`. Retries (same
 * request id, so at most one acceptance) through leader changes until `timeoutMs`;
 * with no leader for that long it fails with NoLeaderError rather than hang. A
 * ConflictError is the lease holder's verdict and is not retried.
 */
export async function compareAndSet (leader: LeaderChannel, name: string, expected: Uint8Array, timeoutMs: number): Promise<CasAnswer> {
  // one request id for every attempt: the lease holder accepts it at most once
  const reply = await leader.untilAnswered({ casRequest: { name, requestId: uniqueId(), expected } }, 'casReply', timeoutMs, `variable ${name}`, '; nothing was written')
  return { clock: reply.body.clock, token: reply.body.token }
}
