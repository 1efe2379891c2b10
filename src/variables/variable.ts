import { TypedEventEmitter } from 'main-event'
import { VectorClock } from '../clock/vector-clock.js'
import { InvalidArgumentError, InvalidMessageError } from '../errors.js'
import { lastWriter, latestAccepted, mergeAll, siblings, type Entry } from './siblings.js'
import type { HybridClock, Hlc } from './hlc.js'
import type * as Y from 'yjs'
import { checkMs, checkOneOf, checkOptions, invalid } from '../arguments.js'

/**
 * How concurrent writes of a variable (siblings) become one value, identically on every
 * peer that holds the same writes:
 * - `'lww'`: last writer wins, by hybrid timestamp, then writer id.
 * - `{ merge }`: the siblings folded with `merge`, in writer-id order.
 * - `{ resolve }`: one peer asks the application and writes its answer.
 * - `'reject'`: compare-and-set through the lease holder: a write based on a stale value
 *   fails with ConflictError instead of making a sibling.
 */
export type Strategy<T> =
  | 'lww'
  | {
    /** Combines two siblings' values; applied over the siblings sorted by writer id, so every peer gets the same result. */
    merge: (a: T, b: T) => T
  }
  /** The application decides; its answer is written once, with a clock that dominates the siblings. */
  | {
    /**
     * Called on one peer (the live writer of a sibling with the lowest id) with every
     * sibling; its answer is written as the new value. Until then readers see the 'lww'
     * pick. If it throws, the conflict stays and the next change retries.
     */
    resolve: (siblings: Array<Sibling<T>>) => T | Promise<T>
  }
  /**
   * Writes go through the lease holder as compare-and-set on the clock: a write based on
   * a stale value fails with ConflictError and changes nothing.
   */
  | 'reject'

/** Options of `peer.variable`. */
export interface VariableOptions<T> {
  /** How concurrent writes become one value. Default 'lww'. */
  strategy?: Strategy<T>
}

/** One of the current concurrent writes of a variable. */
export interface Sibling<T> {
  /** Peer id of the writer. */
  writer: string
  /** The value it wrote. */
  value: T
}

/** Options of `variable.set`. */
export interface SetOptions {
  /** Resolve once every live member ('all') or a majority of them ('majority') holds the write. Default: once written locally. */
  ack?: 'all' | 'majority'
  /** Give up waiting for acknowledgements after this long (TimeoutError; the write stands). Default 10 s. */
  timeoutMs?: number
}

/** Waits until `ack` members hold the system document as it is now. */
export type Acknowledge = (ack: 'all' | 'majority', timeoutMs: number) => Promise<void>

/** Asks the lease holder to accept a write based on `expected`; answers the clock and token to write with. */
export type CompareAndSet = (name: string, expected: Uint8Array, timeoutMs: number) => Promise<{ clock: Uint8Array, token: bigint }>

/** The events a Variable dispatches: `variable.addEventListener('change', e => e.detail.value)`. */
export interface VariableEvents<T> {
  /** The value (as this peer resolves it) changed. */
  change: CustomEvent<{
    /** The new value; undefined if the variable holds none. */
    value: T | undefined
  }>
  /** Concurrent writes are current: `siblings` are all of them, `value` what the strategy made of them. */
  conflict: CustomEvent<{
    /** Every current concurrent write. */
    siblings: Array<Sibling<T>>
    /** What the strategy made of them: the value `get()` returns now. */
    value: T
  }>
}

/** What a variable needs from its peer. */
export interface VariableContext {
  /** Every writer's entry of every variable, keyed `name NUL writer`. */
  map: Y.Map<unknown>
  /** Floors of folded writers' counters, keyed `name NUL writer`. */
  folds: Y.Map<unknown>
  self: string
  hlc: HybridClock
  isLive: (peer: string) => boolean
  /** How long a peer has not been heard from (0 if live). */
  silentFor: (peer: string) => number
  /** Writers silent this long have their clock entries folded away on the next write. */
  foldAfterMs: number
  acknowledge?: Acknowledge
  compareAndSet?: CompareAndSet
  /**
   * Resolves once this peer has caught up with the mesh's copy of the system document.
   * A peer that restarted without its state would otherwise write its entry beside its
   * previous incarnation's (unseen) one, and Yjs may then keep the old one.
   */
  caughtUp?: () => Promise<void>
}

