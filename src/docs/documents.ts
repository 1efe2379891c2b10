import { InvalidMessageError, StoppedError } from '../errors.js'
import { checkString, invalid } from '../arguments.js'
import type { Awareness } from 'y-protocols/awareness'
import type { DocProvider } from './provider.js'
import { topics } from '../net/topics.js'
import { DocReplica, type ReplicaContext } from './replica.js'
import { answer, syncBody } from './sync-messages.js'
import { Reached } from './reached.js'
import type { Body, Message } from '../net/codec.js'
import type { PeerId } from '@libp2p/interface'
import type * as Y from 'yjs'

export interface DocumentsOptions {
  mesh: string
  /** Connected peers right now (candidates for catch-up). */
  peers: () => readonly PeerId[]
  /**
   * Peers connected without limits right now: a relayed (limited) connection carries
   * neither gossip nor our streams, so a peer behind one is reached through others.
   * Default: `peers`.
   */
  linked?: () => readonly PeerId[]
  /**
   * Of those, the links gossip runs on (it has heard the peer's subscriptions): only these
   * count towards "linked to every member" (see DocHolders.reach). Default: `linked`.
   */
  gossipLinked?: () => readonly PeerId[]
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
  /** Documents being closed: storing what they held, saying goodbye. */
  private readonly closing = new Map<string, Promise<void>>()
  /** Peers of docs 1.0 or 1.1: they catch up with SyncRequest / SyncPush, not SyncMessage. */
  private readonly legacyPeers = new Set<string>()
  /** Peers that speak SyncMessage. */
  private readonly modernPeers = new Set<string>()
  private readonly timer: ReturnType<typeof setInterval>
  private readonly statusTimer: ReturnType<typeof setInterval>
  /** Replicas loaded so far, by name (the others are still loading from storage). */
  private readonly loaded = new Map<string, DocReplica>()
  private readonly offSubscribe: () => void
  private readonly offUnsubscribe: () => void
  private stopped = false
  /** Peers that left the mesh, until their presence goes (forgetPeer). */
  private readonly forgetting = new Map<string, ReturnType<typeof setTimeout>>()

  constructor (private readonly ctx: ReplicaContext, private readonly opts: DocumentsOptions) {
    ctx.rpc.handle('syncRequest', async msg => await this.onSyncRequest(msg))
    ctx.rpc.handle('syncPush', async msg => await this.onSyncPush(msg))
    ctx.rpc.handle('syncMessage', msg => this.onSyncMessage(msg)) // (every update a reader gets: no promise around its promise)
    ctx.rpc.handle('docAwareness', async msg => {
      const replica = await this.replicaFor(msg)
      replica?.awareness.applyRemote(msg.from.toString(), msg.body.update)
      return { ack: {} }
    })
    this.offSubscribe = ctx.gossip.onSubscribe((peer, topic) => this.onPeerSubscribed(peer, topic))
    // a peer that closes a document leaves its topic: no more pushes to it
    this.offUnsubscribe = ctx.gossip.onSubscribe((peer, topic) => {
      for (const r of this.opened()) if (r.topic === topic) r.noteClosedAt(peer)
    }, false)
    this.timer = setInterval(() => { void this.antiEntropy() }, opts.antiEntropyMs)
    // a peer that leaves or disconnects is not announced: its subscription just goes
    this.statusTimer = setInterval(() => { for (const r of this.opened()) this.updateStatus(r) }, STATUS_CHECK_MS)
  }

  /**
   * Opens (once) and returns the replica of `name`, loaded from storage and syncing; into
   * `doc` if given (an application's own Y.Doc), else a new one.
   */
  open (name: string, doc?: Y.Doc): Promise<DocReplica> {
    if (this.stopped) return Promise.reject(new StoppedError('documents'))
    validateName(name)
    let replica = this.replicas.get(name)
    if (replica == null) {
      // a document closed a moment ago is still storing what it held: load after that
      const closing = this.closing.get(name) ?? Promise.resolve()
      replica = closing.then(async () => await this.create(name, doc))
      this.replicas.set(name, replica)
      replica.catch(() => this.replicas.delete(name))
    }
    return replica
  }

  /** The Y.Doc of `name`: `doc` itself if given; a document open with another Y.Doc is an InvalidArgumentError. */
  async doc (name: string, doc?: Y.Doc): Promise<Y.Doc> {
    const replica = await this.open(name, doc)
    if (doc != null && replica.doc !== doc) throw invalid('doc options.doc', `the Y.Doc document ${name} is open with (closeDoc() it first)`, doc)
    return replica.doc
  }

  /** `name` as a Yjs provider (opening the document if it is not). */
  async provider (name: string, doc?: Y.Doc): Promise<DocProvider> {
    await this.doc(name, doc)
    return (await this.open(name)).provider
  }

  /** The presence of `name` (opening the document if it is not). */
  async awareness (name: string): Promise<Awareness> {
    return (await this.open(name)).awareness.awareness
  }

