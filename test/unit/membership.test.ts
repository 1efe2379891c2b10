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
})
