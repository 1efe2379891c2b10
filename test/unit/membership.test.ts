import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Membership } from '../../src/election/membership.js'
import { MemoryGossip } from '../../src/net/memory-gossip.js'
import { MemoryNetwork } from '../../src/net/memory-rpc.js'
import { meshWire } from '../../src/protocols.js'
import { FAKE_TIMERS, newIds } from './sim.js'
import type { PeerId } from '@libp2p/interface'

/** Membership over in-memory gossip on fake timers: joins, leaves and rejoins as links change. */
describe('membership', () => {
  let ids: PeerId[] = []
  let members: Membership[] = []
  let net: MemoryNetwork
  const events: string[] = []

  beforeEach(async () => {
    ids = await newIds(3)
    vi.useFakeTimers(FAKE_TIMERS)
    net = new MemoryNetwork(meshWire(), 2)
    const gossip = new MemoryGossip(net)
    events.length = 0
    members = ids.map((id, i) => {
      const m = new Membership(gossip.port(id), {
        self: id.toString(),
        topic: 'control',
        votes: () => true,
        heartbeatMs: 200,
        suspectAfterMs: 1_500,
        describeSelf: () => ({ rank: i, candidate: true, capabilities: [], addrs: [], epoch: 0, leading: false, leads: false, preempt: false, members: 3 })
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
})

/**
 * A fleet (named voters): voters beat fast on the voters' topic, every peer beats on the
 * fleet topic at a period that grows with the fleet, and clients never hear the voters'
 * fast beats, so what a client receives does not grow with the number of voters' beats.
 */
describe('membership of a fleet', () => {
  const VOTERS = 3
  const CLIENTS = 17
  let ids: PeerId[] = []
  let members: Membership[] = []
  let net: MemoryNetwork
  let received: Map<string, number>

  beforeEach(async () => {
    ids = await newIds(VOTERS + CLIENTS)
    vi.useFakeTimers(FAKE_TIMERS)
    net = new MemoryNetwork(meshWire(), 2)
    const gossip = new MemoryGossip(net)
    received = new Map()
    members = ids.map((id, i) => {
      const port = gossip.port(id)
      // count what each peer is handed, per topic
      const counted = { ...port, subscribe: (topic: string, handler: Parameters<typeof port.subscribe>[1]) => { port.subscribe(topic, msg => { const k = `${i < VOTERS ? 'voter' : 'client'} ${topic}`; received.set(k, (received.get(k) ?? 0) + 1); handler(msg) }) } }
      const m = new Membership(counted, {
        self: id.toString(),
        topic: 'control',
        fleetTopic: 'fleet',
        fleet: { ratePerSec: 2, minMs: 1_000, maxMs: 30_000 },
        votes: () => i < VOTERS,
        heartbeatMs: 200,
        suspectAfterMs: 1_500,
        describeSelf: () => ({ rank: i, candidate: i < VOTERS, capabilities: [], addrs: [], epoch: 1, leading: i === 0, leads: i === 0, preempt: false, members: VOTERS })
      })
      m.start()
      return m
    })
  })
  afterEach(() => {
    for (const m of members) m.stop()
    vi.useRealTimers()
  })

  it('everyone sees everyone; clients hear no voter\'s fast beats; the fleet beats about ratePerSec in all, the leader every second', async () => {
    await vi.advanceTimersByTimeAsync(25_000) // a period is 10 s with 20 peers at 2/s
    expect(members.map(m => m.live().length)).toEqual(ids.map(() => ids.length - 1))
    received.clear()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(received.get('client control') ?? 0).toBe(0)
    // per client: the fleet's 2 beats a second (20 s: ~40), and the leader's extra ones
    const perClient = (received.get('client fleet') ?? 0) / CLIENTS / 20
    expect(perClient).toBeGreaterThan(2.2)
    expect(perClient).toBeLessThan(3.6)
    // per voter, the other voters' fast beats: 2 x 5 a second
    expect((received.get('voter control') ?? 0) / VOTERS / 20).toBeCloseTo(10, 0)
  })

  it('a client that dies is suspected once it missed about three of its (slow) beats, not before; a voter within the usual 1.5 s floor', async () => {
    await vi.advanceTimersByTimeAsync(25_000)
    const client = ids[VOTERS + 2]!.toString()
    const voter = ids[1]!.toString()
    // silence is counted from each one's last beat before the cut
    const lastClient = members[0]!.get(client)!.lastSeen
    const lastVoter = members[0]!.get(voter)!.lastSeen
    net.partition([ids[VOTERS + 2]!, ids[1]!]) // both cut off from the rest
    const cut = performance.now()
    let voterGone: number | undefined
    let clientGone: number | undefined
    while (clientGone == null && performance.now() - cut < 60_000) {
      await vi.advanceTimersByTimeAsync(100)
      if (voterGone == null && !members[0]!.isLive(voter)) voterGone = performance.now() - lastVoter
      if (!members[0]!.isLive(client)) clientGone = performance.now() - lastClient
    }
    expect(voterGone).toBeGreaterThanOrEqual(1_500)
    expect(voterGone).toBeLessThan(3_000)
    // its period is 10 s: never suspected before 30 s of silence, and then soon
    expect(clientGone).toBeGreaterThanOrEqual(30_000)
    expect(clientGone).toBeLessThan(45_000)
    net.healAll()
    await vi.advanceTimersByTimeAsync(12_000)
    expect(members[0]!.isLive(client)).toBe(true)
  })
})
