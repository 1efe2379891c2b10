import { AbortedError, errorFromWire, InvalidMessageError, StoppedError, TimeoutError, UnsupportedError, wireError } from '../errors.js'
import { setMaxListeners } from 'main-event'
import { abortError, anySignal, raceAbort } from './abort.js'
import { encodeFrame, type Body, type BodyKind, type Message, type Wire } from './codec.js'
import { RpcChannel } from './rpc-channel.js'
import type { Stats } from './stats.js'
import type { RpcFrame } from './envelope.js'
import type { Libp2p, PeerId, Stream } from '@libp2p/interface'

export interface RequestOptions {
  /** Deadline for the answer. Default: the service's `timeoutMs`. */
  timeoutMs?: number
  signal?: AbortSignal
}

/**
 * The request/response port the layers above use: ask a peer, answer requests by kind.
 * RpcService implements it over libp2p streams; MemoryNetwork (memory-rpc.ts) in memory,
 * for deterministic tests of the state machines above.
 */
export interface Rpc {
  request: (peer: PeerId, body: Body, options?: RequestOptions) => Promise<Message>
  handle: <K extends BodyKind>(kind: K, handler: RpcHandler<K>) => void
}

/** Answers one kind of request; the service only ever calls it with a message of that kind. */
export type RpcHandler<K extends BodyKind = BodyKind> = (msg: Message<K>, signal: AbortSignal) => Promise<Body>

export interface RpcServiceOptions {
  /** The stream protocol's ids, newest version first: we answer on all, and dial asking for the newest the peer speaks. */
  protocols: string[]
  wire: Wire
  maxFrameBytes: number
  timeoutMs: number
  stats: Stats
  log: (...args: unknown[]) => void
}

interface Pending { resolve: (m: Message) => void, reject: (e: Error) => void, channel: RpcChannel }

/** The id of a one-way frame (`notify`): requests count from 1. */
const ONE_WAY = 0n

/**
 * Request/response over one persistent stream per peer (a new stream per request costs
 * ten times the round trip). Our requests travel on the stream we opened; the peer's on
 * the stream it opened. Requests carry an id; answers may come back in any order.
 */
export class RpcService implements Rpc {
  private readonly handlers = new Map<BodyKind, RpcHandler>()
  private readonly outbound = new Map<string, Promise<RpcChannel>>()
  /** Our streams that are open now, by peer: a request on one takes the short path (requestOn). */
  private readonly ready = new Map<string, RpcChannel>()
  private readonly pending = new Map<bigint, Pending>()
  private readonly inbound = new Set<RpcChannel>()
  private readonly stopController = new AbortController()
  private nextId = 1n

  constructor (private readonly node: Libp2p, private readonly opts: RpcServiceOptions) {}

  async start (): Promise<void> {
    await this.node.handle(this.opts.protocols, (stream, connection) => {
      this.serve(stream, connection.remotePeer)
    }, { maxInboundStreams: 8, maxOutboundStreams: 8 })
  }

  handle<K extends BodyKind> (kind: K, handler: RpcHandler<K>): void {
    this.handlers.set(kind, handler as RpcHandler)
  }

  async request (peer: PeerId, body: Body, options: RequestOptions = {}): Promise<Message> {
    if (this.stopController.signal.aborted) throw new StoppedError('rpc')
    const open = this.ready.get(peer.toString())
    if (open != null && !open.isClosed) return await this.requestOn(open, peer, body, options)
    const signal = anySignal([options.signal, AbortSignal.timeout(Math.max(1, Math.ceil(options.timeoutMs ?? this.opts.timeoutMs))), this.stopController.signal])
    this.opts.stats.count('rpc', 'requests')
    if (peer.equals(this.node.peerId)) return await raceAbort(this.local(body), signal, peer)
    const channel = await raceAbort(this.channelTo(peer, signal), signal, peer)
    const id = this.nextId++
    const answer = new Promise<Message>((resolve, reject) => this.pending.set(id, { resolve, reject, channel }))
    answer.catch(() => {}) // if send() fails first, a later rejection of `answer` is not news
    try {
      // a write can wait for the link (a full send window behind a cut): the deadline bounds it too
      await raceAbort(channel.send({ id, response: false, body: this.opts.wire.encode(this.node.peerId, body) }), signal, peer)
      return await raceAbort(answer, signal, peer)
    } catch (err) {
      this.opts.stats.count('rpc', 'failures')
      throw err
    } finally {
      this.pending.delete(id)
    }
  }

