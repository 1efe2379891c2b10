import { peerIdFromString } from '@libp2p/peer-id'
import { InvalidMessageError } from '../errors.js'
import type { PeerId } from '@libp2p/interface'

/** Bytes of a peer's tag in a direct push's list of the peers it reached. */
const TAG_BYTES = 8

/**
 * A peer's tag: the last 8 bytes of its peer id's multihash (of an Ed25519 peer's public
 * key, or of an RSA key's SHA-256). Two peers of one document sharing a tag would only
 * make a receiver skip passing an update on to one of them, which anti-entropy makes up.
 */
export function tagOf (peer: PeerId): bigint {
  const { high, low } = wordsOf(peer)
  return (BigInt(high) << 32n) | BigInt(low)
}

/** A tag as two 32-bit words: compared with a list's without making a BigInt per entry. */
interface TagWords { high: number, low: number }

function wordsOf (peer: PeerId): TagWords {
  let words = tags.get(peer)
  if (words == null) {
    const bytes = peer.toMultihash().bytes
    const view = new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - TAG_BYTES, TAG_BYTES)
    words = { high: view.getUint32(0), low: view.getUint32(4) }
    tags.set(peer, words)
  }
  return words
}

/** Tags worked out, by PeerId object (every receiver looks up each holder's, for every update). */
const tags = new WeakMap<PeerId, TagWords>()

/** The tags of `peers`, one after the other (SyncMessage.reachedTags). */
export function encodeTags (peers: Iterable<PeerId>): Uint8Array<ArrayBuffer> {
  const list = [...peers]
  const out = new Uint8Array(list.length * TAG_BYTES)
  const view = new DataView(out.buffer)
  list.forEach((p, i) => {
    const { high, low } = wordsOf(p)
    view.setUint32(i * TAG_BYTES, high)
    view.setUint32(i * TAG_BYTES + 4, low)
  })
  return out
}

/**
 * The peers a direct push says it reached (see DocReplica.forward), from its tags or, from
 * a peer of docs 1.2, its peer ids as strings. Empty: the push is not to be passed on.
 */
export class Reached {
  private readonly view: DataView

  /** `encoded`: whole tags, one after the other. */
  private constructor (private readonly encoded: Uint8Array<ArrayBuffer>) {
    this.view = new DataView(encoded.buffer, encoded.byteOffset, encoded.byteLength)
  }

  static readonly nobody = new Reached(new Uint8Array(0))

  /** From SyncMessage's fields; a tag list that is not whole tags is an InvalidMessageError. */
  static fromMessage (reachedTags: Uint8Array<ArrayBuffer>, reached: string[]): Reached {
    if (reachedTags.byteLength > 0) {
      if (reachedTags.byteLength % TAG_BYTES !== 0) throw new InvalidMessageError('malformed', `reachedTags of ${reachedTags.byteLength} bytes is not a list of ${TAG_BYTES}-byte tags`)
      return new Reached(reachedTags)
    }
    if (reached.length === 0) return Reached.nobody
    let peers: PeerId[]
    try {
      peers = reached.map(id => peerIdFromString(id))
    } catch (err) {
      throw new InvalidMessageError('malformed', 'reached lists a string that is no peer id', { cause: err })
    }
    return new Reached(encodeTags(peers))
  }

  /** Nobody listed: the sender asks for no passing on. */
  get isEmpty (): boolean {
    return this.encoded.byteLength === 0
  }

  /** Whether `peer`'s tag is listed (a scan: a list holds a tag per peer of one document, a dozen or so). */
  has (peer: PeerId): boolean {
    const { high, low } = wordsOf(peer)
    for (let at = 0; at < this.encoded.byteLength; at += TAG_BYTES) {
      if (this.view.getUint32(at + 4) === low && this.view.getUint32(at) === high) return true
    }
    return false
  }

  /** This list with `peers` added, as SyncMessage.reachedTags. */
  with (peers: PeerId[]): Uint8Array<ArrayBuffer> {
    const more = encodeTags(peers)
    const out = new Uint8Array(this.encoded.byteLength + more.byteLength)
    out.set(this.encoded)
    out.set(more, this.encoded.byteLength)
    return out
  }
}
