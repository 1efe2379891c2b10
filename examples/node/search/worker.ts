/**
 * One search worker, run as its own process by run.ts. Each round it takes tasks (points
 * of the grid) from the round's queue, "trains" (a sleep, then a deterministic score),
 * completes them, and once the round is drained arrives at the round's barrier. It votes
 * on the orchestrator's proposals of the best point, by checking the round's results itself.
 *
 * Environment: RANK (1..WORKERS), BOOTSTRAP (the orchestrator's address), DATA (this
 * worker's storage directory). Reports JSON lines on stdout; answers `report` and `exit`
 * on stdin.
 */
import { createInterface } from 'node:readline'
import { createPeer, StaleTokenError, type Ballot, type Job, type Queue } from '../../../src/index.node.js'
import {
  BEST, LEASE_MS, MESH, PLAN, ROUNDS, TAKE_WAIT_MS, TRAIN_MS, WORKERS,
  barrierName, bestOf, fmtParams, objective, queueName, type Best, type Outcome, type Plan, type Task
} from './config.js'

const rank = Number(process.env.RANK)
const name = `w${rank}`
const say = (event: string, data: Record<string, unknown> = {}): void => {
  process.stdout.write(JSON.stringify({ worker: name, event, at: Date.now(), ...data }) + '\n')
}
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Polls until `value()` is defined: for state that arrives by replication (the plan variable). */
async function until<T> (value: () => T | undefined, what: string, timeoutMs: number): Promise<T> {
  const deadline = performance.now() + timeoutMs
  for (let v = value(); ; v = value()) {
    if (v !== undefined) return v
    if (performance.now() > deadline) throw new Error(`${name}: ${what} did not arrive within ${timeoutMs} ms`)
    await sleep(20)
  }
}

const peer = await createPeer({
  mesh: MESH,
  bootstrap: [process.env.BOOTSTRAP!],
  storage: process.env.DATA, // a voter persists its votes and the replicated tables before acknowledging
  rank,
  members: WORKERS + 1 // quorum mode: the orchestrator and the workers are the voters
})
const plan = peer.variable<Plan>(PLAN)
const best = peer.variable<Best>(BEST)

/**
 * A proposed best is accepted only if this worker, reading the round's results from the
 * lease holder's record, finds no better score, and the score is what those parameters
 * really give (the objective is deterministic: anyone can recompute it).
 */
peer.onProposal<Best>(BEST, async ({ value }): Promise<Ballot> => {
  const results = await peer.queue<Task>(queueName(value.round)).results()
  const top = bestOf(results.map(r => r.result as Outcome))
  const ballot: Ballot = top == null
    ? { vote: 'reject', rationale: `round ${value.round} has no results` }
    : objective(value) !== value.score
      ? { vote: 'reject', rationale: `${fmtParams(value)} scores ${objective(value)}, not ${value.score}` }
      : value.score < top.score
        ? { vote: 'reject', rationale: `${fmtParams(top)} scored ${top.score} > ${value.score}` }
        : { vote: 'accept', confidence: 1, rationale: `best of the ${results.length} results of round ${value.round}` }
  say('voted', { round: value.round, vote: ballot.vote, rationale: ballot.rationale })
  return ballot
})

/** Trains on one task and completes it; a lease lost meanwhile means another worker has the task. */
async function work (job: Job<Task>): Promise<void> {
  const { round, lr, batch } = job.task
  const token = job.token.toString()
  say('took', { round, id: job.id, attempt: job.attempt, token, lr, batch })
  await sleep(TRAIN_MS) // "training"
  if (job.lost.aborted) { say('lost', { round, id: job.id, attempt: job.attempt, token }); return }
  const outcome: Outcome = { lr, batch, score: objective({ lr, batch }), worker: name }
  try {
    await job.complete(outcome)
    say('completed', { round, id: job.id, attempt: job.attempt, token, score: outcome.score })
  } catch (err) {
    if (!(err instanceof StaleTokenError)) throw err
    say('refused', { round, id: job.id, attempt: job.attempt, token, code: err.code }) // the lease lapsed first
  }
}

/**
 * The round is drained when the lease holder's record has every announced task finished
 * and none waiting or running. An empty take alone is not enough: a task whose worker
 * died is still active until its lease ends, and then it comes back to be redone.
 */
async function drained (q: Queue<Task>, p: Plan): Promise<boolean> {
  const v = await q.inspect()
  return v.waiting + v.delayed + v.active === 0 && v.completed + v.dead >= p.tasks
}

async function runRound (round: number): Promise<void> {
  const p = await until(() => plan.get()?.round === round ? plan.get() : undefined, `the plan of round ${round}`, 60_000)
  const q = peer.queue<Task>(queueName(round))
  let done = 0
  while (true) {
    const job = await q.take({ leaseMs: LEASE_MS, waitMs: TAKE_WAIT_MS })
    if (job != null) { await work(job); done++; continue }
    if (await drained(q, p)) break
  }
  say('drained', { round, done })
  // The orchestrator arrived first and fixed the parties; ours only stand in for them.
  const r = await peer.barrier(barrierName(round), { parties: p.parties }).arrive()
  say('passed', { round, outcome: r.outcome, arrived: r.arrived })
}

try {
  say('ready', { id: peer.id })
  await peer.barrier('search/up', { parties: WORKERS + 1 }).arrive() // start together
  for (let round = 1; round <= ROUNDS; round++) await runRound(round)
  say('done')
} catch (err) {
  say('error', { message: err instanceof Error ? err.stack ?? err.message : String(err) })
  process.exit(1)
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'report') say('report', { best: best.get() ?? null })
  else if (line.trim() === 'exit') break
}
await peer.stop()
say('stopped')
process.exit(0)
