/**
 * Verdicts over the judge's log: pure functions, each returning readable violations.
 * Times are CLOCK_MONOTONIC milliseconds, taken by whichever process saw the event.
 * Every check leans towards "no violation" when timing is ambiguous: a reported
 * violation should be a real one.
 */

interface At { agent: number, inc: number, t: number }
export type Ev =
  | At & { kind: 'ready', id: string }
  | At & { kind: 'req' }
  /** lock() resolved at `t` (taken right after the await); `tReq` when it was called. */
  | At & { kind: 'grant', token: string, tReq: number }
  /** valid() returned true; `t` was taken just *before* the call, so it was true at some instant ≥ t. */
  | At & { kind: 'valid', token: string }
  | At & { kind: 'lost', token: string, why: string }
  /** The holder began giving the lease back (release() called). */
  | At & { kind: 'releasing', token: string }
  | At & { kind: 'release', token: string }
  | At & { kind: 'leader', leader: string | null }
  /** lock() failed at `t`; it was called at `tReq`. */
  | At & { kind: 'error', message: string, tReq?: number }
  /** A write as the register judged it (`t` is the judge's time); `current` the value it found. */
  | At & { kind: 'write', token: string, base: number, value: number, ok: boolean, current: number }
  /** The fault state from `t` on: cut links ("i-j") and peers down (killed or stopped). */
  | { kind: 'net', t: number, cut: string[], down: number[] }
  /** A heal of the whole network (`final`: the last one, before the quiet period). */
  | { kind: 'heal', t: number, final: boolean }
  | { kind: 'step', t: number, step: string }
  /** A fault step began (anything but a heal): a heal's liveness window must be free of them. */
  | { kind: 'fault', t: number }

export interface Violation { check: string, message: string }

export interface CheckOptions {
  n: number
  /** How long an old leader may keep acting on its voters' promises after it is cut off (the lease TTL). */
  graceMs: number
  /** After a heal that leaves a majority connected, some grant must follow within this long. */
  livenessMs: number
  /** The agents' waitMs: lock() must fail by waitMs + DEADLINE_SLACK_MS. */
  waitMs: number
}

/** How late a LockTimeoutError may come after waitMs (the issue's promise: by waitMs + 1 s). */
export const DEADLINE_SLACK_MS = 1_000

/** Grants must resume within this long after a heal (named so the report can cite it). */
export const LIVENESS_MS = 5_000

type Grant = Extract<Ev, { kind: 'grant' }>
const client = (e: At): string => `peer ${e.agent}#${e.inc}`
const grantsOf = (log: Ev[]): Grant[] => log.filter((e): e is Grant => e.kind === 'grant')
const ms = (x: number, base: number): string => `${((x - base) / 1000).toFixed(3)}s`
/** One grant per (client, token): re-entries of a lock still listed as held repeat the token. */
const firstOfEach = (grants: Grant[]): Grant[] => [...new Map(grants.map(g => [`${client(g)} ${g.token}`, g] as const)).values()]

/** (1) No overlap: the holder of T1 never saw valid() true at or after T2's lock() resolved elsewhere. */
export function checkOverlap (log: Ev[], base = 0): Violation[] {
  const out: Violation[] = []
  const grants = grantsOf(log)
  const valids = log.filter((e): e is Extract<Ev, { kind: 'valid' }> => e.kind === 'valid')
  for (const g1 of firstOfEach(grants)) {
    // the earliest later grant to someone else that resolved before one of g1's valid checks
    const later = grants.filter(g2 => BigInt(g2.token) > BigInt(g1.token) && client(g2) !== client(g1))
    const mine = valids.filter(v => client(v) === client(g1) && v.token === g1.token)
    for (const v of mine) {
      const g2 = later.filter(g => g.t <= v.t).sort((a, b) => a.t - b.t)[0]
      if (g2 == null) continue
      out.push({ check: 'overlap', message: `${client(g1)} holding token ${g1.token} saw valid() true at ${ms(v.t, base)}, ${(v.t - g2.t).toFixed(0)} ms after ${client(g2)} was granted token ${g2.token} (at ${ms(g2.t, base)})` })
      break // one report per held token is enough
    }
  }
  return out
}