/**
 * The stored form of one writer's entry (the clock travels in its canonical encoding).
 * `token` (decimal; Yjs stores no bigint) orders the accepted writes of 'reject' variables.
 */
interface Stored { value: unknown, clock: Uint8Array, hlc: [number, number], token?: string }

const SEP = '\u0000'
/** How long a resolver waits for concurrent writes to arrive before answering. */
const RESOLVE_SETTLE_MS = 50

/**
 * A shared variable with a vector clock per write. Each writer writes only its own entry
 * `{ value, clock, hlc }` under its own key of the system document, so Yjs never silently
 * drops a concurrent write; a read takes the entries no other dominates (the siblings)
 * and, if there are several, applies the strategy — deterministically, so every peer
 * that has the same entries reads the same value.
 */
export class Variable<T> extends TypedEventEmitter<VariableEvents<T>> {
  private last: string | undefined
  private resolving = false
  private settleTimer: ReturnType<typeof setTimeout> | undefined
  private isClosed = false
  private readonly observer = (evt: Y.YMapEvent<unknown>): void => {
    if ([...evt.keysChanged].some(k => k.startsWith(this.name + SEP))) this.refresh()
  }
  private get map (): Y.Map<unknown> { return this.ctx.map }
  private get self (): string { return this.ctx.self }
  private get hlc (): HybridClock { return this.ctx.hlc }

  constructor (
    /** The variable's name. */
    readonly name: string,
    private readonly strategy: Strategy<T> = 'lww',
    private readonly ctx: VariableContext
  ) {
    super()
    checkStrategy(strategy)
    if (name.includes(SEP)) throw new InvalidArgumentError('variable names cannot contain NUL')
    if (strategy === 'reject' && ctx.compareAndSet == null) throw new InvalidArgumentError('a \'reject\' variable needs a lease holder')
    ctx.map.observe(this.observer)
    ctx.folds.observe(this.observer)
    this.last = JSON.stringify(this.get() ?? null)
  }

  /** The current value as this peer resolves it; undefined if never written. */
  get (): T | undefined {
    const current = siblings(this.entries())
    if (current.length === 0) return undefined
    return this.resolve(current)
  }

  /** The current concurrent writes (one when there is no conflict). */
  siblings (): Array<Sibling<T>> {
    return siblings(this.entries()).map(e => ({ writer: e.writer, value: e.value }))
  }

  /**
   * Writes `value` with a clock that dominates every entry this peer has seen. Resolves
   * once written locally, or with `ack` once that many live members hold it. With
   * 'reject', the lease holder must accept the write first (ConflictError if another
   * write it has not seen came first; NoLeaderError if there is no lease holder).
   */
  async set (value: T, options: SetOptions = {}): Promise<void> {
    checkOptions('set options', options, {
      ack: (option, v) => checkOneOf(option, v, ['all', 'majority']),
      timeoutMs: checkMs
    })
    assertStorable(value)
    const timeoutMs = options.timeoutMs ?? 10_000
    await this.ctx.caughtUp?.()
    const seen = this.entries()
    for (const e of seen) this.hlc.observe(e.hlc)
    const base = seen.reduce((c, e) => c.merge(e.clock), VectorClock.EMPTY)
    if (this.strategy === 'reject') {
      const accepted = await this.ctx.compareAndSet!(this.name, base.encode(), timeoutMs)
      this.map.set(this.key(this.self), { value, clock: accepted.clock, hlc: [...this.hlc.now()], token: accepted.token.toString() } satisfies Stored)
    } else {
      this.map.doc!.transact(() => {
        this.foldDeparted(seen)
        const floors = this.floors() // including any just folded
        const clock = base.prune(floors).increment(this.self, floors.get(this.self) ?? 0)
        this.map.set(this.key(this.self), { value, clock: clock.encode(), hlc: [...this.hlc.now()] } satisfies Stored)
      })
    }
    if (options.ack != null && this.ctx.acknowledge != null) await this.ctx.acknowledge(options.ack, timeoutMs)
  }

  /**
   * Resolves once this peer has caught up with the mesh's copy of the variables (a pull
   * from a few live members), so that `get()` reflects what they hold. A peer that just
   * started reads nothing until then; `set()` waits for it by itself.
   */
  async synced (): Promise<void> {
    await this.ctx.caughtUp?.()
  }

