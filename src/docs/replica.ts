import * as Y from 'yjs'
import { InvalidMessageError, UnsupportedError } from '../errors.js'
import { remoteIsAhead, sameStateVector, stateOf } from './digest.js'
import type { DocState } from './digest.js'
import { DocLog } from './doc-log.js'
import { mergeAll } from './merge.js'
import { AwarenessReplica } from './awareness.js'
import { DocProvider } from './provider.js'
import { answer, emptyUpdate, stepOne, syncBody, updateMessage } from './sync-messages.js'
import { MissingCache } from './missing-cache.js'
import { DocHolders, type HolderLinks } from './holders.js'
import type { Reached } from './reached.js'
import type { Body, Message } from '../net/codec.js'
import { afterThisTurn } from '../net/next-turn.js'
import type { Gossip } from '../net/gossip.js'
import type { RpcService } from '../net/rpc.js'
import type { Stats } from '../net/stats.js'
import type { Storage } from '../store/storage.js'
import type { PeerId } from '@libp2p/interface'

/** A peer publishes its presence in a document at most this often (the latest state wins). */
const AWARENESS_MIN_INTERVAL_MS = 50
/** How long the whole document encoded for one joiner is kept for the next (see MissingCache). */
const ANSWER_KEEP_MS = 10_000
/** The longest a document's presence waits for its first catch-up before it goes out anyway. */
const PRESENCE_HOLD_MAX_MS = 1_000

/** Who this replica can reach: the mesh's links, as the documents layer sees them. */
export interface ReplicaLinks extends HolderLinks {
  /** Deadline of one direct push, in ms. */
  timeoutMs: number
  /** Peers of docs 1.0 or 1.1, which answered a SyncMessage Unsupported (shared by every document). */
  legacy: Set<string>
  /** Peers known to speak SyncMessage (they sent or answered one): pushes to them are one-way notices. */
  modern: Set<string>
}

/** Transaction origin of updates that came from the network: they are never re-published. */
export const REMOTE_ORIGIN = Symbol('accord:remote')
/** Transaction origin of updates loaded from storage: neither re-published nor re-stored. */
export const STORAGE_ORIGIN = Symbol('accord:storage')

export interface ReplicaContext {
  self: PeerId
  gossip: Gossip
  rpc: RpcService
  storage: Storage
  stats: Stats
  log: (...args: unknown[]) => void
  /** Above this encoded size an update goes by the sync stream instead of gossip. */
  gossipMaxBytes: number
  /** Compact the stored log once it holds this many bytes. */
  compactBytes: number
}

/**
 * One replicated Y.Doc. Local updates are stored and published; bursts made while a
 * publish or a write is in flight are merged into one message / one append. Remote
 * updates are applied with REMOTE_ORIGIN and stored, never echoed. Catch-up is the
 * state-vector exchange of y-protocols' sync, over a persistent stream.
 */
export class DocReplica {
  /** Who is here, and where their cursors are: replicated to the peers that have the document open. */
  readonly awareness: AwarenessReplica
  /** The document as Yjs providers present one (synced, status, their events). */
  readonly provider: DocProvider
  private readonly stored: DocLog
  private toPublish: Uint8Array[] = []
  private toStore: Uint8Array[] = []
  private publishing: Promise<void> | undefined
  /** The write to storage under way, if any (one at a time: see kickStore). */
  private storing: Promise<void> | undefined
  private storeError: unknown
  /** Exchanges under way, by peer, and whether each pushes what the peer lacks. */
  private readonly syncing = new Map<string, { exchange: Promise<void>, push: boolean }>()
  private readonly lastSync = new Map<string, number>()
  /** Peers known to have the document open: they told us (a sync exchange), or gossip says they subscribe. */
  private readonly holders: DocHolders
  private closed = false
  /** While the document's first catch-up runs: it brings what digests would. */
  private catchingUp = false
  /**
   * The document's digest state until its next change: every digest a peer hears is
   * compared with it, and computing it walks the whole document (~12 ms for 100,000 keys,
   * paid by every holder for each digest of each round while nothing changed).
   */
  private state: DocState | undefined
  /** What a state vector lacks, for the last one asked about, until the next change (see MissingCache). */
  private readonly answers: MissingCache

