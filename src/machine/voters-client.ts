import { InvalidArgumentError } from '../errors.js'
import { checkPeerIds } from '../net/peer-ids.js'
import type { LeaderChannel } from './leader-channel.js'
import type { ClusterConfig, VotersChange } from '../election/cluster.js'

/** Options of the `peer.voters` methods. */
export interface VotersOptions {
  /** Give up after this long, in ms (leader changes on the way are retried). Default 30 s. */
  timeoutMs?: number
}

/**
 * A cluster's voters, changed while it runs (`peer.voters`), as etcd's `member list /
 * add / remove`: one voter at a time, each change made once a majority of the new voters
 * holds it. A voter to add must already be running in the mesh (started with the
 * cluster's voters): the leader sends it the state and waits until it holds it, so it
 * counts only once it can vote. To replace a voter that died for good, remove it, then
 * add its successor: with the dead one gone the others are a majority on their own.
 */
export class Voters {
  constructor (private readonly toLeader: LeaderChannel) {}

  /** The voters as the acting leader has them (held by a majority). */
  async list (options: VotersOptions = {}): Promise<ClusterConfig> {
    return await this.change({}, options)
  }

  /** Adds `id` as a voter; resolves with the new configuration (a voter already in it is not an error). */
  async add (id: string, options: VotersOptions = {}): Promise<ClusterConfig> {
    return await this.change({ add: checkPeerIds('voters.add', [id])[0] }, options)
  }

  /** Removes voter `id`; resolves with the new configuration (removing the leader hands leadership on). */
  async remove (id: string, options: VotersOptions = {}): Promise<ClusterConfig> {
    return await this.change({ remove: checkPeerIds('voters.remove', [id])[0] }, options)
  }

  /** Replaces voter `old` by `next`: removes it, then adds `next` (two changes). */
  async replace (old: string, next: string, options: VotersOptions = {}): Promise<ClusterConfig> {
    if (old === next) throw new InvalidArgumentError('voters.replace: the old and the new voter are the same peer')
    checkPeerIds('voters.replace', [old, next])
    await this.remove(old, options)
    return await this.add(next, options)
  }

  private async change (change: VotersChange, options: VotersOptions): Promise<ClusterConfig> {
    const timeoutMs = options.timeoutMs ?? 30_000
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InvalidArgumentError('voters: timeoutMs must be a positive number of ms')
    // a change is idempotent (a voter already added, or gone, is answered as it is): resent through leader changes
    const reply = await this.toLeader.untilAnswered({ votersChange: { add: change.add ?? '', remove: change.remove ?? '' } }, 'votersReply', timeoutMs, 'voters')
    return { voters: reply.body.voters, index: Number(reply.body.index) }
  }
}
