import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Membership } from '../../src/election/membership.js'
import { AttendanceService, AttendeeRelay } from '../../src/election/attendance.js'
import { Attendant } from '../../src/election/attendant.js'
import { Elector } from '../../src/election/elector.js'
import { withCluster } from '../../src/election/cluster.js'
import { splitTables } from '../../src/coord/state.js'
import type { MemoryEndpoint } from '../../src/net/memory-rpc.js'
import { MemoryGossip } from '../../src/net/memory-gossip.js'
import { MemoryNetwork } from '../../src/net/memory-rpc.js'
import { meshWire } from '../../src/protocols.js'
import { DurableStore, FAKE_TIMERS, newIds } from './sim.js'
import type { PeerId } from '@libp2p/interface'

/** Membership over in-memory gossip on fake timers: joins, leaves and rejoins as links change. */
describe('membership', () => {
  let ids: PeerId[] = []
  let members: Membership[] = []
  let net: MemoryNetwork
  let gossip: MemoryGossip
  const events: string[] = []

  beforeEach(async () => {
    ids = await newIds(3)
    vi.useFakeTimers(FAKE_TIMERS)
    net = new MemoryNetwork(meshWire(), 2)
    gossip = new MemoryGossip(net)
    events.length = 0
    members = ids.map((id, i) => {
      const m = new Membership(gossip.port(id), {
        self: id.toString(),
        topic: 'control',
        clientsAttend: false,
        votes: () => true,
        heartbeatMs: 200,
        suspectAfterMs: 1_500,
        describeSelf: () => ({ rank: i, candidate: true, capabilities: [], addrs: [], epoch: 0, leading: false, preempt: false, members: 3 })
      })
      m.addEventListener('member:join', e => { events.push(`${i} sees ${ids.findIndex(x => x.toString() === e.detail.id)} join`) })
      m.addEventListener('member:leave', e => { events.push(`${i} sees ${ids.findIndex(x => x.toString() === e.detail.id)} leave`) })
      m.start()
      return m
    })
  })
  afterEach(() => {
    for (const m of members) m.stop()
    vi.useRealTimers()
  })

  it('everyone sees everyone; a peer cut off is suspected after the minimum silence, not before, and rejoins after the heal', async () => {
    await vi.advanceTimersByTimeAsync(1_000)
    expect(members.map(m => m.live().length)).toEqual([2, 2, 2])
    net.partition([ids[2]!])
    await vi.advanceTimersByTimeAsync(1_300) // silent ~1.3 s: under the 1.5 s floor
    expect(members[0]!.isLive(ids[2]!.toString())).toBe(true)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(members[0]!.isLive(ids[2]!.toString())).toBe(false)
    expect(members[2]!.live()).toEqual([])
    net.healAll()
    await vi.advanceTimersByTimeAsync(500)
    expect(members.map(m => m.live().length)).toEqual([2, 2, 2])
    expect(events.filter(e => e.includes('leave')).sort()).toEqual(['0 sees 2 leave', '1 sees 2 leave', '2 sees 0 leave', '2 sees 1 leave'])
  })

  it('a member that stops says so: the others drop it at once and count one member less; a beat of its still on its way is not news', async () => {
    await vi.advanceTimersByTimeAsync(1_000)
    expect(members.map(m => m.widestView)).toEqual([3, 3, 3])
    const gone = ids[2]!.toString()
    const stopping = members[2]!.stop()
    await vi.advanceTimersByTimeAsync(50) // (the greeting beats of the two that stay: 20 ms)
    await stopping
    // without the farewell, 2 would be live until its silence was suspected (1.5 s)
    expect(members.slice(0, 2).map(m => m.isLive(gone))).toEqual([false, false])
    expect(events.filter(e => e.includes('leave')).sort()).toEqual(['0 sees 2 leave', '1 sees 2 leave'])
    expect(members.slice(0, 2).map(m => m.widestView)).toEqual([2, 2])
    // a heartbeat 2 sent before its farewell, arriving after it
    const late = { hasRank: true, rank: 2n, candidate: true, epoch: 0n, leading: false, capabilities: [], addrs: [], preempt: false, members: 3, intervalMs: 200, seen: 3, leaving: false }
    await gossip.port(ids[2]!).publish('control', { heartbeat: late })
    await vi.advanceTimersByTimeAsync(20) // (the in-memory network's latency)
    expect(members.slice(0, 2).map(m => m.isLive(gone))).toEqual([false, false])
    expect(members.slice(0, 2).map(m => m.widestView)).toEqual([2, 2])
    // a second later, 2's heartbeat is news again (it restarted, keeping its id)
    await vi.advanceTimersByTimeAsync(1_000)
    await gossip.port(ids[2]!).publish('control', { heartbeat: late })
    await vi.advanceTimersByTimeAsync(20)
    expect(members.slice(0, 2).map(m => m.isLive(gone))).toEqual([true, true])
  })
})