/** (2) No stale write accepted, and no token granted to two different peers. */
export function checkFencing (log: Ev[]): Violation[] {
  const out: Violation[] = []
  let highest = -1n
  for (const w of log) {
    if (w.kind !== 'write' || !w.ok) continue
    if (BigInt(w.token) < highest) out.push({ check: 'stale-write', message: `write with token ${w.token} accepted after token ${highest}` })
    if (BigInt(w.token) > highest) highest = BigInt(w.token)
  }
  const owner = new Map<string, number>()
  for (const g of grantsOf(log)) {
    const prev = owner.get(g.token)
    // the same peer (even restarted: same peer id) may be granted one token twice: a re-entry
    if (prev != null && prev !== g.agent) out.push({ check: 'shared-token', message: `token ${g.token} granted to peer ${prev} and to peer ${g.agent}` })
    owner.set(g.token, g.agent)
  }
  return out
}

/** (3) No lost update: every accepted write built on the current value, and nothing went missing. */
export function checkLostUpdate (log: Ev[], finalValue: number): Violation[] {
  const out: Violation[] = []
  const accepted = log.filter((e): e is Extract<Ev, { kind: 'write' }> => e.kind === 'write' && e.ok)
  for (const w of accepted) {
    if (w.base !== w.current) out.push({ check: 'lost-update', message: `${client(w)} with token ${w.token} wrote ${w.value} computed from ${w.base}, over ${w.current}: ${w.current - w.base} update(s) lost` })
  }
  if (finalValue !== accepted.length) out.push({ check: 'lost-update', message: `register holds ${finalValue} after ${accepted.length} accepted increments` })
  return out
}

/** (4) Tokens increase in real time: a smaller token's lock() never resolves after a larger one's (different peers). */
export function checkTokenOrder (log: Ev[], base = 0): Violation[] {
  const out: Violation[] = []
  const grants = grantsOf(log)
  const reported = new Set<string>()
  for (const g1 of grants) {
    const g2 = grants.find(g => BigInt(g.token) > BigInt(g1.token) && client(g) !== client(g1) && g.t < g1.t)
    if (g2 == null || reported.has(`${client(g1)} ${g1.token}`)) continue
    reported.add(`${client(g1)} ${g1.token}`) // re-entries repeat a token: one report each
    out.push({ check: 'token-order', message: `${client(g1)}'s lock() resolved with token ${g1.token} at ${ms(g1.t, base)} (asked at ${ms(g1.tReq, base)}), after ${client(g2)} already held the larger token ${g2.token} (at ${ms(g2.t, base)})` })
  }
  return out
}

/**
 * (1b) `lost` in time: the holder of T1 that is still running and has not begun to give T1
 * back is told (its `lost` fired) no later than another peer's lock() resolved with a
 * larger token. A holder that was stopped or killed meanwhile cannot run a timer: for it,
 * valid() (check 1) is the promise.
 */
export function checkLostInTime (log: Ev[], base = 0): Violation[] {
  const out: Violation[] = []
  const grants = grantsOf(log)
  const nets = netsOf(log)
  const said = (kind: 'lost' | 'releasing' | 'release', g: Grant, by: number): boolean =>
    log.some(e => e.kind === kind && client(e) === client(g) && e.token === g.token && e.t <= by)
  for (const g1 of firstOfEach(grants)) {
    const g2 = grants.filter(g => BigInt(g.token) > BigInt(g1.token) && client(g) !== client(g1) && g.t > g1.t).sort((a, b) => a.t - b.t)[0]
    if (g2 == null || downDuring(nets, g1.agent, g1.t, g2.t)) continue
    if (said('releasing', g1, g2.t) || said('release', g1, g2.t) || said('lost', g1, g2.t)) continue
    const lost = log.find(e => e.kind === 'lost' && client(e) === client(g1) && e.token === g1.token)
    out.push({ check: 'lost-late', message: `${client(g1)} holding token ${g1.token} (granted at ${ms(g1.t, base)}) was running and not told when ${client(g2)} was granted token ${g2.token} at ${ms(g2.t, base)}: its lost fired ${lost == null ? 'never' : `${(lost.t - g2.t).toFixed(0)} ms later`}` })
  }
  return out
}

