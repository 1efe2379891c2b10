/**
 * Scenario 14b's bulk alone (20,000 sets, 500 per macrotask, by one of 10 accord replica
 * processes, timed to the slowest of the 9 readers), repeated `rounds` times on one fleet,
 * each into a new document, with each process's CPU over the round: for comparing two
 * commits of the documents' apply path. A fleet's rounds speed up as its processes' code
 * warms (the first is scenario 14b's "first bulk"): compare the later rounds, alternating
 * the trees, as single runs on a shared 2-core VM vary a lot.
 *
 *   npx tsx bench/docs-bulk.ts [rounds] [tree]
 *
 *   rounds  bulks on the one fleet (default 5)
 *   tree    another worktree's root: its bench/docs-procs.ts and src/ are used instead
 *           (that docs-procs.ts must export openAll and writeAndHold: copy this commit's)
 *
 * Prints per round: sets/s at the slowest reader, and CPU ms of the writer and of the
 * readers (median and max of the 9); writes nothing.
 */
import { pathToFileURL } from 'node:url'
import { cpuMsOf } from './proc-cpu.js'

const [rounds = '5', tree] = process.argv.slice(2)
const here = tree ?? new URL('..', import.meta.url).pathname
const m = await import(pathToFileURL(`${here}/bench/docs-procs.ts`).href) as typeof import('./docs-procs.js')
const SETS = 20_000
const WRITER = 1 // as scenario 14b: replica 1 writes, so the first peer (everyone's bootstrap) reads
console.log(`accord at ${here}: ${rounds} bulks of ${SETS.toLocaleString('en-US')} sets on one fleet of 10 replica processes`)
const procs = new m.Procs(await m.replicaBundle(), () => {})
try {
  const { replicas } = await m.accordFleet(procs, 10, () => {})
  const pids = replicas.map(p => p.child.proc.pid)
  for (let r = 0; r < Number(rounds); r++) {
    const doc = `bulk-${r}`
    await m.openAll(replicas, doc)
    const before = pids.map(cpuMsOf)
    const bulk = await m.writeAndHold(replicas[WRITER]!, replicas.filter((_, i) => i !== WRITER), doc, { prefix: `r${r}`, n: SETS, chunk: 500, ms: 120_000 })
    const cpu = pids.map((pid, i) => (cpuMsOf(pid) ?? NaN) - (before[i] ?? NaN))
    const readers = cpu.filter((_, i) => i !== WRITER).sort((a, b) => a - b)
    const rate = SETS / ((bulk.heldAt - bulk.startedAt) / 1000)
    console.log(`round ${r + 1}: ${Math.round(rate).toLocaleString('en-US')} sets/s at the slowest reader; CPU ms: writer ${Math.round(cpu[WRITER]!)}, readers median ${Math.round(readers[4]!)}, max ${Math.round(readers[8]!)}`)
  }
} finally {
  await procs.stop()
  m.removeReplicaBundle()
}
process.exit(0)
