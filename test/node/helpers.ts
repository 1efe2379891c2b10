import { createPeer, type Peer, type PeerOptions } from '../../src/index.node.js'
import { waitFor } from '../support/wait.js'

export { sleep, waitFor } from '../support/wait.js'

let meshCounter = 0
/** A mesh name no other test in this process uses. */
export function freshMesh (): string {
  return `t${process.pid}-${meshCounter++}`
}

/** Starts `n` peers on 127.0.0.1; every peer after the first bootstraps from the first. */
export async function startMesh (n: number, options: PeerOptions = {}): Promise<Peer[]> {
  const mesh = options.mesh ?? freshMesh()
  const first = await createPeer({ ...options, mesh })
  const rest = await Promise.all(Array.from({ length: n - 1 }, async () => await createPeer({ ...options, mesh, bootstrap: [first.addrs[0]!] })))
  return [first, ...rest]
}

/**
 * `n` peers in quorum mode (`members: n`), ranks 0…n-1, bootstrapping from the first;
 * resolves once all name the same leader (usually rank 0, but a working leader is never
 * pre-empted: tests rely only on *a* leader).
 */
export async function startQuorum (n: number, options: PeerOptions = {}): Promise<Peer[]> {
  const mesh = options.mesh ?? freshMesh()
  const first = await createPeer({ ...options, mesh, rank: 0, members: options.members ?? n })
  const rest = await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await createPeer({ ...options, mesh, rank: i + 1, members: options.members ?? n, bootstrap: [first.addrs[0]!] })))
  const peers = [first, ...rest]
  await waitFor('a leader everyone agrees on', () => peers.every(p => p.leader != null && p.leader.id === peers[0]!.leader?.id))
  return peers
}

/** `startMesh`, then waits until every peer sees all `n` members and names the same leader. */
export async function startMeshWithLeader (n: number, options: PeerOptions = {}): Promise<Peer[]> {
  const peers = await startMesh(n, options)
  await waitFor('one leader for all', () => peers.every(p => p.leader != null && p.leader.id === peers[0]!.leader?.id && p.members.length === n))
  return peers
}

export async function stopAll (peers: Peer[]): Promise<void> {
  await Promise.allSettled(peers.map(async p => { await p.stop() }))
}

/** The JSON of a doc's map `m`, for comparing replicas. */
export async function mapJson (peer: Peer, doc: string): Promise<string> {
  const d = await peer.doc(doc)
  return JSON.stringify(Object.fromEntries([...d.getMap('m').entries()].sort(([a], [b]) => a < b ? -1 : 1)))
}

/** Waits until every peer's map `m` of `doc` is identical and has `size` keys. */
export async function waitConverged (peers: Peer[], doc: string, size: number, timeoutMs = 30_000): Promise<void> {
  await waitFor(`${peers.length} peers to converge on ${size} keys of ${doc}`, async () => {
    const maps = await Promise.all(peers.map(async p => (await p.doc(doc)).getMap('m')))
    if (maps.some(m => m.size !== size)) return false
    const jsons = await Promise.all(peers.map(async p => await mapJson(p, doc)))
    return jsons.every(j => j === jsons[0])
  }, timeoutMs)
}
