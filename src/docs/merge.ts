import * as Y from 'yjs'

/**
 * Y.mergeUpdates is quadratic in the number of updates it is given (10,000 take 1.3 s,
 * 100,000 minutes), so merge in a tree of small groups: O(n log n).
 */
export function mergeAll (updates: Uint8Array[]): Uint8Array {
  let level = updates
  while (level.length > 1) {
    const next: Uint8Array[] = []
    for (let i = 0; i < level.length; i += MERGE_GROUP) {
      const group = level.slice(i, i + MERGE_GROUP)
      next.push(group.length === 1 ? group[0]! : Y.mergeUpdates(group))
    }
    level = next
  }
  return level[0]!
}
const MERGE_GROUP = 16
