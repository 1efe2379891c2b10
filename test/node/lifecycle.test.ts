import { describe, expect, it } from 'vitest'
import { createPeer, StoppedError } from '../../src/index.node.js'
import { startMesh, stopAll, waitConverged } from './helpers.js'

/** Handles (sockets, servers, timers) alive now, by kind. */
function resources (): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of process.getActiveResourcesInfo()) counts[r] = (counts[r] ?? 0) + 1
  return counts
}

describe('peer lifecycle', () => {
  it('stop() leaves no sockets, servers or timers behind', async () => {
    await new Promise(resolve => setTimeout(resolve, 50))
    const before = resources()
    const peers = await startMesh(3)
    await Promise.all(peers.map(async p => { (await p.doc('d')).getMap('m').set(p.id, 1) }))
    await waitConverged(peers, 'd', 3)
    expect(resources().TCPSocketWrap ?? 0).toBeGreaterThan(0)
    await stopAll(peers)
    // closing sockets completes on the next turns of the event loop
    const grown = (): string[] => Object.entries(resources()).filter(([kind, n]) => n > (before[kind] ?? 0)).map(([kind, n]) => `${kind}: ${before[kind] ?? 0} -> ${n}`)
    for (let i = 0; i < 40 && grown().length > 0; i++) await new Promise(resolve => setTimeout(resolve, 50))
    expect(grown()).toEqual([])
  })

  it('a stopped peer refuses work with StoppedError', async () => {
    const p = await createPeer()
    await p.stop()
    await expect(p.doc('x')).rejects.toBeInstanceOf(StoppedError)
    await p.stop() // idempotent
  })
})
