/**
 * Written schedules: faults placed by hand where a random schedule almost never puts them,
 * each replaying a bug the simulation found (test/unit/amnesia-partition.test.ts) with real
 * processes. The agents first stop asking, so that the lock is free when the mesh splits
 * (with five agents contending it never is, and a new leader's grace for a listed holder
 * hides the bug); then one agent takes it on one side and holds it long, a voter restarts
 * onto the other side, and an agent there asks. The judge's overlap check says whether two
 * held it at once.
 */
import type { Schedule, Step } from './schedule.js'

/** `holder`: who takes the lock after the split (the run checks that it did, or the scenario tested nothing). */
export interface Scenario { name: string, why: string, holder: number, schedule: Schedule }

/** When `holder` is told to take the lock: a grant to it after this many ms is the scenario's premise. */
export const TAKE_AT_MS = 2_000

/** The lock lease of these scenarios: longer than the suite's 2 s, so that a hold outlasts a new election elsewhere. */
const LOCK_TTL_MS = 5_000
const HOLD_MS = 12_000

/** Everyone asks again, holding briefly, before the final heal: the run's liveness check wants grants after it. */
const everyoneAsks = (at: number): Step => ({ at, op: 'ask', agents: [0, 1, 2, 3, 4] })

const split = (at: number, a: number[], b: number[]): Step =>
  ({ at, op: 'partition', cuts: a.flatMap(i => b.map(j => i < j ? `${i}-${j}` : `${j}-${i}`)), label: `split {${a.join(',')}} | {${b.join(',')}}` })

/** Everyone stops asking, the mesh splits {3,4} | {0,1,2} with the lock free, then `holder` takes it on the majority side. */
const lockFreeAtTheSplit = (holder: number): Step[] => [
  { at: 300, op: 'ask', agents: [] },
  split(1_500, [3, 4], [0, 1, 2]),
  { at: TAKE_AT_MS, op: 'ask', agents: [holder], holdMs: HOLD_MS }
]

export const SCENARIOS: Scenario[] = [
  {
    name: 'a voter restarted with its storage wiped joins the side that missed a grant',
    why: 'election 1.6 (51b2797): 2, 3 and 4 elected 2 from 3 and 4\'s state, where L was free, while 1 held L',
    holder: 1,
    schedule: {
      seed: 1_600_001,
      n: 5,
      durationMs: 13_000,
      lockTtlMs: LOCK_TTL_MS,
      steps: [
        ...lockFreeAtTheSplit(1),
        split(4_500, [0, 1], [2, 3, 4]),
        { at: 4_500, op: 'kill', target: 2, downMs: 300, wipe: true },
        { at: 4_600, op: 'ask', agents: [1, 3], holdMs: HOLD_MS },
        everyoneAsks(11_500)
      ]
    }
  },
  {
    name: 'a voter restarted from its disk within a lease TTL joins the other side',
    why: '7adeb76: 1 voted at once after its restart and led with 3 and 4 while 0 still counted its last ack and renewed 2\'s lock',
    holder: 2,
    schedule: {
      seed: 1_600_002,
      n: 5,
      durationMs: 13_000,
      // renewed every 500 ms: one falls in the ~0.7 s where both leaders act
      lockTtlMs: 1_500,
      steps: [
        ...lockFreeAtTheSplit(2),
        split(3_500, [0, 2], [1, 3, 4]),
        { at: 3_500, op: 'kill', target: 1, downMs: 100 },
        { at: 3_600, op: 'ask', agents: [2, 4], holdMs: HOLD_MS },
        everyoneAsks(11_500)
      ]
    }
  }
]
