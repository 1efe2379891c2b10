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

  constructor (private readonly net: MemoryNetwork) {}

  /** Peer `self`'s view, shaped like Gossip. */
  port (self: PeerId): { subscribe: (topic: string, handler: GossipHandler) => void, unsubscribe: (topic: string) => void, publish: (topic: string, body: Body, options?: PublishOptions) => Promise<void> } {
    this.net.register(self)
    return {
      subscribe: (topic, handler) => {
        let m = this.subs.get(topic)
        if (m == null) { m = new Map(); this.subs.set(topic, m) }
        m.set(self.toString(), handler)
      },
      unsubscribe: topic => { this.subs.get(topic)?.delete(self.toString()) },
      publish: async (topic, body) => {
        const bytes = this.net.wire.encode(self, body)
        for (const [peer, handler] of this.subs.get(topic) ?? []) {
          if (peer === self.toString()) continue
          this.net.deliver(self, peer, () => { handler(this.net.wire.decode(bytes, self, Number.POSITIVE_INFINITY)) })
        }
      }
    }
  }
}
