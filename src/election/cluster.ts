import { InvalidArgumentError } from '../errors.js'
import { ClusterRecord } from './election-wire.js'
import type { Records, SplitState } from './replica.js'

/**
 * The cluster configuration: the peers that vote and may lead, by peer id.
 *
 * It starts as the `voters` a cluster was started with and changes one voter at a time
 * (Raft's single-server changes, as etcd's `member add/remove`): any majority of a
 * configuration and any majority of the next one share a voter, so no two leaders can be
 * elected, or act, across a change. It is a record of the replicated state, under a key
 * the layer above never uses, so the leader replicates it with its tables, voters persist
 * it with their copy, and a new leader adopts the newest one with the newest state.
 */
export interface ClusterConfig {
  /** Peer ids of the voters. */
  voters: readonly string[]
  /** How many changes made this configuration; 0 for the one the cluster started with. */
  index: number
}

/** The record key of the configuration (the layer above's keys never start with '~'). */
export const CLUSTER_KEY = '~cluster'

/** One change: add a voter, remove one, or (neither) none. */
export interface VotersChange { add?: string, remove?: string }

export function encodeCluster (c: ClusterConfig): Uint8Array {
  return ClusterRecord.encode({ voters: [...c.voters], index: BigInt(c.index) })
}

/** The configuration a state's records hold, if any. */
export function clusterOf (records: Records): ClusterConfig | undefined {
  const bytes = records.get(CLUSTER_KEY)
  if (bytes == null) return undefined
  const r = ClusterRecord.decode(bytes)
  return { voters: r.voters, index: Number(r.index) }
}

/**
 * Splits a whole state into its records, the configuration's among them. The whole form
 * is protobuf fields concatenated: the layer above's decoder skips the configuration's
 * fields (100 and up) and ClusterRecord's skips the layer above's.
 */
export function withCluster (split: SplitState): SplitState {
  return whole => {
    const records = split(whole)
    const c = ClusterRecord.decode(whole)
    if (c.voters.length > 0) records.set(CLUSTER_KEY, encodeCluster({ voters: c.voters, index: Number(c.index) }))
    return records
  }
}

/** The records without the configuration: what the layer above adopts. */
export function withoutCluster (records: Records): Records {
  if (!records.has(CLUSTER_KEY)) return records
  const out = new Map(records)
  out.delete(CLUSTER_KEY)
  return out
}

/**
 * The configuration after `change`, or `current` itself if the change is already made
 * (adding a voter twice, or removing one that is gone, is a retry, not an error).
 * Refuses a change of more than one voter and the removal of the last one.
 */
export function changeCluster (current: ClusterConfig, change: VotersChange): ClusterConfig {
  const { add, remove } = change
  if (add != null && add !== '' && remove != null && remove !== '') throw new InvalidArgumentError('change one voter at a time: add, then remove (a replacement is two changes)')
  if (add != null && add !== '') {
    if (current.voters.includes(add)) return current
    if (current.voters.length >= 255) throw new InvalidArgumentError('a cluster has at most 255 voters')
    return { voters: [...current.voters, add], index: current.index + 1 }
  }
  if (remove != null && remove !== '') {
    if (!current.voters.includes(remove)) return current
    if (current.voters.length === 1) throw new InvalidArgumentError('cannot remove the last voter')
    return { voters: current.voters.filter(v => v !== remove), index: current.index + 1 }
  }
  return current
}

/** Votes from `granted` that count in `config`: a majority of its voters is needed. */
export function majorityOf (config: ClusterConfig, granted: Iterable<string>): boolean {
  const voters = new Set(config.voters)
  let n = 0
  for (const id of granted) if (voters.has(id)) n++
  return n >= Math.floor(voters.size / 2) + 1
}
