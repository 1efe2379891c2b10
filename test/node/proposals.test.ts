import { afterEach, describe, expect, it } from 'vitest'
import { sleep, startMesh, stopAll, waitFor } from './helpers.js'
import type { Peer } from '../../src/index.node.js'

describe('proposals', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  /** Peers (by index) whose handler was asked to vote, by `five`'s handlers. */
  let asked = new Set<number>()

  async function five (votes: Array<'accept' | 'reject' | 'hang'>): Promise<Peer[]> {
    const ps = await startMesh(5)
    await waitFor('everyone sees and reaches everyone', () => ps.every(p => p.members.length === 5 && p.network.connections().length === 4))
    asked = new Set()
    ps.forEach((p, i) => {
      p.onProposal<number>('lr', async ({ value }) => {
        asked.add(i)
        if (votes[i] === 'hang') await new Promise(() => {})
        return { vote: votes[i] as 'accept' | 'reject', rationale: `peer ${i} on ${value}` }
      })
    })
    return ps
  }

  it('3 accept / 2 reject: accepted and set everywhere; 2 / 3: rejected and not set; every member hears the outcome', async () => {
    peers = await five(['accept', 'accept', 'accept', 'reject', 'reject'])
    const heard = peers.map(() => [] as Array<{ decision: string, voters: string[], value: unknown }>)
    peers.forEach((p, i) => p.addEventListener('proposal', evt => { heard[i]!.push({ decision: evt.detail.decision, voters: evt.detail.votes.map(v => v.voter), value: evt.detail.value }) }))
    const d = await peers[4]!.propose('lr', 0.02, { timeoutMs: 5_000 })
    expect(d.decision).toBe('accepted')
    expect(d.votes.length).toBe(5)
    expect(d.votes.filter(v => v.vote === 'accept').length).toBe(3)
    await waitFor('set everywhere', () => peers.every(p => p.variable<number>('lr').get() === 0.02))
    await waitFor('every member heard the outcome', () => heard.every(h => h.length === 1))
    for (const h of heard) expect(h[0]).toEqual({ decision: 'accepted', voters: d.votes.map(v => v.voter), value: 0.02 })

    peers.forEach((p, i) => p.onProposal('lr', () => ({ vote: i < 2 ? 'accept' : 'reject' })))
    const r = await peers[0]!.propose('lr', 0.5, { timeoutMs: 5_000 })
    expect(r.decision).toBe('rejected')
    await sleep(300) // time is the point: a wrong write of the rejected value would have 300 ms to arrive
    expect(peers.map(p => p.variable<number>('lr').get())).toEqual(peers.map(() => 0.02))
  })

  it('a voter that dies mid-vote does not hang the proposal; too few votes in time is a timeout', async () => {
    peers = await five(['accept', 'accept', 'accept', 'accept', 'hang'])
    const pending = peers[0]!.propose('lr', 1, { timeoutMs: 5_000 })
    await waitFor('peer 4 asked to vote', () => asked.has(4))
    await peers[4]!.stop() // it was still thinking
    const d = await pending
    expect(d.decision).toBe('accepted')
    expect(d.votes.length).toBe(4)

    peers.slice(0, 4).forEach((p, i) => p.onProposal('lr', async () => { if (i > 0) await new Promise(() => {}); return { vote: 'accept' } }))
    const t = await peers[0]!.propose('lr', 2, { timeoutMs: 500 })
    expect(t.decision).toBe('timeout')
    expect(t.votes.length).toBe(1)
  })

  it('concurrent proposals on one variable are decided independently, and every peer ends with the same value', async () => {
    peers = await startMesh(5)
    await waitFor('everyone sees and reaches everyone', () => peers.every(p => p.members.length === 5 && p.network.connections().length === 4))
    // every voter accepts learning rates below 0.1
    peers.forEach((p, i) => p.onProposal<number>('lr', ({ value }) => ({ vote: value < 0.1 ? 'accept' : 'reject', rationale: `peer ${i}` })))
    const [low, high, other] = await Promise.all([
      peers[1]!.propose('lr', 0.01, { timeoutMs: 5_000 }),
      peers[2]!.propose('lr', 0.5, { timeoutMs: 5_000 }),
      peers[3]!.propose('lr', 0.02, { timeoutMs: 5_000 })
    ])
    expect(low.decision).toBe('accepted')
    expect(high.decision).toBe('rejected')
    expect(other.decision).toBe('accepted')
    // the same voters, in the same order, whoever tallied
    expect(low.votes.map(v => v.voter)).toEqual(other.votes.map(v => v.voter))
    expect(high.votes.map(v => v.vote)).toEqual(high.votes.map(() => 'reject'))
    // both accepted values were set; the variable's strategy picks one, the same on every peer
    await waitFor('one value everywhere', () => {
      const values = peers.map(p => p.variable<number>('lr').get())
      return values.every(v => v === values[0]) && (values[0] === 0.01 || values[0] === 0.02)
    })
  })
})
