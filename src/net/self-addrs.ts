import type { Libp2p } from '@libp2p/interface'

/** How long a list of our addresses is used at most, should libp2p change them without an event. */
const SELF_ADDRS_MAX_AGE_MS = 5_000

/**
 * This node's addresses as strings, for every heartbeat it sends (two a second): worked
 * out again when libp2p says they changed (`self:peer:update`) or after
 * SELF_ADDRS_MAX_AGE_MS. `getMultiaddrs()` builds every address afresh (the address
 * manager's list, each one's multiaddr and its string): 4 % of an idle replica's busy time
 * in scenario 14b (CPU profile of a process).
 */
export function selfAddrs (node: Libp2p): () => string[] {
  let addrs: string[] | undefined
  let at = 0
  node.addEventListener('self:peer:update', () => { addrs = undefined })
  return () => {
    const now = performance.now()
    if (addrs == null || now - at > SELF_ADDRS_MAX_AGE_MS) {
      addrs = node.getMultiaddrs().map(String)
      at = now
    }
    return addrs
  }
}
