import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { encodeTags, Reached, tagOf } from '../../src/docs/reached.js'
import { InvalidMessageError } from '../../src/errors.js'
import type { PeerId } from '@libp2p/interface'

const peer = async (type: 'Ed25519' | 'secp256k1' = 'Ed25519'): Promise<PeerId> => peerIdFromPrivateKey(await generateKeyPair(type))

describe("a direct push's list of the peers it reached (docs 1.3 tags)", () => {
  it('lists each peer by 8 bytes, and reads back exactly the peers listed', async () => {
    const [a, b, c, d] = [await peer(), await peer(), await peer('secp256k1'), await peer()]
    const tags = encodeTags([a, b, c])
    expect(tags.byteLength).toBe(24)
    const reached = Reached.fromMessage(tags, [])
    expect([a, b, c].map(p => reached.has(p))).toEqual([true, true, true])
    expect(reached.has(d)).toBe(false)
    expect(reached.isEmpty).toBe(false)
    // an Ed25519 peer's tag is the end of its public key
    expect(tagOf(a)).toBe(new DataView(a.publicKey!.raw.buffer, a.publicKey!.raw.byteOffset + 24, 8).getBigUint64(0))
  })

  it('adds the peers a receiver passes it on to', async () => {
    const [a, b, c] = [await peer(), await peer(), await peer()]
    const more = Reached.fromMessage(Reached.fromMessage(encodeTags([a]), []).with([b, c]), [])
    expect([a, b, c].map(p => more.has(p))).toEqual([true, true, true])
  })

  it('reads the peer ids of a docs 1.2 push as the same list', async () => {
    const [a, b, c] = [await peer(), await peer(), await peer()]
    const reached = Reached.fromMessage(new Uint8Array(0), [a.toString(), b.toString()])
    expect([a, b, c].map(p => reached.has(p))).toEqual([true, true, false])
  })

  it('nothing listed: not to be passed on', () => {
    expect(Reached.fromMessage(new Uint8Array(0), []).isEmpty).toBe(true)
  })

  it('refuses a list that is not whole tags, or a string that is no peer id', () => {
    expect(() => Reached.fromMessage(new Uint8Array(12), [])).toThrow(InvalidMessageError)
    expect(() => Reached.fromMessage(new Uint8Array(0), ['not a peer id'])).toThrow(InvalidMessageError)
  })
})
