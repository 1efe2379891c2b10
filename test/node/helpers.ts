import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPeer, type Peer, type PeerOptions } from '../../src/index.node.js'
import { waitFor } from '../support/wait.js'

export { sleep, waitFor } from '../support/wait.js'

/**
 * Lease timing for meshes of peers that share this one process (and so one event loop: a
 * stall stops them all alike). The defaults (election TTL 2 s) are tuned to survive a 1 s
 * stall of one peer among others, which only separate processes can have; here they would
 * only slow every failover down. Tests of the defaults run peers as processes
 * (lock-promise.test.ts, the fault suite).
 */
export const IN_PROCESS_LEASE = { ttlMs: 500, heartbeatMs: 100 }

let meshCounter = 0
/** A mesh name no other test in this process uses. */
export function freshMesh (): string {
  return `t${process.pid}-${meshCounter++}`
}

/** Starts `n` peers on 127.0.0.1; every peer after the first bootstraps from the first. */
export async function startMesh (n: number, options: PeerOptions = {}): Promise<Peer[]> {
  const mesh = options.mesh ?? freshMesh()
  const opts = { lease: IN_PROCESS_LEASE, ...options, mesh }
  const first = await createPeer(opts)
  const rest = await Promise.all(Array.from({ length: n - 1 }, async () => await createPeer({ ...opts, bootstrap: [first.addrs[0]!] })))
  return [first, ...rest]
}

/**
 * `n` peers in quorum mode (`members: n`), ranks 0…n-1, bootstrapping from the first;
 * resolves once all name the same leader (usually rank 0, but a working leader is never
 * pre-empted: tests rely only on *a* leader).
 */
export async function startQuorum (n: number, options: PeerOptions = {}): Promise<Peer[]> {
  const mesh = options.mesh ?? freshMesh()
  const opts = { lease: IN_PROCESS_LEASE, ...options, mesh, members: options.members ?? n }
  const first = await createPeer({ ...opts, rank: 0 })
  const rest = await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await createPeer({ ...opts, rank: i + 1, bootstrap: [first.addrs[0]!] })))
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

/** Temporary storage directories of a test file: `make()` one, `removeAll()` in afterEach. */
export class TempDirs {
  private readonly dirs: string[] = []
  constructor (private readonly prefix: string) {}

  async make (): Promise<string> {
    const d = await mkdtemp(join(tmpdir(), this.prefix))
    this.dirs.push(d)
    return d
  }

  async removeAll (): Promise<void> {
    for (const d of this.dirs.splice(0)) await rm(d, { recursive: true, force: true })
  }
}
