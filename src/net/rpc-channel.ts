import { lpStream, type LengthPrefixedStream } from '@libp2p/utils'
import { decodeFrame, encodeFrame } from './codec.js'
import type { RpcFrame } from './envelope.js'
import { afterThisTurn } from './next-turn.js'
import type { Stream } from '@libp2p/interface'

/** What lpStream and the stream raise when a peer announces or sends more than the limit. */
const OVERSIZE_ERRORS = new Set(['InvalidDataLengthError', 'InvalidDataLengthLengthError', 'StreamBufferError'])

interface Outgoing { bytes: Uint8Array, resolve: () => void, reject: (err: unknown) => void }

/**
 * One persistent length-prefixed stream to a peer. Frames are written one at a time
 * (a write never interleaves with another) and read by a single loop that hands each
 * decoded frame to `onFrame`. A frame that is not a valid RpcFrame goes to `onBadFrame`
 * and the loop goes on: length prefixes keep the stream in step. A length over the
 * limit cannot be skipped safely, so the stream is aborted instead.
 */
export class RpcChannel {
  private readonly lp: LengthPrefixedStream<Stream>
  private writing: Promise<void> = Promise.resolve()
  /** Frames sent since the last flush: they go out in one write (see send). */
  private outgoing: Outgoing[] = []
  private closedFlag = false
  readonly closed: Promise<void>

  constructor (
    readonly stream: Stream,
    maxFrameBytes: number,
    private readonly onFrame: (frame: RpcFrame) => void,
    private readonly onBadFrame: (reason: 'malformed' | 'oversize', err: unknown) => void
  ) {
    // A persistent stream is idle between requests; libp2p's default inactivity
    // timeout would reset it every two minutes for nothing.
    stream.inactivityTimeout = 0
    stream.maxReadBufferLength = maxFrameBytes + 1024
    this.lp = lpStream(stream, { maxDataLength: maxFrameBytes, maxBufferSize: maxFrameBytes + 1024 })
    this.closed = this.readLoop().finally(() => { this.closedFlag = true })
  }

  get isClosed (): boolean {
    return this.closedFlag || this.stream.status !== 'open'
  }

  /**
   * Queues `frame`; resolves once it is written. Frames sent in one turn of the event loop
   * go out together, each length-prefixed, in one write: one muxer frame, one encryption
   * and one socket write for all of them. A frame a write apart cost ~4 socket writes
   * (noise's length prefix, yamux's window update back), and socket writes were a quarter
   * of a busy lease holder's time.
   */
  send (frame: Partial<RpcFrame>): Promise<void> {
    const bytes = encodeFrame(frame)
    return new Promise<void>((resolve, reject) => {
      if (this.outgoing.push({ bytes, resolve, reject }) === 1) afterThisTurn(() => { this.flush() })
    })
  }

  private flush (): void {
    const batch = this.outgoing
    this.outgoing = []
    const write = this.writing.then(async () => { await this.lp.writeV(batch.map(f => f.bytes)) })
    this.writing = write.catch(() => {})
    write.then(() => { for (const f of batch) f.resolve() }, err => { for (const f of batch) f.reject(err) })
  }

  close (): void {
    this.closedFlag = true
    this.stream.abort(new Error('channel closed'))
  }

  private async readLoop (): Promise<void> {
    while (true) {
      let bytes: Uint8Array
      try {
        bytes = (await this.lp.read()).subarray()
      } catch (err: any) {
        if (OVERSIZE_ERRORS.has(err?.name)) {
          this.onBadFrame('oversize', err)
          this.stream.abort(err)
        }
        return // stream ended or was reset
      }
      let frame: RpcFrame
      try {
        frame = decodeFrame(bytes)
      } catch (err) {
        this.onBadFrame('malformed', err)
        continue
      }
      this.onFrame(frame)
    }
  }
}
