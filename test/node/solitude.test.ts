import { afterEach, describe, expect, it } from 'vitest'
import { AccordError, createPeer, type Peer, type PeerStatus } from '../../src/index.node.js'
import { freshMesh, IN_PROCESS_LEASE, sleep, stopAll, waitFor } from './helpers.js'

/**
 * Issue 13, no silent solitude: a peer says whether it is in a mesh (`peer.status`, a
 * `status` event), and an open-mode peer that never met another does not lead, so it
 * grants no lock nobody else can see, unless the application says `allowSolo`.
 */

let peers: Peer[] = []
afterEach(async () => { await stopAll(peers); peers = [] })

const QUICK = { lease: IN_PROCESS_LEASE, tuning: { isolatedAfterMs: 300 } }

function statuses (peer: Peer): PeerStatus[] {
  const seen: PeerStatus[] = []
  peer.addEventListener('status', evt => seen.push(evt.detail))
  return seen
}

describe('a peer alone', () => {
  it('whose bootstrap never answers is isolated, does not lead and grants nothing; with allowSolo it leads alone', async () => {
    const mesh = freshMesh()
    const dead = '/ip4/127.0.0.1/tcp/9/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'
    const alone = await createPeer({ ...QUICK, mesh, bootstrap: [dead] })
    peers.push(alone)
    expect(alone.status).toBe('connecting')
    const seen = statuses(alone)
    await waitFor('isolated', () => alone.status === 'isolated')
    expect(seen).toEqual(['isolated'])
    await sleep(1_500) // several election rounds' worth
    expect(alone.leader, 'a mesh of one elected itself').toBeUndefined()
    await expect(alone.lock('L', { waitMs: 500 })).rejects.toBeInstanceOf(AccordError)

    const solo = await createPeer({ ...QUICK, mesh: freshMesh(), allowSolo: true })
    peers.push(solo)
    await waitFor('the solo peer leads', () => solo.isLeader)
    await (await solo.lock('L', { ttlMs: 5_000 })).release()
    await waitFor('the solo peer still says it is alone', () => solo.status === 'isolated')
  })

  it('the first peer of a mesh leads once another joins; each says connected, and isolated again when the other goes', async () => {
    const mesh = freshMesh()
    const first = await createPeer({ ...QUICK, mesh, rank: 0 })
    peers.push(first)
    const seen = statuses(first)
    await waitFor('isolated', () => first.status === 'isolated')
    expect(first.leader).toBeUndefined()
    const second = await createPeer({ ...QUICK, mesh, rank: 1, bootstrap: [first.addrs[0]!] })
    peers.push(second)
    await waitFor('both connected, one leader', () => first.status === 'connected' && second.status === 'connected' && first.isLeader && second.leader?.id === first.id)
    await (await second.lock('L', { ttlMs: 5_000 })).release()
    await second.stop()
    peers = [first]
    await waitFor('isolated again', () => first.status === 'isolated', 10_000)
    expect(seen).toEqual(['isolated', 'connected', 'isolated'])
  })
})
