import * as Y from 'yjs'

/**
 * What a peer tells the others about a document in its anti-entropy digest: the state
 * vector (which inserts it has) and a hash of its delete set (which deletions), since a
 * lost deletion leaves the state vector unchanged.
 */
export interface DocState { stateVector: Uint8Array, deleteSetHash: number }

export function stateOf (doc: Y.Doc): DocState {
  const stateVector = Y.encodeStateVector(doc)
  // An update relative to our own state vector holds no structs: only the delete set.
  const deletes = Y.encodeStateAsUpdate(doc, stateVector)
  return { stateVector, deleteSetHash: fnv1a(deletes) }
}

/** True if `remote` claims an insert we do not have. */
export function remoteIsAhead (local: Uint8Array, remote: Uint8Array): boolean {
  const mine = Y.decodeStateVector(local)
  for (const [client, clock] of Y.decodeStateVector(remote)) {
    if (clock > (mine.get(client) ?? 0)) return true
  }
  return false
}

export function sameStateVector (a: Uint8Array, b: Uint8Array): boolean {
  const x = Y.decodeStateVector(a)
  const y = Y.decodeStateVector(b)
  if (x.size !== y.size) return false
  for (const [client, clock] of x) if (y.get(client) !== clock) return false
  return true
}

function fnv1a (bytes: Uint8Array): number {
  let h = 0x811c9dc5
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}
