import * as varint from 'uint8-varint'

const NO_HEAD = new Uint8Array(0)

/**
 * `head`, then each of `parts` after its length as an unsigned varint (protobuf's, lib0's),
 * in one array of the size it takes: the frames of an rpc batch, the updates of a document's
 * log entry. Made for every message and every update stored, where a list or an encoder
 * that grows and copies out cost an allocation or two more each time.
 */
export function lengthPrefixed (parts: readonly Uint8Array[], head: Uint8Array = NO_HEAD): Uint8Array {
  let size = head.byteLength
  for (const p of parts) size += varint.encodingLength(p.byteLength) + p.byteLength
  const out = new Uint8Array(size)
  out.set(head)
  let at = head.byteLength
  for (const p of parts) {
    varint.encodeUint8Array(p.byteLength, out, at)
    at += varint.encodingLength(p.byteLength)
    out.set(p, at)
    at += p.byteLength
  }
  return out
}
