/**
 * Verdicts of the document fault suite: pure functions over the judge's log (what every
 * agent said it wrote, and what it said was flushed) and the replicas' final contents.
 * Where the log cannot tell (an edit made just before a kill -9), a check leans towards
 * "no violation"; everything else must hold exactly.
 */

/**
 * The agents' edits, decided by their sequence number so that the judge knows what an
 * unreported op would have been: op `seq` of an incarnation adds id `a.inc.seq` (map key →
 * seq, and the id into the array at a random index, in one transaction), except every
 * DEL_EVERY-th, which deletes the map key of op `seq - DEL_BACK` (an add of the same
 * incarnation). Deletions travel in Yjs's delete set, which the state vector does not show.
 */
export const DEL_EVERY = 8
export const DEL_BACK = 5
export type Op = { op: 'add', id: string } | { op: 'del', id: string }
export const editId = (agent: number, inc: number, seq: number): string => `${agent}.${inc}.${seq}`
export function opAt (agent: number, inc: number, seq: number): Op {
  return seq % DEL_EVERY === DEL_EVERY - 1 ? { op: 'del', id: editId(agent, inc, seq - DEL_BACK) } : { op: 'add', id: editId(agent, inc, seq) }
}

/**
 * How many ops past the last one it reported a killed incarnation may have made unseen.
 * An agent writes its report in the same synchronous block as the edit, before the edit
 * can leave the process (Yjs updates are published and stored from a microtask), and a
 * report in the kernel's socket buffer reaches the judge even after kill -9: only reports
 * still queued in Node's own write buffer can be lost, which takes a judge too slow to
 * read. 1 would do in practice; 20 leaves room for a few queued lines and still catches
 * an id nobody made.
 */
export const UNREPORTED_SLACK = 20

interface At { agent: number, inc: number, t: number }
export type DocEv =
  /** The agent's process connected to the judge (before its peer started). */
  | At & { kind: 'hello' }
  /** Document D open: what this incarnation loaded from storage (map keys, array items); how long createPeer and doc('D') took. */
  | At & { kind: 'ready', id: string, keys: number, items: number, peerMs?: number, docMs?: number }
  /** Op `seq`, made at `t` (taken just before the edit); reported before it can leave the process. */
  | At & { kind: 'op', seq: number } & Op
  /** `peer.flush('D')`, called after op `upTo`, resolved at `t`: ops ≤ upTo survive a kill -9 of this process. */
  | At & { kind: 'durable', upTo: number }
  /** The agent stopped editing (the judge said so at the final heal); `lastSeq` its last op. */
  | At & { kind: 'halted', lastSeq: number }
  /** Incarnation `inc` of `agent` was killed -9 at `t` (by the schedule). */
  | At & { kind: 'kill' }
  | { kind: 'net', t: number, cut: string[], down: number[] }
  | { kind: 'heal', t: number, final: boolean }
  | { kind: 'step', t: number, step: string }

/** One agent's replica of D as it answered the judge at the end. */
export interface Replica { agent: number, inc: number, map: Record<string, unknown>, array: unknown[], sv: string }

export interface Violation { check: string, message: string }

export interface DocCheckOptions {
  n: number
  /** The incarnation of each agent's process at the end (whose replica was read): every earlier one was killed or crashed. */
  final: number[]
  /** Replicas must be identical within this long of the final heal (of the moment every peer had D open again after it). */
  boundMs: number
  /** When they were first seen identical, ms after that (undefined: never, within the time the runner waited). */
  convergedMs?: number
}

export interface DocVerdict {
  violations: Violation[]
  /** Reported adds and deletes; of those, how many had to survive. */
  ops: number
  mustSurvive: number
  /** Ops of killed incarnations that were not flushed: present (a peer had them) and absent in the end. */
  atRisk: { kept: number, lost: number }
  convergedMs?: number
}

type OpEv = Extract<DocEv, { kind: 'op' }>
const inc = (e: { agent: number, inc: number }): string => `${e.agent}.${e.inc}`
const ms = (x: number, base: number): string => `${((x - base) / 1000).toFixed(3)}s`
const parse = (id: string): { agent: number, inc: number, seq: number } | undefined => {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(id)
  return m == null ? undefined : { agent: Number(m[1]), inc: Number(m[2]), seq: Number(m[3]) }
}
/** Times in messages count from the schedule's start (the runner's first step note), as its steps do. */
const startOf = (log: DocEv[]): number => log.find(e => e.kind === 'step')?.t ?? Math.min(...log.map(e => e.t))
const sample = (xs: string[]): string => `${xs.slice(0, 6).join(', ')}${xs.length > 6 ? `, … (${xs.length} in all)` : ''}`

