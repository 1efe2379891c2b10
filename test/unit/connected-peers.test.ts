import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { describe, expect, it } from 'vitest'
import { connectedPeers, UnlimitedPeers } from '../../src/net/connected-peers.js'
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

  it('UnlimitedPeers: only peers with an open connection without limits, whichever of their connections comes first', async () => {
    const [relayed, direct, closing] = [await peer(), await peer(), await peer()]
    const conn = (remotePeer: PeerId, limits: unknown, status: string): Connection => ({ remotePeer, limits, status }) as unknown as Connection
    const listed = new UnlimitedPeers(Object.assign(new EventTarget(), {
      getConnections: () => [
        conn(relayed, { bytes: 1n }, 'open'),
        conn(direct, { bytes: 1n }, 'open'), // relayed first, then a direct link
        conn(direct, undefined, 'open'),
        conn(closing, undefined, 'closing')
      ]
    }) as any).list()
    expect(listed.map(String)).toEqual([direct.toString()])
  })

  describe('UnlimitedPeers', () => {
    interface FakeConnection { remotePeer: PeerId, limits?: unknown, status: string }
    const watched = (connections: FakeConnection[]): EventTarget & { getConnections: () => Connection[], asked: number } => {
      const node = Object.assign(new EventTarget(), { asked: 0, getConnections: () => { node.asked++; return connections as unknown as Connection[] } })
      return node
    }

    it('works the list out once, and again when a connection opens or closes', async () => {
      const [a, b] = [await peer(), await peer()]
      const connections: FakeConnection[] = [{ remotePeer: a, status: 'open' }]
      const node = watched(connections)
      const peers = new UnlimitedPeers(node as any)
      expect(peers.list().map(String)).toEqual([a.toString()])
      expect(peers.list()).toBe(peers.list())
      expect(node.asked).toBe(1)
      connections.push({ remotePeer: b, status: 'open' })
      node.dispatchEvent(new CustomEvent('connection:open'))
      expect(peers.list().map(String)).toEqual([a, b].map(String))
      connections.shift()
      node.dispatchEvent(new CustomEvent('connection:close'))
      expect(peers.list().map(String)).toEqual([b.toString()])
      expect(node.asked).toBe(3)
    })

    it('drops a peer whose listed connection is no longer open, before any event says so', async () => {
      const [a, b] = [await peer(), await peer()]
      const connections: FakeConnection[] = [{ remotePeer: a, status: 'open' }, { remotePeer: b, status: 'open' }]
      const peers = new UnlimitedPeers(watched(connections) as any)
      expect(peers.list()).toHaveLength(2)
      connections[0]!.status = 'closing'
      expect(peers.list().map(String)).toEqual([b.toString()])
    })

    it('hands out a list nobody can change, and caches nothing once stopped', async () => {
      const a = await peer()
      const connections: FakeConnection[] = []
      const node = watched(connections)
      const peers = new UnlimitedPeers(node as any)
      expect(() => { (peers.list() as PeerId[]).push(a) }).toThrow(TypeError)
      peers.stop()
      connections.push({ remotePeer: a, status: 'open' }) // no event reaches it now
      expect(peers.list().map(String)).toEqual([a.toString()])
    })
  })
})
