import { yamux } from '@chainsafe/libp2p-yamux'
import { StreamState, type YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import type { StreamMuxerFactory } from '@libp2p/interface'

type YamuxInit = Parameters<typeof yamux>[0]
/** The muxer's private stream constructor, the one place every stream (ours and the peer's) is made. */
interface MakesStreams { _newStream: (...args: unknown[]) => YamuxStream }

/**
 * yamux as js-libp2p ships it (8.0), except that a stream offers its sender a window of
 * OFFERED_WINDOW (2 MiB) at once instead of 256 KiB, and gives it more credit only once it has
 * received half its window, as rust-yamux does (libp2p/rust-yamux#109), instead of after
 * every data frame. The spec leaves that choice to the receiver, so peers running
 * the stock muxer interoperate. Why: every message a peer sends over a stream was answered
 * by a window-update frame, that is an encryption and a socket write at the receiver and a
 * wake-up, a read and a decryption at the sender, for nothing: one update to ten replicas
 * cost twenty frames, and the ten-process document benchmark ran that many processes
 * on two cores. Credit is renewed at each half-window step instead of each frame.
 *
 * It reaches into yamux's internals (the muxer's `_newStream`, a stream's window counters):
 * the dependency is pinned to 8.0.x, and if they are not where 8.0 has them the streams stay
 * stock (test/unit/half-window-yamux.test.ts fails then, so an upgrade cannot lose this quietly).
 */
export function halfWindowYamux (init?: YamuxInit): () => StreamMuxerFactory {
  const make = yamux(init)
  return () => {
    const factory = make()
    const createStreamMuxer = factory.createStreamMuxer.bind(factory)
    factory.createStreamMuxer = maConn => {
      const muxer = createStreamMuxer(maConn)
      const streams = muxer as unknown as MakesStreams
      if (typeof streams._newStream !== 'function') return muxer
      const newStream = streams._newStream.bind(muxer)
      streams._newStream = (...args) => creditAtHalfWindow(newStream(...args))
      return muxer
    }
    return factory
  }
}

/**
 * The receive window a stream offers at once. Half the default limit of a stream's read
 * buffer (4 MiB, past which the stream is aborted): a reader that pauses stops granting
 * credit, and what its sender may still send then must fit.
 */
const OFFERED_WINDOW = 2 * 1024 * 1024

/**
 * `stream`, offering OFFERED_WINDOW at once (or yamux's largest, if smaller), and sending
 * window updates only once half of it is used (or to carry a flag: SYN, ACK).
 */
function creditAtHalfWindow (stream: YamuxStream): YamuxStream {
  const window = stream as unknown as { recvWindow?: number, recvWindowCapacity?: number, maxStreamWindowSize?: number }
  if (typeof window.recvWindow !== 'number' || typeof window.recvWindowCapacity !== 'number' || typeof window.maxStreamWindowSize !== 'number') return stream
  // The sender starts with yamux's 256 KiB of credit; our first window update (the SYN of a
  // stream we open, else the one after its first data) raises it. Stock yamux grows a window
  // only when it fills within four of the connection's round trips, which a loopback link's
  // round trip of 0 ms (Date.now()) never allows: a 1.6 MB document sent to a late joiner
  // waited for a window update every 128 KiB, a dozen turns of a busy event loop, 60-700 ms
  // of a 300-990 ms join among ten replicas in one process (scratch marks, scenario 14).
  window.recvWindow = Math.max(window.recvWindow, Math.min(OFFERED_WINDOW, window.maxStreamWindowSize))
  const sendWindowUpdate = stream.sendWindowUpdate.bind(stream)
  stream.sendWindowUpdate = () => {
    if (stream.state === StreamState.Established && window.recvWindowCapacity! * 2 > window.recvWindow!) return
    sendWindowUpdate()
  }
  return stream
}