/**
 * A fleet (named voters): voters beat on the control topic; clients neither beat nor
 * listen there, each attends one voter (election/attendance.ts). Real Memberships,
 * Electors and attendance over the in-memory network, on fake time.
 */
describe('membership of a fleet', () => {
  const VOTERS = 3
  const CLIENTS = 17
  const HOLD = 5_000
  let ids: PeerId[] = []
  let members: Membership[] = []
  let electors: Elector[] = []
  let parts: Array<{ stop: () => void }> = []
  let net: MemoryNetwork
  let received: Map<string, number>
  let endpoints: MemoryEndpoint[]
  let polls = 0
  let attendants: Attendant[] = []

  beforeEach(async () => {
    ids = await newIds(VOTERS + CLIENTS)
    vi.useFakeTimers(FAKE_TIMERS)
    net = new MemoryNetwork(meshWire(), 2)
    const gossip = new MemoryGossip(net)
    received = new Map()
    const voters = ids.slice(0, VOTERS).map(String)
    members = []; electors = []; parts = []; endpoints = []; attendants = []
    for (const [i, id] of ids.entries()) {
      const port = gossip.port(id)
      // count what each peer is handed by gossip, and the polls each voter answers
      const counted = { ...port, subscribe: (topic: string, handler: Parameters<typeof port.subscribe>[1]) => { port.subscribe(topic, msg => { const k = `${i < VOTERS ? 'voter' : 'client'} ${topic}`; received.set(k, (received.get(k) ?? 0) + 1); handler(msg) }) } }
      const endpoint = net.endpoint(id)
      endpoints.push(endpoint)
      let elector: Elector | undefined
      const m = new Membership(counted, {
        self: id.toString(),
        topic: 'control',
        clientsAttend: true,
        votes: () => elector?.votes ?? i < VOTERS,
        heartbeatMs: 500,
        suspectAfterMs: 1_500,
        describeSelf: () => ({ rank: i, candidate: true, capabilities: [], addrs: [], epoch: elector?.knownEpoch ?? 0, leading: elector?.isActing() ?? false, preempt: false, members: VOTERS })
      })
      const relay = new AttendeeRelay(m)
      elector = new Elector(m, endpoint, new DurableStore(), { self: id, rank: i, candidate: true, preempt: false, members: VOTERS, voters, ttlMs: 2_000, heartbeatMs: 200, driftMarginMs: 200, split: withCluster(splitTables), attendees: relay }, () => {})
      const service = new AttendanceService(elector, m, relay, endpoint)
      const polling = { request: async (...args: Parameters<MemoryEndpoint['request']>) => { polls++; return await endpoint.request(...args) }, handle: endpoint.handle.bind(endpoint) }
      const attendant = new Attendant({ getConnections: (p: PeerId) => net.connected(id, p) ? [{}] as never : [] }, polling, m, elector, { holdMs: HOLD, voters })
      m.start()
      await elector.start()
      attendant.start()
      members.push(m); electors.push(elector); attendants.push(attendant)
      parts.push(m, service, attendant, { stop: () => { void elector!.stop() } })
    }
  })
  afterEach(() => {
    for (const p of parts) p.stop()
    vi.useRealTimers()
  })

  const leaderOf = (i: number): string | undefined => electors[i]!.leader?.id

  it('clients learn the leader from the voter they attend and hear no gossip; the leader sees every client, the voters only each other', async () => {
    await vi.advanceTimersByTimeAsync(10_000)
    const leader = electors.findIndex(e => e.isActing())
    expect(leader).toBeGreaterThanOrEqual(0)
    expect(leader).toBeLessThan(VOTERS)
    expect(ids.map((_, i) => leaderOf(i))).toEqual(ids.map(() => ids[leader]!.toString()))
    // the leader knows every peer (clients through their voters' lease acks)
    expect(members[leader]!.live().length).toBe(ids.length - 1)
    // a client sees the voters, and no other client
    for (let c = VOTERS; c < ids.length; c++) expect(members[c]!.live().map(m => m.id).sort()).toEqual(ids.slice(0, VOTERS).map(String).sort())
    // ...and knows the fleet's size, from the leader's count (digests are shared by all)
    await vi.advanceTimersByTimeAsync(HOLD)
    expect(attendants.slice(VOTERS).map(a => a.fleetSize)).toEqual(ids.slice(VOTERS).map(() => ids.length))
    received.clear()
    polls = 0
    await vi.advanceTimersByTimeAsync(20_000)
    expect(received.get('client control') ?? 0).toBe(0)
    // idle, a client's poll is held for its whole hold: 4 in 20 s (5 with one in flight)
    expect(polls / CLIENTS).toBeGreaterThanOrEqual(3)
    expect(polls / CLIENTS).toBeLessThanOrEqual(5)
    // per voter, the other voters' beats: 2 x 2 a second
    expect((received.get('voter control') ?? 0) / VOTERS / 20).toBeCloseTo(4, 0)
  })

  it('a client attends only voters: an impostor on the network that answers Attend with a claim to lead is never asked, and the client names the voters\' leader', async () => {
    const impostor = (await newIds(1))[0]!
    let asked = 0
    const fake = net.endpoint(impostor)
    fake.handle('attend', async () => {
      asked++
      return { attendance: { view: 7, voters: [{ id: impostor.toString(), heartbeat: { hasRank: true, rank: 0n, candidate: true, epoch: 99n, leading: true, capabilities: [], addrs: [], preempt: false, members: VOTERS, intervalMs: HOLD, seen: 0, leaving: false } }], configured: [impostor.toString()], configIndex: 99n, members: 1 } }
    })
    await vi.advanceTimersByTimeAsync(20_000)
    expect(asked).toBe(0)
    const leader = electors.findIndex(e => e.isActing())
    for (let c = VOTERS; c < ids.length; c++) expect(leaderOf(c)).toBe(ids[leader]!.toString())
  })

  it('a client cut off is suspected at the leader after about three holds, not before, and back once healed', async () => {
    await vi.advanceTimersByTimeAsync(10_000)
    const leader = electors.findIndex(e => e.isActing())
    const client = ids[VOTERS + 2]!
    const last = members[leader]!.get(client.toString())!.lastSeen
    net.partition([client])
    let gone: number | undefined
    for (let t = 0; t < 40_000 && gone == null; t += 100) {
      await vi.advanceTimersByTimeAsync(100)
      if (!members[leader]!.isLive(client.toString())) gone = performance.now() - last
    }
    expect(gone).toBeGreaterThanOrEqual(3 * HOLD)
    expect(gone).toBeLessThan(3 * HOLD + 8_000)
    // cut off, the client loses its leader too (its voters fall silent)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(leaderOf(VOTERS + 2)).toBeUndefined()
    net.healAll()
    await vi.advanceTimersByTimeAsync(8_000)
    expect(members[leader]!.isLive(client.toString())).toBe(true)
    expect(leaderOf(VOTERS + 2)).toBe(ids[leader]!.toString())
  })

  it('when the leader falls silent, every client learns its successor within a second of the election', async () => {
    await vi.advanceTimersByTimeAsync(10_000)
    const leader = electors.findIndex(e => e.isActing())
    // no client attends the leader: each left it for a follower at its next poll
    expect(attendants.slice(VOTERS).filter(a => a.attending === ids[leader]!.toString())).toEqual([])
    net.partition([ids[leader]!])
    endpoints[leader]!.stop()
    let next: number | undefined
    for (let t = 0; t < 20_000 && next == null; t += 50) {
      await vi.advanceTimersByTimeAsync(50)
      const acting = electors.findIndex((e, i) => i !== leader && e.isActing())
      if (acting >= 0) next = acting
    }
    expect(next).toBeDefined()
    const elected = performance.now()
    const want = ids[next!]!.toString()
    let all: number | undefined
    for (let t = 0; t < 20_000 && all == null; t += 50) {
      await vi.advanceTimersByTimeAsync(50)
      if (ids.every((_, i) => i === leader || leaderOf(i) === want)) all = performance.now() - elected
    }
    // so every one is answered as soon as its voter hears of the election, silent as the
    // dead leader is (a client attending it would wait out its hold and margin)
    expect(all).toBeDefined()
    expect(all).toBeLessThan(1_000)
  })
})