  /**
   * A request on a stream that is open: one timer, and one abort listener if the caller
   * gave a signal. (The general path's three signals a request were ~8 % of a busy lease
   * holder's time.) It ends as that path does: TimeoutError at the deadline, AbortedError
   * when aborted, when the stream closes or when this service stops.
   */
  private async requestOn (channel: RpcChannel, peer: PeerId, body: Body, options: RequestOptions): Promise<Message> {
    this.opts.stats.count('rpc', 'requests')
    const signal = options.signal
    if (signal?.aborted === true) throw abortError(signal, peer)
    const id = this.nextId++
    return await new Promise<Message>((resolve, reject) => {
      const end = (err: Error | undefined, reply?: Message): void => {
        if (!this.pending.delete(id)) return
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
        if (err == null) { resolve(reply!); return }
        this.opts.stats.count('rpc', 'failures')
        reject(err)
      }
      const onAbort = (): void => { end(abortError(signal!, peer)) }
      const timer = setTimeout(() => { end(new TimeoutError(`no answer from ${peer.toString()} in time`)) }, Math.max(1, Math.ceil(options.timeoutMs ?? this.opts.timeoutMs)))
      signal?.addEventListener('abort', onAbort, { once: true })
      this.pending.set(id, { resolve: reply => { end(undefined, reply) }, reject: err => { end(err) }, channel })
      channel.send({ id, response: false, body: this.opts.wire.encode(this.node.peerId, body) }).catch(err => { end(err as Error) })
    })
  }

  /**
   * A one-way message: written to the peer's stream with id 0, which the peer handles and
   * does not answer (errors included: it counts them). Half the traffic of a request, for
   * messages whose answer says nothing (a document update). Resolves once written.
   */
  async notify (peer: PeerId, body: Body, options: RequestOptions = {}): Promise<void> {
    const [result] = await this.notifyAll([peer], body, options)
    if (result?.status === 'rejected') throw result.reason
  }

  /**
   * `notify` to each of `peers`, the body encoded once and one deadline for all: what a
   * message for everyone costs the sender grows with the peers by a frame write each.
   * Settles with each peer's outcome, in order.
   */
  async notifyAll (peers: PeerId[], body: Body, options: RequestOptions = {}): Promise<Array<PromiseSettledResult<void>>> {
    if (this.stopController.signal.aborted) throw new StoppedError('rpc')
    const timeoutMs = Math.max(1, Math.ceil(options.timeoutMs ?? this.opts.timeoutMs))
    // the same frame to every peer (a notice's id is 0): encoded once, not once per peer
    const frame = encodeFrame({ id: ONE_WAY, response: false, body: this.opts.wire.encode(this.node.peerId, body) })
    this.opts.stats.count('rpc', 'requests', peers.length)
    const outcomes: Array<PromiseSettledResult<void> | undefined> = peers.map(() => undefined)
    const sendOn = async (channel: Promise<RpcChannel> | RpcChannel, i: number): Promise<void> => {
      try {
        // (an open channel is written to in this call: see sendEncoded's `now`)
        await (channel instanceof RpcChannel ? channel.sendEncoded(frame, true) : (await channel).sendEncoded(frame, true))
        outcomes[i] = { status: 'fulfilled', value: undefined }
      } catch (err) {
        outcomes[i] = { status: 'rejected', reason: err }
      }
    }
    const open = peers.map(p => this.ready.get(p.toString()))
    if (options.signal == null && open.every(c => c != null && !c.isClosed)) {
      // every stream open (the common case): one timer for the batch and no signals, which
      // with a TimeoutError made ready for each peer were a tenth of a document push's cost
      let timer: ReturnType<typeof setTimeout> | undefined
      const deadline = new Promise<void>(resolve => { timer = setTimeout(resolve, timeoutMs) })
      await Promise.race([Promise.all(open.map(async (c, i) => { await sendOn(c!, i) })), deadline])
      clearTimeout(timer)
    } else {
      const signal = anySignal([options.signal, AbortSignal.timeout(timeoutMs), this.stopController.signal])
      setMaxListeners(Infinity, signal) // each new stream's dial listens on it too
      // one race for the whole batch (a listener per peer on one signal: Node warns past ten)
      const sends = Promise.all(peers.map(async (peer, i) => { await sendOn(this.channelTo(peer, signal), i) }))
      await raceAbort(sends, signal, this.node.peerId).catch(() => {}) // the unsettled keep their timeout
    }
    return outcomes.map((o, i) => o ?? { status: 'rejected', reason: new TimeoutError(`notice to ${peers[i]!.toString()} not written in time`) })
  }

  /** Whether our stream to `peer` is open now (so the link between us carries streams). */
  isOpenTo (peer: PeerId): boolean {
    const channel = this.ready.get(peer.toString())
    return channel != null && !channel.isClosed
  }

  /** Opens our stream to `peer` now, if it is not open, so that a first request or notice does not wait for it. */
  prepare (peer: PeerId): void {
    if (this.stopController.signal.aborted || peer.equals(this.node.peerId)) return
    this.channelTo(peer, AbortSignal.timeout(this.opts.timeoutMs)).catch(() => {})
  }

  async stop (): Promise<void> {
    this.stopController.abort()
    for (const p of [...this.pending.values()]) p.reject(new AbortedError('rpc stopped'))
    await Promise.all(this.opts.protocols.map(async p => { await this.node.unhandle(p).catch(() => {}) }))
    for (const p of this.outbound.values()) p.then(c => c.close(), () => {})
    for (const c of this.inbound) c.close()
    this.outbound.clear()
    this.ready.clear()
  }

