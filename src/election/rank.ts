/**
 * An election rank: lower leads. Peers without an explicit rank come after every ranked
 * peer, ordered by peer id, so the order is total and the same on every peer.
 */
export interface Rank { rank?: number, id: string }

export function compareRank (a: Rank, b: Rank): number {
  const ra = a.rank ?? Number.POSITIVE_INFINITY
  const rb = b.rank ?? Number.POSITIVE_INFINITY
  if (ra !== rb) return ra < rb ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export function rankFields (rank: number | undefined): { hasRank: boolean, rank: bigint } {
  return { hasRank: rank != null, rank: BigInt(rank ?? 0) }
}

export function rankFromFields (hasRank: boolean, rank: bigint): number | undefined {
  return hasRank ? Number(rank) : undefined
}
