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
  let tag = tags.get(peer)
  if (tag == null) {
    const bytes = peer.toMultihash().bytes
    tag = new DataView(bytes.buffer, bytes.byteOffset + bytes.byteLength - TAG_BYTES, TAG_BYTES).getBigUint64(0)
    tags.set(peer, tag)
  }
  return tag
}

/** Tags worked out, by PeerId object (every receiver looks up each holder's, for every update). */
const tags = new WeakMap<PeerId, bigint>()

/** The tags of `peers`, one after the other (SyncMessage.reachedTags). */
export function encodeTags (peers: Iterable<PeerId>): Uint8Array<ArrayBuffer> {
  const list = [...peers]
  const out = new Uint8Array(list.length * TAG_BYTES)
  const view = new DataView(out.buffer)
  list.forEach((p, i) => { view.setBigUint64(i * TAG_BYTES, tagOf(p)) })
  return out
}

/**
 * The peers a direct push says it reached (see DocReplica.forward), from its tags or, from
 * a peer of docs 1.2, its peer ids as strings. Empty: the push is not to be passed on.
 */
export class Reached {
  private constructor (private readonly tags: Set<bigint>, private readonly encoded: Uint8Array<ArrayBuffer>) {}

  static readonly nobody = new Reached(new Set(), new Uint8Array(0))

  /** From SyncMessage's fields; a tag list that is not whole tags is an InvalidMessageError. */
  static fromMessage (reachedTags: Uint8Array<ArrayBuffer>, reached: string[]): Reached {
    if (reachedTags.byteLength > 0) {
      if (reachedTags.byteLength % TAG_BYTES !== 0) throw new InvalidMessageError('malformed', `reachedTags of ${reachedTags.byteLength} bytes is not a list of ${TAG_BYTES}-byte tags`)
      const view = new DataView(reachedTags.buffer, reachedTags.byteOffset, reachedTags.byteLength)
      const tags = new Set<bigint>()
      for (let at = 0; at < reachedTags.byteLength; at += TAG_BYTES) tags.add(view.getBigUint64(at))
      return new Reached(tags, reachedTags)
    }
    if (reached.length === 0) return Reached.nobody
    let peers: PeerId[]
    try {
      peers = reached.map(id => peerIdFromString(id))
    } catch (err) {
      throw new InvalidMessageError('malformed', 'reached lists a string that is no peer id', { cause: err })
    }
    return new Reached(new Set(peers.map(tagOf)), encodeTags(peers))
  }

  /** Nobody listed: the sender asks for no passing on. */
  get isEmpty (): boolean {
    return this.tags.size === 0
  }

  has (peer: PeerId): boolean {
    return this.tags.has(tagOf(peer))
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