/** (8) Deadlines: lock() fails by waitMs + 1 s after it was called, unless its peer was stopped or killed meanwhile. */
export function checkDeadlines (log: Ev[], o: CheckOptions, base = 0): Violation[] {
  const nets = netsOf(log)
  return log
    .filter((e): e is Extract<Ev, { kind: 'error' }> & { tReq: number } => e.kind === 'error' && e.tReq != null)
    .filter(e => e.t - e.tReq > o.waitMs + DEADLINE_SLACK_MS && !downDuring(nets, e.agent, e.tReq, e.t))
    .map(e => ({ check: 'deadline', message: `${client(e)}'s lock() with waitMs ${o.waitMs} failed ${(e.t - e.tReq).toFixed(0)} ms after it was called (at ${ms(e.tReq, base)}): ${e.message}` }))
}

/** True if `agent` was stopped or killed at some instant of [from, to]. */
function downDuring (nets: Array<Extract<Ev, { kind: 'net' }>>, agent: number, from: number, to: number): boolean {
  return stateAt(nets, from).down.has(agent) || nets.some(e => e.t > from && e.t <= to && e.down.includes(agent))
}

/** The fault state in force at time t (the last `net` event at or before t). */
function stateAt (nets: Array<Extract<Ev, { kind: 'net' }>>, t: number): { cut: Set<string>, down: Set<number> } {
  let s: Extract<Ev, { kind: 'net' }> | undefined
  for (const e of nets) { if (e.t <= t) s = e; else break }
  return { cut: new Set(s?.cut ?? []), down: new Set(s?.down ?? []) }
}

/** Members of i's connected component over uncut links among peers that are up. */
export function component (n: number, cut: Set<string>, down: Set<number>, i: number): number[] {
  if (down.has(i)) return []
  const seen = new Set([i])
  const todo = [i]
  while (todo.length > 0) {
    const a = todo.pop()!
    for (let b = 0; b < n; b++) {
      const key = a < b ? `${a}-${b}` : `${b}-${a}`
      if (b === a || seen.has(b) || down.has(b) || cut.has(key)) continue
      seen.add(b)
      todo.push(b)
    }
  }
  return [...seen].sort()
}

const netsOf = (log: Ev[]): Array<Extract<Ev, { kind: 'net' }>> => log.filter((e): e is Extract<Ev, { kind: 'net' }> => e.kind === 'net').sort((a, b) => a.t - b.t)

/** True if i was in a minority component at every instant of [from, to]. */
function minorityThroughout (log: Ev[], n: number, i: number, from: number, to: number): boolean {
  const nets = netsOf(log)
  const quorum = Math.floor(n / 2) + 1
  const { cut, down } = stateAt(nets, from)
  if (component(n, cut, down, i).length >= quorum) return false
  return nets.filter(e => e.t > from && e.t <= to).every(e => component(n, new Set(e.cut), new Set(e.down), i).length < quorum)
}

/**
 * (5) No minority grant: a grant asked for and received while the peer's side had no
 * majority. An old leader may still act on its voters' promises for `graceMs` after the
 * cut, so the minority must already have lasted that long when the request was sent.
 */
export function checkMinorityGrant (log: Ev[], o: CheckOptions, base = 0): Violation[] {
  return grantsOf(log)
    .filter(g => minorityThroughout(log, o.n, g.agent, g.tReq - o.graceMs, g.t))
    .map(g => ({ check: 'minority-grant', message: `${client(g)} was granted token ${g.token} at ${ms(g.t, base)} (asked at ${ms(g.tReq, base)}) while on a minority side since before ${ms(g.tReq - o.graceMs, base)}` }))
}