/** What the log says, indexed for the checks. */
class Reports {
  readonly adds = new Map<string, OpEv>()
  /** Reported deletions, by the id they deleted. */
  readonly dels = new Map<string, OpEv>()
  readonly durable = new Map<string, { upTo: number, t: number }>()
  readonly last = new Map<string, number>()
  readonly kills = new Map<string, number>()

  constructor (log: DocEv[], private readonly final: number[]) {
    for (const e of log) {
      if (e.kind === 'op') {
        ;(e.op === 'add' ? this.adds : this.dels).set(e.id, e)
        this.last.set(inc(e), Math.max(this.last.get(inc(e)) ?? -1, e.seq))
      } else if (e.kind === 'durable' && e.upTo > (this.durable.get(inc(e))?.upTo ?? -1)) this.durable.set(inc(e), { upTo: e.upTo, t: e.t })
      else if (e.kind === 'kill') this.kills.set(inc(e), e.t)
    }
  }

  /** An op that must be in every replica: its incarnation is the one still running, or it was flushed before its process died. */
  mustSurvive (e: { agent: number, inc: number, seq: number }): boolean {
    return e.inc === this.final[e.agent] || e.seq <= (this.durable.get(inc(e))?.upTo ?? -1)
  }

  /** Op `seq` of an incarnation that died may have been made without its report reaching us (see UNREPORTED_SLACK). */
  unreportedPossible (agent: number, i: number, seq: number): boolean {
    if (!(i < (this.final[agent] ?? -1))) return false
    const last = this.last.get(`${agent}.${i}`) ?? -1
    return seq > last && seq <= last + UNREPORTED_SLACK
  }

  /** Whether the key `id` may rightly be missing from the map: a deletion of it was reported, or may have been made unreported. */
  mayBeDeleted (id: string): boolean {
    if (this.dels.has(id)) return true
    const p = parse(id)
    return p != null && opAt(p.agent, p.inc, p.seq + DEL_BACK).op === 'del' && this.unreportedPossible(p.agent, p.inc, p.seq + DEL_BACK)
  }

  describe (e: OpEv, base: number): string {
    const d = this.durable.get(inc(e))
    const kill = this.kills.get(inc(e))
    const why = e.inc === this.final[e.agent] ? 'its peer ran to the end' : `flushed by ${ms(d!.t, base)}, killed at ${kill == null ? '?' : ms(kill, base)}`
    return `${e.op === 'del' ? `deletion of ${e.id} (op ${e.agent}.${e.inc}.${e.seq})` : e.id} made at ${ms(e.t, base)} (${why})`
  }
}

/** (1) Convergence: every replica answered and all are identical (contents and state vector), within the bound. */
export function checkConvergence (replicas: Array<Replica | undefined>, o: DocCheckOptions): Violation[] {
  const out: Violation[] = []
  const missing = replicas.map((r, i) => r == null ? i : -1).filter(i => i >= 0)
  if (missing.length > 0) out.push({ check: 'convergence', message: `no replica from peer(s) ${missing.join(', ')} at the end (agent not running or not answering)` })
  const present = replicas.filter((r): r is Replica => r != null)
  const differ = present.length > 0 && present.some(r => fingerprint(r) !== fingerprint(present[0]!))
  if (o.convergedMs == null || o.convergedMs > o.boundMs || differ) {
    const when = o.convergedMs == null ? `still not identical when last read` : o.convergedMs > o.boundMs ? `identical only ${o.convergedMs.toFixed(0)} ms after the final heal (and every peer's restart)` : 'identical once, then different again'
    out.push({ check: 'convergence', message: `replicas ${when} (bound ${o.boundMs} ms)${differ ? `: ${diff(present)}` : ''}` })
  }
  return out
}

/** A replica's contents and state vector in one comparable string. */
export function fingerprint (r: Pick<Replica, 'map' | 'array' | 'sv'>): string {
  return JSON.stringify([Object.entries(r.map).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0), r.array, r.sv])
}

function diff (rs: Replica[]): string {
  const keys = rs.map(r => new Set(Object.keys(r.map)))
  const items = rs.map(r => new Set(r.array.map(String)))
  const all = [...new Set(rs.flatMap(r => [...Object.keys(r.map), ...r.array.map(String)]))]
  return rs.map((r, k) => {
    const lacks = all.filter(id => !keys[k]!.has(id) && keys.some(s => s.has(id)))
    const lacksItems = all.filter(id => !items[k]!.has(id) && items.some(s => s.has(id)))
    return `peer ${r.agent}#${r.inc}: ${keys[k]!.size} keys, ${r.array.length} items, sv ${r.sv.slice(0, 16)}…` +
      (lacks.length > 0 ? `, lacks keys ${sample(lacks)}` : '') + (lacksItems.length > 0 ? `, lacks items ${sample(lacksItems)}` : '')
  }).join('; ')
}

