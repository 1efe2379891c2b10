/**
 * The document fault suite: 5 peer processes in network namespaces edit Yjs document D
 * under random partitions (bridges too), kill -9 + restart with the same storage, SIGSTOP
 * and CPU starvation; after a full heal the replicas must become identical within
 * CONVERGE_MS, with no edit lost and none invented. See README.md in this folder.
 *
 * Saved regression schedules (regressions/docs/) run first (all in the long run, as many
 * as fit in the short one), then one fresh random schedule; a failing fresh schedule is
 * saved to regressions/docs/<seed>.json (commit it).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDocs } from './docs-schedule.js'
import { removeDocsAgentBundle, runDocsSchedule } from './docs-run.js'
import type { Violation } from './docs-checks.js'
import { describeStep, prng, type Schedule } from './schedule.js'
import { loadRegressions, pickWithinBudget } from './regressions.js'

const N = 5
/**
 * After the final heal, once every peer has D open again (at once, unless the heal restarted
 * a killed one), every replica must be identical within this long: links coming back, the
 * restarted peer's catch-up, and anti-entropy (a digest every 2 s from about one peer of
 * the mesh, chosen at random each round) finding what direct pushes lost during the faults.
 */
const CONVERGE_MS = 10_000
/** Faults phase of a fresh schedule: 12 s in `npm test`; ACCORD_DOC_FAULTS_MS, else ACCORD_FAULTS_MS (both suites), for a long run. */
const LONG_MS = process.env.ACCORD_DOC_FAULTS_MS ?? process.env.ACCORD_FAULTS_MS
const LONG = LONG_MS != null
const FAULTS_MS = LONG ? Number(LONG_MS) : 12_000
const REGRESSIONS = fileURLToPath(new URL('./regressions/docs/', import.meta.url))
const RESULTS = fileURLToPath(new URL('../../.test-results/faults/', import.meta.url))

/** A regression file; `note` (optional, by hand) says what it caught and on which commit. */
interface Saved { seed: number, schedule: Schedule, violations: Violation[], note?: string }

const replayOnly = process.env.ACCORD_DOC_FAULT_REPLAY
const seed = process.env.ACCORD_FAULT_SEED != null ? Number(process.env.ACCORD_FAULT_SEED) : Math.floor(Math.random() * 2 ** 31)
const all = loadRegressions<Saved>(REGRESSIONS, replayOnly)

/** Rough wall time of one schedule: mesh start (4-15 s, with the load), faults, convergence (mostly under 4 s) and the 2 s settle, teardown. */
const cost = (s: Schedule): number => s.durationMs + 15_000
/**
 * The short run stays within ~60 s: beside the fresh schedule it replays as many saved
 * regressions as fit, in an order drawn from the seed (all come round over many runs). The
 * long run and ACCORD_DOC_FAULT_REPLAY replay every one.
 */
const SHORT_BUDGET_MS = 55_000
function pickRegressions (): typeof all {
  if (LONG || replayOnly != null) return all
  return pickWithinBudget(all, prng(seed ^ 0xd0c57e57), SHORT_BUDGET_MS - cost(generateDocs(seed, N, FAULTS_MS)), cost)
}
const saved = pickRegressions()

async function check (schedule: Schedule, label: string): Promise<Violation[]> {
  const started = performance.now()
  const logDir = join(RESULTS, `docs-${label}-${schedule.seed}`)
  const { verdict, steps, openedMs } = await runDocsSchedule(schedule, { boundMs: CONVERGE_MS, overMs: 10_000, settleMs: 2_000, logDir })
  console.log([
    `[doc faults] ${label} seed=${schedule.seed} (${((performance.now() - started) / 1000).toFixed(1)} s wall)`,
    ...steps.map(s => `  ${s}`),
    `  ops reported: ${verdict.ops} (${verdict.mustSurvive} had to survive); unflushed adds of killed peers: ${verdict.atRisk.kept} kept, ${verdict.atRisk.lost} lost; ` +
      `converged ${verdict.convergedMs == null ? 'never' : `${verdict.convergedMs.toFixed(0)} ms`} after every peer had D open again (${openedMs == null ? 'never' : `${openedMs.toFixed(0)} ms`} after the final heal; bound ${CONVERGE_MS} ms)`,
    ...verdict.violations.map(v => `  VIOLATION ${v.check}: ${v.message}`),
    `  logs: ${logDir}`
  ].join('\n'))
  return verdict.violations
}

const timeout = (s: Schedule): number => cost(s) + 90_000

describe('documents under faults (5 processes, network namespaces)', () => {
  afterAll(removeDocsAgentBundle)
  if (saved.length < all.length) console.log(`[doc faults] short run: replaying ${saved.length} of ${all.length} saved regressions (${saved.map(r => r.data.seed).join(', ') || 'none'}); ACCORD_DOC_FAULTS_MS=... replays all`)

  for (const { file, data } of saved) {
    it(`regression ${data.seed} (docs/${file.split('/').at(-1)})`, async () => {
      const violations = await check(data.schedule, 'regression')
      expect(violations.map(v => `${v.check}: ${v.message}`)).toEqual([])
    }, timeout(data.schedule))
  }

  if (replayOnly == null) {
    const schedule = generateDocs(seed, N, FAULTS_MS)
    it(`random schedule, seed ${seed}`, async () => {
      console.log(`[doc faults] seed ${seed} (replay: ACCORD_FAULT_SEED=${seed}${LONG ? ` ACCORD_DOC_FAULTS_MS=${FAULTS_MS}` : ''}); schedule: ${schedule.steps.map(x => `${x.at}ms ${describeStep(x)}`).join('; ')}`)
      const violations = await check(schedule, 'random')
      if (violations.length > 0) {
        // kept as a regression case: the exact steps replay even if the generator changes
        mkdirSync(REGRESSIONS, { recursive: true })
        const file = join(REGRESSIONS, `${seed}.json`)
        writeFileSync(file, JSON.stringify({ seed, schedule, violations } satisfies Saved, null, 2) + '\n')
        console.log(`[doc faults] schedule saved as ${file}`)
      }
      expect(violations.map(v => `${v.check}: ${v.message}`)).toEqual([])
    }, timeout(schedule))
  }
})
