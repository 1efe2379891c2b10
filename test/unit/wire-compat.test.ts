import { readFileSync } from 'node:fs'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { reader } from 'protons-runtime'
import { describe, expect, it } from 'vitest'
import { UnsupportedError } from '../../src/errors.js'
import { COORD_PROTOCOL } from '../../src/coord/protocol.js'
import { meshWire, MESH_LAYERS } from '../../src/protocols.js'
import { topics } from '../../src/net/topics.js'
import { CoordBody as CoordBodyNext } from '../fixtures/wire-next/coord-next.js'
import { Envelope as EnvelopeV1 } from '../fixtures/wire-v1/wire.js'

/**
 * Each layer owns its messages now (net/envelope.proto, docs/, election/, coord/ and
 * variables/*-wire.proto), but the bytes did not change: a peer of release 0.1, whose
 * codec is frozen in test/fixtures/wire-v1, and a peer of this release read each other.
 * And the next minor release of a layer (test/fixtures/wire-next: coord 1.5, one new kind
 * and one new field) shares a mesh with this one.
 */

const alice = peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const wire = meshWire()
const me = alice.toMultihash().bytes

/** Every body field of the 0.1 Envelope, from its frozen .proto: name -> field number. */
const V1_KINDS = new Map([...readFileSync(new URL('../fixtures/wire-v1/wire.proto', import.meta.url), 'utf8')
  .split('message Envelope {')[1]!.split('\n}')[0]!
  .matchAll(/optional \w+ (\w+) = (\d+);/g)].map(m => [m[1]!, Number(m[2])]))

/** Bodies with every kind of field set, for the kinds whose shape matters most. */
const RICH: Record<string, object> = {
  docUpdate: { doc: 'board', update: new Uint8Array([1, 2, 3]) },
  heartbeat: { hasRank: true, rank: 3n, candidate: true, epoch: 7n, leading: false, capabilities: ['gpu'], addrs: ['/ip4/127.0.0.1/tcp/1'], preempt: true, members: 5 },
  lease: { epoch: 9n, hasState: true, stateVersion: 4n, state: new Uint8Array([9, 8, 7]) },
  lockRequest: { name: 'L', requestId: 'r', owner: 'o', ttlMs: 1000, waitMs: 50, names: ['L', 'M'], session: 's', seq: 4n, reenter: 12n },
  lockReply: { token: 5n, ttlMs: 100, reentry: 2, grants: [{ name: 'L', token: 5n }] },
  barrierReply: { generation: 3n, outcome: 'timeout', arrived: ['p', 'q'], failOnTimeout: true },
  proposalDecision: { id: 'x', variable: 'v', valueJson: '1', decision: 'accepted', votes: [{ voter: 'a', accept: true, confidence: 0.5, rationale: 'ok' }] },
  routed: { to: me, id: 3n, response: true, body: new Uint8Array([4]), errorCode: 'ERR_X', errorMessage: 'm', errorDetails: { subject: 's', limit: 1, leader: '', cycle: [{ agent: 'a', resource: 'r', heldBy: 'b' }], arrived: [], generation: 0n, token: 2n, highest: 3n } }
}

/** The top-level field numbers of an encoded message, in order. */
function fieldsOf (bytes: Uint8Array): number[] {
  const r = reader(bytes)
  const fields: number[] = []
  while (r.pos < r.len) { const tag = r.uint32(); fields.push(tag >>> 3); r.skipType(tag & 7) }
  return fields
}

/** `bytes` without top-level field `field`. */
function withoutField (bytes: Uint8Array, field: number): Uint8Array {
  const r = reader(bytes)
  const kept: number[] = []
  while (r.pos < r.len) {
    const start = r.pos
    const tag = r.uint32()
    r.skipType(tag & 7)
    if (tag >>> 3 !== field) kept.push(...bytes.subarray(start, r.pos))
  }
  return new Uint8Array(kept)
}

describe('the per-layer codecs and the frozen codec of release 0.1', () => {
  it('this release speaks every kind of 0.1, under the same field number', () => {
    expect(V1_KINDS.size).toBe(32)
    for (const [kind, field] of V1_KINDS) {
      const bytes = wire.encode(alice, { [kind]: {} } as never)
      // field 3, the layer's minor version, is there once a layer is past 1.0 (0.1 skips it)
      expect({ kind, fields: fieldsOf(bytes).filter(f => f !== 3) }).toEqual({ kind, fields: [1, 2, field] })
      expect(EnvelopeV1.decode(bytes)[kind as keyof EnvelopeV1], kind).toBeDefined()
    }
  })

  it('writes byte for byte what 0.1 wrote (but for the header\'s minor version), and each reads what the other writes', () => {
    const samples = [...V1_KINDS.keys()].map(kind => ({ [kind]: RICH[kind] ?? {} }))
    for (const body of samples) {
      const kind = Object.keys(body)[0]!
      const old = EnvelopeV1.encode({ version: 1, sender: me, ...body })
      const now = wire.encode(alice, body as never)
      expect(Buffer.from(withoutField(now, 3)).toString('hex'), kind).toBe(Buffer.from(old).toString('hex'))
      expect(EnvelopeV1.decode(now)[kind as keyof EnvelopeV1], `0.1 reads ${kind}`).toEqual(EnvelopeV1.decode(old)[kind as keyof EnvelopeV1])
      const read = wire.decode(old, alice, 1 << 20)
      // what 0.1 sent, with the fields added since at their defaults
      expect({ [read.kind]: read.body }).toMatchObject({ [kind]: EnvelopeV1.decode(old)[kind as keyof EnvelopeV1] })
    }
  })

  it('a kind of the next minor release is refused as unsupported, not as malformed; its new field is ignored', () => {
    const next = { ...COORD_PROTOCOL, minor: COORD_PROTOCOL.minor + 1, body: CoordBodyNext, kinds: [...COORD_PROTOCOL.kinds, 'lockHolders'] }
    const nextWire = meshWire(MESH_LAYERS.map(l => l.name === 'coord' ? next : l))
    const ask = nextWire.encode(alice, { lockHolders: { name: 'L' } } as never)
    expect(() => wire.decode(ask, alice, 1 << 20)).toThrow(UnsupportedError)
    const request = { name: 'L', requestId: 'r', owner: '', ttlMs: 1000, waitMs: 0, names: [], session: 's', seq: 1n, reenter: 0n }
    const fromNext = wire.decode(nextWire.encode(alice, { lockRequest: { ...request, priority: 7 } } as never), alice, 1 << 20)
    expect(fromNext).toMatchObject({ kind: 'lockRequest', body: request })
    // and the other way: what this release sends reads the same in 1.1
    const fromThis = nextWire.decode(wire.encode(alice, { lockRequest: request }), alice, 1 << 20)
    expect(fromThis).toMatchObject({ kind: 'lockRequest', body: { ...request, priority: 0 } })
  })

  it('stream protocol ids: a release answers on every minor of its major and dials the newest first', () => {
    expect(topics.protocols('m', 'coord', { major: 1, minor: 0 })).toEqual(['/accord/m/coord/1.0.0'])
    expect(topics.protocols('m', 'coord', { major: 1, minor: 2 })).toEqual(['/accord/m/coord/1.2.0', '/accord/m/coord/1.1.0', '/accord/m/coord/1.0.0'])
  })
})
