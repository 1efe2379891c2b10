import { InvalidMessageError, UnsupportedError } from '../errors.js'
import type { Body, Message, Wire } from './codec.js'
import type { Stats } from './stats.js'
import type { DirectGossip } from './direct-gossip.js'
import { TopicValidatorResult, type GossipSub, type Message as PubsubMessage, type SubscriptionChangeData } from '@libp2p/gossipsub'
import type { PeerId } from '@libp2p/interface'

export type GossipHandler = (msg: Message) => void

export interface PublishOptions {
  /**
   * In a small mesh where this peer links to every member, straight to each subscriber
   * instead (see DirectGossip). Not for messages that must get around a cut link.
   */
  direct?: boolean
  /** Every subscriber of this topic publishes on it too (membership's heartbeats): see DirectGossip.targets. */
  everyonePublishes?: boolean
}

/**
 * Topic publish/subscribe with strict validation. Each topic gets a validator that
 * decodes the envelope and checks it against the gossip signer (StrictSign): an invalid
 * message is rejected there, so gossipsub neither delivers nor forwards it, and it is
 * counted. Valid messages reach the topic's handler already decoded.
 */
export class Gossip {
  private readonly handlers = new Map<string, GossipHandler>()
  private readonly decoded = new WeakMap<PubsubMessage, Message>()
  private direct: DirectGossip | undefined
  private readonly onMessage = (evt: CustomEvent<PubsubMessage>): void => {
    const msg = this.decoded.get(evt.detail)
    if (msg != null) this.handle(evt.detail.topic, msg)
  }

  constructor (
    private readonly pubsub: GossipSub,
    private readonly self: PeerId,
    private readonly wire: Wire,
    private readonly maxBytes: number,
    private readonly stats: Stats,
    private readonly log: (...args: unknown[]) => void
  ) {
    pubsub.addEventListener('message', this.onMessage)
  }

  subscribe (topic: string, handler: GossipHandler): void {
    this.handlers.set(topic, handler)
    this.pubsub.topicValidators.set(topic, (_peer, message) => {
      if (message.type !== 'signed') return this.refuse(new InvalidMessageError('sender', 'unsigned gossip'), topic)
      try {
        this.decoded.set(message, this.wire.decode(message.data, message.from, this.maxBytes))
        return TopicValidatorResult.Accept
      } catch (err) {
        return this.refuse(err, topic)
      }
    })
    this.pubsub.subscribe(topic)
  }

  unsubscribe (topic: string): void {
    this.handlers.delete(topic)
    this.pubsub.topicValidators.delete(topic)
    this.pubsub.unsubscribe(topic)
  }

  /**
   * Calls `handler(peer, topic)` when a remote peer subscribes to one of our topics,
   * including when a new connection reveals an existing subscription (with `subscribe`
   * false: when it unsubscribes). Returns a remover.
   */
  onSubscribe (handler: (peer: PeerId, topic: string) => void, subscribe = true): () => void {
    const listener = (evt: CustomEvent<SubscriptionChangeData>): void => {
      for (const s of evt.detail.subscriptions) {
        if (s.subscribe === subscribe && this.handlers.has(s.topic)) handler(evt.detail.peerId, s.topic)
      }
    }
    this.pubsub.addEventListener('subscription-change', listener)
    return () => this.pubsub.removeEventListener('subscription-change', listener)
  }

  /** Peers that told us they subscribe to `topic`. */
  subscribers (topic: string): PeerId[] {
    return this.pubsub.getSubscribers(topic)
  }

  /** Encoded size of a body, to decide between gossip and the sync stream. */
  sizeOf (body: Body): number {
    return this.wire.encode(this.self, body).byteLength
  }

  /** Lets `publish(…, { direct: true })` go straight to the subscribers in a small mesh. */
  goDirect (direct: DirectGossip): void {
    this.direct = direct
    this.onSubscribe((peer, topic) => { direct.left(peer, topic) }, false)
  }

  /**
   * A gossip message for `topic` that came straight from `from` (a `direct` notice):
   * validated as gossip is, then handled as if gossip had delivered it.
   */
  deliverDirect (from: PeerId, topic: string, envelope: Uint8Array): void {
    if (!this.handlers.has(topic)) return // we left the topic since the sender looked
    this.handle(topic, this.wire.decode(envelope, from, this.maxBytes), true)
  }

  /** Publishes to whoever is subscribed now; never throws for "nobody is listening". */
  async publish (topic: string, body: Body, options: PublishOptions = {}): Promise<void> {
    try {
      const envelope = this.wire.encode(this.self, body)
      const straight = options.direct === true ? this.direct?.targets(topic, this.subscribers(topic), options.everyonePublishes) : undefined
      if (straight != null) {
        await this.direct!.send(straight, topic, envelope, (peer, err) => { this.log('direct gossip on %s to %p failed: %o', topic, peer, err) })
        this.stats.count('gossip', 'direct')
      } else {
        await this.pubsub.publish(topic, envelope)
      }
      this.stats.count('gossip', 'published')
    } catch (err) {
      this.stats.count('gossip', 'publishErrors')
      this.log('publish on %s failed: %o', topic, err)
    }
  }

  stop (): void {
    this.pubsub.removeEventListener('message', this.onMessage)
    for (const topic of this.handlers.keys()) this.pubsub.topicValidators.delete(topic)
    this.handlers.clear()
  }

  private handle (topic: string, msg: Message, straight = false): void {
    const handler = this.handlers.get(topic)
    if (handler == null) return
    this.direct?.heard(topic, msg.from, straight)
    this.stats.count('gossip', 'received')
    try {
      handler(msg)
    } catch (err) {
      if (err instanceof InvalidMessageError) this.stats.reject('gossip', err.reason)
      this.log('gossip handler failed on %s: %o', topic, err)
    }
  }

  private refuse (err: unknown, topic: string): TopicValidatorResult {
    if (err instanceof UnsupportedError) {
      // a newer peer's kind: not the forwarder's fault, so no penalty, and not passed on
      this.stats.reject('gossip', 'unsupported')
      return TopicValidatorResult.Ignore
    }
    const reason = err instanceof InvalidMessageError ? err.reason : 'malformed'
    this.stats.reject('gossip', reason)
    this.log('rejected gossip on %s: %o', topic, err)
    return TopicValidatorResult.Reject
  }
}
