import { peerIdFromString } from '@libp2p/peer-id'
import { afterEach, describe, expect, it } from 'vitest'
import { AbortedError, TimeoutError, type Peer } from '../../src/index.node.js'
import { freshMesh, IN_PROCESS_LEASE, startMesh, stopAll, waitFor } from './helpers.js'
import { AgentProcess, killAll } from './agents.js'
import { createPeer } from '../../src/index.node.js'
import type { Parts } from '../../src/assemble.js'
import type { Body } from '../../src/net/codec.js'

const partsOf = (p: Peer): Parts => (p as unknown as { parts: Parts }).parts

/**
 * A request on a stream that is already open takes the short path (one timer, no signals
 * of its own): it must end as the general path does — TimeoutError at its deadline or when
 * the caller's signal times out, AbortedError when the caller aborts or the service stops —
 * and its frames, sent together, are answered each by its own id.
 */
describe('rpc requests on an open stream', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('time out, abort and stop with the typed errors; many at once are each answered', async () => {
    peers = await startMesh(2)
    const [answerer, asker] = peers as [Peer, Peer] // (the second bootstrapped from the first: it knows its address)
    let hang = false
    partsOf(answerer).coordRpc.handle('coordViewRequest', async (): Promise<Body> => {
      if (hang) await new Promise(() => {})
      return { coordView: { epoch: 7n, state: new Uint8Array(0) } }
    })
    const rpc = partsOf(asker).coordRpc
    const to = peerIdFromString(answerer.id)
    const ask = async (options = {}): Promise<unknown> => await rpc.request(to, { coordViewRequest: {} }, options)
    await ask() // opens the stream
    const answers = await Promise.all(Array.from({ length: 50 }, async () => await ask()))
    expect(answers.every(a => (a as { body: { epoch: bigint } }).body.epoch === 7n)).toBe(true)

    hang = true
    await expect(ask({ timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError)
    await expect(ask({ signal: AbortSignal.timeout(100) })).rejects.toBeInstanceOf(TimeoutError)
    const controller = new AbortController()
    setTimeout(() => { controller.abort() }, 50)
    await expect(ask({ signal: controller.signal })).rejects.toBeInstanceOf(AbortedError)
    const pending = ask({ timeoutMs: 10_000 })
    await rpc.stop()
    await expect(pending).rejects.toBeInstanceOf(AbortedError)
  })

  it('notices on open streams: each peer\'s outcome in order; a write a frozen peer never takes is a TimeoutError at the deadline and holds up no one else', async () => {
    const mesh = freshMesh()
    const a = await createPeer({ mesh, lease: IN_PROCESS_LEASE })
    peers.push(a)
    const b = await createPeer({ mesh, lease: IN_PROCESS_LEASE, bootstrap: [a.addrs[0]!] })
    peers.push(b)
    const agent = await AgentProcess.start({ MESH: mesh, BOOTSTRAP: a.addrs[0]! })
    try {
      await waitFor('a links to b and the agent', () => a.network.connections().length >= 2, 10_000)
      const rpc = partsOf(a).gossipRpc!
      const to = [peerIdFromString(b.id), peerIdFromString(agent.id)]
      const notice = (bytes: number): Body => ({ direct: { topic: 'nobody-subscribes', body: new Uint8Array(bytes) } })
      expect((await rpc.notifyAll(to, notice(1))).map((r: PromiseSettledResult<void>) => r.status), 'opens both streams').toEqual(['fulfilled', 'fulfilled'])
      expect((await rpc.notifyAll(to, notice(1))).map((r: PromiseSettledResult<void>) => r.status), 'on the open streams').toEqual(['fulfilled', 'fulfilled'])

      agent.kill('SIGSTOP') // reads nothing: no window update, so a write past yamux's window waits
      const t0 = performance.now()
      const outcomes = await rpc.notifyAll(to, notice(2 * 1024 * 1024), { timeoutMs: 1_000 })
      const ms = performance.now() - t0
      agent.kill('SIGCONT')
      expect(outcomes[0]!.status).toBe('fulfilled')
      expect(outcomes[1]!.status).toBe('rejected')
      expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(TimeoutError)
      expect(ms).toBeGreaterThanOrEqual(950)
      expect(ms).toBeLessThan(5_000)
    } finally {
      await killAll([agent])
    }
  }, 60_000)
})
