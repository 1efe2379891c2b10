import { describe, expect, it } from 'vitest'
import { streamPair } from '@libp2p/utils'
import * as varint from 'uint8-varint'
import { RpcChannel } from '../../src/net/rpc-channel.js'
import { encodeFrame } from '../../src/net/codec.js'
import { waitFor } from '../support/wait.js'
import type { RpcFrame } from '../../src/net/envelope.js'
import type { Stream } from '@libp2p/interface'

const LIMIT = 64 * 1024

/** A channel reading `stream`: the frames and bad frames it reports. */
function reader (stream: Stream): { frames: RpcFrame[], bad: string[], channel: RpcChannel } {
  const frames: RpcFrame[] = []
  const bad: string[] = []
  const channel = new RpcChannel(stream, LIMIT, f => frames.push(f), reason => bad.push(reason))
  return { frames, bad, channel }
}

const lengthPrefixed = (bytes: Uint8Array): Uint8Array => Buffer.concat([varint.encode(bytes.byteLength), bytes])
const settle = async (): Promise<void> => { await new Promise(resolve => setTimeout(resolve, 20)) }

describe('RpcChannel framing', () => {
  it('reads frames whose lengths take 1, 2 and 3 bytes, whatever pieces the bytes arrive in', async () => {
    const bodies = [0, 1, 100, 127, 128, 300, 16_383, 16_384, 60_000].map(n => Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) & 0xff))
    const wire = Buffer.concat(bodies.map((body, i) => lengthPrefixed(encodeFrame({ id: BigInt(i + 1), body }))))
    for (const piece of [1, 2, 3, 7, 1000, wire.byteLength]) {
      const [out, inn] = await streamPair()
      const { frames, bad } = reader(inn)
      for (let at = 0; at < wire.byteLength; at += piece) out.send(wire.subarray(at, at + piece))
      // 94 KB a byte at a time through the stream pair takes a while on a loaded machine
      await waitFor(`every frame read, in pieces of ${piece}`, () => frames.length === bodies.length || bad.length > 0, 10_000).catch(() => {})
      expect(bad).toEqual([])
      expect(frames.map(f => Number(f.id))).toEqual(bodies.map((_, i) => i + 1))
      expect(frames.every((f, i) => Buffer.compare(f.body, bodies[i]!) === 0)).toBe(true)
    }
  })

  it('writes what it reads: frames sent in one turn arrive in order, also when together they are over the limit of one', async () => {
    const [a, b] = await streamPair()
    const sender = reader(a)
    const { frames, bad } = reader(b)
    // 50 frames, 122 KB in all against a 64 KiB limit a frame: one write, read at once
    await Promise.all(Array.from({ length: 50 }, async (_, i) => { await sender.channel.send({ id: BigInt(i + 1), body: new Uint8Array(i * 100) }) }))
    await waitFor('50 frames read', () => frames.length === 50 || bad.length > 0, 10_000).catch(() => {})
    expect(bad).toEqual([])
    expect(frames.map(f => Number(f.id))).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
  })

  it('skips a malformed frame and goes on', async () => {
    const [out, inn] = await streamPair()
    const { frames, bad } = reader(inn)
    out.send(Buffer.concat([lengthPrefixed(Uint8Array.from([0xff, 0xff, 0xff])), lengthPrefixed(encodeFrame({ id: 7n }))]))
    await settle()
    expect(bad).toEqual(['malformed'])
    expect(frames.map(f => Number(f.id))).toEqual([7])
  })

  it('aborts the stream on a length over the limit, and on a length prefix longer than any length it takes', async () => {
    for (const prefix of [varint.encode(LIMIT + 1), Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01])]) {
      const [out, inn] = await streamPair()
      const { frames, bad, channel } = reader(inn)
      out.send(prefix)
      await settle()
      expect(bad).toEqual(['oversize'])
      expect(frames).toEqual([])
      expect(channel.isClosed).toBe(true)
    }
  })
})

/** A channel writing to another's stream: what the other reads, and the size of each write handed to the stream. */
async function tappedPair (): Promise<{ sender: ReturnType<typeof reader>, frames: RpcFrame[], bad: string[], writes: number[] }> {
  const [a, b] = await streamPair()
  const sender = reader(a)
  const { frames, bad } = reader(b)
  const writes: number[] = []
  const send = a.send.bind(a)
  a.send = data => { writes.push(data.byteLength); return send(data) }
  return { sender, frames, bad, writes }
}

describe('RpcChannel batching', () => {
  it('writes a frame sent `now` at once when nothing waits before it, else with the turn\'s batch, in order', async () => {
    const { sender, frames, bad, writes } = await tappedPair()
    void sender.channel.sendEncoded(encodeFrame({ id: 1n, body: new Uint8Array(10) }), true)
    expect(writes.length).toBe(1) // in this very call, not after the turn
    void sender.channel.sendEncoded(encodeFrame({ id: 2n, body: new Uint8Array(10) }), true) // the first write is not done: this one waits
    void sender.channel.send({ id: 3n, body: new Uint8Array(10) })
    expect(writes.length).toBe(1)
    await new Promise(resolve => setImmediate(resolve))
    await settle()
    expect(writes.length).toBe(2) // 2 and 3 together, after the turn
    void sender.channel.send({ id: 4n, body: new Uint8Array(10) }) // without `now`: after the turn, as ever
    expect(writes.length).toBe(2)
    await waitFor('4 frames read', () => frames.length === 4 || bad.length > 0, 10_000).catch(() => {})
    expect(bad).toEqual([])
    expect(frames.map(f => Number(f.id))).toEqual([1, 2, 3, 4])
    expect(writes.length).toBe(3)
  })

  it('writes a batch of 64 KiB or more at once, not after the turn, and keeps the order of the frames', async () => {
    const { sender, frames, bad, writes } = await tappedPair()
    void sender.channel.send({ id: 1n, body: new Uint8Array(10) })
    void sender.channel.send({ id: 2n, body: new Uint8Array(40_000) })
    await Promise.resolve() // (the channel writes after a microtask: its last write's promise)
    expect(writes).toEqual([]) // under 64 KiB: waits for the turn to end
    void sender.channel.send({ id: 3n, body: new Uint8Array(30_000) })
    await Promise.resolve()
    expect(writes.length).toBe(1) // the three at once, before the turn ended
    expect(writes[0]).toBeGreaterThan(70_000)
    void sender.channel.send({ id: 4n, body: new Uint8Array(5) })
    await waitFor('4 frames read', () => frames.length === 4 || bad.length > 0, 10_000).catch(() => {})
    expect(bad).toEqual([])
    expect(frames.map(f => Number(f.id))).toEqual([1, 2, 3, 4])
    expect(writes.length).toBe(2)
  })
})
