import * as decoding from 'lib0/decoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { InvalidMessageError } from '../errors.js'
import type * as Y from 'yjs'

/** Origin of awareness changes that came from the network (never re-published). */
export const AWARENESS_REMOTE_ORIGIN = Symbol('accord:awareness-remote')

/**
 * Sends this peer's presence to the peers with the document that `lacks` it (all of them
 * when gossip carries it); resolves with the peers it was written to straight, or undefined
 * when gossip carried it and who got it is unknown.
 */
export type PresenceSend = (update: Uint8Array, lacks: (peer: string) => boolean) => Promise<string[] | undefined>

/** In place of the timer while sends are held (holdUntil): one send is due once they may go. */
const HELD = Symbol('held')

/** The most clients one peer may speak for in one document at once (one per Y.Doc it opened, and a few left over from restarts until they time out). */
const MAX_CLIENTS_PER_PEER = 8

/**
 * The presence of one document: a y-protocols `Awareness` (cursors, names, an agent's
 * current task), replicated on the document's topic with y-protocols' semantics — a state
 * not renewed within 30 s is dropped, `null` means gone. This peer publishes only its own
 * client's state, when it changes but at most once per `minIntervalMs` (the latest state
 * wins: a cursor dragged across a page is a handful of messages, not hundreds), and again
 * when another peer opens the document — to the peers that lack it only. A peer may speak
 * only for the clients it introduced: a state for another peer's client is refused as a forgery.
 *
 * Which peers hold our current state is tracked (`told`): ten peers opening a document at
 * once each announced twice to all nine (on each subscription, then on each newcomer's
 * state), and the second round of 90 presence messages landed on the first edit after
 * `synced()`, 10–20 ms of a 10-peer process's thread. A peer forgets what it was told when
 * it disconnects, leaves the document or drops a client of its own (its presence was
 * re-made), and then is told again.
 */
export class AwarenessReplica {
  readonly awareness: Awareness
  /** clientID → peer id that introduced it. */
  private readonly owners = new Map<number, string>()
  private timer: ReturnType<typeof setTimeout> | typeof HELD | undefined
  private lastSent = Number.NEGATIVE_INFINITY
  private closed = false
  /** Peer → the clock of our client's state it was sent straight (so it holds that state). */
  private readonly told = new Map<string, number>()
  /** Sends wait for this (the document's first catch-up): see holdUntil. */
  private held: Promise<void> | undefined

  constructor (
    doc: Y.Doc,
    private readonly send: PresenceSend,
    private readonly minIntervalMs: number,
    private readonly log: (...args: unknown[]) => void
  ) {
    this.awareness = new Awareness(doc)
    this.awareness.on('update', this.onUpdate)
  }

  /** Publishes this peer's state soon to the peers that lack it (a peer just opened the document and may know nothing of us). */
  announce (): void {
    this.schedule()
  }

  /**
   * Publishes nothing until `ready` settles (the document's first catch-up, after which this
   * peer knows which of its links hold the document and reaches them straight), or for
   * `maxMs` at most (a catch-up waits up to its timeout for a peer that does not answer, and
   * a caret must not wait that long). Announced while a catch-up was under way, a presence
   * went by gossip's flood to whoever might hold the document, again for each holder found,
   * and its last rounds landed on the first edit.
   */
  holdUntil (ready: Promise<void>, maxMs: number): void {
    let timer: ReturnType<typeof setTimeout> | undefined
    const held = Promise.race([ready.catch(() => {}), new Promise<void>(resolve => { timer = setTimeout(resolve, maxMs) })]).then(() => {
      clearTimeout(timer)
      if (this.held !== held) return
      this.held = undefined
      if (this.timer === HELD) { this.timer = undefined; this.schedule() }
    })
    this.held = held
  }

  /** `peer` may no longer hold our state (it disconnected or left the document): tell it again when it asks. */
  untold (peer: string): void {
    this.told.delete(peer)
  }