/** Intervals during which some connected majority of live peers existed. */
function majorityIntervals (log: Ev[], n: number, end: number): Array<[number, number]> {
  const nets = netsOf(log)
  const quorum = Math.floor(n / 2) + 1
  const out: Array<[number, number]> = []
  nets.forEach((e, k) => {
    const to = nets[k + 1]?.t ?? end
    const has = Array.from({ length: n }, (_, i) => component(n, new Set(e.cut), new Set(e.down), i).length).some(s => s >= quorum)
    if (!has || to <= e.t) return
    const last = out.at(-1)
    if (last != null && last[1] === e.t) last[1] = to
    else out.push([e.t, to])
  })
  return out
}

/**
 * (6) Liveness: after each heal that leaves a majority connected for `livenessMs` with no
 * new fault in that time, and always after the final heal, some grant resolves within
 * `livenessMs`. Also measures the longest stretch a majority existed with no grant (from
 * the first grant on).
 */
export function checkLiveness (log: Ev[], o: CheckOptions, end: number, base = 0): { violations: Violation[], longestGapMs: number, resumedMs?: number } {
  const grantTimes = grantsOf(log).map(g => g.t).sort((a, b) => a - b)
  const intervals = majorityIntervals(log, o.n, end)
  const violations: Violation[] = []
  for (const h of log.filter((e): e is Extract<Ev, { kind: 'heal' }> => e.kind === 'heal')) {
    const until = h.t + o.livenessMs
    const covered = intervals.some(([a, b]) => a <= h.t && b >= Math.min(until, end))
    const disturbed = log.some(e => e.kind === 'fault' && e.t > h.t && e.t <= until)
    if (!h.final && (!covered || disturbed || until > end)) continue
    if (!grantTimes.some(t => t >= h.t && t <= until)) violations.push({ check: 'liveness', message: `no grant within ${o.livenessMs} ms of the ${h.final ? 'final ' : ''}heal at ${ms(h.t, base)}${covered ? '' : ' (no majority was connected throughout)'}` })
  }
  let longestGapMs = 0
  const first = grantTimes[0] ?? end
  for (const [a0, b] of intervals) {
    const a = Math.max(a0, first)
    if (b <= a) continue
    const inside = grantTimes.filter(t => t >= a && t <= b)
    const points = [a, ...inside, b]
    for (let k = 1; k < points.length; k++) longestGapMs = Math.max(longestGapMs, points[k]! - points[k - 1]!)
  }
  const final = log.find(e => e.kind === 'heal' && e.final)
  const resumed = final == null ? undefined : grantTimes.find(t => t >= final.t)
  return { violations, longestGapMs, resumedMs: final == null || resumed == null ? undefined : resumed - final.t }
}

/** `resumedMs`: from the final heal to the first grant after it (undefined: none). */
export interface Verdict { violations: Violation[], longestGapMs: number, resumedMs?: number, grants: number, acceptedWrites: number }

export function judgeLog (log: Ev[], finalValue: number, o: CheckOptions, end: number): Verdict {
  const base = Math.min(...log.map(e => e.t))
  const live = checkLiveness(log, o, end, base)
  return {
    violations: [
      ...checkOverlap(log, base),
      ...checkLostInTime(log, base),
      ...checkDeadlines(log, o, base),
      ...checkFencing(log),
      ...checkLostUpdate(log, finalValue),
      ...checkTokenOrder(log, base),
      ...checkMinorityGrant(log, o, base),
      ...live.violations
    ],
    longestGapMs: live.longestGapMs,
    resumedMs: live.resumedMs,
    grants: grantsOf(log).length,
    acceptedWrites: log.filter(e => e.kind === 'write' && e.ok).length
  }
}
