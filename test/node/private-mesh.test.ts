import { generateKey } from '@libp2p/pnet'
import { afterEach, describe, expect, it } from 'vitest'
import { createPeer, InvalidArgumentError, type Peer } from '../../src/index.node.js'
import { freshMesh, IN_PROCESS_LEASE, sleep, stopAll, waitFor } from './helpers.js'

/**
 * Issue 13, private meshes: a pre-shared key (libp2p pnet) keeps out every peer without it,
 * and an allow-list keeps out every peer not on it; an outsider gets no connection, so it
 * can neither claim leadership, nor vote, nor publish anything a member would read.
 */

let peers: Peer[] = []
afterEach(async () => { await stopAll(peers); peers = [] })

function swarmKey (): Uint8Array {
  const key = new Uint8Array(95)
  generateKey(key)
  return key
}

describe('a private mesh', () => {
  it('members with the pre-shared key connect and lock; a peer without it, or with another key, never connects, so it never joins, votes or leads', async () => {
    const mesh = freshMesh()
    const psk = swarmKey()
    const opts = { mesh, psk, members: 2, lease: IN_PROCESS_LEASE }
    const a = await createPeer({ ...opts, rank: 0 })
    const b = await createPeer({ ...opts, rank: 1, bootstrap: [a.addrs[0]!] })
    peers.push(a, b)
    await waitFor('the members agree on a leader', () => [a, b].every(p => p.leader?.id === a.id))
    await (await b.lock('L', { ttlMs: 5_000 })).release()

    // outsiders claim rank 0 and the same cluster size; one has no key, one another key
    const noKey = await createPeer({ mesh, members: 2, rank: 0, preempt: true, bootstrap: [a.addrs[0]!], lease: IN_PROCESS_LEASE })
    const otherKey = await createPeer({ mesh, psk: swarmKey(), members: 2, rank: 0, preempt: true, bootstrap: [a.addrs[0]!], lease: IN_PROCESS_LEASE })
    peers.push(noKey, otherKey)
    await sleep(2_000)
    for (const outsider of [noKey, otherKey]) {
      expect(outsider.network.connections(), 'an outsider connected').toEqual([])
      expect(outsider.members.map(m => m.id)).toEqual([outsider.id])
    }
    expect(a.members.map(m => m.id).sort()).toEqual([a.id, b.id].sort())
    expect([a.leader?.id, b.leader?.id]).toEqual([a.id, a.id])
  })

  it('an allow-list keeps out every other peer, in both directions', async () => {
    const mesh = freshMesh()
    const a = await createPeer({ mesh, lease: IN_PROCESS_LEASE, allowSolo: true })
    peers.push(a)
    const b = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!], allow: [a.id] })
    peers.push(b)
    const stranger = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [b.addrs[0]!] })
    peers.push(stranger)
    await waitFor('b meets a', () => b.members.some(m => m.id === a.id))
    await sleep(1_500)
    expect(b.network.connections(), 'b connected to a peer not on its list').toEqual([a.id])
    expect(stranger.network.connections()).not.toContain(b.id)
  })

  it('refuses a key that is not a swarm key, and an allow-list that is not peer ids', async () => {
    await expect(createPeer({ psk: 'secret' })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(createPeer({ allow: ['nobody'] })).rejects.toBeInstanceOf(InvalidArgumentError)
  })
})