  /**
   * Stops replicating and persisting `name` (after storing what it holds and saying
   * goodbye to its presence); a later `open` loads it again from storage.
   */
  async close (name: string): Promise<void> {
    const pending = this.replicas.get(name)
    if (pending == null) return await this.closing.get(name)
    this.replicas.delete(name)
    this.initialSync.delete(name)
    const closed = pending.then(async replica => {
      if (this.loaded.get(name) === replica) this.loaded.delete(name)
      await replica.close()
      this.ctx.gossip.unsubscribe(replica.topic)
    }, () => {}).finally(() => { if (this.closing.get(name) === closed) this.closing.delete(name) })
    this.closing.set(name, closed)
    await closed
  }

  /**
   * `peer` left the mesh: its presence goes PRESENCE_GRACE_MS from now, not after the 30 s
   * timeout, unless it is heard again meanwhile (peerBack). A suspicion can be false: a tab
   * typed in without a pause sent no heartbeat for longer than the suspicion threshold
   * (Chromium ran its input first), was suspected, and was heard again a moment later; its
   * caret, dropped at once, stayed gone until the tab's next change or 15 s renewal, since
   * nothing about it had changed.
   */
  forgetPeer (peer: string): void {
    if (this.stopped || this.forgetting.has(peer)) return
    this.forgetting.set(peer, setTimeout(() => {
      this.forgetting.delete(peer)
      for (const pending of this.replicas.values()) void pending.then(r => { r.awareness.forget(peer) }, () => {})
    }, PRESENCE_GRACE_MS))
  }

  /** `peer`'s connection is gone: what it was told of our presence may be gone with it (it may come back restarted). */
  peerDisconnected (peer: string): void {
    for (const r of this.opened()) r.awareness.untold(peer)
  }

  /** `peer` is a member again (or joined): what it left here stands. */
  peerBack (peer: string): void {
    clearTimeout(this.forgetting.get(peer))
    this.forgetting.delete(peer)
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
    for (const t of this.forgetting.values()) clearTimeout(t)
    this.forgetting.clear()
    clearInterval(this.timer)
    clearInterval(this.statusTimer)
    this.offSubscribe()
    this.offUnsubscribe()
    const replicas = await Promise.allSettled(this.replicas.values())
    await Promise.all(replicas.map(async r => {
      if (r.status !== 'fulfilled') return
      await r.value.close() // its goodbyes go out on the topic before we leave it
      this.ctx.gossip.unsubscribe(r.value.topic)
    }))
    this.replicas.clear()
  }

  private async create (name: string, doc?: Y.Doc): Promise<DocReplica> {
    const connected = this.opts.linked ?? this.opts.peers
    const links = { connected, counted: this.opts.gossipLinked ?? connected, meshSize: () => this.opts.meshSize?.() ?? 0, timeoutMs: this.opts.syncTimeoutMs, legacy: this.legacyPeers, modern: this.modernPeers }
    const replica = new DocReplica(name, topics.doc(this.opts.mesh, name), this.ctx, links, async () => { await this.close(name) }, doc)
    await replica.load()
    // an application that destroys its Y.Doc (an editor closing) closes the document
    const pending = this.replicas.get(name)
    replica.doc.once('destroy', () => { if (this.replicas.get(name) === pending) void this.close(name) })
    this.ctx.gossip.subscribe(replica.topic, msg => {
      if (msg.kind === 'docUpdate' || msg.kind === 'docDigest' || msg.kind === 'docAwareness') {
        if (msg.body.doc !== name) throw new InvalidMessageError('type', `message for ${msg.body.doc} on the topic of ${name}`)
      }
      replica.onGossip(msg)
    })
    this.loaded.set(name, replica)
    const synced = this.catchUp(replica, this.opts.peers()).then(() => {
      replica.provider.setSynced(true)
      this.updateStatus(replica)
    })
    this.initialSync.set(name, synced)
    replica.firstCatchUp(synced)
    return replica
  }

  /**
   * The first catch-up of a document just opened: with one peer first (the first that has
   * the document open), then with the rest at once. All at once, every peer sent the whole
   * document and this one applied it that many times (a late joiner of a 10,000-set
   * document took 10× y-websocket's time); after the first, the others find little missing.
   */
  private async catchUp (replica: DocReplica, peers: readonly PeerId[]): Promise<void> {
    let i = 0
    for (; i < peers.length; i++) {
      const ok = await replica.syncWith(peers[i]!, this.opts.syncTimeoutMs).then(() => true, () => false)
      if (ok && replica.holdsDocument(peers[i]!)) { i++; break }
    }
    await Promise.allSettled(peers.slice(i).map(async p => { await replica.syncWith(p, this.opts.syncTimeoutMs) }))
  }

  private opened (): DocReplica[] {
    return [...this.loaded.values()]
  }

