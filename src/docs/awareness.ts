import * as decoding from 'lib0/decoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness'
import { InvalidMessageError } from '../errors.js'
import type * as Y from 'yjs'

/** Origin of awareness changes that came from the network (never re-published). */
export const AWARENESS_REMOTE_ORIGIN = Symbol('accord:awareness-remote')

/** The most clients one peer may speak for in one document at once (one per Y.Doc it opened, and a few left over from restarts until they time out). */
const MAX_CLIENTS_PER_PEER = 8

/**
 * The presence of one document: a y-protocols `Awareness` (cursors, names, an agent's
 * current task), replicated on the document's topic with y-protocols' semantics — a state
 * not renewed within 30 s is dropped, `null` means gone. This peer publishes only its own
 * client's state, when it changes but at most once per `minIntervalMs` (the latest state
 * wins: a cursor dragged across a page is a handful of messages, not hundreds), and again
 * when another peer opens the document. A peer may speak only for the clients it introduced:
 * a state for another peer's client is refused as a forgery.
 */
export class AwarenessReplica {
  readonly awareness: Awareness
  /** clientID → peer id that introduced it. */
  private readonly owners = new Map<number, string>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private lastSent = Number.NEGATIVE_INFINITY
  private closed = false

  constructor (
    doc: Y.Doc,
    private readonly send: (update: Uint8Array) => Promise<void>,
    private readonly minIntervalMs: number,
    private readonly log: (...args: unknown[]) => void
  ) {
    this.awareness = new Awareness(doc)
    this.awareness.on('update', this.onUpdate)
  }

  /** Publishes this peer's state soon (a peer just opened the document and knows nothing of us). */
  announce (): void {
    this.schedule()
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
      if (removed) this.owners.delete(clientID)
      else { newcomer ||= !this.owners.has(clientID); this.owners.set(clientID, from) }
    }
    applyAwarenessUpdate(this.awareness, update, AWARENESS_REMOTE_ORIGIN)
    // A client we had not heard of knows nothing of us: tell it who we are. (Only owners
    // speak for their clients, so this is how a newcomer learns the states of peers it does
    // not see subscribe: tabs behind a relay, or two that opened at once.)
    if (newcomer) this.announce()
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
    clearTimeout(this.timer)
    this.awareness.off('update', this.onUpdate)
    removeAwarenessStates(this.awareness, [this.awareness.clientID], 'local')
    this.closed = true
    await this.send(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID])).catch(err => this.log('awareness goodbye failed: %o', err))
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
    const wait = Math.max(0, this.lastSent + this.minIntervalMs - performance.now())
    this.timer = setTimeout(() => {
      this.timer = undefined
      if (this.closed) return
      this.lastSent = performance.now()
      // encoded when sent, not when scheduled: the latest state goes out
      this.send(encodeAwarenessUpdate(this.awareness, [this.awareness.clientID])).catch(err => this.log('awareness publish failed: %o', err))
    }, wait)
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
