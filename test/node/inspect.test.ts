import { afterEach, describe, expect, it } from 'vitest'
import { startMeshWithLeader, stopAll, waitFor } from './helpers.js'
import type { Peer } from '../../src/index.node.js'

describe('peer.inspect(): a snapshot for dashboards', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('any peer sees the lease holder\'s locks, queues and barriers, and the variables', async () => {
    peers = await startMeshWithLeader(3)
    const [a, b, c] = peers as [Peer, Peer, Peer]
    const held = await a.lock('gpu-0', { ttlMs: 5_000 })
    const waiting = b.lock('gpu-0', { ttlMs: 5_000 })
    const arrival = b.barrier('epoch', { parties: 3 }).arrive()
    await b.variable<number>('lr').set(0.01)
    await waitFor('c has the variable', () => c.variable<number>('lr').get() === 0.01)
    let view = await c.inspect()
    await waitFor('b queued and arrived', async () => {
      view = await c.inspect()
      return view.coord?.locks[0]?.queue.length === 1 && view.coord.barriers[0]?.arrived.length === 1
    })
    expect(view.self).toBe(c.id)
    expect(view.leader?.id).toBe(a.leader?.id)
    expect(view.members.map(m => m.id).sort()).toEqual(peers.map(p => p.id).sort())
    expect(view.coord?.epoch).toBe(a.leader?.epoch)
    expect(view.coord?.locks).toEqual([{ name: 'gpu-0', holder: { peer: a.id, owner: '', token: held.token, reentry: 1, ttlMs: 5_000 }, queue: [{ peer: b.id, owner: '' }] }])
    expect(view.coord?.barriers[0]).toMatchObject({ name: 'epoch', parties: 3, arrived: [b.id] })
    expect(view.variables).toEqual([{ name: 'lr', value: 0.01, siblings: [{ writer: b.id, value: 0.01 }] }])
    await held.release()
    const next = await waiting
    expect(next.token).toBeGreaterThan(held.token)
    await next.release()
    await Promise.all([a.barrier('epoch', { parties: 3 }).arrive(), c.barrier('epoch', { parties: 3 }).arrive(), arrival])
    // semaphores and named elections are in the view too
    const permit = await b.semaphore('gpus', { permits: 4 }).acquire({ permits: 3, ttlMs: 5_000 })
    const leading = await c.election('planner').campaign({ rank: 7, ttlMs: 5_000 })
    view = await a.inspect()
    expect(view.coord?.semaphores).toEqual([{ name: 'gpus', size: 4, holders: [{ peer: b.id, owner: '', token: permit.token, permits: 3 }], queue: [] }])
    expect(view.coord?.elections).toEqual([{ name: 'planner', leader: { peer: c.id, rank: 7, token: leading.token }, campaigners: [] }])
    await permit.release(); await leading.resign()
    view = await a.inspect()
    expect(view.coord?.barriers[0]?.releases.at(-1)).toMatchObject({ generation: 0, outcome: 'all' })
  })
})
