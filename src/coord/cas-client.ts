import { AbortedError, NoLeaderError, TimeoutError } from '../errors.js'
import { randomId, retryable, type LeaderChannel } from '../machine/leader-channel.js'

export interface CasAnswer { clock: Uint8Array, token: bigint }

/**
 * Asks the lease holder to accept a write to `name` based on `expected`. Retries (same
 * request id, so at most one acceptance) through leader changes until `timeoutMs`;
 * with no leader for that long it fails with NoLeaderError rather than hang. A
 * ConflictError is the lease holder's verdict and is not retried.
 */
export async function compareAndSet (leader: LeaderChannel, name: string, expected: Uint8Array, timeoutMs: number): Promise<CasAnswer> {
  const requestId = randomId()
  const deadline = performance.now() + timeoutMs
  let last: unknown
  while (true) {
    const remaining = deadline - performance.now()
    if (remaining <= 0) {
      if (last instanceof NoLeaderError) throw new NoLeaderError(`variable ${name}: no lease holder within ${timeoutMs} ms; nothing was written`)
      throw new TimeoutError(`variable ${name}: the lease holder did not answer within ${timeoutMs} ms; nothing was written`)
    }
    if (leader.isStopped) throw new AbortedError('peer stopped')
    try {
      const reply = await leader.send({ casRequest: { name, requestId, expected } }, remaining)
      if (reply.kind === 'casReply') return { clock: reply.body.clock, token: reply.body.token }
      last = new Error(`unexpected ${reply.kind}`)
    } catch (err) {
      if (!retryable(err)) throw err
      last = err
    }
  }
}