/**
 * (2) No lost edit: every op that had to survive (see Reports.mustSurvive) is in every
 * replica: an add's id in the array and, unless it may have been deleted, its key in the
 * map; a deletion's key absent from the map.
 */
export function checkLost (log: DocEv[], replicas: Array<Replica | undefined>, o: DocCheckOptions): Violation[] {
  const rep = new Reports(log, o.final)
  const base = startOf(log)
  const out: Violation[] = []
  for (const r of replicas) {
    if (r == null) continue
    const items = new Set(r.array.map(String))
    const lost: string[] = []
    for (const e of rep.adds.values()) {
      if (!rep.mustSurvive(e)) continue
      if (!items.has(e.id)) lost.push(`${rep.describe(e, base)}: not in the array`)
      else if (!(e.id in r.map) && !rep.mayBeDeleted(e.id)) lost.push(`${rep.describe(e, base)}: not in the map`)
    }
    for (const e of rep.dels.values()) {
      if (rep.mustSurvive(e) && e.id in r.map) lost.push(`${rep.describe(e, base)}: the key is still there`)
    }
    if (lost.length > 0) out.push({ check: 'lost-edit', message: `replica of peer ${r.agent}#${r.inc} lacks ${lost.length} edit(s) that had to survive: ${sample(lost)}` })
  }
  return out
}

/**
 * (3) No invented edit: every map key and array item is an add some agent reported, or
 * one a killed incarnation may have made just before it died unreported (see
 * UNREPORTED_SLACK); each key holds its op's seq, no item appears twice, and an add is
 * whole (its key and its item both there, unless the key may have been deleted).
 */
export function checkInvented (log: DocEv[], replicas: Array<Replica | undefined>, o: DocCheckOptions): Violation[] {
  const rep = new Reports(log, o.final)
  const out: Violation[] = []
  const legit = (id: string): boolean => {
    if (rep.adds.has(id)) return true
    const p = parse(id)
    return p != null && p.agent < o.n && opAt(p.agent, p.inc, p.seq).op === 'add' && rep.unreportedPossible(p.agent, p.inc, p.seq)
  }
  for (const r of replicas) {
    if (r == null) continue
    const who = `replica of peer ${r.agent}#${r.inc}`
    const items = r.array.map(String)
    const itemSet = new Set(items)
    const invented = [...new Set([...Object.keys(r.map), ...items])].filter(id => !legit(id))
    if (invented.length > 0) out.push({ check: 'invented-edit', message: `${who} holds ${invented.length} id(s) no agent made: ${sample(invented)}` })
    const corrupt = Object.entries(r.map).filter(([id, v]) => legit(id) && v !== parse(id)!.seq).map(([id, v]) => `${id} = ${JSON.stringify(v)}`)
    if (corrupt.length > 0) out.push({ check: 'corrupt', message: `${who} holds wrong values: ${sample(corrupt)}` })
    const seen = new Set<string>()
    const twice = [...new Set(items.filter(id => seen.has(id) || (seen.add(id), false)))]
    if (twice.length > 0) out.push({ check: 'duplicate', message: `${who} holds array item(s) more than once: ${sample(twice)}` })
    const torn = [
      ...Object.keys(r.map).filter(id => legit(id) && !itemSet.has(id)).map(id => `${id} in the map only`),
      ...[...itemSet].filter(id => legit(id) && !(id in r.map) && !rep.mayBeDeleted(id)).map(id => `${id} in the array only`)
    ]
    if (torn.length > 0) out.push({ check: 'torn-edit', message: `${who} holds half of ${torn.length} transaction(s): ${sample(torn)}` })
  }
  return out
}

export function judgeDocs (log: DocEv[], replicas: Array<Replica | undefined>, o: DocCheckOptions): DocVerdict {
  const rep = new Reports(log, o.final)
  const ops = [...rep.adds.values(), ...rep.dels.values()]
  const atRisk = { kept: 0, lost: 0 }
  const first = replicas.find((r): r is Replica => r != null)
  const items = new Set(first?.array.map(String))
  for (const e of rep.adds.values()) {
    if (rep.mustSurvive(e) || first == null) continue
    if (items.has(e.id)) atRisk.kept++
    else atRisk.lost++
  }
  return {
    violations: [...checkConvergence(replicas, o), ...checkLost(log, replicas, o), ...checkInvented(log, replicas, o)],
    ops: ops.length,
    mustSurvive: ops.filter(e => rep.mustSurvive(e)).length,
    atRisk,
    convergedMs: o.convergedMs
  }
}
