import { VectorClock } from '../clock/vector-clock.js'
import { ConflictError, TooManyVariablesError } from '../errors.js'
import type { CasEntry } from './coord-wire.js'

/** The last write the lease holder accepted for one 'reject' variable. */
interface Accepted {
  clock: VectorClock
  base: VectorClock
  token: bigint
  writer: string
  requestId: string
  /** Seen in the lease holder's replica of the system document: it can no longer be abandoned. */
  visible: boolean
  /** Leader-local monotonic time of acceptance (or of adoption by a new leader). */
  at: number
  /**
   * The replicated form, kept until `visible` changes (nothing else does: a new write
   * replaces the whole record). Replication then encodes only variables that changed
   * (coord/state.ts caches encodings by entry): with thousands of variables, encoding
   * every clock on every commit cost the leader tens of milliseconds.
   */
  entry?: CasEntry
}

export interface CasRules {
  /** Does the lease holder's replica hold `writer`'s entry of `name` with (at least) `clock`? */
  isVisible: (name: string, writer: string, clock: VectorClock) => boolean
  /** An accepted write that has not shown up after this long is presumed abandoned, in ms. */
  abandonAfterMs: number
}

/**
 * Compare-and-set of vector clocks for 'reject' variables: a pure state machine.
 *
 * A write is accepted only if the writer has seen the last accepted write (its merged
 * clock includes that write's clock); the answer is the clock and token it must write
 * with, so of two writes based on the same state exactly one is accepted. Tokens come
 * from the lock sequence, so accepted writes are totally ordered even across leaders.
 *
 * A writer can die between acceptance and writing its entry; nobody could then ever
 * include that clock, and the variable would be wedged. So an accepted write that has
 * not reached the lease holder's replica after `abandonAfterMs` is presumed abandoned:
 * a write based on what *it* was based on is accepted instead. If the abandoned entry
 * shows up after all, its lower token makes every reader ignore it.
 */
export class CasTable {
  private readonly vars = new Map<string, Accepted>()

  constructor (private readonly maxVariables: number) {}

  propose (name: string, expected: VectorClock, writer: string, requestId: string, now: number, rules: CasRules, mint: () => bigint): { clock: VectorClock, token: bigint } {
    const last = this.vars.get(name)
    if (last != null && last.writer === writer && last.requestId === requestId) return { clock: last.clock, token: last.token } // a retry
    if (last != null && !this.accepts(name, last, expected, now, rules)) throw new ConflictError(name)
    if (last == null && this.vars.size >= this.maxVariables) throw new TooManyVariablesError(this.maxVariables)
    const clock = expected.increment(writer)
    const token = mint()
    this.vars.set(name, { clock, base: expected, token, writer, requestId, visible: false, at: now })
    return { clock, token }
  }

  private accepts (name: string, last: Accepted, expected: VectorClock, now: number, rules: CasRules): boolean {
    if (expected.dominates(last.clock)) return true
    if (!last.visible && rules.isVisible(name, last.writer, last.clock)) { last.visible = true; last.entry = undefined }
    const abandoned = !last.visible && now - last.at >= rules.abandonAfterMs
    return abandoned && expected.dominates(last.base)
  }

  toEntries (): CasEntry[] {
    return [...this.vars].map(([name, a]) => {
      a.entry ??= { name, clock: a.clock.encode(), base: a.base.encode(), token: a.token, writer: a.writer, requestId: a.requestId, visible: a.visible }
      return a.entry
    })
  }

  /** Adopts a replicated table; a new leader gives unconfirmed writes a full `abandonAfterMs` from `now`. */
  static fromEntries (entries: CasEntry[], maxVariables: number, now: number): CasTable {
    const table = new CasTable(maxVariables)
    for (const e of entries) {
      table.vars.set(e.name, {
        clock: VectorClock.decode(e.clock), base: VectorClock.decode(e.base), token: e.token, writer: e.writer, requestId: e.requestId, visible: e.visible, at: now, entry: e
      })
    }
    return table
  }
}
