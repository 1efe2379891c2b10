import { describe, expect, it } from 'vitest'
import { noise } from '@chainsafe/libp2p-noise'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { defaultLogger } from '@libp2p/logger'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { LengthPrefixedDecoder, multiaddrConnectionPair } from '@libp2p/utils'
import { Uint8ArrayList } from 'uint8arraylist'
import type { ConnectionEncrypter, MessageStream } from '@libp2p/interface'
import { leanNoise, readsWithoutThrowing } from '../../src/net/lean-noise.js'

type Encrypter = (components: Parameters<ReturnType<typeof noise>>[0]) => ConnectionEncrypter

/** Counts, for each `sendData` of a transport connection, how many chunks it was handed. */
function countChunks (connection: MessageStream): number[] {
  const counts: number[] = []
  const target = connection as unknown as { sendData: (data: Uint8ArrayList) => unknown }
  const sendData = target.sendData.bind(connection)
  target.sendData = data => { counts.push([...data].length); return sendData(data) }
  return counts
}

/** Two peers secured by `make` over an in-memory connection pair; the chunk counts of the dialer's transport sends. */
async function securedPair (make: Encrypter): Promise<{ out: MessageStream, inn: MessageStream, chunks: number[] }> {
  const [outbound, inbound] = multiaddrConnectionPair()
  const chunks = countChunks(outbound)
  const [a, b] = await Promise.all([generateKeyPair('Ed25519'), generateKeyPair('Ed25519')])
  const encrypter = (key: typeof a): ConnectionEncrypter => make({ privateKey: key, peerId: peerIdFromPrivateKey(key), logger: defaultLogger(), upgrader: { getStreamMuxers: () => new Map() } } as unknown as Parameters<Encrypter>[0])
  const [out, inn] = await Promise.all([
    encrypter(a).secureOutbound(outbound, { remotePeer: peerIdFromPrivateKey(b) }),
    encrypter(b).secureInbound(inbound)
  ])
  return { out: out.connection, inn: inn.connection, chunks }
}

/** Sends `messages` from `out`; resolves with every byte `inn` received, in order. */
async function transfer (out: MessageStream, inn: MessageStream, messages: Array<Uint8Array | Uint8ArrayList>): Promise<Uint8Array> {
  const total = messages.reduce((n, m) => n + m.byteLength, 0)
  const got = new Uint8ArrayList()
  const received = new Promise<void>(resolve => {
    inn.addEventListener('message', evt => { got.append(evt.data); if (got.byteLength === total) resolve() })
  })
  for (const m of messages) if (!out.send(m)) await out.onDrain()
  await received
  return got.subarray()
}

const pattern = (bytes: number, seed: number): Uint8Array => Uint8Array.from({ length: bytes }, (_, i) => (i * 7 + seed) & 0xff)

describe('leanNoise', () => {
  it('hands the transport each encrypted message as one chunk (stock noise: its length and its ciphertext apart, and more for a message in parts)', async () => {
    // a short message, one past chacha's 1,200-byte switch in parts (as yamux hands a frame: header, then body), and one over noise's 65,519-byte message
    const messages = [pattern(100, 1), new Uint8ArrayList(pattern(12, 2), pattern(3_000, 3)), pattern(70_000, 4)]
    const whole = new Uint8ArrayList(...messages).subarray()
    for (const [make, oneChunkOnly] of [[leanNoise(), true], [noise(), false]] as const) {
      const { out, inn, chunks } = await securedPair(make)
      chunks.length = 0 // (the handshake's)
      expect(Buffer.compare(await transfer(out, inn, messages), whole)).toBe(0)
      expect(chunks.length).toBeGreaterThan(0)
      expect(chunks.every(n => n === 1)).toBe(oneChunkOnly)
    }
  })

  it('leaves a send over 256 KB in its chunks (no copy of megabytes) and still delivers it whole', async () => {
    const big = pattern(1024 * 1024, 5)
    const { out, inn, chunks } = await securedPair(leanNoise())
    chunks.length = 0
    expect(Buffer.compare(await transfer(out, inn, [big]), big)).toBe(0)
    expect(chunks.some(n => n > 1)).toBe(true)
  })

  it('reads with a length decoder that does not throw on an empty buffer (stock noise: a RangeError per message read)', async () => {
    type Decoding = { decoder: { lengthDecoder: (buf: Uint8ArrayList) => number } }
    for (const [make, throws] of [[leanNoise(), false], [noise(), true]] as const) {
      const { out, inn } = await securedPair(make)
      for (const connection of [out, inn]) {
        const read = (): number => (connection as unknown as Decoding).decoder.lengthDecoder(new Uint8ArrayList())
        if (throws) expect(read).toThrow(RangeError)
        else expect(read()).toBeGreaterThan(65_535) // (a length no noise message has: the reader waits)
      }
      const messages = Array.from({ length: 50 }, (_, i) => pattern(10 + i * 37, i))
      expect(Buffer.compare(await transfer(out, inn, messages), new Uint8ArrayList(...messages).subarray())).toBe(0)
    }
  })

  it('takes messages out as their bytes arrive, one byte at a time or many messages at once', () => {
    const messages = Array.from({ length: 20 }, (_, i) => pattern(i * 13, i)).filter(m => m.byteLength > 0)
    const wire = new Uint8ArrayList(...messages.flatMap(m => [Uint8Array.of(m.byteLength >> 8, m.byteLength & 0xff), m])).subarray()
    for (const step of [1, 2, 3, 50, wire.byteLength]) {
      const decoder = new LengthPrefixedDecoder({ lengthDecoder: () => { throw new RangeError('stock') }, maxBufferSize: 16 * 1024 * 1024, encodingLength: () => 2 })
      readsWithoutThrowing({ connection: { decoder } })
      const out: Uint8Array[] = []
      for (let i = 0; i < wire.byteLength; i += step) for (const m of decoder.decode(wire.subarray(i, i + step))) out.push(m.subarray())
      expect(out.map(m => Buffer.from(m).toString('hex'))).toEqual(messages.map(m => Buffer.from(m).toString('hex')))
    }
  })
})