  /**
   * Applies `update` from peer `from`. Malformed (InvalidMessageError 'apply'), or naming a
   * client another peer introduced, this peer's own, or too many (InvalidMessageError
   * 'sender'): refused whole, nothing applied.
   */
  applyRemote (from: string, update: Uint8Array): void {
    const clients = readClients(update)
    const mine = this.clientsOf(from)
    for (const { clientID, removed } of clients) {
      const owner = this.owners.get(clientID)
      if (clientID === this.awareness.clientID || (owner != null && owner !== from)) {
        throw new InvalidMessageError('sender', `awareness of client ${clientID}, which ${owner ?? 'this peer'} introduced`)
      }
      if (!removed) mine.add(clientID)
    }
    if (mine.size > MAX_CLIENTS_PER_PEER) throw new InvalidMessageError('sender', `awareness of ${mine.size} clients from one peer (at most ${MAX_CLIENTS_PER_PEER})`)
    let newcomer = false
    for (const { clientID, removed } of clients) {
      if (removed) {
        this.owners.delete(clientID)
        this.untold(from) // a client of its own gone: it may be re-making its presence, without ours
      } else { newcomer ||= !this.owners.has(clientID); this.owners.set(clientID, from) }
    }
    applyAwarenessUpdate(this.awareness, update, AWARENESS_REMOTE_ORIGIN)
    // A client we had not heard of may know nothing of us: tell it who we are, unless we
    // told its peer our current state already. (Only owners speak for their clients, so
    // this is how a newcomer learns the states of peers it does not see subscribe: tabs
    // behind a relay, or two that opened at once.)
    if (newcomer && this.told.get(from) !== this.clock()) this.announce()
  }

  /** Drops the states of `peer`'s clients at once (it left the mesh) rather than after 30 s. */
  forget (peer: string): void {
    const gone = [...this.owners].filter(([, owner]) => owner === peer).map(([id]) => id)
    for (const id of gone) this.owners.delete(id)
    if (gone.length > 0) removeAwarenessStates(this.awareness, gone, AWARENESS_REMOTE_ORIGIN)
  }

  /** Says goodbye (this client's state `null`, published at once), then stops. */
  async close (): Promise<void> {
    if (this.closed) return
    if (this.timer !== HELD) clearTimeout(this.timer)
    this.awareness.off('update', this.onUpdate)
    removeAwarenessStates(this.awareness, [this.awareness.clientID], 'local')
    this.closed = true
    await this.send(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]), () => true).catch(err => this.log('awareness goodbye failed: %o', err))
    this.awareness.destroy()
  }

  private clientsOf (peer: string): Set<number> {
    return new Set([...this.owners].filter(([, owner]) => owner === peer).map(([id]) => id))
  }

  private readonly onUpdate = ({ added, updated, removed }: { added: number[], updated: number[], removed: number[] }, origin: unknown): void => {
    if (origin === AWARENESS_REMOTE_ORIGIN) return
    const me = this.awareness.clientID
    if (added.includes(me) || updated.includes(me) || removed.includes(me)) this.schedule()
  }

  private schedule (): void {
    if (this.timer != null || this.closed) return
    if (this.held != null) { this.timer = HELD; return }
    const wait = Math.max(0, this.lastSent + this.minIntervalMs - performance.now())
    this.timer = setTimeout(() => {
      this.timer = undefined
      // A state the application never set (Awareness starts with `{}` at clock 0) is not
      // applied by any receiver (y-protocols applies a newer clock only): nothing to send.
      // Every peer's internal documents (shared variables) flooded the mesh with these.
      const clock = this.clock()
      if (this.closed || clock === 0) return
      this.lastSent = performance.now()
      // encoded when sent, not when scheduled: the latest state goes out
      this.send(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]), peer => this.told.get(peer) !== clock).then(reached => {
        if (reached == null) this.told.clear() // by gossip: who holds it is unknown
        else for (const peer of reached) this.told.set(peer, clock)
      }, err => this.log('awareness publish failed: %o', err))
    }, wait)
  }

  /** The clock of our client's state (it grows with each change and each 15 s renewal). */
  private clock (): number {
    return this.awareness.meta.get(this.awareness.clientID)?.clock ?? -1
  }
}

/** The clients an awareness update names, and whether each is removed (`null`); InvalidMessageError if it is not one. */
function readClients (update: Uint8Array): Array<{ clientID: number, removed: boolean }> {
  try {
    const decoder = decoding.createDecoder(update)
    const n = decoding.readVarUint(decoder)
    if (n > MAX_CLIENTS_PER_PEER) throw new Error(`${n} clients`)
    const clients: Array<{ clientID: number, removed: boolean }> = []
    for (let i = 0; i < n; i++) {
      const clientID = decoding.readVarUint(decoder)
      decoding.readVarUint(decoder) // clock
      const state = JSON.parse(decoding.readVarString(decoder)) as unknown
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new Error('a state is an object or null')
      clients.push({ clientID, removed: state === null })
    }
    if (decoding.hasContent(decoder)) throw new Error('trailing bytes')
    return clients
  } catch (err) {
    throw new InvalidMessageError('apply', `not an awareness update: ${(err as Error).message}`, { cause: err })
  }
}
