import type { Body } from './codec.js'
import type { GossipHandler, PublishOptions } from './gossip.js'
import type { MemoryNetwork } from './memory-rpc.js'
import type { PeerId } from '@libp2p/interface'

/**
 * Topic publish/subscribe in memory, over a MemoryNetwork's links (a cut link carries no
 * gossip either): for deterministic tests of the layers that listen on topics. A message
 * reaches every subscriber directly connected to the publisher, through the real codec.
 */
export class MemoryGossip {
  private readonly subs = new Map<string, Map<string, GossipHandler>>() // topic -> peer -> handler
  /** Per peer, who hears of another peer's subscribing (Gossip.onSubscribe). */
  private readonly watchers = new Map<string, Set<SubscribeWatcher>>()

  constructor (private readonly net: MemoryNetwork) {}

  /** Peer `self`'s view, shaped like Gossip. */
  port (self: PeerId): MemoryGossipPort {
    this.net.register(self)
    return {
      subscribe: (topic, handler) => {
        let m = this.subs.get(topic)
        if (m == null) { m = new Map(); this.subs.set(topic, m) }
        m.set(self.toString(), handler)
        this.tellSubscribed(self, topic, true)
      },
      unsubscribe: topic => {
        if (this.subs.get(topic)?.delete(self.toString()) === true) this.tellSubscribed(self, topic, false)
      },
      onSubscribe: (handler, subscribe = true) => {
        const watcher = { handler, subscribe }
        let set = this.watchers.get(self.toString())
        if (set == null) { set = new Set(); this.watchers.set(self.toString(), set) }
        set.add(watcher)
        return () => { set.delete(watcher) }
      },
      publish: async (topic, body) => {
        const bytes = this.net.wire.encode(self, body)
        for (const [peer, handler] of this.subs.get(topic) ?? []) {
          if (peer === self.toString()) continue
          this.net.deliver(self, peer, () => { handler(this.net.wire.decode(bytes, self, Number.POSITIVE_INFINITY)) })
        }
      }
    }
  }

  /** Tells the other subscribers of `topic` that `peer` (un)subscribed, over the links as gossip would. */
  private tellSubscribed (peer: PeerId, topic: string, subscribe: boolean): void {
    for (const other of this.subs.get(topic)?.keys() ?? []) {
      if (other === peer.toString()) continue
      for (const w of this.watchers.get(other) ?? []) {
        if (w.subscribe === subscribe) this.net.deliver(peer, other, () => { w.handler(peer, topic) })
      }
    }
  }
}

interface SubscribeWatcher { handler: (peer: PeerId, topic: string) => void, subscribe: boolean }

/** One peer's view of a MemoryGossip: the part of Gossip that the layers above use. */
export interface MemoryGossipPort {
  subscribe: (topic: string, handler: GossipHandler) => void
  unsubscribe: (topic: string) => void
  onSubscribe: (handler: (peer: PeerId, topic: string) => void, subscribe?: boolean) => () => void
  publish: (topic: string, body: Body, options?: PublishOptions) => Promise<void>
}
