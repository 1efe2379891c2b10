/**
 * One training worker, run as its own process by run.ts. There is no scheduler: the
 * workers share two GPUs through fenced locks, meet at a barrier after every epoch, vote
 * on a learning-rate change, and write their losses into one replicated document.
 *
 * Environment: RANK, BOOTSTRAP (a multiaddr; none for the first worker), DATA (this
 * worker's storage directory), CHECKPOINTS (the directory every worker writes to).
 * Reports JSON lines on stdout; answers `report` and `exit` on stdin.
 */
import { createInterface } from 'node:readline'
import { createPeer, LockTimeoutError, StaleTokenError, type Lock } from '../../../src/index.node.js'
import { writeCheckpoint } from './checkpoint.js'
import { ASK_MS, BARRIER_TIMEOUT_MS, EPOCHS, GPUS, HOME_GPU_WAIT_MS, INITIAL_LR, LOCK_TTL_MS, LR_DECISION, TRAIN_MS, WORKERS } from './config.js'

const rank = Number(process.env.RANK)
const name = `worker-${rank}`
const say = (event: string, data: Record<string, unknown> = {}): void => {
  process.stdout.write(JSON.stringify({ worker: name, event, at: Date.now(), ...data }) + '\n')
}
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** Polls until `value()` is defined: for state that arrives by replication. */
async function until<T> (value: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs
  for (let v = value(); ; v = value()) {
    if (v !== undefined) return v
    if (performance.now() > deadline) throw new Error(`${name}: ${what} did not arrive within ${timeoutMs} ms`)
    await sleep(20)
  }
}

interface LrDecision { decision: string, value: number, votes: Array<{ worker: string, vote: string, confidence?: number, rationale?: string }> }

const peer = await createPeer({
  mesh: 'training',
  bootstrap: process.env.BOOTSTRAP != null ? [process.env.BOOTSTRAP] : [],
  storage: process.env.DATA, // votes, lock tables and the results survive a kill -9 here
  rank,
  members: WORKERS // quorum mode: no lock is granted without 3 of the 4 workers
})
const doc = await peer.doc('results')
await peer.synced('results')
const results = doc.getMap<number>('results') // `worker-r/epoch` -> loss
const decisions = doc.getMap<LrDecision>('decisions')
const lr = peer.variable<number>('lr') // last-writer-wins; written once, by an accepted proposal

