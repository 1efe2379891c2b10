/** The document suite's checks can fail: hand-made logs and replicas with one known fault each (pure, fast). */
import { describe, expect, it } from 'vitest'
import { judgeDocs, opAt, type DocCheckOptions, type DocEv, type Replica } from './docs-checks.js'

/** Agent 0 was killed once (incarnation 0, flushed up to op 3) and runs as incarnation 1; agent 1 ran throughout. */
const o: DocCheckOptions = { n: 2, final: [1, 0], boundMs: 10_000, convergedMs: 1_500 }

const ops = (agent: number, inc: number, upTo: number, t0: number): DocEv[] =>
  Array.from({ length: upTo + 1 }, (_, seq) => ({ kind: 'op', agent, inc, t: t0 + seq, seq, ...opAt(agent, inc, seq) }))

function cleanLog (): DocEv[] {
  return [
    { kind: 'net', t: 0, cut: [], down: [] },
    ...ops(0, 0, 6, 10),
    { kind: 'durable', agent: 0, inc: 0, t: 20, upTo: 3 },
    { kind: 'kill', agent: 0, inc: 0, t: 30 },
    ...ops(0, 1, 2, 40),
    ...ops(1, 0, 8, 10), // op 7 deletes 1.0.2
    { kind: 'heal', t: 100, final: true }
  ]
}

/** What the replicas hold if every reported op arrived: adds in the map and array, deletions applied. */
function replicaOf (log: DocEv[], agent: number, inc: number): Replica {
  const map: Record<string, unknown> = {}
  const array: unknown[] = []
  for (const e of log) {
    if (e.kind !== 'op') continue
    if (e.op === 'add') { map[e.id] = e.seq; array.push(e.id) } else delete map[e.id]
  }
  return { agent, inc, map, array, sv: 'AAA=' }
}
const both = (log: DocEv[], edit: (r: Replica) => void = () => {}): Replica[] => {
  const rs = [replicaOf(log, 0, 1), replicaOf(log, 1, 0)]
  rs.forEach(edit)
  return rs
}
const checks = (log: DocEv[], rs: Array<Replica | undefined>, opts = o): string[] => judgeDocs(log, rs, opts).violations.map(v => v.check)
const drop = (id: string) => (r: Replica): void => { delete r.map[id]; r.array = r.array.filter(x => x !== id) }

describe('document fault checks', () => {
  it('a clean log passes, and counts what had to survive', () => {
    const log = cleanLog()
    const v = judgeDocs(log, both(log), o)
    expect(v.violations).toEqual([])
    expect(v.ops).toBe(7 + 3 + 9)
    expect(v.mustSurvive).toBe(4 + 3 + 9) // killed incarnation: ops 0-3 flushed
  })

  it('lost edit: an add of a peer that ran to the end, or a flushed add of a killed one', () => {
    const log = cleanLog()
    expect(checks(log, both(log, drop('1.0.4')))).toEqual(['lost-edit', 'lost-edit'])
    expect(checks(log, both(log, drop('0.1.0')))).toEqual(['lost-edit', 'lost-edit'])
    expect(checks(log, both(log, drop('0.0.3')))).toEqual(['lost-edit', 'lost-edit'])
    // missing from one replica only: a lost edit there, and no convergence
    const rs = both(log)
    drop('1.0.4')(rs[1]!)
    expect(checks(log, rs)).toEqual(['convergence', 'lost-edit'])
  })

  it('an unflushed add of a killed incarnation may be lost (everywhere alike)', () => {
    const log = cleanLog()
    const v = judgeDocs(log, both(log, drop('0.0.5')), o)
    expect(v.violations).toEqual([])
    expect(v.atRisk).toEqual({ kept: 2, lost: 1 }) // 0.0.4 and 0.0.6 kept, 0.0.5 lost
  })

  it('lost edit: a key half gone (array item without its map key, no deletion of it reported)', () => {
    const log = cleanLog()
    expect(checks(log, both(log, r => { delete r.map['1.0.3'] }))).toEqual(['lost-edit', 'lost-edit', 'torn-edit', 'torn-edit'])
  })

  it('lost deletion: a key deleted by a peer that ran to the end is back', () => {
    const log = cleanLog()
    expect(checks(log, both(log, r => { r.map['1.0.2'] = 2 }))).toEqual(['lost-edit', 'lost-edit'])
  })

  it('a killed incarnation\'s deletion made just before the kill and never reported may have happened', () => {
    // agent 0's op 7 (delete 0.0.2) was not reported: its key may be gone, its array item stays
    const log = cleanLog()
    expect(checks(log, both(log, r => { delete r.map['0.0.2'] }))).toEqual([])
    // the same for agent 1, which ran to the end and reported op 6 last: lost
    const short = cleanLog().filter(e => !(e.kind === 'op' && e.agent === 1 && e.seq > 6))
    expect(checks(short, both(short, r => { delete r.map['1.0.2'] }))).toEqual(['lost-edit', 'lost-edit', 'torn-edit', 'torn-edit'])
  })

  it('invented edit: an id nobody reported, unless a killed incarnation may have made it unreported', () => {
    const log = cleanLog()
    const add = (id: string, seq: number) => (r: Replica): void => { r.map[id] = seq; r.array.push(id) }
    expect(checks(log, both(log, add('0.0.8', 8)))).toEqual([]) // killed after reporting op 6: op 8 may be unseen
    expect(checks(log, both(log, add('0.0.15', 15)))).toEqual(['invented-edit', 'invented-edit']) // op 15 is a deletion, not an add
    expect(checks(log, both(log, add('0.0.40', 40)))).toEqual(['invented-edit', 'invented-edit']) // beyond the slack
    expect(checks(log, both(log, add('0.1.3', 3)))).toEqual(['invented-edit', 'invented-edit']) // incarnation 1 is still running
    expect(checks(log, both(log, add('1.0.9', 9)))).toEqual(['invented-edit', 'invented-edit'])
    expect(checks(log, both(log, add('7.0.1', 1)))).toEqual(['invented-edit', 'invented-edit'])
    expect(checks(log, both(log, add('hello', 1)))).toEqual(['invented-edit', 'invented-edit'])
  })

  it('corrupt value, duplicate item, torn transaction', () => {
    const log = cleanLog()
    expect(checks(log, both(log, r => { r.map['1.0.1'] = 'x' }))).toEqual(['corrupt', 'corrupt'])
    expect(checks(log, both(log, r => { r.array.push('1.0.1') }))).toEqual(['duplicate', 'duplicate'])
    expect(checks(log, both(log, r => { r.array = r.array.filter(x => x !== '0.0.5') }))).toEqual(['torn-edit', 'torn-edit'])
  })

  it('convergence: identical within the bound, every replica read', () => {
    const log = cleanLog()
    expect(checks(log, both(log), { ...o, convergedMs: undefined })).toEqual(['convergence'])
    expect(checks(log, both(log), { ...o, convergedMs: 12_000 })).toEqual(['convergence'])
    expect(checks(log, [replicaOf(log, 0, 1), undefined])).toEqual(['convergence'])
    // same contents, different state vectors
    const rs = both(log)
    rs[1]!.sv = 'AQI='
    expect(checks(log, rs)).toEqual(['convergence'])
    // same keys, array in another order
    const rs2 = both(log)
    rs2[1]!.array.reverse()
    expect(checks(log, rs2)).toEqual(['convergence'])
  })
})
