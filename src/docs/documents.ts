import { InvalidArgumentError, InvalidMessageError, StoppedError } from '../errors.js'
import { topics } from '../net/topics.js'
import { DocReplica, type ReplicaContext } from './replica.js'
import type { Body, Message } from '../net/codec.js'
import type { PeerId } from '@libp2p/interface'
import type * as Y from 'yjs'

export interface DocumentsOptions {
  mesh: string
  /** Connected peers right now (candidates for catch-up). */
  peers: () => PeerId[]
  /** How many peers the mesh has, as far as this one knows (it shares the digests' traffic with them). */
  meshSize?: () => number
  /** How often each open document's digest is published, in ms. */
  antiEntropyMs: number
  /** Deadline for one sync exchange, in ms. */
  syncTimeoutMs: number
}

/**
 * The open documents of a peer and the protocol around them: the sync request handlers,
 * catch-up when a document opens or a peer subscribes to one, and the anti-entropy
 * timer that heals whatever gossip lost.
 */
export class Documents {
  private readonly replicas = new Map<string, Promise<DocReplica>>()
  private readonly initialSync = new Map<string, Promise<void>>()
  private readonly timer: ReturnType<typeof setInterval>
  private readonly offSubscribe: () => void
  private stopped = false

  constructor (private readonly ctx: ReplicaContext, private readonly opts: DocumentsOptions) {
    ctx.rpc.handle('syncRequest', async msg => await this.onSyncRequest(msg))
    ctx.rpc.handle('syncPush', async msg => await this.onSyncPush(msg))
    this.offSubscribe = ctx.gossip.onSubscribe((peer, topic) => this.onPeerSubscribed(peer, topic))
    this.timer = setInterval(() => { void this.antiEntropy() }, opts.antiEntropyMs)
  }

  /** Opens (once) and returns the replica of `name`, loaded from storage and syncing. */
  open (name: string): Promise<DocReplica> {
    if (this.stopped) return Promise.reject(new StoppedError('documents'))
    validateName(name)
    let replica = this.replicas.get(name)
    if (replica == null) {
      replica = this.create(name)
      this.replicas.set(name, replica)
      replica.catch(() => this.replicas.delete(name))
    }
    return replica
  }

  async doc (name: string): Promise<Y.Doc> {
    return (await this.open(name)).doc
  }

  /** Resolves once the catch-up with the peers connected when the doc opened is done. */
  async synced (name: string): Promise<void> {
    await this.open(name)
    await this.initialSync.get(name)
  }

  /**
   * Pulls `name` from up to `fanout` of `peers` (a sync exchange each); resolves with how
   * many answered. Before a peer that may have lost its state writes into a document,
   * so that it writes on top of the history rather than beside it.
   */
  async pullFrom (name: string, peers: PeerId[], fanout = 3): Promise<number> {
    const replica = await this.open(name)
    const results = await Promise.allSettled(peers.slice(0, fanout).map(async p => { await replica.syncWith(p, this.opts.syncTimeoutMs) }))
    return results.filter(r => r.status === 'fulfilled').length
  }

  async flush (name?: string): Promise<void> {
    const names = name != null ? [name] : [...this.replicas.keys()]
    await Promise.all(names.map(async n => { await (await this.open(n)).flush() }))
  }

  /**
   * Resolves once `peer` holds everything this peer has of `name`: a sync exchange whose
   * push the peer acknowledged after applying it. Retries until `deadline` (performance.now()).
   */
  async confirmWith (name: string, peer: PeerId, deadline: number): Promise<void> {
    const replica = await this.open(name)
    while (true) {
      try {
        await replica.syncWith(peer, Math.max(1, Math.min(this.opts.syncTimeoutMs, deadline - performance.now())))
        return
      } catch (err) {
        if (performance.now() + 100 >= deadline || this.stopped) throw err
        await new Promise(resolve => setTimeout(resolve, 100))
      }
    }
  }