  /**
   * `doc` may be one the application made (an editor's): what it holds already is stored
   * and published like a local edit, and the stored history is loaded into it.
   */
  constructor (readonly name: string, readonly topic: string, private readonly ctx: ReplicaContext, private readonly links: ReplicaLinks, closeDoc: () => Promise<void>, readonly doc: Y.Doc = new Y.Doc()) {
    this.stored = new DocLog(ctx.storage, name)
    this.holders = new DocHolders(ctx.self, topic, ctx.gossip, links)
    this.awareness = new AwarenessReplica(doc, async (update, lacks) => await this.sendAwareness(update, lacks), AWARENESS_MIN_INTERVAL_MS, ctx.log)
    this.provider = new DocProvider(name, doc, this.awareness.awareness, closeDoc)
    this.answers = new MissingCache(doc, ANSWER_KEEP_MS)
    const before = Y.encodeStateAsUpdate(doc)
    this.doc.on('afterTransactionCleanup', this.onCleanup)
    this.doc.on('update', this.onUpdate)
    if (!emptyUpdate(before)) this.onUpdate(before)
  }

  async load (): Promise<void> {
    const stored = await this.stored.load()
    if (stored.length > 0) {
      Y.transact(this.doc, () => { for (const u of stored) Y.applyUpdate(this.doc, u, STORAGE_ORIGIN) }, STORAGE_ORIGIN)
    }
  }

  /** Resolves when every update made so far is durable in storage. */
  async flush (): Promise<void> {
    this.flushBurst()
    this.kickStore()
    while (this.storing != null) await this.storing
    if (this.storeError != null) throw this.storeError
  }

  /**
   * Catch up with `peer`: pull what it has that we lack and, with `push`, push what it
   * lacks. Concurrent calls for one peer share one exchange (a pull waits for none).
   */
  syncWith (peer: PeerId, timeoutMs?: number, push = true): Promise<void> {
    const key = peer.toString()
    const running = this.syncing.get(key)
    if (running != null && (running.push || !push)) return running.exchange
    const exchange = (running?.exchange.catch(() => {}) ?? Promise.resolve()).then(async () => { await this.exchange(peer, timeoutMs, push) }).finally(() => {
      if (this.syncing.get(key)?.exchange === exchange) this.syncing.delete(key)
      this.lastSync.set(key, performance.now())
    })
    this.syncing.set(key, { exchange, push })
    return exchange
  }

  /**
   * The document's first catch-up is `catchUp`: until it settles, a digest saying a peer is
   * ahead starts no exchange (the catch-up brings it, and a new replica is behind every
   * digest: each one pulled the whole document once more), and our presence waits for it
   * (up to PRESENCE_HOLD_MAX_MS; see AwarenessReplica.holdUntil).
   */
  firstCatchUp (catchUp: Promise<void>): void {
    this.catchingUp = true
    void catchUp.catch(() => {}).finally(() => { this.catchingUp = false })
    this.awareness.holdUntil(catchUp, PRESENCE_HOLD_MAX_MS)
  }

  /** `peer` pushed us what it had that we lacked (the end of its exchange): as good as our own pull. */
  noteReceived (peer: PeerId): void {
    this.lastSync.set(peer.toString(), performance.now())
    this.noteHolder(peer)
  }

  /** Whether `peer` has told us it has the document open. */
  holdsDocument (peer: PeerId): boolean {
    return this.holders.has(peer)
  }

  /**
   * `peer` has the document open (it pushed us an update of it, or told us in an exchange):
   * it gets our presence (it may know nothing of us: gossip may not have told either of us
   * of the other's subscription yet).
   */
  noteHolder (peer: PeerId): void {
    if (!this.holders.add(peer)) return
    this.ctx.rpc.prepare(peer) // our stream to it, before the first push needs it
    this.awareness.announce()
  }

  /** `peer` does not have the document open (any more): no direct pushes to it. */
  noteClosedAt (peer: PeerId): void {
    this.holders.delete(peer)
    this.awareness.untold(peer.toString())
  }

  /** True while an exchange with `peer` is under way. */
  isSyncingWith (peer: PeerId): boolean {
    return this.syncing.has(peer.toString())
  }

  /** performance.now() of the last time we had all `peer` had (our exchange ended, or it pushed us its), if any. */
  lastSyncedWith (peer: PeerId): number | undefined {
    return this.lastSync.get(peer.toString())
  }

  /** What a peer whose state vector is `stateVector` lacks of this document (a step 2's update). */
  missingFrom (stateVector: Uint8Array): Uint8Array {
    return this.answers.missing(stateVector)
  }

