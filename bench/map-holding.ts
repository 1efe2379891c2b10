import type * as Y from 'yjs'

/**
 * Resolves with the time (`now()`) at which `map` holds `n` keys. Counted from its observer
 * (each key is set once), not by polling `map.size`, which walks every key: 3 ms for a
 * 20,000-key map on this VM, so a 1 ms poll of nine readers took most of the thread the
 * replicas it timed were sharing.
 */
export async function holding (map: Y.Map<unknown>, n: number, now: () => number): Promise<number> {
  const at = now()
  let count = map.size
  if (count >= n) return at
  return await new Promise(resolve => {
    const seen = (evt: Y.YMapEvent<unknown>): void => {
      const at = now()
      count += evt.keysChanged.size
      if (count < n) return
      count = map.size // once near the end: the count is exact again
      if (count >= n) { map.unobserve(seen); resolve(at) }
    }
    map.observe(seen)
  })
}
