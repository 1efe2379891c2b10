/**
 * Lock availability under faults: fixed-seed schedules of the fault suite (test/faults:
 * 5 peer processes in network namespaces; splits, bridges, kill -9, SIGSTOP, CPU
 * starvation), reporting per schedule the longest stretch in which a majority of peers
 * was connected and running yet no lock was granted, and how long after the final heal
 * grants resumed. Needs root (network namespaces), like the suite.
 */
import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { resolveOptions } from '../src/options.js'
import { LIVENESS_MS } from '../test/faults/checks.js'
import { removeAgentBundle, runSchedule } from '../test/faults/run.js'
import { generate } from '../test/faults/schedule.js'
import { summarize, type Summary } from './stats.js'

export interface FaultsResult {
  schedules: Array<{ seed: number, faults: number, grants: number, longestGapMs: number, resumedMs?: number, violations: number }>
  longestGap: Summary
  resumed: Summary
}

/** The seeds are fixed so that runs compare; each is a 12 s schedule of random faults. */
export async function benchFaults (log: (line: string) => void, seeds = [11, 23, 42, 77, 101]): Promise<FaultsResult> {
  const lease = resolveOptions({}).lease
  const schedules: FaultsResult['schedules'] = []
  try {
    for (const seed of seeds) {
      const schedule = generate(seed, 5, 12_000, 2_000)
      log(`faults: schedule ${seed} (${schedule.steps.length} faults over 12 s, 5 processes in network namespaces)…`)
      const { verdict } = await runSchedule(schedule, {
        lockTtlMs: 2_000,
        waitMs: 5_000,
        quietMs: LIVENESS_MS + 1_000,
        graceMs: lease.ttlMs + lease.heartbeatMs,
        livenessMs: LIVENESS_MS,
        logDir: join(tmpdir(), `accord-bench-faults-${process.pid}`, String(seed))
      })
      schedules.push({ seed, faults: schedule.steps.length, grants: verdict.grants, longestGapMs: verdict.longestGapMs, resumedMs: verdict.resumedMs, violations: verdict.violations.length })
      log(`  ${verdict.grants} grants; longest majority-side stretch without a grant ${verdict.longestGapMs.toFixed(0)} ms; grants resumed ${verdict.resumedMs?.toFixed(0) ?? 'never'} ms after the final heal; ${verdict.violations.length} violations`)
    }
  } finally {
    removeAgentBundle()
  }
  return {
    schedules,
    longestGap: summarize(schedules.map(s => s.longestGapMs)),
    resumed: summarize(schedules.flatMap(s => s.resumedMs != null ? [s.resumedMs] : []))
  }
}