  answerSyncRequest (stateVector: Uint8Array): Body {
    return {
      syncReply: {
        doc: this.name,
        open: true,
        update: this.missingFrom(stateVector),
        stateVector: Y.encodeStateVector(this.doc)
      }
    }
  }

  /**
   * Applies an update from the network. A malformed one is refused (counted, not passed on);
   * what Yjs integrated of it before it failed stays, and is stored (see keepHalfApplied).
   * True if it brought something (or waits for what would let it in), false if this replica
   * had it all.
   */
  applyRemote (update: Uint8Array): boolean {
    this.remoteChanged = false
    this.remoteBefore = undefined
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN)
    } catch (err) {
      this.keepHalfApplied()
      throw new InvalidMessageError('apply', `not a Yjs update for ${this.name}`, { cause: err })
    }
    // stored as it came (see onCleanup); while some structs wait for others they may be
    // this update's, so it is kept even when it changed nothing yet
    const brought = this.remoteChanged || this.doc.store.pendingStructs != null || this.doc.store.pendingDs != null
    if (brought) this.addToBurst(update, false)
    return brought
  }

  /**
   * Yjs decodes all of an update's structs before it integrates any, but applies the delete
   * set as it reads it: an update whose delete set is malformed throws with its structs (and
   * the deletions read before the fault) already in the doc, and those waiting for others
   * pending. That is a state a well-formed update could have made, so it stays (undoing it
   * is not possible, and decoding every update once more first, to refuse it whole, cost
   * every reader on every update); what matters is that storage keeps what the doc holds,
   * since the message itself is not stored or passed on. Peers that did not get it catch up
   * by anti-entropy, as from any edit of ours.
   */
  private keepHalfApplied (): void {
    const { pendingStructs, pendingDs } = this.doc.store
    const kept = [
      ...(this.remoteChanged && this.remoteBefore != null ? [Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.remoteBefore))] : []),
      // Yjs keeps what waits in its v2 encoding
      ...(pendingStructs != null ? [Y.convertUpdateFormatV2ToV1(pendingStructs.update)] : []),
      ...(pendingDs != null ? [Y.convertUpdateFormatV2ToV1(pendingDs)] : [])
    ]
    if (kept.length > 0) this.addToBurst(Y.mergeUpdates(kept), false)
  }

  onGossip (msg: Message): void {
    if (msg.kind === 'docUpdate') {
      this.applyRemote(msg.body.update)
    } else if (msg.kind === 'docAwareness') {
      this.awareness.applyRemote(msg.from.toString(), msg.body.update)
    } else if (msg.kind === 'docDigest') {
      // the first catch-up brings what a digest would, and our state, compared before it has
      // settled, would be worked out for nothing (a walk of the whole document: ~15 ms of a
      // late joiner's catch-up of 100,000 sets, as each update it applies changes the state)
      if (this.catchingUp) return
      const mine = this.digestState()
      const differs = remoteIsAhead(mine.stateVector, msg.body.stateVector) ||
        (sameStateVector(mine.stateVector, msg.body.stateVector) && mine.deleteSetHash !== msg.body.deleteSetHash)
      if (differs) {
        this.syncWith(msg.from).catch(err => this.ctx.log('anti-entropy sync of %s with %p failed: %o', this.name, msg.from, err))
      }
    } else {
      throw new InvalidMessageError('type', `${msg.kind} is not a document gossip message`)
    }
  }

  private digestState (): DocState {
    this.state ??= stateOf(this.doc)
    return this.state
  }

  async publishDigest (): Promise<void> {
    const { stateVector, deleteSetHash } = this.digestState()
    await this.ctx.gossip.publish(this.topic, { docDigest: { doc: this.name, stateVector, deleteSetHash } }, { direct: true })
  }

  async close (): Promise<void> {
    await this.awareness.close()
    this.flushBurst()
    this.kickPublish()
    await this.publishing
    await this.flush().catch(() => {})
    this.closed = true
    this.doc.off('afterTransactionCleanup', this.onCleanup)
    this.doc.off('update', this.onUpdate)
    this.answers.close()
  }

  /** Updates made since the last flush, and whether each was made here. */
  private burst: Array<{ update: Uint8Array, local: boolean }> = []
  /** When the burst is to be flushed: a microtask away (a local edit is in it), after this turn, or not yet asked. */
  private flushAt: 'microtask' | 'turn' | undefined
  /** Whether `onUpdate` listens to the doc's 'update' events now (see onCleanup). */
  private listening = true
  /** Set by onCleanup when the transaction of an update from the network changed the doc. */
  private remoteChanged = false
  /** The doc's state vector before the update from the network being applied (set by onCleanup; keepHalfApplied). */
  private remoteBefore: Map<number, number> | undefined

  /**
   * Runs as each transaction ends, just before Yjs encodes it as an update for whoever
   * listens to 'update'. An update from the network or from storage is stored as it came
   * (or not at all), so for its transaction nobody here needs that encoding: our listener
   * steps off, and unless the application listens too Yjs skips it. Re-encoding every
   * applied update was ~30 % of a reader's time applying a bulk of updates (scenario 14b,
   * CPU profile of a replica process), and a late joiner encoded the whole document again.
   * A transaction of the application's (an observer's edit made in response) is still
   * heard, as each transaction gets its own turn here.
   */
  private readonly onCleanup = (tr: Y.Transaction): void => {
    this.state = undefined
    this.answers.clear()
    const ours = tr.origin === REMOTE_ORIGIN || tr.origin === STORAGE_ORIGIN
    if (tr.origin === REMOTE_ORIGIN) {
      this.remoteChanged ||= changedDoc(tr)
      this.remoteBefore = tr.beforeState
    }
    if (ours === !this.listening) return
    if (ours) this.doc.off('update', this.onUpdate)
    else this.doc.on('update', this.onUpdate)
    this.listening = !ours
  }

  /** A local edit (onCleanup takes this listener off for the other transactions). */
  private readonly onUpdate = (update: Uint8Array): void => {
    this.addToBurst(update, true)
  }

  private addToBurst (update: Uint8Array, local: boolean): void {
    this.burst.push({ update, local })
    if (local && this.flushAt !== 'microtask') {
      // Once the code that made the edit has run to its end, so that a synchronous burst of
      // edits becomes one message (and what comes while a send is in flight, the next one).
      // A microtask, not setTimeout(0): that waits at least 1 ms in Node and 4 ms in a busy
      // browser tab, which was most of an update's latency to a direct peer.
      this.flushAt = 'microtask'
      queueMicrotask(() => { this.flushBurst() })
    } else if (this.flushAt === undefined) {
      // Updates from peers only wait to be stored: after the other messages this turn
      // brought (Node; a microtask elsewhere), in one write. As microtasks they were stored
      // one by one, each before the next message was read: with ten replicas on one
      // thread, before the next replica could apply its copy (bench/HISTORY.md, 2026-12-05).
      this.flushAt = 'turn'
      afterThisTurn(() => { this.flushBurst() })
    }
  }

  /** The burst, merged once for both the store and the publish when it is all local edits (merging is most of a writer's work). */
  private flushBurst (): void {
    const burst = this.burst
    if (burst.length === 0) return // flushed early (flush, close, a local edit's microtask)
    this.burst = []
    this.flushAt = undefined
    const all = mergeAll(burst.map(b => b.update))
    this.toStore.push(all)
    const local = burst.filter(b => b.local)
    if (local.length === burst.length) this.toPublish.push(all)
    else if (local.length > 0) this.toPublish.push(mergeAll(local.map(b => b.update)))
    this.kickPublish()
    this.kickStore()
  }

  private kickPublish (): void {
    if (this.publishing != null || this.toPublish.length === 0 || this.closed) return
    const merged = mergeAll(this.toPublish)
    this.toPublish = []
    this.publishing = this.publish(merged).finally(() => {
      this.publishing = undefined
      this.kickPublish() // what piled up meanwhile goes out as the next single message
    })
  }

  /**
   * Sends a local update to the peers that have the document. While at most
   * DIRECT_MAX_PEERS (holders.ts) have it and this peer links to every member, or the mesh
   * is no larger than DIRECT_MAX_PEERS + 1 (DocHolders.reach), straight to each holder it
   * links to over the sync stream (a one-way SyncMessage; see push): one hop, no signature to make or check (the stream is
   * authenticated), and no wait for gossip to learn who subscribes — a gossiped update
   * published before that is dropped, which made the first update after opening a
   * document wait ~2 s for anti-entropy. The push lists whom it reached, and each receiver
   * passes it on to the holders it links to that are not listed (forward), for the peers
   * this one does not link to. Otherwise by gossip, plus straight to the holders gossip
   * does not list yet.
   */
  private async publish (update: Uint8Array): Promise<void> {
    const { direct, gossip, tags } = this.holders.reach(true)
    if (!gossip) {
      // every receiver passes it on to the holders it links to that are not listed here
      await this.push(direct, update, tags)
      return
    }
    const body: Body = { docUpdate: { doc: this.name, update } }
    if (this.ctx.gossip.sizeOf(body) <= this.ctx.gossipMaxBytes) {
      await Promise.all([this.ctx.gossip.publish(this.topic, body), this.push(direct, update)])
    } else {
      // Too big for gossip: announce our state; peers that lack it pull it by sync.
      await Promise.all([this.publishDigest(), this.push(direct, update)])
    }
  }

  /**
   * An update a peer pushed us, with the peers it reached listed: on to the holders we link
   * to that it did not reach (a tab behind a relay, a peer it has not heard of yet, one the
   * writer does not link to), listed too, so that the flood ends. Called only for an update
   * this replica did not have (Documents.onSyncMessage): a second copy, from another
   * holder, is not passed on again, so each peer passes an update on at most once.
   */
  forward (update: Uint8Array, reached: Reached, from: PeerId): void {
    if (reached.isEmpty || this.holders.allReached(reached, from)) return // (the common case)
    const next = this.holders.linked().filter(p => !reached.has(p) && !p.equals(from))
    if (next.length === 0) return
    void this.push(next, update, reached.with([from, ...next]))
  }

  /**
   * Presence travels as updates do (see DocHolders.reach): straight to each holder that lacks it (see
   * AwarenessReplica) in a small mesh where this peer links to every member, else by
   * gossip plus straight to the holders gossip does not list yet. It is never passed on: a peer may speak only for its own
   * clients, so a peer in between cannot forward it, while gossip carries the author's
   * signature through. (By gossip always, ten peers opening a document at once flooded
   * the mesh with signed announcements, and the first edits after it waited behind them.)
   */
  private async sendAwareness (update: Uint8Array, lacks: (peer: string) => boolean): Promise<string[] | undefined> {
    const body: Body = { docAwareness: { doc: this.name, update } }
    const { direct, gossip } = this.holders.reach()
    const reached: string[] = []
    await Promise.all([
      gossip ? this.ctx.gossip.publish(this.topic, body) : undefined,
      ...direct.filter(p => !this.links.legacy.has(p.toString()) && (gossip || lacks(p.toString()))).map(async peer => {
        const send = this.links.modern.has(peer.toString()) ? this.ctx.rpc.notify.bind(this.ctx.rpc) : this.ctx.rpc.request.bind(this.ctx.rpc)
        await send(peer, body, { timeoutMs: this.links.timeoutMs }).then(() => { reached.push(peer.toString()) }, err => { this.ctx.log('presence of %s to %p failed: %o', this.name, peer, err) })
      })
    ])
    return gossip ? undefined : reached
  }

  /**
   * `update` to each of `peers` as a sync update message (`SyncPush` to a peer of docs 1.0
   * or 1.1); a peer that answers that it has no such document open is forgotten.
   */
  private async push (peers: readonly PeerId[], update: Uint8Array, reached?: Uint8Array): Promise<void> {
    const body = syncBody(this.name, true, updateMessage(update), reached)
    const failed = (peer: PeerId, err: unknown): void => { this.ctx.log('push of %s to %p failed: %o', this.name, peer, err) } // anti-entropy heals it
    // one way to the peers known to speak SyncMessage: an answer would only say "applied"
    // (a holder that closes the document leaves its topic, and is forgotten then)
    const modern = peers.filter(p => this.links.modern.has(p.toString()))
    const others = peers.filter(p => !this.links.modern.has(p.toString()))
    await Promise.all([
      modern.length > 0 && this.ctx.rpc.notifyAll(modern, body, { timeoutMs: this.links.timeoutMs }).then(
        results => { results.forEach((r, i) => { if (r.status === 'rejected') failed(modern[i]!, r.reason) }) },
        err => { failed(modern[0]!, err) }),
      ...others.map(async peer => { await this.ask(peer, body, update).catch(err => { failed(peer, err) }) })
    ])
  }

  /** A push that asks for an answer: to a peer not yet known to speak SyncMessage, or of docs 1.0/1.1. */
  private async ask (peer: PeerId, body: Body, update: Uint8Array): Promise<void> {
    const timeoutMs = this.links.timeoutMs
    const reply = await this.inSyncMessages(peer, async () => await this.ctx.rpc.request(peer, body, { timeoutMs })) ??
      await this.ctx.rpc.request(peer, { syncPush: { doc: this.name, update } }, { timeoutMs })
    if ((reply.kind === 'syncMessage' || reply.kind === 'syncReply') && !reply.body.open) this.noteClosedAt(peer)
  }

  /**
   * The answer to `ask` (a SyncMessage request to `peer`), noting that the peer speaks
   * SyncMessage; undefined if it is of docs 1.0 or 1.1 (it answered Unsupported, or did
   * before), which is noted too: the caller uses the messages of those releases.
   */
  private async inSyncMessages (peer: PeerId, ask: () => Promise<Message>): Promise<Message | undefined> {
    const id = peer.toString()
    if (this.links.legacy.has(id)) return undefined
    try {
      const reply = await ask()
      this.links.modern.add(id)
      return reply
    } catch (err) {
      if (!(err instanceof UnsupportedError)) throw err
      this.links.legacy.add(id)
      return undefined
    }
  }


  /**
   * Writes what is to be stored, one write at a time: updates that come while one is under
   * way go together in the next (listed, not merged: DocLog). A chain of a write per update
   * was ~3 KB of garbage an update for each replica (promises, closures), and the
   * collections it caused were most of the tail of one update's latency (bench/docs-gaps.ts).
   */
  private kickStore (): void {
    if (this.storing != null || this.toStore.length === 0) return
    const updates = this.toStore
    this.toStore = []
    this.storing = this.stored.append(updates).then(() => {
      // The doc already holds every update appended so far, so its state covers the log.
      if (this.stored.logBytes > this.ctx.compactBytes) return this.stored.compact(Y.encodeStateAsUpdate(this.doc))
    }).catch(err => {
      this.storeError = err
      this.ctx.log('storing %s failed: %o', this.name, err)
    }).then(() => {
      this.storing = undefined
      this.kickStore()
    })
  }

  /**
   * Catch-up with `peer` in y-protocols' sync messages: our step 1 → its step 2 and step 1
   * → our step 2 (when it lacks anything). A peer of docs 1.0 or 1.1 does not speak them:
   * it is remembered, and the exchange of those releases is used with it.
   */
  private async exchange (peer: PeerId, timeoutMs?: number, push = true): Promise<void> {
    const reply = await this.inSyncMessages(peer, async () =>
      await this.ctx.rpc.request(peer, syncBody(this.name, true, stepOne(this.doc)), { timeoutMs }))
    if (reply == null) return await this.legacyExchange(peer, timeoutMs, push)
    if (reply.kind !== 'syncMessage' || reply.body.doc !== this.name) {
      this.ctx.stats.reject('rpc', 'type')
      throw new InvalidMessageError('type', `expected syncMessage for ${this.name}, got ${reply.kind}`)
    }
    if (!reply.body.open) { this.noteClosedAt(peer); return } // the peer does not have this document open
    this.noteHolder(peer)
    // (a pull answers nothing back: the peer's step 1 is not answered, see answer)
    const ours = answer(reply.body.message, this.doc, update => { this.applyRemote(update) }, false, push, sv => this.missingFrom(sv))
    if (push && ours.hasContent) await this.ctx.rpc.request(peer, syncBody(this.name, true, ours.reply), { timeoutMs })
  }

  /** The catch-up of docs 1.0 and 1.1 (SyncRequest → SyncReply → SyncPush), for their peers. */
  private async legacyExchange (peer: PeerId, timeoutMs?: number, push = true): Promise<void> {
    const reply = await this.ctx.rpc.request(peer, {
      syncRequest: { doc: this.name, stateVector: Y.encodeStateVector(this.doc) }
    }, { timeoutMs })
    if (reply.kind !== 'syncReply' || reply.body.doc !== this.name) {
      this.ctx.stats.reject('rpc', 'type')
      throw new InvalidMessageError('type', `expected syncReply for ${this.name}, got ${reply.kind}`)
    }
    if (!reply.body.open) { this.noteClosedAt(peer); return } // the peer does not have this document open
    this.noteHolder(peer)
    this.applyRemote(reply.body.update)
    if (!push) return
    const theirMissing = this.missingFrom(reply.body.stateVector)
    if (!emptyUpdate(theirMissing)) {
      await this.ctx.rpc.request(peer, { syncPush: { doc: this.name, update: theirMissing } }, { timeoutMs })
    }
  }
}

/** Whether a transaction changed the document: the test Yjs makes before it emits an update. */
function changedDoc (tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true
  return false
}
