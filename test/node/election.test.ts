import { afterEach, describe, expect, it } from 'vitest'
import { createPeer, type Peer, type PeerOptions } from '../../src/index.node.js'
import { freshMesh, stopAll, waitFor } from './helpers.js'

async function startRanked (ranks: number[], options: PeerOptions = {}): Promise<Peer[]> {
  const mesh = options.mesh ?? freshMesh()
  const first = await createPeer({ ...options, mesh, rank: ranks[0] })
  const rest = await Promise.all(ranks.slice(1).map(async rank => await createPeer({ ...options, mesh, rank, bootstrap: [first.addrs[0]!] })))
  return [first, ...rest]
}

function agreedLeader (peers: Peer[]): string | undefined {
  const ids = peers.map(p => p.leader?.id)
  return ids.every(id => id != null && id === ids[0]) ? ids[0] : undefined
}

describe('bully election', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  for (const mode of ['open', 'quorum'] as const) {
    it(`${mode} mode: the lowest live rank leads; when it stops the next rank leads with a higher epoch`, async () => {
      peers = await startRanked([3, 1, 2], mode === 'quorum' ? { members: 3 } : {})
      await waitFor('all agree on rank 1', () => agreedLeader(peers) === peers[1]!.id)
      expect(peers[1]!.isLeader, `rank 1 acting as leader (leaders seen: ${peers.map(p => p.leader?.id.slice(-6)).join(', ')}; rank 1 is ${peers[1]!.id.slice(-6)})`).toBe(true)
      const epoch = peers[0]!.leader!.epoch
      const membersSeen = peers.map(p => p.members.length)
      expect(membersSeen).toEqual([3, 3, 3])
      // every peer knows the leader's rank too, however it first heard of it
      await waitFor('the leader\'s rank everywhere', () => peers.every(p => p.leader?.rank === 1))

      await peers[1]!.stop()
      const rest = [peers[0]!, peers[2]!]
      await waitFor('rank 2 leads', () => agreedLeader(rest) === peers[2]!.id && rest.every(p => p.leader?.rank === 2))
      expect(peers[2]!.leader!.epoch).toBeGreaterThan(epoch)
    })
  }
})
