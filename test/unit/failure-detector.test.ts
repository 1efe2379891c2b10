import { describe, expect, it } from 'vitest'
import { ArrivalWindow, DEFAULT_DETECTOR, ResponsiveClock } from '../../src/election/failure-detector.js'

const opts = { ...DEFAULT_DETECTOR, expectedIntervalMs: 200, minSilenceMs: 1_500 }

/** What a failed `suspect` assertion prints: the silence and phi at `now`. */
const at = (w: ArrivalWindow, now: number): string => `at ${now}: silence ${w.silence(now)} ms, phi ${w.phi(now).toFixed(2)} (threshold ${opts.threshold})`

/** A member that heartbeats every `every` ms (± `jitter`, deterministic) from 0 to `until`. */
function history (every: number, until: number, jitter = 0): ArrivalWindow {
  const w = new ArrivalWindow(opts)
  let k = 0
  for (let t = 0; t <= until; t += every + (k++ % 2 === 0 ? jitter : -jitter)) w.heartbeat(t)
  return w
}

describe('failure detector', () => {
  it('never suspects before the minimum silence, and suspects a regular member soon after it', () => {
    const w = history(200, 10_000)
    expect(w.suspect(10_000 + 1_400), at(w, 10_000 + 1_400)).toBe(false)
    expect(w.suspect(10_000 + 1_600), at(w, 10_000 + 1_600)).toBe(true)
  })

  it('a member with jittery heartbeats (a loaded machine) is given longer than a regular one', () => {
    const regular = history(200, 20_000)
    const jittery = history(400, 20_000, 350)
    const silence = 2_000
    expect(regular.suspect(20_000 + silence), at(regular, 20_000 + silence)).toBe(true)
    expect(jittery.phi(20_000 + silence)).toBeLessThan(regular.phi(20_000 + silence))
    expect(jittery.suspect(20_000 + silence), at(jittery, 20_000 + silence)).toBe(false)
  })

  it('phi grows with silence', () => {
    const w = history(200, 5_000)
    const phis = [300, 600, 900, 1_200].map(d => w.phi(5_000 + d))
    for (let i = 1; i < phis.length; i++) expect(phis[i]!).toBeGreaterThan(phis[i - 1]!)
  })

  it('the responsive clock leaves this process\'s own stalls out, even before the tick that notices them', () => {
    const c = new ResponsiveClock(200, 100, 0)
    expect(c.tick(200)).toBe(0)
    expect(c.tick(450)).toBe(0) // 50 ms late: within tolerance
    // stalled for ~1 s: a caller running before the next tick already sees no time pass
    expect(c.now(1_650)).toBe(1_650 - (1_650 - 450 - 200 - 100))
    expect(c.tick(1_650)).toBe(1_000)
    expect(c.now(1_700)).toBe(700)
    expect(c.stalledMs).toBe(1_000)
  })

  it('a member whose heartbeats queued up behind our stall is not suspected', () => {
    const c = new ResponsiveClock(200, 100, 0)
    const w = new ArrivalWindow(opts)
    for (let t = 0; t <= 2_000; t += 200) { w.heartbeat(c.now(t)); c.tick(t) }
    // this process stalls for 3 s: nothing is read, no tick runs
    const after = 5_000
    expect(w.suspect(c.now(after)), at(w, c.now(after))).toBe(false)
    // a real silence of the same length, with this process running, is suspected
    const d = new ResponsiveClock(200, 100, 0)
    const v = new ArrivalWindow(opts)
    for (let t = 0; t <= 2_000; t += 200) { v.heartbeat(d.now(t)); d.tick(t) }
    for (let t = 2_200; t <= after; t += 200) d.tick(t)
    expect(v.suspect(d.now(after)), at(v, d.now(after))).toBe(true)
  })
})
