import * as varint from 'uint8-varint'
import { Uint8ArrayList } from 'uint8arraylist'
import { InvalidMessageError } from '../errors.js'
import { decodeFrame, encodeFrame } from './codec.js'
import type { RpcFrame } from './envelope.js'
import { lengthPrefixed } from './length-prefixed.js'
import { afterThisTurn } from './next-turn.js'
import type { Stream } from '@libp2p/interface'

/**
 * The most one read can bring: yamux's largest stream window (16 MiB). A read is added to
 * what is held before frames are taken out, so what may be held is one frame plus this: a
 * limit of one frame (lpStream's, before) aborted a stream whose peer wrote many frames in
 * one turn that arrived in one read, each frame within the limit.
 */
const MAX_READ_BYTES = 16 * 1024 * 1024

/** A varint of a frame's length takes at most this many bytes (lengths up to 2^35). */
const MAX_LENGTH_BYTES = 5

/**
 * The frame length announced at the head of `buf`. While its varint is not all there it
 * answers `max`, a length no such buffer holds, so that the reader waits for more bytes
 * (varint.decode throws a RangeError then, and building and catching an Error for every
 * frame was 4 % of a replica's busy time). A varint longer than MAX_LENGTH_BYTES answers
 * more than `max`, which the reader refuses.
 */
function frameLength (max: number): (buf: Uint8Array) => number {
  return buf => {
    const head = buf.subarray(0, MAX_LENGTH_BYTES)
    if (head.some(b => b < 0x80)) return varint.decode(head) // its last byte is there
    return head.byteLength >= MAX_LENGTH_BYTES ? max + 1 : max
  }
}

/**
 * A batch this big goes out at once instead of after the turn: gathering saves writes for
 * small frames only, and in a busy process the turn's end came 30-40 ms later (a holder's
 * answer to a late joiner, 1.6 MB, sat that long in one process of eleven peers).
 */
const FLUSH_NOW_BYTES = 64 * 1024

interface Outgoing { bytes: Uint8Array, resolve: () => void, reject: (err: unknown) => void }

/**
 * One persistent length-prefixed stream to a peer. Frames are written one at a time
 * (a write never interleaves with another), and each decoded as its bytes arrive and
 * handed to `onFrame`. A frame that is not a valid RpcFrame goes to `onBadFrame` and the
 * stream goes on: length prefixes keep it in step. A length over the limit cannot be
 * skipped safely, so the stream is aborted instead. (Not lpStream: it reads a length a
 * byte at a time, each an awaited read, and throws and catches an Error for each frame
 * whose length takes two bytes.)
 */
export class RpcChannel {
  /** The last write handed to the stream, settled once it drained: the next waits for it. */
  private writing: Promise<void> = Promise.resolve()
  /** Writes handed over and not drained yet (a write now would overtake them). */
  private writesInFlight = 0
  /** Frames sent since the last flush: they go out in one write (see send). */
  private outgoing: Outgoing[] = []
  private outgoingBytes = 0
  private closedFlag = false
  readonly closed: Promise<void>

  /** The length announced at the head of a buffer (see frameLength). */
  private readonly lengthAt: (buf: Uint8Array) => number
  /** Bytes read that do not make a whole frame yet. */
  private readonly pending = new Uint8ArrayList()

  constructor (
    readonly stream: Stream,
    private readonly maxFrameBytes: number,
    private readonly onFrame: (frame: RpcFrame) => void,
    private readonly onBadFrame: (reason: 'malformed' | 'oversize', err: unknown) => void
  ) {
    // A persistent stream is idle between requests; libp2p's default inactivity
    // timeout would reset it every two minutes for nothing.
    stream.inactivityTimeout = 0
    stream.maxReadBufferLength = maxFrameBytes + 1024
    this.lengthAt = frameLength(maxFrameBytes)
    stream.addEventListener('message', evt => { this.read(evt.data) })
    this.closed = new Promise<void>(resolve => {
      const ended = (): void => { this.closedFlag = true; resolve() }
      stream.addEventListener('close', ended, { once: true })
      stream.addEventListener('remoteCloseWrite', ended, { once: true }) // nothing more will come
    })
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
    return this.sendEncoded(encodeFrame(frame))
  }

