import { describe, expect, it } from 'vitest'
import { yamux } from '@chainsafe/libp2p-yamux'
import { multiaddrConnectionPair } from '@libp2p/utils'
import type { Stream, StreamMuxer, StreamMuxerFactory } from '@libp2p/interface'
import { halfWindowYamux } from '../../src/net/half-window-yamux.js'

const WINDOW_UPDATE = 1 // yamux frame type
const WINDOW = 256 * 1024 // yamux's initial stream window

/** Two muxers over an in-memory connection, counting the frames each sends by type. */
function muxerPair (dialer: () => StreamMuxerFactory, listener: () => StreamMuxerFactory): Array<{ muxer: StreamMuxer, sent: number[] }> {
  const [outbound, inbound] = multiaddrConnectionPair()
  return [dialer().createStreamMuxer(outbound), listener().createStreamMuxer(inbound)].map(muxer => {
    const sent: number[] = []
    const counted = muxer as unknown as { sendFrame: (header: { type: number }, body?: unknown) => boolean }
    const sendFrame = counted.sendFrame.bind(muxer)
    counted.sendFrame = (header, body) => { sent.push(header.type); return sendFrame(header, body) } // streams bind it when made
    return { muxer, sent }
  })
}

/** A stream from `from` to `to`, opened by a first byte (yamux announces a stream with its first frame), which the reader has consumed. */
async function openStream (from: StreamMuxer, to: StreamMuxer): Promise<[Stream, Stream]> {
  const incoming = new Promise<Stream>(resolve => { to.addEventListener('stream', evt => { resolve(evt.detail) }, { once: true }) })
  const out = await from.createStream()
  out.send(new Uint8Array([0]))
  const inn = await incoming
  await new Promise<void>(resolve => { inn.addEventListener('message', () => { resolve() }, { once: true }) })
  return [out, inn]
}

/** Sends `chunks` one by one, waiting for credit when the stream says so; resolves with every byte the reader got, in order. */
async function transfer (writer: Stream, reader: Stream, chunks: Uint8Array[], readDelayMs = 0): Promise<Uint8Array> {
  const total = chunks.reduce((n, c) => n + c.byteLength, 0)
  const got = new Uint8Array(total)
  let at = 0
  const received = new Promise<void>(resolve => {
    const onMessage = (evt: { data: Uint8Array | { subarray: () => Uint8Array } }): void => {
      const data = evt.data.subarray()
      got.set(data, at)
      at += data.byteLength
      if (readDelayMs > 0) { reader.pause(); setTimeout(() => { reader.resume() }, readDelayMs) }
      if (at === total) { reader.removeEventListener('message', onMessage); resolve() }
    }
    reader.addEventListener('message', onMessage)
  })
  for (const chunk of chunks) {
    if (!writer.send(chunk)) await writer.onDrain()
  }
  await received
  return got
}

/** Byte-wise equality (vitest's deep equality takes minutes over megabytes). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0

const pattern = (bytes: number, seed: number): Uint8Array => Uint8Array.from({ length: bytes }, (_, i) => (i * 31 + seed) & 0xff)

describe('halfWindowYamux', () => {
  it('sends no window update for small messages that leave most of the window unused (stock yamux sends one per message)', async () => {
    const messages = Array.from({ length: 500 }, (_, i) => pattern(200, i))
    for (const [make, expected] of [[halfWindowYamux, 0], [yamux, messages.length]] as const) {
      const [a, b] = muxerPair(make(), make())
      const [out, inn] = await openStream(a!.muxer, b!.muxer)
      b!.sent.length = 0
      for (const m of messages) await transfer(out, inn, [m]) // one frame each
      expect(b!.sent.filter(t => t === WINDOW_UPDATE).length).toBe(expected)
    }
  })

  it('still grants credit: 4 MB, far beyond the window, arrives whole and in order, also to a slow reader', async () => {
    const chunks = Array.from({ length: 64 }, (_, i) => pattern(64 * 1024, i))
    const whole = Buffer.concat(chunks)
    for (const readDelayMs of [0, 2]) {
      const [a, b] = muxerPair(halfWindowYamux(), halfWindowYamux())
      const [out, inn] = await openStream(a!.muxer, b!.muxer)
      expect(same(await transfer(out, inn, chunks, readDelayMs), whole)).toBe(true)
      // credit came in steps of at least half a window, not per frame
      const updates = b!.sent.filter(t => t === WINDOW_UPDATE).length
      expect(updates).toBeGreaterThan(0)
      expect(updates).toBeLessThanOrEqual(Math.ceil(whole.byteLength / (WINDOW / 2)))
    }
  })

  it('offers 2 MiB of credit at once: a 1.6 MB message goes without waiting for a window update, either way', async () => {
    const chunks = Array.from({ length: 25 }, (_, i) => pattern(64 * 1024, i)) // 1.6 MB
    const whole = Buffer.concat(chunks)
    for (const make of [halfWindowYamux, yamux]) {
      const [a, b] = muxerPair(make(), make())
      const [out, inn] = await openStream(a!.muxer, b!.muxer)
      // the opener's stream granted its credit with the SYN, the other with its answer to the first byte
      for (const [writer, reader, receiver] of [[out, inn, b!], [inn, out, a!]] as const) {
        receiver.sent.length = 0
        expect(same(await transfer(writer, reader, chunks), whole)).toBe(true)
        const updates = receiver.sent.filter(t => t === WINDOW_UPDATE).length
        // ours: at most a top-up once half the window is used; stock: one per frame, the sender stalling each 256 KiB
        if (make === halfWindowYamux) expect(updates).toBeLessThanOrEqual(1)
        else expect(updates).toBeGreaterThanOrEqual(whole.byteLength / WINDOW)
      }
    }
  })

  it('a reader that pauses while 8 MB are sent is not overrun: its stream stays open and gets every byte', async () => {
    const chunks = Array.from({ length: 128 }, (_, i) => pattern(64 * 1024, i))
    const whole = Buffer.concat(chunks)
    const [a, b] = muxerPair(halfWindowYamux(), halfWindowYamux())
    const [out, inn] = await openStream(a!.muxer, b!.muxer)
    inn.pause()
    const got = transfer(out, inn, chunks)
    await new Promise(resolve => setTimeout(resolve, 200)) // the sender uses all the credit it has meanwhile
    expect(inn.status).toBe('open')
    inn.resume()
    expect(same(await got, whole)).toBe(true)
  })

  it('interoperates with stock yamux both ways', async () => {
    const chunks = Array.from({ length: 32 }, (_, i) => pattern(64 * 1024, i))
    const whole = Buffer.concat(chunks)
    for (const [dialer, listener] of [[halfWindowYamux, yamux], [yamux, halfWindowYamux]] as const) {
      const [a, b] = muxerPair(dialer(), listener())
      const [out, inn] = await openStream(a!.muxer, b!.muxer)
      expect(same(await transfer(out, inn, chunks), whole)).toBe(true)
      expect(same(await transfer(inn, out, chunks), whole)).toBe(true)
    }
  })
})
