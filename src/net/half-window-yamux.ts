import { yamux } from '@chainsafe/libp2p-yamux'
import { StreamState, type YamuxStream } from '@chainsafe/libp2p-yamux/stream'
import type { StreamMuxerFactory } from '@libp2p/interface'

type YamuxInit = Parameters<typeof yamux>[0]
/** The muxer's private stream constructor, the one place every stream (ours and the peer's) is made. */
interface MakesStreams { _newStream: (...args: unknown[]) => YamuxStream }

/**
 * yamux as js-libp2p ships it (8.0), except that a stream gives its sender more credit only
 * once it has received half its window, as rust-yamux does (libp2p/rust-yamux#109), instead
 * of after every data frame. The spec leaves that choice to the receiver, so peers running
 * the stock muxer interoperate. Why: every message a peer sends over a stream was answered
 * by a window-update frame, that is an encryption and a socket write at the receiver and a
 * wake-up, a read and a decryption at the sender, for nothing: one update to ten replicas
 * cost twenty frames, and the ten-process document benchmark ran that many processes
 * on two cores. Credit still grows as yamux grows it (it doubles a window that filled within
 * four round trips), now at each half-window step instead of each frame.
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

/** `stream`, sending window updates only once half its receive window is used (or to carry a flag: SYN, ACK). */
function creditAtHalfWindow (stream: YamuxStream): YamuxStream {
  const window = stream as unknown as { recvWindow?: number, recvWindowCapacity?: number }
  if (typeof window.recvWindow !== 'number' || typeof window.recvWindowCapacity !== 'number') return stream
  const sendWindowUpdate = stream.sendWindowUpdate.bind(stream)
  stream.sendWindowUpdate = () => {
    if (stream.state === StreamState.Established && window.recvWindowCapacity! * 2 > window.recvWindow!) return
    sendWindowUpdate()
  }
  return stream
}