  /**
   * `send` of a frame already encoded (one frame for many channels: a notice to every peer).
   * `now`: the frame is a batch of its own (RpcService.notifyAll's), written at once when
   * nothing waits before it on this channel rather than at the end of the turn. A document
   * update's fan-out waited for the turn's end behind the rest of the turn's work (storing
   * the edit, other microtasks, the poll): with every replica in its own process the last
   * reader's median is ~7 % lower without that wait; in one process, where the readers run
   * after all that work anyway, it is unchanged (bench/HISTORY.md, 2026-12-05).
   */
  sendEncoded (bytes: Uint8Array, now = false): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const first = this.outgoing.push({ bytes, resolve, reject }) === 1
      this.outgoingBytes += bytes.byteLength
      if ((now && first && this.writesInFlight === 0) || this.outgoingBytes >= FLUSH_NOW_BYTES) this.flush()
      else if (first) afterThisTurn(() => { this.flush() })
    })
  }

  private flush (): void {
    const batch = this.outgoing
    if (batch.length === 0) return // (went out early: see FLUSH_NOW_BYTES and `now`)
    this.outgoing = []
    this.outgoingBytes = 0
    // handed to the stream now when nothing is in flight, else once the write before it drained
    const write = this.writesInFlight++ === 0 ? this.write(batch) : this.writing.then(async () => { await this.write(batch) })
    const drained = write.finally(() => { this.writesInFlight-- })
    this.writing = drained.catch(() => {})
    drained.then(() => { for (const f of batch) f.resolve() }, err => { for (const f of batch) f.reject(err) })
  }

  /** `batch` to the stream (at once: its send is synchronous); resolves once the stream takes more. */
  private async write (batch: Outgoing[]): Promise<void> {
    if (!this.stream.send(framed(batch))) await this.stream.onDrain()
  }

  close (): void {
    this.closedFlag = true
    this.stream.abort(new Error('channel closed'))
  }

  /**
   * Hands over the whole frames `data` completes. The common case, one chunk of whole
   * frames with nothing held from before, is read in place: going through a list (as
   * @libp2p/utils' LengthPrefixedDecoder, used before, does for every read) made a list and
   * its views per frame, a tenth of what a reader allocated for an update (bench/docs-gaps.ts --alloc).
   */
  private read (data: Uint8Array | Uint8ArrayList): void {
    const inPlace = this.pending.byteLength === 0 && (data instanceof Uint8Array || data.byteLength <= FLUSH_NOW_BYTES)
    if (!inPlace) {
      this.pending.append(data)
      if (this.pending.byteLength > this.maxFrameBytes + MAX_READ_BYTES) { this.oversize(`${this.pending.byteLength} bytes held`); return }
    }
    const bytes = inPlace ? (data instanceof Uint8Array ? data : data.subarray()) : this.pending
    const used = this.takeFrames(bytes)
    if (used < 0) return
    if (!inPlace) this.pending.consume(used)
    else if (used < bytes.byteLength) this.pending.append(bytes.subarray(used)) // (a frame not all there yet)
  }

  /** Hands over the whole frames at the head of `bytes`: the bytes they took, or -1 when one is over the limit (the stream is aborted). */
  private takeFrames (bytes: Uint8Array | Uint8ArrayList): number {
    let at = 0
    while (at < bytes.byteLength) {
      const length = this.lengthAt(bytes.subarray(at, Math.min(bytes.byteLength, at + MAX_LENGTH_BYTES)))
      if (length > this.maxFrameBytes) { this.oversize(`a frame of ${length} bytes`); return -1 }
      const start = at + varint.encodingLength(length)
      if (start + length > bytes.byteLength) break // (the rest of it comes in a later read)
      if (length > 0) this.deliver(bytes.subarray(start, start + length))
      at = start + length
    }
    return at
  }

  /** A length over the limit cannot be skipped safely: the stream ends. */
  private oversize (what: string): void {
    const err = new InvalidMessageError('oversize', `${what}, over the limit of ${this.maxFrameBytes}`)
    this.onBadFrame('oversize', err)
    this.stream.abort(err)
  }

  private deliver (bytes: Uint8Array): void {
    let frame: RpcFrame
    try {
      frame = decodeFrame(bytes)
    } catch (err) {
      this.onBadFrame('malformed', err)
      return
    }
    try {
      this.onFrame(frame)
    } catch (err) {
      this.onBadFrame('malformed', err) // (its handlers catch their own: this only keeps a listener's throw from ending the process)
    }
  }
}

/**
 * A batch as one write: each frame after its length. Up to FLUSH_NOW_BYTES copied into one
 * array (one chunk for every layer below, where a list of two per frame was a list and
 * its views at each); a bigger batch as a list, not copied.
 */
function framed (batch: Outgoing[]): Uint8Array | Uint8ArrayList {
  const frames = batch.map(f => f.bytes)
  if (frames.reduce((n, f) => n + f.byteLength, 0) > FLUSH_NOW_BYTES) return new Uint8ArrayList(...frames.flatMap(f => [varint.encode(f.byteLength), f]))
  return lengthPrefixed(frames)
}
