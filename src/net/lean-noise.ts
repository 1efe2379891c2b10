import { noise } from '@chainsafe/libp2p-noise'
import { Uint8ArrayList } from 'uint8arraylist'
import type { ConnectionEncrypter, MessageStream } from '@libp2p/interface'

type NoiseInit = Parameters<typeof noise>[0]
type NoiseComponents = Parameters<ReturnType<typeof noise>>[0]
/** What a transport's connection implements (@libp2p/utils' AbstractMessageStream): write these bytes now. */
interface SendsData { sendData: (data: Uint8ArrayList) => unknown }
/** What noise's connection reads messages with (@libp2p/utils' LengthPrefixedDecoder). */
interface ReadsMessages { decoder?: { lengthDecoder?: (buf: Uint8ArrayList | Uint8Array) => number, maxDataLength?: number } }

/** Above this many bytes the chunks go as they are: a copy costs more than the writes it saves. */
const MERGE_MAX_BYTES = 256 * 1024

/**
 * noise as js-libp2p ships it (17.0), except for two costs per message it need not have.
 * The bytes on the wire are the same, so peers interoperate.
 *
 * - What it hands the transport in one go goes out in one write. noise hands over each
 *   message as a list of chunks (its 2-byte length, the ciphertext, and for a long message
 *   the ciphertext of each part and the tag apart), and the TCP transport writes each chunk
 *   with its own `socket.write` (with TCP_NODELAY: its own segment, its own wake-up of the
 *   reader), a WebSocket sends each as its own frame. A lease holder answering four workers
 *   and replicating to two voters made ~2,000 writes a second for ~500 reads.
 * - Its reader asks for the next message's length once it has taken the last one out, with
 *   the buffer empty, and the length decoder answers that with a thrown RangeError (an
 *   Error and its stack trace per message received): 15 % of a queue client's CPU making
 *   one request after another. Here it answers a length no buffer of under 2 bytes holds,
 *   and the reader waits for more bytes as it does on the error.
 *
 * It reaches into the transport's connection (the `sendData` of @libp2p/utils'
 * AbstractMessageStream, which every libp2p 3 transport's connection extends) and into
 * noise's connection (its `decoder`, a LengthPrefixedDecoder): where either is not there,
 * that part is left stock (test/unit/lean-noise.test.ts fails then, so an upgrade cannot
 * lose this quietly).
 */
export function leanNoise (init?: NoiseInit): (components: NoiseComponents) => ConnectionEncrypter {
  const make = noise(init)
  return components => {
    const encrypter = make(components)
    const secureInbound = encrypter.secureInbound.bind(encrypter)
    const secureOutbound = encrypter.secureOutbound.bind(encrypter)
    encrypter.secureInbound = async (connection, options) => readsWithoutThrowing(await secureInbound(inOneWrite(connection), options))
    encrypter.secureOutbound = async (connection, options) => readsWithoutThrowing(await secureOutbound(inOneWrite(connection), options))
    return encrypter
  }
}

/** `secured`, its connection's reader given a length decoder that does not throw when fewer than 2 bytes are there. */
export function readsWithoutThrowing<S extends { connection: unknown }> (secured: S): S {
  const decoder = (secured.connection as ReadsMessages).decoder
  if (typeof decoder?.lengthDecoder !== 'function' || typeof decoder.maxDataLength !== 'number') return secured
  const waitForMore = decoder.maxDataLength // (the decoder then needs 2 + that many bytes: it waits)
  decoder.lengthDecoder = buf => buf.byteLength < 2 ? waitForMore : (at(buf, 0) << 8) | at(buf, 1)
  return secured
}

function at (buf: Uint8ArrayList | Uint8Array, i: number): number {
  return buf instanceof Uint8Array ? buf[i]! : buf.get(i)
}

/** `connection`, its sends from now on made of one chunk (one copy) when they are not big. */
export function inOneWrite<S extends MessageStream> (connection: S): S {
  const target = connection as unknown as Partial<SendsData>
  if (typeof target.sendData !== 'function') return connection
  const sendData = target.sendData.bind(connection)
  target.sendData = data => sendData(data.byteLength <= MERGE_MAX_BYTES && chunked(data) ? new Uint8ArrayList(data.subarray()) : data)
  return connection
}

function chunked (data: Uint8ArrayList): boolean {
  let chunks = 0
  for (const _ of data) if (++chunks > 1) return true
  return false
}
