/**
 * The leader's replicated state, as the election layer sees it: keyed records whose
 * meaning belongs to the layer above (the lease holder's tables, one record per lock,
 * semaphore, barrier…). Its whole form is the records' values concatenated in key order:
 * that is what a vote carries and what a release that only knows whole states
 * (election 1.0) sends and stores. Between two versions the leader replicates only what
 * changed — records put and keys deleted, as etcd's log carries puts and deletes — so a
 * commit costs its own size, not the size of every table.
 */

/** Records by key. Values are never mutated in place: a change puts a new array. */
export type Records = ReadonlyMap<string, Uint8Array>

/** A copy of the leader's replicated state, ordered by (epoch, version). */
export interface ReplicaState { epoch: number, version: number, records: Records }

/** What turns one version's records into the next's. */
export interface ReplicaChange { puts: Array<[string, Uint8Array]>, deletes: string[] }

/**
 * Splits a whole state (from a vote, an older leader or an older disk) back into the
 * records it was joined from. The layer above owns the record format, so it supplies this;
 * it must give the same keys and bytes as the records the leader replicates.
 */
export type SplitState = (whole: Uint8Array) => Map<string, Uint8Array>

const EMPTY_RECORDS: Records = new Map()

export function emptyReplica (): ReplicaState {
  return { epoch: 0, version: 0, records: EMPTY_RECORDS }
}

export function newerThan (a: Pick<ReplicaState, 'epoch' | 'version'>, b: Pick<ReplicaState, 'epoch' | 'version'>): boolean {
  return a.epoch !== b.epoch ? a.epoch > b.epoch : a.version > b.version
}

/** The whole state: every value, in key order. */
export function joinRecords (records: Records): Uint8Array<ArrayBuffer> {
  const keys = [...records.keys()].sort()
  let size = 0
  for (const k of keys) size += records.get(k)!.byteLength
  const out = new Uint8Array(size)
  let at = 0
  for (const k of keys) { const v = records.get(k)!; out.set(v, at); at += v.byteLength }
  return out
}

export function diffRecords (from: Records, to: Records): ReplicaChange {
  const puts: Array<[string, Uint8Array]> = []
  for (const [k, v] of to) {
    const old = from.get(k)
    if (old == null || !sameBytes(old, v)) puts.push([k, v])
  }
  const deletes: string[] = []
  for (const k of from.keys()) if (!to.has(k)) deletes.push(k)
  return { puts, deletes }
}

export function applyChange (records: Records, change: ReplicaChange): Map<string, Uint8Array> {
  const out = new Map(records)
  for (const k of change.deletes) out.delete(k)
  for (const [k, v] of change.puts) out.set(k, v)
  return out
}

export function changeSize (change: ReplicaChange): number {
  let n = 0
  for (const [k, v] of change.puts) n += k.length + v.byteLength
  for (const k of change.deletes) n += k.length
  return n
}

export function sameBytes (a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true // (a record the layer above encoded once and hands out again)
  if (a.byteLength !== b.byteLength) return false
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false
  return true
}
