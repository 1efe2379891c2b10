import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { encodeAwarenessUpdate, Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { ENVELOPE_VERSION as WIRE_VERSION } from '../../src/net/codec.js'
import { Envelope } from '../../src/net/envelope.js'
import { DocsBody } from '../../src/docs/docs-wire.js'
import { AgentProcess, killAll } from './agents.js'
import { freshMesh, IN_PROCESS_LEASE, sleep, startMesh, stopAll, waitFor } from './helpers.js'
import { createPeer, type Peer } from '../../src/index.node.js'
import { AwarenessReplica } from '../../src/docs/awareness.js'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { tcp } from '@libp2p/tcp'
import { multiaddr } from '@multiformats/multiaddr'
import { createLibp2p, type Libp2p } from 'libp2p'

/** The states an awareness holds, by clientID, without the meta. */
const states = (a: Awareness): Record<number, unknown> => Object.fromEntries(a.getStates())

/**
 * Issue 15: presence. `peer.awareness(name)` is y-protocols' own Awareness, replicated to the
 * peers that have the document open; a peer that closes the document or dies is gone from
 * every other's states; a peer cannot speak for another's client.
 */
describe('awareness (presence) of a document', () => {
  let peers: Peer[] = []
  let agents: AgentProcess[] = []
  let outsider: Libp2p | undefined
  afterEach(async () => { await stopAll(peers); peers = []; await killAll(agents); agents = []; await outsider?.stop(); outsider = undefined })

  /** A peer here and an agent process with a presence in 'board', each seeing the other (a member, its state). */
  async function peerAndAgentProcess (data?: string): Promise<{ a: Peer, other: AgentProcess, awareness: Awareness, clientID: number }> {
    const mesh = freshMesh()
    const a = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    peers.push(a)
    const other = await AgentProcess.start({ MESH: mesh, BOOTSTRAP: a.addrs[0]!, TTL_MS: '500', HEARTBEAT_MS: '100', ...(data != null ? { DATA: data } : {}) })
    agents.push(other)
    const awareness = await a.awareness('board')
    awareness.setLocalState({ user: 'a' })
    const { clientID } = await other.call({ cmd: 'presence', doc: 'board', state: { user: 'agent' } }, ['presence'])
    await waitFor('the agent\'s state', () => awareness.getStates().get(clientID) != null, 10_000)
    await waitFor('the agent is a member', () => a.members.some(m => m.id === other.id), 10_000)
    return { a, other, awareness, clientID }
  }

  it('each peer sees the others\' states and their changes; closing the document withdraws a state', async () => {
    peers = await startMesh(3)
    const aw = await Promise.all(peers.map(async p => await p.awareness('board')))
    expect(aw[0]).toBeInstanceOf(Awareness) // the real class: editor bindings take it
    aw.forEach((a, i) => { a.setLocalState({ user: `peer-${i}`, cursor: i }) })
    await waitFor('every peer sees all three', () => aw.every(a => a.getStates().size === 3), 10_000)
    for (const a of aw) expect(states(a)).toEqual(Object.fromEntries(aw.map((b, i) => [b.clientID, { user: `peer-${i}`, cursor: i }])))

    aw[1]!.setLocalStateField('cursor', 42)
    await waitFor('the change reaches the others', () => aw.every(a => (a.getStates().get(aw[1]!.clientID) as { cursor?: number } | undefined)?.cursor === 42), 5_000)

    await peers[2]!.closeDoc('board')
    await waitFor('peer-2 is gone from the others', () => [aw[0]!, aw[1]!].every(a => !a.getStates().has(aw[2]!.clientID)), 5_000)
    // the document opens again, with a new Y.Doc and a new presence
    const again = await peers[2]!.awareness('board')
    expect(again).not.toBe(aw[2])
    again.setLocalState({ user: 'peer-2, back' })
    await waitFor('back', () => aw[0]!.getStates().get(again.clientID) != null, 5_000)
  })

  it('a peer killed -9 is gone from the others\' states (it leaves the mesh), without waiting for the 30 s timeout', async () => {
    const { a, other, awareness, clientID } = await peerAndAgentProcess()
    const killedAt = performance.now()
    other.kill('SIGKILL')
    await waitFor('the agent\'s state gone', () => !awareness.getStates().has(clientID), 20_000)
    const goneMs = performance.now() - killedAt
    console.log(`[awareness] a killed peer's state went ${Math.round(goneMs)} ms after kill -9`)
    expect(goneMs).toBeLessThan(15_000) // membership's failure detection, not the 30 s timeout
  }, 60_000)

  it('presence crosses a hub to a peer this one does not link to, also while it links to a libp2p node outside the mesh', async () => {
    // a and b link to the hub only (each blocks the other); a also to a plain libp2p node
    // (a relay server, say), a link with no gossip on it. a's links then number the mesh's
    // other members: counted as a member's, a took the mesh for fully linked and sent its
    // presence straight to the hub alone, which never passes presence on (the tabs of
    // examples/browser/editor lost each other's carets so, over a WebRTC link gossip had
    // not started on)
    const mesh = freshMesh()
    const hub = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    peers.push(hub)
    const a = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [hub.addrs[0]!] })
    peers.push(a)
    outsider = await createLibp2p({ transports: [tcp()], connectionEncrypters: [noise()], streamMuxers: [yamux()] })
    await outsider.dial(multiaddr(a.addrs[0]!))
    await waitFor('a links to the hub and the outsider', () => a.network.connections().length === 2, 10_000)
    const b = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [hub.addrs[0]!] })
    peers.push(b)
    await Promise.all([a.network.block(b.id), b.network.block(a.id)])
    await waitFor('a and b see each other as members', () => a.members.some(m => m.id === b.id) && b.members.some(m => m.id === a.id), 10_000)

    const [awA, awHub, awB] = await Promise.all([a, hub, b].map(async p => await p.awareness('board')))
    awA!.setLocalState({ user: 'a' })
    awHub!.setLocalState({ user: 'hub' })
    awB!.setLocalState({ user: 'b' })
    await waitFor('every peer sees all three', () => [awA, awHub, awB].every(x => x!.getStates().size === 3), 10_000)
    awA!.setLocalStateField('cursor', 7)
    await waitFor('a\'s change reaches b', () => (awB!.getStates().get(awA!.clientID) as { cursor?: number } | undefined)?.cursor === 7, 5_000)
    expect(a.network.connections(), 'a and b are not linked: the presence went through the hub').not.toContain(b.id)
  })

  it('a peer killed -9 and restarted (same identity) is told the others\' unchanged states again at once, not at their 15 s renewal', async () => {
    // A peer tells each other peer its state once (it tracks who holds it); one that died
    // lost what it was told, and came back under the same peer id with a new client.
    const data = mkdtempSync(join(tmpdir(), 'accord-presence-'))
    try {
      const { a, other, awareness } = await peerAndAgentProcess(data)
      const seesA = async (agent: AgentProcess): Promise<boolean> => {
        const { states } = await agent.call({ cmd: 'presence-states', doc: 'board' }, ['presence-states'])
        return (states as Record<string, unknown>)[awareness.clientID] != null
      }
      await waitFor('the agent sees a', async () => await seesA(other), 10_000)
      other.kill('SIGKILL')
      const again = await AgentProcess.start({ MESH: a.mesh, BOOTSTRAP: a.addrs[0]!, TTL_MS: '500', HEARTBEAT_MS: '100', DATA: data })
      agents.push(again)
      expect(again.id, 'the restarted agent keeps its peer id').toBe(other.id)
      const t0 = performance.now()
      await again.call({ cmd: 'presence', doc: 'board', state: { user: 'agent, back' } }, ['presence'])
      await waitFor('the restarted agent sees a', async () => await seesA(again), { timeoutMs: 8_000, pollMs: 100 })
      console.log(`[awareness] a restarted peer had the others' states ${Math.round(performance.now() - t0)} ms after opening the document`)
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  }, 60_000)

  it('peers opening a document at once tell each other their presence about once each, not once per subscription and newcomer', async () => {
    const received = vi.spyOn(AwarenessReplica.prototype, 'applyRemote')
    try {
      peers = await startMesh(6)
      await sleep(1_500) // gossip has heard every link: straight sends
      received.mockClear()
      const aw = await Promise.all(peers.map(async p => await p.awareness('board')))
      aw.forEach((a, i) => { a.setLocalState({ user: `peer-${i}` }) }) // (y-protocols does not pass on a client's first, empty state)
      await waitFor('every peer sees all six', () => aw.every(a => a.getStates().size === 6), 10_000)
      await sleep(500) // what a second round would send
      const pairs = 6 * 5
      console.log(`[awareness] 6 peers opening at once: ${received.mock.calls.length} presence messages for ${pairs} ordered pairs`)
      // before each peer tracked whom it had told: 2–3 rounds to every peer
      expect(received.mock.calls.length).toBeLessThanOrEqual(pairs * 1.25)
    } finally {
      received.mockRestore()
    }
  })

  it('a peer suspected while frozen and heard again keeps its state: a false suspicion does not drop a caret', async () => {
    const { a, other, awareness, clientID } = await peerAndAgentProcess()
    // frozen past suspicion (silence > 1.5 s), then thawed: it is a member again, and its
    // state (unchanged, so not sent again) must still be here
    other.kill('SIGSTOP')
    await waitFor('the frozen agent is suspected', () => !a.members.some(m => m.id === other.id), 10_000)
    other.kill('SIGCONT')
    await waitFor('the agent is a member again', () => a.members.some(m => m.id === other.id), 10_000)
    await sleep(4_000) // past the grace a departed peer's presence has
    expect(awareness.getStates().get(clientID), 'the agent\'s state after its return').toEqual({ user: 'agent' })
  }, 60_000)

  it('a state for another peer\'s client, or a malformed update, is refused and counted; the real states stand', async () => {
    peers = await startMesh(3)
    const [victim, honest, attacker] = peers as [Peer, Peer, Peer]
    const honestAw = await honest.awareness('board')
    honestAw.setLocalState({ user: 'honest' })
    const victimAw = await victim.awareness('board')
    await waitFor('the victim sees the honest peer', () => victimAw.getStates().get(honestAw.clientID) != null, 10_000)
    await attacker.doc('board')
    const topic = `/accord/${victim.mesh}/doc/board`
    await waitFor('the attacker sees the victim subscribed', () => attacker.node.services.pubsub.getSubscribers(topic).some(p => p.toString() === victim.id))
    // a forged update: the honest peer's client, claiming a later clock, saying it left
    const fake = new Awareness(new Y.Doc())
    fake.clientID = honestAw.clientID
    fake.meta.set(honestAw.clientID, { clock: 1_000, lastUpdated: Date.now() })
    fake.states.set(honestAw.clientID, { user: 'impostor' })
    const me = attacker.peerId.toMultihash().bytes
    const send = async (update: Uint8Array): Promise<void> => {
      // an envelope is its header followed by one layer's body (PROTOCOL.md)
      const header = Envelope.encode({ version: WIRE_VERSION, sender: me, minor: 1 })
      const body = DocsBody.encode({ docAwareness: { doc: 'board', update: update as Uint8Array<ArrayBuffer> } })
      await attacker.node.services.pubsub.publish(topic, new Uint8Array([...header, ...body]))
    }
    const before = victim.stats().rejected.byReason
    await send(encodeAwarenessUpdate(fake, [honestAw.clientID]))
    await send(new Uint8Array([5, 1, 2, 3])) // not an awareness update
    await send(new Uint8Array([1, 7, 1, 3, 0x31, 0x32, 0x33])) // a state that is not an object ("123")
    await waitFor('three refusals counted', () => (victim.stats().rejected.byReason.sender ?? 0) - (before.sender ?? 0) >= 1 && (victim.stats().rejected.byReason.apply ?? 0) - (before.apply ?? 0) >= 2, 10_000)
    expect(victimAw.getStates().get(honestAw.clientID)).toEqual({ user: 'honest' })
  })
})
