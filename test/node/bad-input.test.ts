import { lpStream } from '@libp2p/utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ENVELOPE_VERSION as WIRE_VERSION } from '../../src/net/codec.js'
import { Envelope, RpcFrame } from '../fixtures/wire-v1/wire.js'
import { Envelope as CurrentEnvelope, RpcFrame as CurrentRpcFrame } from '../../src/net/envelope.js'
import { DocsBody } from '../../src/docs/docs-wire.js'
import { DOCS_PROTOCOL } from '../../src/docs/protocol.js'
import { answer, stepOne, updateMessage } from '../../src/docs/sync-messages.js'
import { sleep, startMesh, startMeshWithLeader, stopAll, waitConverged, waitFor } from './helpers.js'
import type { Peer } from '../../src/index.node.js'

/**
 * An attacker that is a real member of the mesh sends every kind of bad message on
 * the document topic and the sync protocol. The victim must refuse and count each one,
 * raise nothing into the event loop, and keep converging with honest peers.
 */
describe('bad input on topics and protocols', () => {
  let peers: Peer[] = []
  const escaped: unknown[] = []
  const onEscape = (err: unknown): void => { escaped.push(err) }
  beforeEach(() => {
    process.on('uncaughtException', onEscape)
    process.on('unhandledRejection', onEscape)
  })
  afterEach(async () => {
    process.off('uncaughtException', onEscape)
    process.off('unhandledRejection', onEscape)
    await stopAll(peers); peers = []
    escaped.length = 0
  })

  it('garbage gossip is rejected, counted and not forwarded; docs still converge', async () => {
    peers = await startMesh(3)
    const [victim, honest, attacker] = peers as [Peer, Peer, Peer]
    const docs = await Promise.all(peers.map(async p => await p.doc('board')))
    await waitFor('attacker sees both as subscribers', () => attacker.node.services.pubsub.getSubscribers(`/accord/${victim.mesh}/doc/board`).length === 2)
    const topic = `/accord/${victim.mesh}/doc/board`
    const me = attacker.peerId.toMultihash().bytes
    const otherId = honest.peerId.toMultihash().bytes
    const yUpdate = (): Uint8Array => { const d = new Y.Doc(); d.getMap('m').set('evil', 1); return Y.encodeStateAsUpdate(d) }
    const bad: Array<[string, Uint8Array]> = [
      ['malformed', new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02])],
      ['malformed', crypto.getRandomValues(new Uint8Array(300))],
      ['version', Envelope.encode({ version: 99, sender: me, docUpdate: { doc: 'board', update: yUpdate() as Uint8Array<ArrayBuffer> } })],
      ['sender', Envelope.encode({ version: WIRE_VERSION, sender: otherId, docUpdate: { doc: 'board', update: yUpdate() as Uint8Array<ArrayBuffer> } })],
      ['type', Envelope.encode({ version: WIRE_VERSION, sender: me })],
      ['type', Envelope.encode({ version: WIRE_VERSION, sender: me, docUpdate: { doc: 'other', update: yUpdate() as Uint8Array<ArrayBuffer> } })],
      ['apply', Envelope.encode({ version: WIRE_VERSION, sender: me, docUpdate: { doc: 'board', update: new Uint8Array([9, 9, 9, 9, 9]) } })]
    ]
    for (const [, bytes] of bad) await attacker.node.services.pubsub.publish(topic, bytes)
    await waitFor('all bad messages counted at the victim', () => victim.stats().rejected.total >= bad.length)
    const byReason = victim.stats().rejected.byReason
    for (const reason of ['malformed', 'version', 'sender', 'type', 'apply'] as const) {
      expect(byReason[reason], reason).toBe(bad.filter(([r]) => r === reason).length)
    }
    expect(docs[0]!.getMap('m').has('evil')).toBe(false)

    // the peers keep working
    docs[0]!.getMap('m').set('after', 1)
    docs[1]!.getMap('m').set('after2', 2)
    await waitConverged(peers, 'board', 2)
    expect(escaped).toEqual([])
  })

  it('garbage frames on the sync protocol are rejected and counted; the stream and peer survive', async () => {
    peers = await startMesh(2, { tuning: { rpcMaxBytes: 1024 * 1024 } })
    const [victim, attacker] = peers as [Peer, Peer]
    await victim.doc('board')
    const stream = await attacker.node.dialProtocol(victim.peerId, `/accord/${victim.mesh}/sync/1.0.0`)
    const lp = lpStream(stream, { maxDataLength: 8 * 1024 * 1024 })
    const me = attacker.peerId.toMultihash().bytes
    const other = victim.peerId.toMultihash().bytes
    const frame = (body: Partial<Envelope>): Uint8Array => RpcFrame.encode({ id: 7n, body: { version: WIRE_VERSION, sender: me, ...body } as Envelope })
    const sv = Y.encodeStateVector(new Y.Doc()) as Uint8Array<ArrayBuffer>

    await lp.write(crypto.getRandomValues(new Uint8Array(64))) // not a frame at all
    await lp.write(RpcFrame.encode({ id: 1n, body: { version: 2, sender: me, syncRequest: { doc: 'board', stateVector: sv } } }))
    await lp.write(RpcFrame.encode({ id: 2n, body: { version: WIRE_VERSION, sender: other, syncRequest: { doc: 'board', stateVector: sv } } }))
    await lp.write(frame({ syncPush: { doc: 'board', update: new Uint8Array([1, 2, 3, 4]) } }))
    await lp.write(frame({ docDigest: { doc: 'board', stateVector: sv, deleteSetHash: 0 } })) // valid envelope, no handler
    // errors come back as typed error frames for the requests that had an id and a body
    const codes: string[] = []
    for (let i = 0; i < 4; i++) codes.push(RpcFrame.decode((await lp.read()).subarray()).errorCode)
    expect(codes).toEqual(['ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE'])

    // the same stream still serves a valid request
    await lp.write(frame({ syncRequest: { doc: 'board', stateVector: sv } }))
    const ok = RpcFrame.decode((await lp.read()).subarray())
    expect(ok.errorCode).toBe('')
    expect(ok.body?.syncReply?.open).toBe(true)

    // an oversize frame (2 MiB > the victim's 1 MiB limit) cannot be skipped: the stream is reset
    await lp.write(new Uint8Array(2 * 1024 * 1024)).catch(() => {})
    await waitFor('oversize counted', () => (victim.stats().rejected.byReason.oversize ?? 0) === 1)

    const r = victim.stats().rejected.byReason
    expect(r.malformed).toBe(1)
    expect(r.version).toBe(1)
    expect(r.sender).toBe(1)
    expect(r.apply).toBe(1)
    expect(r.type).toBe(1)

    // and the peers still converge through fresh streams
    ;(await victim.doc('board')).getMap('m').set('v', 1)
    ;(await attacker.doc('board')).getMap('m').set('a', 1)
    await waitConverged(peers, 'board', 2)
    expect(escaped).toEqual([])
  })

  it('an update whose delete set is malformed is refused and counted; the structs Yjs integrated before the fault stay, and reach the other peers by anti-entropy', async () => {
    peers = await startMesh(3, { tuning: { antiEntropyMs: 300 } })
    const [victim, honest, attacker] = peers as [Peer, Peer, Peer]
    // the attacker never opens the document: the honest peer can get the key from the victim only
    const [victimDoc, honestDoc] = await Promise.all([victim, honest].map(async p => await p.doc('board')))
    // their catch-ups on opening are over (each has the other's edit): from here only anti-entropy pulls
    victimDoc!.getMap('m').set('v', 1)
    honestDoc!.getMap('m').set('h', 1)
    await waitConverged([victim, honest], 'board', 2)
    await sleep(500)
    const lp = lpStream(await attacker.node.dialProtocol(victim.peerId, `/accord/${victim.mesh}/sync/1.0.0`))
    const writer = new Y.Doc()
    writer.getMap('m').set('half', 1)
    const update = Y.encodeStateAsUpdate(writer)
    expect(update.at(-1)).toBe(0) // its delete set: 0 clients
    update[update.length - 1] = 5 // now 5 clients, and the bytes end
    await lp.write(RpcFrame.encode({ id: 1n, body: { version: WIRE_VERSION, sender: attacker.peerId.toMultihash().bytes, syncPush: { doc: 'board', update: update as Uint8Array<ArrayBuffer> } } as Envelope }))
    expect(RpcFrame.decode((await lp.read()).subarray()).errorCode).toBe('ERR_INVALID_MESSAGE')
    expect(victim.stats().rejected.byReason.apply).toBe(1)
    expect(victimDoc!.getMap('m').get('half')).toBe(1)
    await waitFor('the honest peer has the key, from the victim by anti-entropy', () => honestDoc!.getMap('m').get('half') === 1, 10_000)
    expect(escaped).toEqual([])
  })

  it('bad y-protocols sync messages (docs 1.2) and reached lists (1.3) are refused with typed errors and counted; a good step 1 is answered', async () => {
    peers = await startMesh(2)
    const [victim, attacker] = peers as [Peer, Peer]
    const doc = await victim.doc('board')
    doc.getMap('m').set('v', 1)
    const stream = await attacker.node.dialProtocol(victim.peerId, `/accord/${victim.mesh}/sync/1.${DOCS_PROTOCOL.minor}.0`)
    const lp = lpStream(stream)
    const me = attacker.peerId.toMultihash().bytes
    const request = (id: bigint, message: Uint8Array, reached: Partial<{ reached: string[], reachedTags: Uint8Array<ArrayBuffer> }> = {}): Uint8Array => {
      const header = CurrentEnvelope.encode({ version: WIRE_VERSION, sender: me, minor: DOCS_PROTOCOL.minor })
      const body = DocsBody.encode({ syncMessage: { doc: 'board', open: true, message: message as Uint8Array<ArrayBuffer>, reached: [], reachedTags: new Uint8Array(0), ...reached } })
      return CurrentRpcFrame.encode({ id, response: false, body: new Uint8Array([...header, ...body]) as Uint8Array<ArrayBuffer> })
    }
    const before = { ...victim.stats().rejected.byReason }
    await lp.write(request(1n, new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]))) // a truncated varint
    await lp.write(request(2n, new Uint8Array([1, 4, 1, 2, 3, 4]))) // a step 2 whose update is not one
    await lp.write(request(3n, new Uint8Array([9, 0]))) // no such sync message type
    // a good update, with a reached list that is not whole 8-byte tags, or (as docs 1.2 lists them) not peer ids
    const edit = new Y.Doc()
    edit.getMap('m').set('forged', 1)
    await lp.write(request(5n, updateMessage(Y.encodeStateAsUpdate(edit)), { reachedTags: new Uint8Array(7) }))
    await lp.write(request(6n, updateMessage(Y.encodeStateAsUpdate(edit)), { reached: ['not a peer id'] }))
    const codes: string[] = []
    for (let i = 0; i < 5; i++) codes.push(CurrentRpcFrame.decode((await lp.read()).subarray()).errorCode)
    expect(codes).toEqual(['ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE'])
    const after = victim.stats().rejected.byReason
    expect((after.malformed ?? 0) - (before.malformed ?? 0)).toBe(4)
    expect((after.apply ?? 0) - (before.apply ?? 0)).toBe(1)
    expect(doc.getMap('m').toJSON()).toEqual({ v: 1 })

    // a step 1 from an empty document gets everything (a step 2) and the victim's step 1
    await lp.write(request(4n, stepOne(new Y.Doc())))
    const ok = CurrentRpcFrame.decode((await lp.read()).subarray())
    expect(ok.errorCode).toBe('')
    const header = CurrentEnvelope.decode(ok.body)
    expect(header.version).toBe(WIRE_VERSION)
    const fresh = new Y.Doc()
    const reply = DocsBody.decode(ok.body.subarray(CurrentEnvelope.encode(header).byteLength)).syncMessage!
    expect(reply.open).toBe(true)
    answer(reply.message, fresh, update => { Y.applyUpdate(fresh, update) }, false)
    expect(fresh.getMap('m').toJSON()).toEqual({ v: 1 })
    expect(escaped).toEqual([])
  })

  it('bad coordination requests (forged clocks, bad names and counts, unknown kinds) get typed errors, change nothing, and the lease holder keeps serving', async () => {
    peers = await startMeshWithLeader(2)
    const victim = peers.find(p => p.isLeader)!
    const attacker = peers.find(p => p !== victim)!
    const lp = lpStream(await attacker.node.dialProtocol(victim.peerId, `/accord/${victim.mesh}/coord/1.0.0`))
    const me = attacker.peerId.toMultihash().bytes
    let id = 0n
    const ask = async (body: Record<string, unknown>): Promise<RpcFrame> => {
      await lp.write(RpcFrame.encode({ id: ++id, body: { version: WIRE_VERSION, sender: me, ...body } as unknown as Envelope }))
      return RpcFrame.decode((await lp.read()).subarray())
    }
    const lockReq = { name: 'b', requestId: 'r1', owner: '', ttlMs: 1_000, waitMs: 1_000, names: ['b', 'a'] }
    const codes = [
      (await ask({ casRequest: { name: 'x', requestId: 'c1', expected: new Uint8Array([0xff, 0xff, 0x01]) } })).errorCode, // not a clock
      (await ask({ casRequest: { name: '', requestId: 'c2', expected: new Uint8Array() } })).errorCode,
      (await ask({ proposalDecision: { id: 'p', variable: 'lr', valueJson: '1', decision: 'maybe', votes: [] } })).errorCode,
      (await ask({ proposalDecision: { id: 'p', variable: 'lr', valueJson: '{', decision: 'accepted', votes: [] } })).errorCode,
      (await ask({ semaphoreAcquire: { name: 's', requestId: 's1', owner: '', size: 2, permits: 5, ttlMs: 1_000, waitMs: 1_000 } })).errorCode,
      (await ask({ lockRequest: lockReq })).errorCode, // a multi-lock's names must be sorted
      (await ask({ lockRelease: { name: 'a', token: 1n, requestId: 'x', owner: '', kind: 'bogus' } })).errorCode,
      (await ask({ campaign: { name: '', requestId: 'e1', hasRank: false, rank: 0n, preempt: false, ttlMs: 1_000 } })).errorCode
    ]
    expect(codes).toEqual(['ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE',
      'ERR_INVALID_ARGUMENT', 'ERR_INVALID_ARGUMENT', 'ERR_INVALID_MESSAGE', 'ERR_INVALID_MESSAGE'])
    // nothing was taken, queued or accepted
    const view = await victim.inspect()
    expect(view.coord).toMatchObject({ locks: [], semaphores: [], elections: [] })
    expect(await victim.variable('x', { strategy: 'reject' }).set(1).then(() => 'accepted')).toBe('accepted')
    // the same stream still serves a valid request
    const ok = await ask({ lockRequest: { ...lockReq, names: ['a', 'b'], name: 'a', requestId: 'r2' } })
    expect(ok.errorCode).toBe('')
    expect(ok.body?.lockReply?.grants.map(g => g.name)).toEqual(['a', 'b'])
    expect(escaped).toEqual([])
  })
})
