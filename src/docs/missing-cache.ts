import * as Y from 'yjs'
import { equals } from 'uint8arrays/equals'

/**
 * What a state vector lacks of a document (the update of a sync step 2), kept for the last
 * state vector asked about until the document changes. A peer that opens a document anew
 * asks with the empty state vector and is answered the whole document: for 100,000 sets
 * ~25 ms of encoding on the holder, on the joiner's path, each time — and joiners come in
 * runs (tabs reloaded, agents restarted, a fleet opening a document at once) while the
 * document stands still. Dropped after `keepMs`, so that an idle document does not hold a
 * second copy of itself.
 */
export class MissingCache {
  private last: { stateVector: Uint8Array, update: Uint8Array } | undefined
  private timer: ReturnType<typeof setTimeout> | undefined
  private closed = false

  constructor (private readonly doc: Y.Doc, private readonly keepMs: number) {}

  /** `Y.encodeStateAsUpdate(doc, stateVector)`, the same bytes (not to be changed by the caller). */
  missing (stateVector: Uint8Array): Uint8Array {
    const last = this.last
    if (last != null && equals(last.stateVector, stateVector)) return last.update
    const update = Y.encodeStateAsUpdate(this.doc, stateVector)
    this.clear()
    if (this.closed) return update
    this.last = { stateVector: stateVector.slice(), update }
    this.timer = setTimeout(() => { this.clear() }, this.keepMs)
    ;(this.timer as { unref?: () => void }).unref?.()
    return update
  }

  /** The document changed (call it after every transaction): what any state vector lacks may have too. */
  clear (): void {
    if (this.last == null) return
    this.last = undefined
    clearTimeout(this.timer)
  }

  /** Keeps nothing from now on: the timer of a kept answer held a closed document (a stopped peer's) for keepMs. */
  close (): void {
    this.closed = true
    this.clear()
  }
}
