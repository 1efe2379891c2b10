import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidMessageError } from '../../src/errors.js'
import { decodeEnvelope, encodeEnvelope, WIRE_VERSION } from '../../src/net/codec.js'
import { Envelope } from '../../src/net/wire.js'

const alice = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const bob = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const bytes = fc.uint8Array({ maxLength: 512 })

describe('wire codec', () => {
  it('round-trips every body kind', () => {
    fc.assert(fc.property(fc.string({ maxLength: 64 }), bytes, bytes, fc.nat(), fc.boolean(), (doc, a, b, n, open) => {
      const bodies = [
        { docUpdate: { doc, update: a } },
        { docDigest: { doc, stateVector: a, deleteSetHash: n } },
        { syncRequest: { doc, stateVector: a } },
        { syncReply: { doc, open, update: a, stateVector: b } },
        { syncPush: { doc, update: b } },
        { ack: {} }
      ]
      for (const body of bodies) {
        const msg = decodeEnvelope(encodeEnvelope(alice, body), alice, 1 << 20)
        expect(msg.from.equals(alice)).toBe(true)
        expect({ [msg.kind]: msg.body }).toEqual(body)
      }
    }))
  })

  it('random bytes are refused with InvalidMessageError, never anything else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), junk => {
      try {
        decodeEnvelope(junk, alice, 1 << 20)
      } catch (err) {
        expect(err).toBeInstanceOf(InvalidMessageError)
        return
      }
      throw new Error('random bytes decoded as a valid message')
    }), { numRuns: 2000 })
  })

  it('refuses oversize, unknown versions, forged senders and bodyless or two-body envelopes', () => {
    const reason = (f: () => unknown): string => { try { f(); return 'accepted' } catch (e) { return (e as InvalidMessageError).reason } }
    const good = encodeEnvelope(alice, { ack: {} })
    expect(reason(() => decodeEnvelope(good, alice, good.byteLength - 1))).toBe('oversize')
    expect(reason(() => decodeEnvelope(good, bob, 1024))).toBe('sender')
    const me = alice.toMultihash().bytes
    expect(reason(() => decodeEnvelope(Envelope.encode({ version: WIRE_VERSION + 1, sender: me, ack: {} }), alice, 1024))).toBe('version')
    expect(reason(() => decodeEnvelope(Envelope.encode({ version: WIRE_VERSION, sender: me }), alice, 1024))).toBe('type')
    expect(reason(() => decodeEnvelope(Envelope.encode({ version: WIRE_VERSION, sender: me, ack: {}, syncPush: { doc: 'x', update: new Uint8Array(1) } }), alice, 1024))).toBe('type')
    expect(reason(() => decodeEnvelope(good, alice, 1024))).toBe('accepted')
  })
})
