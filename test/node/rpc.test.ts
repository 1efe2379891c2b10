import { peerIdFromString } from '@libp2p/peer-id'
import { afterEach, describe, expect, it } from 'vitest'
import { AbortedError, TimeoutError, type Peer } from '../../src/index.node.js'
import { startMesh, stopAll } from './helpers.js'
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
})
