import { errorFromWire, InvalidMessageError, UnsupportedError, wireError, type ErrorDetails } from '../errors.js'
import { anySignal, raceAbort } from './abort.js'
import { bytesEqual, type Body, type Message, type Wire } from './codec.js'
import type { Gossip } from './gossip.js'
import type { RequestOptions, RpcService } from './rpc.js'
import type { PeerId } from '@libp2p/interface'

interface Pending { resolve: (m: Message) => void, reject: (e: Error) => void }

/**
 * Requests carried by gossip to one recipient: the fallback when two peers cannot open a
 * stream to each other (a cut link with a path around it, a browser that cannot dial)
 * but share the mesh. Every peer sees the message; only the recipient answers, by the
 * same route. The inner envelope is checked against the gossip signer, so a forwarder
 * cannot speak for the requester. Slower than a stream: use it only when a stream fails.
 */
export class GossipRouter {
  private readonly pending = new Map<bigint, Pending>()
  private nextId = 1n
  private readonly selfBytes: Uint8Array

  constructor (
    private readonly gossip: Gossip,
    private readonly topic: string,
    private readonly rpc: RpcService,
    private readonly self: PeerId,
    private readonly wire: Wire,
    private readonly maxBytes: number,
    private readonly timeoutMs: number
  ) {
    this.selfBytes = self.toMultihash().bytes
  }

  start (): void {
    this.gossip.subscribe(this.topic, msg => { this.onMessage(msg) })
  }

  stop (): void {
    this.gossip.unsubscribe(this.topic)
    for (const p of this.pending.values()) p.reject(new InvalidMessageError('type', 'router stopped'))
    this.pending.clear()
  }

  async request (to: PeerId, body: Body, options: RequestOptions = {}): Promise<Message> {
    const id = this.nextId++
    const signal = anySignal([options.signal, AbortSignal.timeout(Math.max(1, Math.ceil(options.timeoutMs ?? this.timeoutMs)))])
    const answer = new Promise<Message>((resolve, reject) => this.pending.set(id, { resolve, reject }))
    answer.catch(() => {})
    try {
      await raceAbort(this.gossip.publish(this.topic, { routed: { to: to.toMultihash().bytes, id, response: false, body: this.wire.encode(this.self, body), errorCode: '', errorMessage: '' } }), signal, to)
      return await raceAbort(answer, signal, to)
    } finally {
      this.pending.delete(id)
    }
  }

  private onMessage (msg: Message): void {
    if (msg.kind !== 'routed') throw new InvalidMessageError('type', `${msg.kind} on the route topic`)
    const r = msg.body
    if (!bytesEqual(r.to, this.selfBytes)) return // for someone else
    if (r.response) {
      const waiter = this.pending.get(r.id)
      if (waiter == null) return
      if (r.errorCode !== '') waiter.reject(errorFromWire(r.errorCode, r.errorMessage, r.errorDetails))
      else waiter.resolve(this.wire.decode(r.body, msg.from, this.maxBytes))
      return
    }
    const reply = (fields: { body?: Uint8Array, errorCode?: string, errorMessage?: string, errorDetails?: ErrorDetails }): void => {
      void this.gossip.publish(this.topic, { routed: { to: msg.from.toMultihash().bytes, id: r.id, response: true, body: fields.body ?? new Uint8Array(0), errorCode: fields.errorCode ?? '', errorMessage: fields.errorMessage ?? '', errorDetails: fields.errorDetails } })
    }
    let request: Message
    try {
      request = this.wire.decode(r.body, msg.from, this.maxBytes) // throws (counted) if forged
    } catch (err) {
      if (!(err instanceof UnsupportedError)) throw err
      reply(wireError(err)) // a newer peer's request: tell it, so it can fall back
      return
    }
    this.rpc.dispatch(request).then(
      body => { reply({ body: this.wire.encode(this.self, body) }) },
      (err: unknown) => { reply(wireError(err)) }
    )
  }
}
