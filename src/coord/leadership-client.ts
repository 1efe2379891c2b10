import { TypedEventEmitter } from 'main-event'
import { uniqueId, retryable, type LeaderChannel } from '../machine/leader-channel.js'
import { checkLeaseMs, type Lease, type LockClient } from './lock-client.js'
import { checkBoolean, checkInteger, checkOptions, checkSignal } from '../arguments.js'

/** Who leads a named election (`election.leader`). */
export interface ElectionLeader {
  /** Peer id of the leader. */
  id: string
  /** The rank it campaigned with; undefined if unranked. */
  rank?: number
  /** Its fencing token: a new leader always has a higher one. */
  token: bigint
}

/** Options of `election.campaign`. */
export interface CampaignOptions {
  /** Lower leads. Default: this peer's rank. */
  rank?: number
  /** Take over at once from a leader of higher rank. Default: this peer's `preempt`. */
  preempt?: boolean
  /** Lease on the leadership, kept alive while leading. Default 10 s. */
  ttlMs?: number
  /** Aborting withdraws the campaign (or resigns, if it won meanwhile). */
  signal?: AbortSignal
}

/** `lost` fires (and `valid()` turns false) when the leadership can no longer be trusted: lease lapsed, or pre-empted. */
export interface Leadership extends Lease {
  /** Fencing token of this leadership, from the same sequence as locks': fence the leader's writes with it. */
  readonly token: bigint
  /**
   * Gives the leadership up (one re-entry of it, if this peer campaigned again while
   * leading); the next campaigner leads. Resolves like `Lock.release`.
   */
  resign: () => Promise<void>
}

/** The events an Election dispatches: `election.addEventListener('leader', e => e.detail)`. */
export interface ElectionEvents {
  /** The leader changed (undefined: nobody leads right now). */
  leader: CustomEvent<ElectionLeader | undefined>
}

/**
 * A named election, separate from the mesh's lease holder, among the peers that campaign
 * in it: the lowest rank leads, an incumbent is not pre-empted unless the newcomer asks.
 * Any peer can observe it: `leader` and the `leader` event follow the lease holder's
 * record, through failovers.
 */
export class Election extends TypedEventEmitter<ElectionEvents> {
  /** Who leads, as the lease holder last said; undefined when nobody does (or not yet known). */
  leader: ElectionLeader | undefined
  private readonly stopWatching = new AbortController()

  constructor (
    /** The election's full name: `group/name` when a group was given. */
    readonly name: string,
    private readonly defaults: { rank?: number, preempt: boolean, ttlMs: number },
    private readonly leases: LockClient,
    private readonly channel: LeaderChannel
  ) {
    super()
    void this.watch()
  }

  /** Resolves when this peer leads, with its token, a `lost` signal and `resign()`. */
  async campaign (options: CampaignOptions = {}): Promise<Leadership> {
    checkOptions('campaign options', options, {
      rank: (option, value) => checkInteger(option, value, 0),
      preempt: checkBoolean,
      ttlMs: checkLeaseMs,
      signal: checkSignal
    })
    const ttlMs = options.ttlMs ?? this.defaults.ttlMs
    const rank = options.rank ?? this.defaults.rank
    const preempt = options.preempt ?? this.defaults.preempt
    const lease = await this.leases.campaign(this.name, { ttlMs, signal: options.signal }, (requestId, ttl, session, seq, reenter) => ({
      campaign: { name: this.name, requestId, hasRank: rank != null, rank: BigInt(rank ?? 0), preempt, ttlMs: ttl, session, seq, reenter }
    }))
    return { token: lease.token, get lost () { return lease.lost }, onLost: lease.onLost, valid: lease.valid, assertHeld: lease.assertHeld, resign: lease.release }
  }

  /** Stops following the leader (the peer's stop() does this too). */
  close (): void {
    this.stopWatching.abort()
  }

  /** Long-polls the lease holder for changes of leader, for as long as the peer runs. */
  private async watch (): Promise<void> {
    const signal = this.stopWatching.signal
    while (!signal.aborted && !this.channel.isStopped) {
      try {
        const reply = await this.channel.send({ electionWatch: { name: this.name, requestId: uniqueId(), knownToken: this.leader?.token ?? 0n } }, 60_000, signal)
        if (reply.kind !== 'electionLeader') continue
        const { peer, hasRank, rank, token } = reply.body
        const next = peer === '' ? undefined : { id: peer, rank: hasRank ? Number(rank) : undefined, token }
        if (next?.token !== this.leader?.token) {
          this.leader = next
          this.dispatchEvent(new CustomEvent('leader', { detail: next }))
        }
      } catch (err) {
        if (signal.aborted) return
        if (!retryable(err)) await new Promise(resolve => setTimeout(resolve, 500))
        await new Promise(resolve => setTimeout(resolve, 50))
      }
    }
  }
}
