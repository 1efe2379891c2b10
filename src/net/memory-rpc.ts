import { AbortedError, errorFromWire, InvalidMessageError, StoppedError, TimeoutError, wireError } from '../errors.js'
import type { Body, BodyKind, Message, Wire } from './codec.js'
import type { RequestOptions, Rpc, RpcHandler } from './rpc.js'
import type { PeerId } from '@libp2p/interface'

/**
 * Request/response in memory, for deterministic tests of the layers above (elections,
 * leases, tables) without sockets. Messages go through the real wire codec, one way takes
 * `latencyMs` on the global timers (fake timers drive it), and links can be cut: a request
 * or answer on a cut link is dropped, so the asker times out, as a real partition does.
 * A request to a peer that is not running is dropped too, unless `refuseStopped` is set:
 * then it is refused a round trip later, as a host whose process died refuses a connection
 * (a commit to crashed voters then fails at once, not when the asker's time runs out).
 * With `holdOnCut`, links behave as TCP connections do: what is sent on a cut link waits
 * and arrives, in order, when the link heals; a link cut for `connectionTimeoutMs` closes
 * its connection (as the connection pinger closes one that stops answering): each request
 * across it fails then (the asker re-sends) and what waited is dropped.
 */
export class MemoryNetwork {
  /** Requests to a stopped (or unknown) endpoint over a link that is up are refused, not dropped. */
  refuseStopped = false
  /** TCP-like links (see above) instead of links that drop what is sent while they are cut. */
  holdOnCut = false
  connectionTimeoutMs = 5_000
  private readonly endpoints = new Map<string, MemoryEndpoint>()
  private readonly cuts = new Set<string>()
  /** With holdOnCut: per cut link, the deliveries waiting for the heal, oldest first, and the timer that closes its connection. */
  private readonly held = new Map<string, { deliveries: Array<() => void>, closer: ReturnType<typeof setTimeout> }>()
  /** Per link, how each request in flight across it fails if its connection closes. */
  private readonly inFlight = new Map<string, Set<(err: Error) => void>>()
  /** Every peer on the network, for `partition` (endpoints, and gossip-only peers). */
  private readonly known = new Set<string>()

  constructor (readonly wire: Wire, readonly latencyMs = 1, readonly defaultTimeoutMs = 10_000) {}

  /** The Rpc port of peer `id`: created on first use, or anew with `fresh` (a restarted process). */
  endpoint (id: PeerId, fresh = false): MemoryEndpoint {
    let e = this.endpoints.get(id.toString())
    if (e == null || fresh) { e = new MemoryEndpoint(id, this); this.endpoints.set(id.toString(), e) }
    this.register(id)
    return e
  }

  /** Makes `id` part of the network (for `partition`) without an Rpc port. */
  register (id: PeerId | string): void { this.known.add(String(id)) }

  cut (a: PeerId | string, b: PeerId | string): void {
    const key = linkKey(a, b)
    if (String(a) === String(b) || this.cuts.has(key)) return
    this.cuts.add(key)
    if (this.holdOnCut) this.held.set(key, { deliveries: [], closer: setTimeout(() => { this.close(key) }, this.connectionTimeoutMs) })
  }

  heal (a: PeerId | string, b: PeerId | string): void { this.healKey(linkKey(a, b)) }
  healAll (): void { for (const key of [...this.cuts]) this.healKey(key) }

  private healKey (key: string): void {
    this.cuts.delete(key)
    const held = this.held.get(key)
    if (held == null) return
    this.held.delete(key)
    clearTimeout(held.closer)
    for (const deliver of held.deliveries) setTimeout(deliver, this.latencyMs)
  }

  /**
   * A link cut for connectionTimeoutMs: its connection closes; requests across it fail, what
   * waited is dropped. While it stays cut, what is sent on it is dropped (a dial that cannot
   * reach the peer): those requests end at their own timeouts.
   */
  private close (key: string): void {
    if (!this.cuts.has(key)) return
    this.held.delete(key)
    const failing = this.inFlight.get(key)
    this.inFlight.delete(key)
    for (const fail of failing ?? []) fail(new Error('connection closed: the link was cut too long'))
  }

  /** Tracks a request across the link from `from` to `to` (see close); returns its untracking. */
  track (from: PeerId, to: string, fail: (err: Error) => void): () => void {
    const key = linkKey(from, to)
    let set = this.inFlight.get(key)
    if (set == null) { set = new Set(); this.inFlight.set(key, set) }
    set.add(fail)
    return () => { this.inFlight.get(key)?.delete(fail) }
  }

