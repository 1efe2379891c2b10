/**
 * Diagnostic, not a comparison: accord's work queue with every party in this one process —
 * 3 peers (all voters, as `startReadyMesh` makes them), a producer on one follower and a
 * worker of `concurrency` slots on the other — so that the CPU a task costs can be set
 * beside scenario 15's, where the voters, the producer and each worker are processes of
 * their own on the same 2 cores.
 *
 *   npx tsx bench/queue-inproc.ts [runs=4] [concurrency=16]
 *
 * Each run pushes 20,000 tasks (`pushAll` of 500) and waits until the worker completed them
 * all; it prints tasks/s, this process's CPU per task (user, system) and its socket reads and
 * writes per task (/proc/self/io). The first run or two are slower (code not yet optimized).
 * QUEUE_INPROC_PROF=<file> writes a CPU profile of the last run.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { sleep, startReadyMesh, stopAll } from './mesh.js'

const TASKS = 20_000
const BATCH = 500
const [runs = 4, concurrency = 16] = process.argv.slice(2).map(Number)
const profileTo = process.env.QUEUE_INPROC_PROF

/** Syscalls of this process so far: reads and writes (sockets, mostly). */
function syscalls (): { reads: number, writes: number } {
  const io = readFileSync('/proc/self/io', 'utf8')
  const field = (k: string): number => Number(new RegExp(`${k}: (\\d+)`).exec(io)![1])
  return { reads: field('syscr'), writes: field('syscw') }
}

console.log(`queue in one process: 3 peers, a producer and a worker of ${concurrency}; ${runs} runs of ${TASKS.toLocaleString('en-US')} tasks`)
const { peers } = await startReadyMesh(3, () => {})
while (peers.some(p => p.leader == null)) await sleep(50)
const [producerPeer, workerPeer] = peers.filter(p => p.leader?.id !== p.id)
const producer = producerPeer!.queue<{ i: number }>('q', { maxAttempts: 3 })
let done = 0
const processor = workerPeer!.queue<{ i: number }>('q', { maxAttempts: 3 }).process(() => { done++ }, { concurrency, leaseMs: 30_000 })
const session = new Session()
session.connect()
for (let r = 0; r < runs; r++) {
  const profiled = profileTo != null && r === runs - 1
  if (profiled) { await session.post('Profiler.enable'); await session.post('Profiler.start') }
  const io0 = syscalls()
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  const base = done
  for (let i = 0; i < TASKS; i += BATCH) await producer.pushAll(Array.from({ length: BATCH }, (_, j) => ({ task: { i: i + j } })))
  while (done - base < TASKS) await sleep(5)
  const s = (performance.now() - t0) / 1000
  const cpu = process.cpuUsage(cpu0)
  const io = syscalls()
  console.log(`run ${r + 1}: ${(TASKS / s).toFixed(0)} tasks/s; CPU ${((cpu.user + cpu.system) / TASKS).toFixed(0)} µs a task (user ${(cpu.user / TASKS).toFixed(0)}, system ${(cpu.system / TASKS).toFixed(0)}); ` +
    `${((io.reads - io0.reads) / TASKS).toFixed(2)} reads and ${((io.writes - io0.writes) / TASKS).toFixed(2)} writes a task`)
  if (profiled) {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(profileTo, JSON.stringify(profile))
    console.log(`  CPU profile: ${profileTo}`)
  }
}
await processor.close()
await stopAll(peers)
process.exit(0)