  /**
   * Stops observing the mesh: no more events, and no `resolve` callback is started here
   * any more. The peer's `stop()` closes every variable; after `close()`, `peer.variable`
   * opens a new object for the name.
   */
  close (): void {
    this.isClosed = true
    clearTimeout(this.settleTimer)
    this.map.unobserve(this.observer)
    this.ctx.folds.unobserve(this.observer)
  }

  /** Whether `close()` was called. */
  get closed (): boolean { return this.isClosed }

  /**
   * 'lww', 'reject', 'merge' or 'resolve': how this variable was opened.
   * @internal
   */
  get strategyKind (): 'lww' | 'reject' | 'merge' | 'resolve' {
    return strategyKindOf(this.strategy)
  }

  private key (writer: string): string { return this.name + SEP + writer }

  /**
   * Keeps clocks from growing with every writer that ever lived: a writer silent for
   * `foldAfterMs` whose entry is already superseded (dominated, so it is no part of the
   * value) has its entry deleted and its counters up to that entry's recorded as a
   * floor; every reader then ignores counters at or below the floor. Pruning is
   * monotone, so no causal order turns into a conflict, and a writer that comes back
   * counts on from above its floor. The trade: one small floor per folded writer per
   * variable stays in the system document, and 'reject' variables are not folded (the
   * lease holder compares their full clocks).
   */
  private foldDeparted (entries: Array<Entry<T>>): void {
    const current = new Set(siblings(entries))
    for (const e of entries) {
      if (current.has(e) || e.writer === this.self || this.ctx.silentFor(e.writer) < this.ctx.foldAfterMs) continue
      this.ctx.folds.set(this.key(e.writer), Math.max(this.floors().get(e.writer) ?? 0, e.clock.get(e.writer)))
      this.map.delete(this.key(e.writer))
    }
  }

  /** Folded writers' floors for this variable. */
  private floors (): Map<string, number> {
    const out = new Map<string, number>()
    const prefix = this.name + SEP
    for (const [key, raw] of this.ctx.folds.entries()) {
      if (key.startsWith(prefix) && Number.isSafeInteger(raw) && (raw as number) > 0) out.set(key.slice(prefix.length), raw as number)
    }
    return out
  }

  private resolve (current: Array<Entry<T>>): T {
    if (current.length === 1) return current[0]!.value
    if (this.strategy === 'lww') return lastWriter(current).value
    if (this.strategy === 'reject') return latestAccepted(current).value
    if ('merge' in this.strategy) return mergeAll(current, this.strategy.merge)
    // until the application's answer is written, readers see the deterministic lww pick
    return lastWriter(current).value
  }

  /**
   * With a `resolve` strategy, one peer answers a conflict: the live writer of a sibling
   * with the lowest id (every peer computes the same one from the same entries), so the
   * callback runs once rather than everywhere at the same time.
   */
  private maybeResolve (): void {
    if (typeof this.strategy === 'string' || !('resolve' in this.strategy) || this.resolving) return
    const resolveFn = this.strategy.resolve
    this.resolving = true
    // Let writes made at the same moment arrive first, so one answer covers them all.
    this.settleTimer = setTimeout(() => {
      const current = siblings(this.entries())
      const writers = current.map(e => e.writer).filter(w => this.ctx.isLive(w)).sort()
      if (current.length < 2 || writers[0] !== this.self) { this.resolving = false; return }
      void Promise.resolve()
        .then(async () => await resolveFn(current.map(e => ({ writer: e.writer, value: e.value }))))
        .then(async value => { await this.set(value) })
        .catch(() => { /* the callback failed: the conflict stays visible; the next change retries */ })
        .finally(() => { this.resolving = false; this.refresh() }) // a write that raced the answer
    }, RESOLVE_SETTLE_MS)
  }

  private refresh (): void {
    const current = siblings(this.entries())
    const value = current.length === 0 ? undefined : this.resolve(current)
    const json = JSON.stringify(value ?? null)
    if (current.length > 1) {
      this.dispatchEvent(new CustomEvent('conflict', { detail: { siblings: current.map(e => ({ writer: e.writer, value: e.value })), value: value as T } }))
      this.maybeResolve()
    }
    if (json !== this.last) {
      this.last = json
      this.dispatchEvent(new CustomEvent('change', { detail: { value } }))
    }
  }