// A made-up model: each worker's data shard learns at its own speed.
const SPEED = [0.8, 0.85, 0.9, 1.1][rank] ?? 1
const lossAfter = (epoch: number): number => results.get(`${name}/${epoch}`) ?? (epoch === 0 ? 2.3 + 0.05 * rank : NaN)
const train = (previous: number, rate: number): number => Math.round(previous * (1 - 3 * rate * SPEED) * 1000) / 1000
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`

// Every worker votes on a rate change by the same rule, applied to its own loss curve.
peer.onProposal<number>('lr', ({ value }) => {
  const current = lr.get() ?? INITIAL_LR
  const last = Math.max(0, ...[...results.keys()].filter(k => k.startsWith(name + '/')).map(k => Number(k.split('/')[1])))
  const fell = 1 - lossAfter(last) / lossAfter(last - 1)
  const ballot = !(value < current)
    ? { vote: 'reject' as const, confidence: 1, rationale: `${value} is not below the current ${current}` }
    : fell > 0.3
      ? { vote: 'reject' as const, confidence: 0.6, rationale: `my loss still fell ${pct(fell)} last epoch: keep ${current}` }
      : { vote: 'accept' as const, confidence: 0.9, rationale: `my loss fell only ${pct(fell)}: plateauing, ${value} should help` }
  say('voted', { value, ...ballot })
  return ballot
})

/** After epoch 1, worker-0 proposes halving the rate; the vote decides, the variable carries it. */
async function proposeLowerRate (): Promise<void> {
  const current = lr.get() ?? INITIAL_LR
  const value = current / 2
  say('proposing', { current, value })
  const d = await peer.propose('lr', value, { acceptRatio: 0.6, timeoutMs: 5_000 })
  const rankOf = new Map(peer.members.map(m => [m.id, m.rank]))
  const record: LrDecision = {
    decision: d.decision,
    value,
    votes: d.votes.map(v => ({ worker: `worker-${rankOf.get(v.voter) ?? v.voter.slice(-6)}`, vote: v.vote, confidence: v.confidence, rationale: v.rationale }))
  }
  // propose() sets the variable but says nothing to the others: publish the outcome too,
  // so a worker can tell "not decided yet" from "rejected"
  decisions.set(LR_DECISION, record)
  await peer.flush('results')
  say('decided', { ...record })
}

/** The rate of `epoch`: after epoch 1 it is whatever the vote made of the `lr` variable. */
async function learningRate (epoch: number): Promise<number> {
  if (epoch > 1) {
    const d = await until(() => decisions.get(LR_DECISION), 'the learning-rate decision')
    // the proposer's write travels separately from the decision record: wait for it too
    if (d.decision === 'accepted') await until(() => lr.get() === d.value ? true : undefined, 'the accepted learning rate')
  }
  return lr.get() ?? INITIAL_LR
}

/** Takes the home GPU if it frees up within HOME_GPU_WAIT_MS, else whichever GPU frees first. */
async function acquireGpu (epoch: number): Promise<Lock> {
  // Re-entry is per (peer, owner): each epoch's hold is its own task, so it gets its own
  // owner and never re-enters another epoch's grant.
  const owner = `epoch-${epoch}`
  const started = performance.now()
  for (let i = 0; ; i++) {
    const atHome = performance.now() - started < HOME_GPU_WAIT_MS
    const gpu = GPUS[(rank + (atHome ? 0 : i)) % GPUS.length]!
    try {
      return await peer.lock(gpu, { ttlMs: LOCK_TTL_MS, waitMs: ASK_MS, owner }) // short waits, to switch to the other GPU
    } catch (err) {
      if (!(err instanceof LockTimeoutError)) throw err
    }
  }
}

async function runEpoch (epoch: number): Promise<void> {
  const rate = await learningRate(epoch)
  const asked = performance.now()
  const lock = await acquireGpu(epoch)
  const token = lock.token.toString()
  say('acquired', { epoch, gpu: lock.name, token, reentry: lock.reentry, waitedMs: Math.round(performance.now() - asked), lr: rate })
  lock.onLost(() => { say('lost', { epoch, gpu: lock.name, token }) })
  await sleep(TRAIN_MS) // "training"
  const loss = train(lossAfter(epoch - 1), rate)
  try {
    writeCheckpoint(process.env.CHECKPOINTS!, lock.name, lock.token, { worker: name, epoch, loss })
    say('checkpoint', { epoch, gpu: lock.name, token, loss })
  } catch (err) {
    if (!(err instanceof StaleTokenError)) throw err
    say('refused', { epoch, gpu: lock.name, token, message: err.message }) // we lost the GPU meanwhile
  }
  say('released', { epoch, gpu: lock.name, token }) // stamped before the release goes out
  await lock.release()
  results.set(`${name}/${epoch}`, loss)
  await peer.flush('results') // on disk before anyone is told the epoch is done
}

try {
  // A restarted worker resumes after the last epoch it recorded (its own disk, then catch-up).
  const recorded = [...results.keys()].filter(k => k.startsWith(name + '/')).map(k => Number(k.split('/')[1]))
  const first = recorded.length > 0 ? Math.max(...recorded) + 1 : 1
  say('ready', { id: peer.id, addr: peer.addrs[0], first })
  if (first === 1) {
    await peer.barrier('fleet-up', { parties: WORKERS }).arrive() // start together
    say('fleet', { leaderRank: peer.leader?.rank, leaderEpoch: peer.leader?.epoch, members: peer.members.length })
  }
  // One cascading barrier: generation g ends epoch g+1. A timeout keeps a dead worker from
  // holding the fleet forever; a restarted one sets the generation of the stage it rejoins
  // (already released ones answer at once from the lease holder's record).
  const epochEnd = peer.barrier('epoch', { parties: WORKERS, timeoutMs: BARRIER_TIMEOUT_MS })
  epochEnd.generation = first - 1
  for (let epoch = first; epoch <= EPOCHS; epoch++) {
    await runEpoch(epoch)
    const t0 = performance.now()
    const r = await epochEnd.arrive()
    say('passed', { epoch, generation: r.generation, outcome: r.outcome, arrived: r.arrived, waitedMs: Math.round(performance.now() - t0) })
    if (epoch === 1 && rank === 0) await proposeLowerRate()
  }
  say('done')
} catch (err) {
  say('error', { message: err instanceof Error ? err.stack ?? err.message : String(err) })
  process.exit(1)
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'report') {
    say('report', { results: Object.fromEntries([...results.entries()].sort(([a], [b]) => a < b ? -1 : 1)), lr: lr.get() })
  } else if (line.trim() === 'exit') {
    break
  }
}
await peer.stop()
say('stopped')
process.exit(0)