  /** 'connected' while a connected peer has the document open (gossip knows who subscribes). */
  private updateStatus (replica: DocReplica): void {
    if (replica.provider.status === 'connecting' && !replica.provider.synced) return // still catching up
    replica.provider.setConnected(this.ctx.gossip.subscribers(replica.topic).length > 0)
  }

  /** The replica of `name` if it is open and loaded (one being closed is no longer open). */
  private openAndLoaded (name: string): DocReplica | undefined {
    return this.replicas.has(name) ? this.loaded.get(name) : undefined
  }

  private async replicaFor (msg: Message<'syncRequest' | 'syncPush' | 'syncMessage' | 'docAwareness'>): Promise<DocReplica | undefined> {
    const name = msg.body.doc
    return this.replicas.has(name) ? await this.replicas.get(name) : undefined
  }

  private async onSyncRequest (msg: Message<'syncRequest'>): Promise<Body> {
    const replica = await this.replicaFor(msg)
    if (replica == null) return { syncReply: { doc: msg.body.doc, open: false, update: new Uint8Array(0), stateVector: new Uint8Array(0) } }
    replica.noteHolder(msg.from)
    return replica.answerSyncRequest(msg.body.stateVector)
  }

  /**
   * y-protocols sync messages from a peer: a step 1 is answered with a step 2 and our own
   * step 1 (the asker sends back what we lack); a step 2 or update is applied.
   */
  private async onSyncMessage (msg: Message<'syncMessage'>): Promise<Body> {
    // an open, loaded document's update is applied in the turn it was read in: each turn
    // waited was a reader's share of every update (ten replicas in one process wait for each other)
    const replica = this.openAndLoaded(msg.body.doc) ?? await this.replicaFor(msg)
    this.modernPeers.add(msg.from.toString())
    if (replica == null) return syncBody(msg.body.doc, false, new Uint8Array(0))
    const reached = Reached.fromMessage(msg.body.reachedTags, msg.body.reached) // (a malformed list refuses the message whole)
    const applied: Uint8Array[] = []
    // only what was new here is passed on: a copy this peer had came by another way, and was passed on when it first came
    const ours = answer(msg.body.message, replica.doc, update => { if (replica.applyRemote(update)) applied.push(update) }, true, true, sv => replica.missingFrom(sv))
    if (ours.gaveState) replica.noteReceived(msg.from)
    else replica.noteHolder(msg.from)
    for (const update of applied) replica.forward(update, reached, msg.from)
    return syncBody(msg.body.doc, true, ours.reply)
  }

  private async onSyncPush (msg: Message<'syncPush'>): Promise<Body> {
    const replica = await this.replicaFor(msg)
    if (replica == null) {
      // a direct push for a document we closed: say so, and the pusher stops (a peer of
      // docs 1.0 only pushes within its own exchange and takes any answer as the ack)
      return { syncReply: { doc: msg.body.doc, open: false, update: new Uint8Array(0), stateVector: new Uint8Array(0) } }
    }
    replica.applyRemote(msg.body.update)
    replica.noteReceived(msg.from) // (docs 1.0 and 1.1 push only as the end of an exchange)
    return { ack: {} }
  }

  /**
   * A peer subscribed to a document we have: pull what it has that we lack, unless we had
   * all of it a moment ago. Each side of a new link pulls for itself (the peer hears our
   * subscription too), so this exchange pushes nothing: pushing, every holder sent a late
   * joiner the whole document whenever its own catch-up (one peer first, then the rest)
   * took longer than our delay — nine copies of a 1.6 MB document on one busy process, and
   * the joiner's first exchange waited 1.6 s behind them.
   */
  private onPeerSubscribed (peer: PeerId, topic: string): void {
    for (const [name, pending] of this.replicas) {
      if (topics.doc(this.opts.mesh, name) !== topic) continue
      void pending.then(async replica => {
        replica.awareness.announce() // it knows nothing of who is here
        this.updateStatus(replica)
        // our own first catch-up covers the peers we were connected to when it began
        await this.initialSync.get(name)?.catch(() => {})
        // a peer that just opened the doc is pulling from us right now, and pushes us what
        // we lack at its end: give its exchange time to happen
        if (replica.isSyncingWith(peer)) return
        await new Promise(resolve => setTimeout(resolve, SUBSCRIBE_SYNC_DELAY_MS))
        if (this.stopped || replica.isSyncingWith(peer)) return
        const last = replica.lastSyncedWith(peer)
        if (last != null && performance.now() - last < SUBSCRIBE_SYNC_DELAY_MS + 1_000) return
        await replica.syncWith(peer, this.opts.syncTimeoutMs, false)
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
/** How soon a provider's status says that its last peer left. */
const STATUS_CHECK_MS = 1_000
/** How long the presence of a peer that left the mesh stays, in case it was falsely suspected and is heard again (forgetPeer). */
const PRESENCE_GRACE_MS = 3_000

function validateName (name: string): void {
  checkString('document name', name, MAX_NAME)
}