  /**
   * Every writer's entry, clocks pruned of folded counters; a malformed one (a buggy or
   * hostile writer) is skipped, not fatal.
   */
  private entries (): Array<Entry<T>> {
    const out: Array<Entry<T>> = []
    const prefix = this.name + SEP
    const floors = this.floors()
    for (const [key, raw] of this.map.entries()) {
      if (!key.startsWith(prefix)) continue
      try {
        const e = decodeEntry<T>(key.slice(prefix.length), raw)
        out.push(floors.size > 0 && this.strategy !== 'reject' ? { ...e, clock: e.clock.prune(floors) } : e)
      } catch {
        // not a valid entry: it takes no part in the value
      }
    }
    return out
  }
}

function decodeEntry<T> (writer: string, raw: unknown): Entry<T> {
  const s = raw as Partial<Stored> | null
  if (s == null || !(s.clock instanceof Uint8Array) || !Array.isArray(s.hlc) || s.hlc.length !== 2) {
    throw new InvalidMessageError('malformed', `variable entry of ${writer}`)
  }
  const hlc: Hlc = [Number(s.hlc[0]), Number(s.hlc[1])]
  const token = typeof s.token === 'string' && /^[0-9]{1,20}$/.test(s.token) ? BigInt(s.token) : 0n
  return { writer, value: s.value as T, clock: VectorClock.decode(s.clock), hlc, token }
}

/**
 * Does `map` hold `writer`'s entry of variable `name` with a clock that includes `clock`?
 * (The lease holder asks this to tell a written 'reject' write from an abandoned one.)
 */
export function holdsEntry (map: Y.Map<unknown>, name: string, writer: string, clock: VectorClock): boolean {
  try {
    return decodeEntry(writer, map.get(name + SEP + writer)).clock.dominates(clock)
  } catch {
    return false
  }
}

const STORABLE = 'null, a boolean, a string, a finite number, a Uint8Array, or an array or plain object of these (not cyclic)'

/**
 * Yjs stores JSON-like values and Uint8Array; anything else is refused up front, with the
 * path to the offending part. `within` holds the objects on the path, so a cycle is refused
 * rather than overflowing the stack.
 */
function assertStorable (value: unknown, path = 'value', within = new Set<object>()): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return
  if (typeof value === 'number' && Number.isFinite(value)) return
  if (value instanceof Uint8Array) return
  const container = Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
  if (!container) throw invalid(path, STORABLE, value)
  if (within.has(value)) throw new InvalidArgumentError(`${path}: a cyclic value cannot be stored (it contains itself)`, { option: path, allowed: STORABLE })
  within.add(value)
  if (Array.isArray(value)) value.forEach((v, i) => { assertStorable(v, `${path}[${i}]`, within) })
  else for (const [k, v] of Object.entries(value)) assertStorable(v, `${path}.${k}`, within)
  within.delete(value)
}

/** 'lww', 'reject', 'merge' or 'resolve'. */
export function strategyKindOf<T> (strategy: Strategy<T>): 'lww' | 'reject' | 'merge' | 'resolve' {
  return typeof strategy === 'string' ? strategy : 'merge' in strategy ? 'merge' : 'resolve'
}

/** 'lww', 'reject', `{ merge }` or `{ resolve }` with a function. */
export function checkStrategy (strategy: unknown): void {
  if (strategy === 'lww' || strategy === 'reject') return
  const s = strategy as { merge?: unknown, resolve?: unknown } | null
  const fn = typeof s === 'object' && s !== null && Object.keys(s).length === 1 && (typeof s.merge === 'function' || typeof s.resolve === 'function')
  if (!fn) throw invalid('variable options.strategy', "'lww', 'reject', { merge: (a, b) => value } or { resolve: (siblings) => value }", strategy)
}

/** The names of the variables written in `map` so far. */
export function variableNames (map: Y.Map<unknown>): string[] {
  const names = new Set<string>()
  for (const key of map.keys()) {
    const at = key.indexOf(SEP)
    if (at > 0) names.add(key.slice(0, at))
  }
  return [...names].sort()
}
