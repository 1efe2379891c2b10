/**
 * `derive`, made again only when an input is not what it was at the last call: an input
 * compares by identity, and an array item by item, so a list its source builds afresh at
 * each ask (gossipsub's subscribers of a topic) compares equal while it holds the same
 * objects. The inputs are read by the caller at every call, so nothing goes stale: only
 * the work of deriving from unchanged inputs is saved. An array passed in must not be
 * changed afterwards (kept, it would compare equal to itself).
 *
 * Why: whom a document's update goes to was worked out from the links, the holders and
 * gossip's subscribers at every update (sets of strings made and dropped), 27 µs of a
 * writer's 180 before its first byte went out with ten replicas in one process
 * (bench/HISTORY.md, 2026-12-05); the same inputs give the same answer until a peer comes,
 * goes or subscribes.
 */
export function memoized<I extends readonly unknown[], R> (derive: (...inputs: I) => R): (...inputs: I) => R {
  let last: { inputs: I, result: R } | undefined
  return (...inputs: I): R => {
    if (last != null && sameInputs(last.inputs, inputs)) return last.result
    const result = derive(...inputs)
    last = { inputs, result }
    return result
  }
}

function sameInputs (a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false
    for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false
  }
  return true
}