  private channelTo (peer: PeerId, signal: AbortSignal): Promise<RpcChannel> {
    const key = peer.toString()
    const existing = this.outbound.get(key)
    if (existing != null) {
      return existing.then(c => c.isClosed ? this.reopen(peer, key, signal) : c, () => this.reopen(peer, key, signal))
    }
    return this.reopen(peer, key, signal)
  }

  private reopen (peer: PeerId, key: string, signal: AbortSignal): Promise<RpcChannel> {
    const opening = this.node.dialProtocol(peer, this.opts.protocols, { signal }).then(stream => {
      const channel = this.channel(stream, peer, frame => this.onAnswer(frame, peer))
      this.ready.set(key, channel)
      void channel.closed.then(() => {
        if (this.outbound.get(key) === opening) this.outbound.delete(key)
        if (this.ready.get(key) === channel) this.ready.delete(key)
        // answers cannot arrive on a closed stream: fail its requests now, not at their deadline
        for (const p of this.pending.values()) if (p.channel === channel) p.reject(new AbortedError(`stream to ${key} closed`))
      })
      return channel
    })
    this.outbound.set(key, opening)
    opening.catch(() => { if (this.outbound.get(key) === opening) this.outbound.delete(key) })
    return opening
  }

  /** Runs the handler for a request that arrived (and was validated) by another path. */
  async dispatch (request: Message): Promise<Body> {
    const reply = await this.run(request)
    this.opts.wire.kindOf(reply)
    return reply
  }

  /** The handler's answer to `message`, unchecked: a notice's is dropped. (Not async: a layer of promises per message less.) */
  private run (message: Message): Promise<Body> {
    const handler = this.handlers.get(message.kind)
    try {
      if (handler == null) throw new InvalidMessageError('type', `no handler for ${message.kind}`)
      return handler(message, this.stopController.signal)
    } catch (err) {
      return Promise.reject(err) // (a handler that throws before its first await)
    }
  }

  /** A request to this very peer: run the handler directly (libp2p cannot dial itself). */
  private async local (body: Body): Promise<Message> {
    const self = this.node.peerId
    const reply = await this.dispatch(this.opts.wire.decode(this.opts.wire.encode(self, body), self, Number.POSITIVE_INFINITY))
    return this.opts.wire.decode(this.opts.wire.encode(self, reply), self, Number.POSITIVE_INFINITY)
  }

  private channel (stream: Stream, peer: PeerId, onFrame: (f: RpcFrame) => void): RpcChannel {
    return new RpcChannel(stream, this.opts.maxFrameBytes, onFrame, (reason, err) => {
      this.opts.stats.reject('rpc', reason)
      this.opts.log('rejected frame from %p: %s %o', peer, reason, err)
    })
  }

  private onAnswer (frame: RpcFrame, peer: PeerId): void {
    const waiter = this.pending.get(frame.id)
    if (!frame.response || waiter == null) return // late answer to a request we gave up on
    if (frame.errorCode !== '') {
      waiter.reject(errorFromWire(frame.errorCode, frame.errorMessage, frame.errorDetails))
      return
    }
    try {
      if (frame.body.byteLength === 0) throw new InvalidMessageError('malformed', 'response without body')
      waiter.resolve(this.opts.wire.decode(frame.body, peer, Number.POSITIVE_INFINITY))
    } catch (err) {
      this.rejected(err, peer)
      waiter.reject(err as Error)
    }
  }

  private serve (stream: Stream, peer: PeerId): void {
    const channel: RpcChannel = this.channel(stream, peer, frame => { void this.answer(channel, frame, peer) })
    this.inbound.add(channel)
    void channel.closed.then(() => this.inbound.delete(channel))
  }

  private async answer (channel: RpcChannel, frame: RpcFrame, peer: PeerId): Promise<void> {
    if (frame.response) return
    if (frame.id === ONE_WAY) {
      try {
        if (frame.body.byteLength === 0) throw new InvalidMessageError('malformed', 'notice without body')
        await this.run(this.opts.wire.decode(frame.body, peer, Number.POSITIVE_INFINITY))
        this.opts.stats.count('rpc', 'served')
      } catch (err) {
        this.rejected(err, peer) // counted, not answered
      }
      return
    }
    let reply: Partial<RpcFrame>
    try {
      if (frame.body.byteLength === 0) throw new InvalidMessageError('malformed', 'request without body')
      const body = await this.dispatch(this.opts.wire.decode(frame.body, peer, Number.POSITIVE_INFINITY))
      reply = { id: frame.id, response: true, body: this.opts.wire.encode(this.node.peerId, body) }
      this.opts.stats.count('rpc', 'served')
    } catch (err) {
      this.rejected(err, peer)
      reply = { id: frame.id, response: true, ...wireError(err) }
    }
    await channel.send(reply).catch(() => {})
  }

  private rejected (err: unknown, peer: PeerId): void {
    if (err instanceof UnsupportedError) this.opts.stats.reject('rpc', 'unsupported')
    if (err instanceof InvalidMessageError) {
      this.opts.stats.reject('rpc', err.reason)
      this.opts.log('rejected message from %p: %s', peer, err.message)
    }
  }
}