  /** Cuts every link between `side` and the rest. */
  partition (side: Array<PeerId | string>): void {
    const inside = new Set(side.map(String))
    for (const a of this.known) for (const b of this.known) if (inside.has(a) !== inside.has(b)) this.cut(a, b)
  }

  connected (a: PeerId | string, b: PeerId | string): boolean {
    return String(a) === String(b) || !this.cuts.has(linkKey(a, b))
  }

  /**
   * Calls `onArrival` after the latency, unless the link is cut or `to` stopped by then
   * (dropped; with `refuseStopped`, a stopped `to` calls `onRefused` another latency later).
   */
  deliver (from: PeerId, to: string, onArrival: (target: MemoryEndpoint | undefined) => void, onRefused?: () => void): void {
    // (a connection is to one run of a process: what waited for a peer that restarted is lost)
    const sentTo = this.endpoints.get(to)
    const arrive = (): void => {
      const target = this.endpoints.get(to)
      if (!this.connected(from, to)) {
        this.held.get(linkKey(from, to))?.deliveries.push(arrive)
        return
      }
      if (this.holdOnCut && target !== sentTo && sentTo != null) return
      if (target == null || target.stopped) {
        if (this.refuseStopped && onRefused != null) setTimeout(() => { if (this.connected(from, to)) onRefused() }, this.latencyMs)
        if (target?.stopped === true) return
      }
      onArrival(target)
    }
    setTimeout(arrive, this.latencyMs)
  }
}

export class MemoryEndpoint implements Rpc {
  private readonly handlers = new Map<BodyKind, RpcHandler>()
  stopped = false

  constructor (readonly self: PeerId, private readonly net: MemoryNetwork) {}

  handle<K extends BodyKind> (kind: K, handler: RpcHandler<K>): void {
    this.handlers.set(kind, handler as RpcHandler)
  }

  stop (): void { this.stopped = true }

  async request (peer: PeerId, body: Body, options: RequestOptions = {}): Promise<Message> {
    if (this.stopped) throw new StoppedError('rpc')
    const bytes = this.net.wire.encode(this.self, body)
    // Its own deadline on setTimeout rather than net/abort.ts's raceAbort with
    // AbortSignal.timeout: fake timers drive setTimeout, not AbortSignal.timeout.
    return await new Promise<Message>((resolve, reject) => {
      let done = false
      const finish = (fn: () => void): void => { if (!done) { done = true; clearTimeout(timer); untrack(); options.signal?.removeEventListener('abort', onAbort); fn() } }
      const timer = setTimeout(() => { finish(() => reject(new TimeoutError(`no answer from ${peer.toString()} in time`))) }, options.timeoutMs ?? this.net.defaultTimeoutMs)
      const untrack = this.net.track(this.self, peer.toString(), err => { finish(() => { reject(err) }) })
      const onAbort = (): void => { finish(() => reject(new AbortedError(`request to ${peer.toString()} aborted`))) }
      if (options.signal?.aborted === true) { onAbort(); return }
      options.signal?.addEventListener('abort', onAbort, { once: true })
      this.net.deliver(this.self, peer.toString(), target => {
        if (target == null) return // nobody there: the asker times out (or is refused)
        void target.answer(bytes, this.self).then(answer => {
          this.net.deliver(target.self, this.self.toString(), () => {
            finish(() => { 'body' in answer ? resolve(this.net.wire.decode(answer.body, peer, Number.POSITIVE_INFINITY)) : reject(errorFromWire(answer.errorCode, answer.errorMessage, answer.errorDetails)) })
          })
        })
      }, () => { finish(() => { reject(new Error(`connection refused: ${peer.toString()} is not running`)) }) })
    })
  }

  private async answer (bytes: Uint8Array, from: PeerId): Promise<{ body: Uint8Array } | ReturnType<typeof wireError>> {
    try {
      const msg = this.net.wire.decode(bytes, from, Number.POSITIVE_INFINITY)
      const handler = this.handlers.get(msg.kind)
      if (handler == null) throw new InvalidMessageError('type', `no handler for ${msg.kind}`)
      const reply = await handler(msg, new AbortController().signal)
      return { body: this.net.wire.encode(this.self, reply) }
    } catch (err) {
      return wireError(err)
    }
  }
}

function linkKey (a: PeerId | string, b: PeerId | string): string {
  const [x, y] = [String(a), String(b)].sort()
  return `${x}|${y}`
}
