/** The fault suite's checks can fail: synthetic logs with one known fault each (pure, fast). */
import { describe, expect, it } from 'vitest'
import { judgeLog, type CheckOptions, type Ev } from './checks.js'

const o: CheckOptions = { n: 5, graceMs: 600, livenessMs: 5_000, waitMs: 5_000 }
const healthy: Ev = { kind: 'net', t: 0, cut: [], down: [] }

/** Peer `agent` takes `token` at t (asked 10 ms before), checks valid at t+1 and writes base→base+1 at t+2. */
function section (agent: number, token: number, t: number, base: number, current = base): Ev[] {
  return [
    { kind: 'req', agent, inc: 0, t: t - 10 },
    { kind: 'grant', agent, inc: 0, t, tReq: t - 10, token: String(token) },
    { kind: 'valid', agent, inc: 0, t: t + 1, token: String(token) },
    { kind: 'write', agent, inc: 0, t: t + 2, token: String(token), base, value: base + 1, ok: true, current },
    { kind: 'release', agent, inc: 0, t: t + 3, token: String(token) }
  ]
}

const clean = (): Ev[] => [healthy, ...section(0, 1, 100, 0), ...section(1, 2, 200, 1), ...section(2, 3, 300, 2), { kind: 'heal', t: 250, final: true }]
const checks = (log: Ev[], value: number): string[] => judgeLog(log, value, o, 1_000).violations.map(v => v.check)

describe('fault checks', () => {
  it('a clean log passes', () => {
    expect(checks(clean(), 3)).toEqual([])
  })

  it('overlap: the older holder saw valid() true after a newer grant elsewhere', () => {
    const log = clean()
    log.push({ kind: 'valid', agent: 0, inc: 0, t: 205, token: '1' })
    expect(checks(log, 3)).toEqual(['overlap'])
  })

  it('no overlap when the older holder only checked before the newer grant', () => {
    const log = clean()
    log.push({ kind: 'valid', agent: 0, inc: 0, t: 199, token: '1' })
    expect(checks(log, 3)).toEqual([])
  })

  it('lost late: a running holder that never gave its lock back was not told before the next grant', () => {
    const unreleased = (): Ev[] => [healthy, ...section(0, 1, 100, 0).filter(e => e.kind !== 'release'), ...section(1, 2, 2_500, 1), { kind: 'heal', t: 250, final: true }]
    expect(checks(unreleased(), 2)).toEqual(['lost-late'])
    expect(checks([...unreleased(), { kind: 'lost', agent: 0, inc: 0, t: 2_501, token: '1', why: 'lapsed' }], 2)).toEqual(['lost-late'])
    expect(checks([...unreleased(), { kind: 'lost', agent: 0, inc: 0, t: 2_100, token: '1', why: 'lapsed' }], 2)).toEqual([])
    expect(checks([...unreleased(), { kind: 'releasing', agent: 0, inc: 0, t: 2_400, token: '1' }], 2)).toEqual([])
    // stopped meanwhile: no timer could run, valid() is the promise (check 1)
    expect(checks([...unreleased(), { kind: 'net', t: 1_000, cut: [], down: [0] }, { kind: 'net', t: 4_000, cut: [], down: [] }], 2)).toEqual([])
  })

  it('deadline: lock() failed more than waitMs + 1 s after it was called, its peer running', () => {
    const failed = (after: number): Ev[] => [...clean(), { kind: 'error', agent: 3, inc: 0, t: 100 + after, tReq: 100, message: 'ERR_LOCK_TIMEOUT' }]
    expect(checks(failed(6_200), 3)).toEqual(['deadline'])
    expect(checks(failed(5_900), 3)).toEqual([])
    expect(checks([...failed(6_200), { kind: 'net', t: 3_000, cut: [], down: [3] }, { kind: 'net', t: 5_000, cut: [], down: [] }], 3)).toEqual([])
  })

  it('lost update: a write built on a stale value', () => {
    const log = [healthy, ...section(0, 1, 100, 0), ...section(1, 2, 200, 0, 1), { kind: 'heal', t: 150, final: true } as Ev]
    expect(checks(log, 1)).toEqual(['lost-update', 'lost-update'])
  })

  it('stale write accepted and a token shared by two peers', () => {
    const log = [healthy, ...section(0, 2, 100, 0), ...section(1, 1, 200, 1), ...section(2, 1, 300, 2), { kind: 'heal', t: 150, final: true } as Ev]
    expect(checks(log, 3)).toEqual(expect.arrayContaining(['stale-write', 'shared-token']))
  })

  it('token order: a smaller token resolved after a larger one elsewhere', () => {
    const log = [healthy, ...section(0, 2, 100, 0), ...section(1, 1, 200, 1), { kind: 'heal', t: 150, final: true } as Ev]
    expect(checks(log, 2)).toContain('token-order')
  })

  it('minority grant: asked and granted on a side of 2, well after the cut', () => {
    const split = ['0-2', '0-3', '0-4', '1-2', '1-3', '1-4'] // {0,1} | {2,3,4}
    const log: Ev[] = [healthy, { kind: 'net', t: 1_000, cut: split, down: [] }, ...section(0, 1, 2_000, 0), { kind: 'net', t: 3_000, cut: [], down: [] }, { kind: 'heal', t: 3_000, final: true }, ...section(1, 2, 3_500, 1)]
    expect(checks(log, 2)).toEqual(['minority-grant'])
  })

  it('no minority grant within the old leader\'s grace after the cut, nor for the majority side', () => {
    const split = ['0-2', '0-3', '0-4', '1-2', '1-3', '1-4']
    const log: Ev[] = [healthy, { kind: 'net', t: 1_000, cut: split, down: [] }, ...section(0, 1, 1_200, 0), ...section(2, 2, 2_000, 1), { kind: 'heal', t: 2_500, final: true }, ...section(3, 3, 3_000, 2)]
    expect(checks(log, 3)).toEqual([])
  })

  it('a bridge is no minority: 0–1–2 with 0–2 cut is one component', () => {
    const log: Ev[] = [healthy, { kind: 'net', t: 1_000, cut: ['0-2', '0-3', '0-4'], down: [3, 4] }, ...section(0, 1, 2_000, 0), { kind: 'heal', t: 2_500, final: true }, ...section(1, 2, 3_000, 1)]
    expect(checks(log, 2)).toEqual([])
  })

  it('liveness after a heal mid-schedule, unless a new fault came within the window', () => {
    const log: Ev[] = [healthy, ...section(0, 1, 100, 0), { kind: 'heal', t: 200, final: false }, ...section(1, 2, 6_000, 1), { kind: 'heal', t: 6_100, final: true }, ...section(2, 3, 6_200, 2)]
    expect(judgeLog(log, 3, o, 12_000).violations.map(v => v.check)).toEqual(['liveness'])
    log.push({ kind: 'fault', t: 3_000 })
    expect(judgeLog(log, 3, o, 12_000).violations).toEqual([])
  })

  it('liveness: no grant within the window after the final heal', () => {
    const log: Ev[] = [healthy, ...section(0, 1, 100, 0), { kind: 'heal', t: 200, final: true }, ...section(1, 2, 6_000, 1)]
    expect(checks(log, 2)).toEqual(['liveness'])
    expect(judgeLog(log, 2, o, 7_000).longestGapMs).toBeCloseTo(5_900)
  })
})