  async stop (): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    this.offSubscribe()
    const replicas = await Promise.allSettled(this.replicas.values())
    await Promise.all(replicas.map(async r => {
      if (r.status !== 'fulfilled') return
      this.ctx.gossip.unsubscribe(r.value.topic)
      await r.value.close()
    }))
    this.replicas.clear()
  }

  private async create (name: string): Promise<DocReplica> {
    const replica = new DocReplica(name, topics.doc(this.opts.mesh, name), this.ctx)
    await replica.load()
    this.ctx.gossip.subscribe(replica.topic, msg => {
      if (msg.kind === 'docUpdate' || msg.kind === 'docDigest') {
        if (msg.body.doc !== name) throw new InvalidMessageError('type', `message for ${msg.body.doc} on the topic of ${name}`)
      }
      replica.onGossip(msg)
    })
    const peers = this.opts.peers()
    this.initialSync.set(name, Promise.allSettled(peers.map(async p => { await replica.syncWith(p, this.opts.syncTimeoutMs) })).then(() => {}))
    return replica
  }

  private async replicaFor (msg: Message<'syncRequest' | 'syncPush'>): Promise<DocReplica | undefined> {
    const name = msg.body.doc
    return this.replicas.has(name) ? await this.replicas.get(name) : undefined
  }

  private async onSyncRequest (msg: Message<'syncRequest'>): Promise<Body> {
    const replica = await this.replicaFor(msg)
    if (replica == null) return { syncReply: { doc: msg.body.doc, open: false, update: new Uint8Array(0), stateVector: new Uint8Array(0) } }
    replica.noteServed(msg.from)
    return replica.answerSyncRequest(msg.body.stateVector)
  }

  private async onSyncPush (msg: Message<'syncPush'>): Promise<Body> {
    const replica = await this.replicaFor(msg)
    replica?.applyRemote(msg.body.update)
    return { ack: {} }
  }

  /**
   * A peer subscribed to a document we have: catch up with it, unless it has just
   * exchanged with us (it syncs with everyone it is connected to when it opens the doc).
   */
  private onPeerSubscribed (peer: PeerId, topic: string): void {
    for (const [name, pending] of this.replicas) {
      if (topics.doc(this.opts.mesh, name) !== topic) continue
      void pending.then(async replica => {
        // A peer that just opened the doc is pulling from us right now. Answering its
        // subscription with our own exchange would find its state vector still empty and
        // push it the whole document a second time: give its exchange time to happen, and
        // skip ours if it did (it pushes us what we lack as part of it).
        if (replica.isSyncingWith(peer)) return
        await new Promise(resolve => setTimeout(resolve, SUBSCRIBE_SYNC_DELAY_MS))
        if (this.stopped || replica.isSyncingWith(peer)) return
        const last = replica.lastSyncedWith(peer)
        if (last != null && performance.now() - last < SUBSCRIBE_SYNC_DELAY_MS + 1_000) return
        await replica.syncWith(peer, this.opts.syncTimeoutMs)
      }).catch(err => this.ctx.log('catch-up of %s with %p failed: %o', name, peer, err))
    }
  }

  /**
   * Publishes each open document's digest; in a large mesh only some peers do, each round
   * by chance, so that about DIGESTS_PER_ROUND digests of a document go out per round
   * however many peers have it open (the mesh's size, not this peer's connections: in a
   * fleet each peer connects to a few) (every peer's digest reaches every subscriber: one
   * each from fifty peers every two seconds cost every peer more than all else at idle).
   */
  private async antiEntropy (): Promise<void> {
    const chance = Math.min(1, DIGESTS_PER_ROUND / Math.max(this.opts.meshSize?.() ?? 0, this.opts.peers().length + 1))
    for (const pending of this.replicas.values()) {
      const replica = await pending.catch(() => undefined)
      if (replica != null && !this.stopped && Math.random() < chance) await replica.publishDigest()
    }
  }
}

const MAX_NAME = 256
/** Digests of one document published per anti-entropy round across the mesh, about. */
const DIGESTS_PER_ROUND = 1
/** How long a subscription-triggered catch-up waits for the subscriber's own. */
const SUBSCRIBE_SYNC_DELAY_MS = 500

function validateName (name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME) {
    throw new InvalidArgumentError(`document names are 1 to ${MAX_NAME} characters`)
  }
}
