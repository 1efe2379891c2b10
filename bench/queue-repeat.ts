/**
 * Scenario 15's throughput alone, repeated on one deployment, for comparing two commits of
 * accord's queue: single runs on a shared 2-core VM differ by up to 70 %, so compare
 * several runs each, alternating the trees (check out the other commit in a worktree):
 *
 *   npx tsx bench/queue-repeat.ts [runs] [in-flight]            # this tree
 *   npx tsx bench/queue-repeat.ts 3 16 /path/to/other/worktree  # that tree's bench and src
 *   npx tsx bench/queue-repeat.ts 3 16 --warmup=5000            # each run's fresh workers complete 5,000 first
 *
 * Prints each run's tasks/s and CPU per task (voters + producer + workers); writes nothing.
 * The first run of a deployment is the slowest (the processes' code is not yet optimized).
 */
import { pathToFileURL } from 'node:url'
import { flag, positional } from './args.js'

const args = process.argv.slice(2)
const [runs = '3', inFlight = '16', tree] = positional(args)
const warmupTasks = Number(flag(args, 'warmup') ?? 0)
const systems = args.includes('--beside') ? ['bullmq', 'accord'] : ['accord']
const here = tree ?? new URL('..', import.meta.url).pathname
const { benchQueuePeers } = await import(pathToFileURL(`${here}/bench/queue-peers.ts`).href) as typeof import('./queue-peers.js')
console.log(`accord's queue at ${here}: ${runs} throughput runs of 20,000 tasks, 4 workers × ${inFlight} in flight, on one deployment${warmupTasks > 0 ? `; each run's workers complete ${warmupTasks} untimed tasks first` : ''}`)
await benchQueuePeers(line => { if (/tasks\/s|: throughput|skipped|not installed/.test(line)) console.log(line) }, {
  tasks: 20_000, batch: 500, warmupTasks, workers: 4, concurrencies: Array.from({ length: Number(runs) }, () => Number(inFlight)),
  latencyTrials: 1, latencyWarmup: 0, redeliveryTrials: 1, workUs: 0, seed: 15, systems
})
process.exit(0)
