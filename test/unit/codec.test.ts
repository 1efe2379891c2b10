import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { InvalidMessageError, UnsupportedError } from '../../src/errors.js'
import { ENVELOPE_VERSION, sharedBody } from '../../src/net/codec.js'
import { meshWire } from '../../src/protocols.js'
import { Envelope } from '../fixtures/wire-v1/wire.js'

const alice = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const bob = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const bytes = fc.uint8Array({ maxLength: 512 })
const wire = meshWire()

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
        const msg = wire.decode(wire.encode(alice, body), alice, 1 << 20)
        expect(msg.from.toString()).toBe(alice.toString())
        expect({ [msg.kind]: msg.body }).toEqual(body)
      }
    }))
  })

  it('random bytes are refused with InvalidMessageError (or UnsupportedError: a kind it does not know), never anything else', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), junk => {
      try {
        wire.decode(junk, alice, 1 << 20)
      } catch (err) {
        expect([InvalidMessageError, UnsupportedError]).toContain((err as Error).constructor)
        return
      }
      throw new Error('random bytes decoded as a valid message')
    }), { numRuns: 2000 })
  })

  it('refuses oversize, unknown versions, forged senders and bodyless or two-body envelopes', () => {
    const reason = (f: () => unknown): string => { try { f(); return 'accepted' } catch (e) { return (e as InvalidMessageError).reason } }
    const good = wire.encode(alice, { ack: {} })
    expect(reason(() => wire.decode(good, alice, good.byteLength - 1))).toBe('oversize')
    expect(reason(() => wire.decode(good, bob, 1024))).toBe('sender')
    const me = alice.toMultihash().bytes
    expect(reason(() => wire.decode(Envelope.encode({ version: ENVELOPE_VERSION + 1, sender: me, ack: {} }), alice, 1024))).toBe('version')
    expect(reason(() => wire.decode(Envelope.encode({ version: ENVELOPE_VERSION, sender: me }), alice, 1024))).toBe('type')
    expect(reason(() => wire.decode(Envelope.encode({ version: ENVELOPE_VERSION, sender: me, ack: {}, syncPush: { doc: 'x', update: new Uint8Array(1) } }), alice, 1024))).toBe('type')
    expect(reason(() => wire.decode(good, alice, 1024))).toBe('accepted')
  })

  it('encodes a shared body once per sender, and only a body marked shared', () => {
    const shared = sharedBody({ syncPush: { doc: 'd', update: new Uint8Array([1, 2, 3]) } })
    const first = wire.encode(alice, shared)
    expect(wire.encode(alice, shared)).toBe(first) // the same bytes, not encoded again
    const asBob = wire.encode(bob, shared)
    expect(asBob).not.toBe(first)
    expect(wire.decode(asBob, bob, 1024).from.toString()).toBe(bob.toString())
    const plain = { syncPush: { doc: 'd', update: new Uint8Array([1, 2, 3]) } }
    const once = wire.encode(alice, plain)
    plain.syncPush.update = new Uint8Array([4]) // an unshared body may change between sends
    const twice = wire.encode(alice, plain)
    expect(once).not.toBe(twice)
    expect((wire.decode(twice, alice, 1024).body as { update: Uint8Array }).update).toEqual(new Uint8Array([4]))
  })

  it('a header encoded once per layer carries the sender of each message: senders taking turns on one codec', () => {
    const fresh = meshWire()
    for (const sender of [alice, bob, alice, bob]) {
      for (const body of [{ ack: {} }, { docUpdate: { doc: 'd', update: new Uint8Array([1]) } }]) {
        const bytes = fresh.encode(sender, body)
        expect(fresh.decode(bytes, sender, 1024).from.toString()).toBe(sender.toString())
        expect(() => fresh.decode(bytes, sender === alice ? bob : alice, 1024)).toThrow(InvalidMessageError)
      }
    }
  })

  it('refuses to send a body that is not exactly one known kind, where it is made', () => {
    expect(() => wire.encode(alice, {} as never)).toThrow(/expected one body, found 0/)
    expect(() => wire.encode(alice, { nonsense: {} } as never)).toThrow(/unknown body kind nonsense/)
  })
})
