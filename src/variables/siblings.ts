import { VectorClock } from '../clock/vector-clock.js'
import { compareHlc, type Hlc } from './hlc.js'

/** One writer's entry for a variable, as stored in the system document. */
export interface Entry<T> {
  writer: string
  value: T
  clock: VectorClock
  hlc: Hlc
  /** The lease holder's token for a 'reject' write; 0 otherwise. */
  token: bigint
}

/** The entries no other entry dominates: concurrent writes that are all still current. */
export function siblings<T> (entries: Array<Entry<T>>): Array<Entry<T>> {
  return entries.filter(e => !entries.some(o => o !== e && o.clock.compare(e.clock) === 'after'))
}

/** Last writer wins: highest hybrid timestamp, ties broken by writer id — the same on every peer. */
export function lastWriter<T> (entries: Array<Entry<T>>): Entry<T> {
  return entries.reduce((best, e) => {
    const c = compareHlc(e.hlc, best.hlc)
    return c > 0 || (c === 0 && e.writer > best.writer) ? e : best
  })
}

/** Folds siblings with `merge` in writer-id order, so every peer gets the same value. */
export function mergeAll<T> (entries: Array<Entry<T>>, merge: (a: T, b: T) => T): T {
  const sorted = [...entries].sort((a, b) => (a.writer < b.writer ? -1 : a.writer > b.writer ? 1 : 0))
  return sorted.slice(1).reduce((acc, e) => merge(acc, e.value), sorted[0]!.value)
}

/**
 * 'reject': the write the lease holder accepted last (highest token). Normally there is
 * one sibling; a second appears only if a write presumed abandoned was written after all.
 */
export function latestAccepted<T> (entries: Array<Entry<T>>): Entry<T> {
  return entries.reduce((best, e) => (e.token > best.token ? e : best))
}
