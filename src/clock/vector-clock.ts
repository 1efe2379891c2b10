import { InvalidMessageError } from '../errors.js'
import { VectorClockWire } from './clock-wire.js'

/** How two clocks relate: happened-before, happened-after, identical, or concurrent. */
export type Ordering = 'before' | 'after' | 'equal' | 'concurrent'

/** Most entries a decoded clock may have: a bound on what a peer can make us allocate. */
export const MAX_CLOCK_ENTRIES = 4096

/**
 * An immutable vector clock: a counter per writer id, absent meaning 0. Pure: no I/O,
 * no time. Entries are kept sorted by id, so equal clocks encode to equal bytes.
 */
export class VectorClock {
  private constructor (private readonly entries: ReadonlyArray<readonly [string, number]>) {}

  /** The clock with no entries (every counter 0): before every other clock. */
  static readonly EMPTY = new VectorClock([])

  /** From `{ id: counter }` or `[id, counter]` pairs; zero counters are dropped. */
  static from (source: Record<string, number> | Iterable<readonly [string, number]>): VectorClock {
    const pairs = Symbol.iterator in Object(source) ? [...source as Iterable<readonly [string, number]>] : Object.entries(source)
    const map = new Map<string, number>()
    for (const [id, counter] of pairs) {
      if (!Number.isSafeInteger(counter) || counter < 0) throw new RangeError(`counter of ${id} must be a non-negative safe integer`)
      map.set(id, Math.max(map.get(id) ?? 0, counter))
    }
    return VectorClock.sorted(map)
  }

  private static sorted (map: Map<string, number>): VectorClock {
    return new VectorClock([...map].filter(([, c]) => c > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  }

  /** The counter of writer `id` (0 if it has none). */
  get (id: string): number {
    return this.entries.find(([k]) => k === id)?.[1] ?? 0
  }

  /**
   * This clock with `id`'s counter one higher: what a write by `id` carries. `atLeast`
   * raises the counter past a floor first (a writer whose old counters were folded away).
   */
  increment (id: string, atLeast = 0): VectorClock {
    const map = new Map(this.entries)
    map.set(id, Math.max(map.get(id) ?? 0, atLeast) + 1)
    return VectorClock.sorted(map)
  }

  /**
   * The clock without counters at or below `floors` (a departed writer's old counters,
   * folded away). Monotone: if a ≤ b then a.prune(f) ≤ b.prune(f), so pruning never
   * turns a happened-before into concurrency.
   */
  prune (floors: ReadonlyMap<string, number>): VectorClock {
    if (floors.size === 0) return this
    return new VectorClock(this.entries.filter(([k, c]) => c > (floors.get(k) ?? 0)))
  }

  /** The least clock that dominates both (entry-wise maximum). */
  merge (other: VectorClock): VectorClock {
    const map = new Map(this.entries)
    for (const [id, c] of other.entries) map.set(id, Math.max(map.get(id) ?? 0, c))
    return VectorClock.sorted(map)
  }

  /** How this clock relates to `other`: `'before'` means this one happened before it. */
  compare (other: VectorClock): Ordering {
    let less = false
    let greater = false
    const ids = new Set([...this.entries.map(([k]) => k), ...other.entries.map(([k]) => k)])
    for (const id of ids) {
      const a = this.get(id)
      const b = other.get(id)
      if (a < b) less = true
      if (a > b) greater = true
      if (less && greater) return 'concurrent'
    }
    return less ? 'before' : greater ? 'after' : 'equal'
  }

  /** True if this clock has seen everything `other` has (after or equal). */
  dominates (other: VectorClock): boolean {
    const o = this.compare(other)
    return o === 'after' || o === 'equal'
  }

  /** The clock without the entries of `ids` (e.g. members gone for good). */
  without (ids: Iterable<string>): VectorClock {
    const drop = new Set(ids)
    return new VectorClock(this.entries.filter(([k]) => !drop.has(k)))
  }

  /** `{ id: counter }`, sorted by id: what JSON.stringify writes (VectorClock.from reads it back). */
  toJSON (): Record<string, number> {
    return Object.fromEntries(this.entries)
  }

  /** How many writers have a counter above 0. */
  get size (): number {
    return this.entries.length
  }

  /** The canonical protobuf encoding: equal clocks give equal bytes. `VectorClock.decode` reads it. */
  encode (): Uint8Array<ArrayBuffer> {
    return VectorClockWire.encode({ entries: this.entries.map(([id, c]) => ({ id, counter: BigInt(c) })) })
  }

  /**
   * Strict: entries strictly sorted by id (so no duplicates), counters from 1 to 2^53-1,
   * at most MAX_CLOCK_ENTRIES. Anything else is an InvalidMessageError.
   */
  static decode (bytes: Uint8Array): VectorClock {
    let wire: VectorClockWire
    try {
      wire = VectorClockWire.decode(bytes, { limits: { entries: MAX_CLOCK_ENTRIES } })
    } catch (err) {
      throw new InvalidMessageError('malformed', 'not a vector clock', { cause: err })
    }
    const entries: Array<[string, number]> = []
    let previous: string | undefined
    for (const { id, counter } of wire.entries) {
      if (previous != null && !(previous < id)) throw new InvalidMessageError('malformed', 'vector clock entries out of order')
      if (counter < 1n || counter > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidMessageError('malformed', `vector clock counter out of range for ${id}`)
      entries.push([id, Number(counter)])
      previous = id
    }
    return new VectorClock(entries)
  }
}
