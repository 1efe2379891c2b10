import { afterEach, describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { VectorClock } from '../../src/clock/vector-clock.js'
import { createPeer, InvalidArgumentError, type Peer } from '../../src/index.node.js'
import { sleep, startMesh, stopAll, waitFor } from './helpers.js'

describe('shared variables with vector clocks', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('lww: three peers write at the same moment; all agree on one value and the losers show up in a conflict event', async () => {
    peers = await startMesh(3)
    await waitFor('full mesh', () => peers.every(p => p.network.connections().length === 2))
    // a peer's first write first catches up with the mesh (one round trip): get that done,
    // so that the three writes below leave at the same moment
    await Promise.all(peers.map(async p => { await p.variable<number>('warm-up').set(1) }))
    const vars = peers.map(p => p.variable<number>('learning_rate', { strategy: 'lww' }))
    const conflicts: number[][] = []
    vars[0]!.addEventListener('conflict', evt => { conflicts.push(evt.detail.siblings.map(s => s.value).sort()) })
    await Promise.all(vars.map(async (v, i) => { await v.set(0.01 * (i + 1)) })) // concurrent: none has seen the others
    await waitFor('everyone sees 3 siblings and agrees', () => vars.every(v => v.siblings().length === 3 && v.get() === vars[0]!.get()))
    expect(conflicts.at(-1)).toEqual([0.01, 0.02, 0.03])
    // a later write dominates all three: the conflict is over everywhere
    await vars[1]!.set(0.5)
    await waitFor('one value again', () => vars.every(v => v.siblings().length === 1 && v.get() === 0.5))
  })

  it('merge: after a partition in which each side wrote, all peers converge to the merge (set union)', async () => {
    peers = await startMesh(4, { tuning: { antiEntropyMs: 500 } })
    await waitFor('full mesh', () => peers.every(p => p.network.connections().length === 3))
    const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])].sort()
    const vars = peers.map(p => p.variable<string[]>('tags', { strategy: { merge: union } }))
    await vars[0]!.set(['base'])
    await waitFor('base everywhere', () => vars.every(v => JSON.stringify(v.get()) === '["base"]'))
    const left = peers.slice(0, 2); const right = peers.slice(2)
    for (const l of left) for (const r of right) { await l.network.block(r.id); await r.network.block(l.id) }
    await vars[0]!.set(['base', 'left'])
    await vars[3]!.set(['base', 'right'])
    await waitFor('each side sees its own', () => JSON.stringify(vars[1]!.get()) === '["base","left"]' && JSON.stringify(vars[2]!.get()) === '["base","right"]')
    for (const l of left) for (const r of right) { l.network.unblock(r.id); r.network.unblock(l.id) }
    await waitFor('all converge to the union', () => vars.every(v => JSON.stringify(v.get()) === '["base","left","right"]'), 20_000)
  })

  it('a value Yjs cannot store is refused with InvalidArgumentError and changes nothing', async () => {
    peers = await startMesh(1)
    const v = peers[0]!.variable<unknown>('x')
    await v.set({ ok: [1, 'two', null] })
    await expect(v.set(() => 1)).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(v.set({ when: new Date() })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(v.set(Number.NaN)).rejects.toBeInstanceOf(InvalidArgumentError)
    expect(v.get()).toEqual({ ok: [1, 'two', null] })
  })

  it('resolve: the callback runs once, on one peer, and its answer wins everywhere', async () => {
    peers = await startMesh(3)
    await waitFor('full mesh and members', () => peers.every(p => p.network.connections().length === 2 && p.members.length === 3))
    let calls = 0
    const resolve = (siblings: Array<{ writer: string, value: number }>): number => { calls++; return Math.max(...siblings.map(s => s.value)) * 10 }
    await Promise.all(peers.map(async p => { await p.variable<number>('warm-up').set(1) })) // first-write catch-up, as above
    const vars = peers.map(p => p.variable<number>('batch', { strategy: { resolve } }))
    await Promise.all(vars.map(async (v, i) => { await v.set(i + 1) }))
    await waitFor('resolved everywhere', () => vars.every(v => v.siblings().length === 1 && v.get() === 30))
    await sleep(300) // time is the point: a second call, on another peer, would have 300 ms to happen
    expect(calls).toBe(1)
  })

  it("ack: 'all' waits for a member that cannot be reached yet; 'majority' does not", async () => {
    peers = await startMesh(3)
    await waitFor('full mesh and members', () => peers.every(p => p.network.connections().length === 2 && p.members.length === 3))
    const [a, , c] = peers as [Peer, Peer, Peer]
    // a and c cannot talk directly; c stays a live member for a (its heartbeats come round)
    await a.network.block(c.id); await c.network.block(a.id)
    await waitFor('cut', () => !a.network.connections().includes(c.id))
    const v = a.variable<number>('epochs')
    await v.set(1, { ack: 'majority', timeoutMs: 5_000 }) // a + b
    let all = false
    const waiting = v.set(2, { ack: 'all', timeoutMs: 15_000 }).then(() => { all = true })
    await sleep(1_000) // time is the point: 'all' does not complete within a second without c
    expect(all).toBe(false)
    expect(a.members.map(m => m.id)).toContain(c.id)
    a.network.unblock(c.id); c.network.unblock(a.id)
    await waiting
    expect(c.variable<number>('epochs').get()).toBe(2) // 'all' means c has it now
    // cut again: 'all' gives up after timeoutMs with TimeoutError; the write stands locally
    await a.network.block(c.id); await c.network.block(a.id)
    await waitFor('cut again', () => !a.network.connections().includes(c.id))
    await expect(v.set(3, { ack: 'all', timeoutMs: 700 })).rejects.toMatchObject({ code: 'ERR_TIMEOUT' })
    expect(v.get()).toBe(3)
  })

  it('folds away the clock counters of a writer gone longer than foldClocksAfterMs; if it returns it counts on above its floor', async () => {
    const options = { tuning: { foldClocksAfterMs: 1_000 } }
    peers = await startMesh(2, options)
    const key = await generateKeyPair('Ed25519')
    const join = async (): Promise<Peer> => await createPeer({ ...options, mesh: peers[0]!.mesh, privateKey: key, bootstrap: [peers[0]!.addrs[0]!] })
    let leaver = await join()
    const leaverId = leaver.id
    await waitFor('three members', () => [...peers, leaver].every(p => p.members.length === 3))
    await leaver.variable<number>('x').set(1)
    await waitFor('1 everywhere', () => peers.every(p => p.variable<number>('x').get() === 1))
    await peers[1]!.variable<number>('x').set(2) // supersedes the leaver's entry
    await waitFor('2 at the leaver', () => leaver.variable<number>('x').get() === 2)
    await leaver.stop()
    const stoppedAt = performance.now()
    // it says it is leaving (election 1.5): it leaves at once, but its counters are folded
    // only once it has been silent longer than foldClocksAfterMs (1 s)
    await waitFor('the leaver left', () => !peers[0]!.members.some(m => m.id === leaverId))
    await sleep(1_200 - (performance.now() - stoppedAt))
    await peers[0]!.variable<number>('x').set(3)
    const system = await peers[0]!.doc('__accord/variables')
    const keys = [...system.getMap('vars').keys()]
    expect(keys.filter(k => k.endsWith(leaverId))).toEqual([])
    expect(system.getMap('folds').get(`x\u0000${leaverId}`)).toBe(1)
    const mine = system.getMap('vars').get(`x\u0000${peers[0]!.id}`) as { clock: Uint8Array }
    expect(VectorClock.decode(mine.clock).get(leaverId)).toBe(0)
    await waitFor('3 everywhere, one sibling', () => peers.every(p => p.variable<number>('x').get() === 3 && p.variable<number>('x').siblings().length === 1))
    // the folded writer comes back with the same identity: its next write dominates, not a conflict
    leaver = await join()
    peers.push(leaver)
    await waitFor('the returning writer has caught up', () => leaver.variable<number>('x').get() === 3)
    await leaver.variable<number>('x').set(4)
    await waitFor('4 everywhere, one sibling', () => peers.every(p => p.variable<number>('x').get() === 4 && p.variable<number>('x').siblings().length === 1))
  })

  it('synced(): a peer that joins late reads what the mesh holds once it resolves', async () => {
    peers = await startMesh(2)
    await peers[1]!.variable<string>('phase').set('training')
    await waitFor('written everywhere', () => peers[0]!.variable<string>('phase').get() === 'training')
    const late = await createPeer({ mesh: peers[0]!.mesh, bootstrap: [peers[0]!.addrs[0]!] })
    peers.push(late)
    const v = late.variable<string>('phase')
    await v.synced()
    expect(v.get()).toBe('training')
  })
})
