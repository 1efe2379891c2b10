/**
 * What one commit costs the lease holder before anything is sent: turning its tables into
 * replicated records and finding what changed (`tableRecords` + `diffRecords`, election
 * 1.1), against encoding the whole tables (`encodeTables`, what every commit did before).
 * Tables: 250 held locks and 4,000 'reject' variables' accepted clocks, as a new leader
 * adopts them. Pure CPU, one process: `npx tsx bench/commit-cost.ts [commits]`.
 */
import { VectorClockWire } from '../src/clock/clock-wire.js'
import { CoordState } from '../src/coord/coord-wire.js'
import { decodeTables, encodeTables, tableRecords } from '../src/coord/state.js'
import { diffRecords } from '../src/election/replica.js'
import { summarize, table, fmt } from './stats.js'

const commits = Number(process.argv[2] ?? 200)
const limits = { maxQueue: 64, maxLocks: 256, maxReentry: 64, maxBarriers: 256, maxVariables: 4096, maxSemaphores: 256, maxElections: 256, maxQueues: 256, maxPendingTasks: 100_000, keepFinishedTasks: 1_000 }
const holder = '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'
const clock = VectorClockWire.encode({ entries: [{ id: holder, counter: 5n }, { id: `x${holder.slice(1)}`, counter: 9n }] })
const whole = CoordState.encode({
  counterEpoch: 7n,
  counter: 12n,
  locks: Array.from({ length: 250 }, (_, i) => ({ name: `lock-${i}`, holder, owner: 'o', token: BigInt(i), ttlMs: 60_000, reentry: 0, applied: ['abcdefabcdefabcdefabcdef'], queue: [], session: 'sess', seq: 3n })),
  cas: Array.from({ length: 4_000 }, (_, i) => ({ name: `var-${i}`, clock, base: clock, token: BigInt(i), writer: holder, requestId: 'abcdefabcdefabcdefabcdef', visible: true })),
  barriers: [],
  semaphores: [],
  elections: []
})
const tables = decodeTables(whole, limits, performance.now(), 1_000)

function time (fn: () => void): number[] {
  for (let i = 0; i < 20; i++) fn() // warm up
  return Array.from({ length: commits }, () => { const t0 = performance.now(); fn(); return performance.now() - t0 })
}

console.log(`commit cost: 250 locks + 4,000 variables, whole state ${whole.byteLength.toLocaleString('en')} bytes, ${commits} commits each`)
let previous = tableRecords(tables, performance.now())
const records = summarize(time(() => { const next = tableRecords(tables, performance.now()); diffRecords(previous, next); previous = next }))
const encoded = summarize(time(() => { encodeTables(tables, performance.now()) }))
console.log(table(['per commit', 'median ms', 'p90 ms', 'p99 ms'], [
  ['records + diff (election 1.1)', fmt(records.p50), fmt(records.p90), fmt(records.p99)],
  ['whole encode (before)', fmt(encoded.p50), fmt(encoded.p90), fmt(encoded.p99)]
]))
