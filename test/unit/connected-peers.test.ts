import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { connectedPeers, unlimitedPeers } from '../../src/net/connected-peers.js'
import type { Connection, PeerId } from '@libp2p/interface'

const peer = async (): Promise<PeerId> => peerIdFromPrivateKey(await generateKeyPair('Ed25519'))
const node = (peers: PeerId[]): { getConnections: () => Connection[] } =>
  ({ getConnections: () => peers.map(remotePeer => ({ remotePeer }) as unknown as Connection) })

describe('connectedPeers', () => {
  it("lists each connected peer once, in the order of its first connection, as libp2p's getPeers does", async () => {
    const [a, b, c] = [await peer(), await peer(), await peer()]
    // two connections to a (a dial each way), one each to b and c
    const listed = connectedPeers(node([a, b, a, c]))
    expect(listed.map(String)).toEqual([a, b, c].map(String))
    expect(listed[0]).toBe(a) // the connection's own PeerId, not one parsed again from its string
  })

  it('lists nobody without connections', () => {
    expect(connectedPeers(node([]))).toEqual([])
  })

  it('unlimitedPeers: only peers with an open connection without limits, whichever of their connections comes first', async () => {
    const [relayed, direct, closing] = [await peer(), await peer(), await peer()]
    const conn = (remotePeer: PeerId, limits: unknown, status: string): Connection => ({ remotePeer, limits, status }) as unknown as Connection
    const listed = unlimitedPeers({
      getConnections: () => [
        conn(relayed, { bytes: 1n }, 'open'),
        conn(direct, { bytes: 1n }, 'open'), // relayed first, then a direct link
        conn(direct, undefined, 'open'),
        conn(closing, undefined, 'closing')
      ]
    })
    expect(listed.map(String)).toEqual([direct.toString()])
  })
})
