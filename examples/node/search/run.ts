/**
 * `npx tsx examples/node/search/run.ts`: a hyperparameter search over a small mesh. The
 * orchestrator (this process, also a peer) partitions a grid of learning rate × batch
 * size into tasks on a work queue, one queue per round; worker processes take and
 * complete them; a barrier closes each round once the workers have drained it; the
 * round's best point is proposed, the workers vote on it, and the accepted one lands in
 * the shared variable `search/best`, around which the next round's grid is laid. In round
 * 2 a worker is killed -9 while it holds a task: the task is redone by another worker.
 *
 * At the end it checks the invariants and exits non-zero if any fails.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import {
  createPeer, formatToken,
  type Barrier, type BarrierResult, type CompletedEvent, type Decision, type FailedEvent, type Peer, type Queue, type QueueInspection, type TaskResult, type Variable
} from '../../../src/index.node.js'
import {
  BEST, FIRST_CENTER, KILL_ROUND, MESH, PLAN, ROUNDS, VOTE_TIMEOUT_MS, WORKERS,
  barrierName, bestOf, fmtParams, gridAround, queueName, type Best, type Outcome, type Params, type Plan, type Task
} from './config.js'
import { RunLog } from '../run-log.js'

type Event = Record<string, any>
interface Worker { name: string, rank: number, id?: string, child: ChildProcess, events: Event[], waiters: Array<() => void>, killed: boolean, exited: boolean }

const workerScript = fileURLToPath(new URL('./worker.ts', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'accord-search-'))
const run = new RunLog()
const say = (msg: string): void => { run.say(msg) }
const fail = (msg: string): void => { run.fail(msg) }
const within = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => await run.within(promise, ms, what)
const failures = run.failures
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

const workers: Worker[] = []
let finishing = false // set once the run is over: exits are expected from then on
async function until (ok: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  await within((async () => { while (!(await ok())) await sleep(25) })(), ms, what)
}
const live = (): Worker[] => workers.filter(w => !w.killed && !w.exited)
const nameOf = (peerId: string): string => peerId === peer?.id ? 'orchestrator' : workers.find(w => w.id === peerId)?.name ?? `…${peerId.slice(-6)}`

// ---- worker processes ----

function start (rank: number, bootstrap: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, RANK: String(rank), BOOTSTRAP: bootstrap, DATA: join(root, `w${rank}`) },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const w: Worker = { name: `w${rank}`, rank, child, events: [], waiters: [], killed: false, exited: false }
  workers.push(w)
  createInterface({ input: child.stdout! }).on('line', line => {
    let e: Event
    try { e = JSON.parse(line) } catch { return }
    w.events.push(e)
    if (e.event === 'ready') w.id = e.id
    narrate(w, e)
    for (const wake of w.waiters.splice(0)) wake()
  })
  child.on('exit', (code, signal) => {
    w.exited = true
    if (!w.killed && !finishing && code !== 0) fail(`${w.name} exited with ${code ?? signal}`)
    for (const wake of w.waiters.splice(0)) wake()
  })
  return w
}

/** The first event of the worker's, from index `from` on, that `match` accepts. */
async function next (w: Worker, match: (e: Event) => boolean, what: string, from = 0, timeoutMs = 30_000): Promise<Event> {
  const arrived = new Promise<Event>((resolve, reject) => {
    const look = (): void => {
      const found = w.events.slice(from).find(match)
      if (found != null) resolve(found)
      else if (w.exited) reject(new Error(`${w.name} exited before ${what}`))
      else w.waiters.push(look)
    }
    look()
  })
  return await within(arrived, timeoutMs, `${w.name}: no ${what}`)
}

async function command (w: Worker, cmd: string, reply: string): Promise<Event> {
  const from = w.events.length
  w.child.stdin!.write(cmd + '\n')
  return await next(w, e => e.event === reply, `'${reply}'`, from)
}

// ---- the fault: kill -9 the first worker to take a task in KILL_ROUND, while it trains ----

interface Victim { worker: Worker, id: string, token: string, redoneBy?: Worker, redoToken?: string, redoAttempt?: number }
let victim: Victim | undefined
let killedNow!: () => void
const victimKilled = new Promise<void>(resolve => { killedNow = resolve })

/** Prints what the workers report that matters, and injects the fault the moment a worker holds a task. */
function narrate (w: Worker, e: Event): void {
  switch (e.event) {
    case 'took':
      // never the lease holder: this fault is a worker's death, not a failover
      if (e.round === KILL_ROUND && victim == null && w.id !== peer.leader?.id) {
        w.killed = true
        w.child.kill('SIGKILL')
        victim = { worker: w, id: e.id, token: e.token }
        say(`  ✂ worker ${w.name} killed -9 holding task ${e.id} (${fmtParams(e as unknown as Params)}, attempt ${e.attempt}, token ${formatToken(e.token)})`)
        killedNow()
      } else if (victim != null && e.round === KILL_ROUND && e.id === victim.id) {
        Object.assign(victim, { redoneBy: w, redoToken: e.token, redoAttempt: e.attempt })
        say(`  → task ${e.id} redone by ${w.name}: attempt ${e.attempt}, token ${formatToken(e.token)} > ${formatToken(victim.token)}`)
      } else if (e.attempt > 1) {
        say(`  (task ${e.id} of round ${e.round} is on attempt ${e.attempt}: a lease ran out under load)`)
      }
      break
    case 'lost':
    case 'refused':
      say(`  (${w.name} ${e.event === 'lost' ? 'lost its lease on' : 'had its completion refused for'} task ${e.id}, attempt ${e.attempt}: another worker redoes it)`)
      break
    case 'voted':
      if (e.vote !== 'accept') say(`  ${w.name} votes ${e.vote}: ${e.rationale}`)
      break
    case 'error':
      fail(`${w.name}: ${e.message}`)
      break
  }
}

// ---- one round ----

/** What the orchestrator saw of a round: its own pushes, the queue's events and record, the barrier, the vote. */
interface RoundRecord {
  round: number
  pushed: Map<string, Task>
  completions: Map<string, CompletedEvent[]>
  failed: FailedEvent[]
  dead: string[]
  missed: number
  parties: number
  release?: BarrierResult
  inspection?: QueueInspection
  results: TaskResult[]
  proposed?: Best
  decision?: Decision
}
const rounds: RoundRecord[] = []

/** Records the queue's events ('completed', 'failed', 'dead', 'missed') as the lease holder reports them. */
async function listen (q: Queue<Task>, rec: RoundRecord): Promise<void> {
  q.addEventListener('completed', e => { rec.completions.set(e.detail.id, [...(rec.completions.get(e.detail.id) ?? []), e.detail]) })
  q.addEventListener('failed', e => {
    rec.failed.push(e.detail)
    say(`  task ${e.detail.id}: attempt ${e.detail.attempt} (${nameOf(e.detail.worker)}) ended: ${e.detail.error}`)
  })
  q.addEventListener('dead', e => { rec.dead.push(e.detail.id) })
  q.addEventListener('missed', e => { rec.missed += Math.max(1, e.detail.count) })
  await within(q.watching(), 10_000, `no watch of queue ${q.name}`)
}

/**
 * The first arrival of a barrier stage fixes its parties, and `setParties` only changes a
 * stage that is configured: so the orchestrator arrives before it pushes a single task
 * (no worker can arrive before the round's tasks are done), and waits to see its arrival
 * in the lease holder's table.
 */
async function arriveFirst (name: string, parties: number): Promise<{ barrier: Barrier, closed: Promise<BarrierResult> }> {
  const barrier = peer.barrier(name, { parties })
  const closed = barrier.arrive()
  closed.catch(() => {}) // awaited later, through within()
  await until(async () => (await peer.inspect()).coord?.barriers.some(b => b.name === name && b.parties === parties && b.arrived.includes(peer.id)) ?? false, 10_000, `the orchestrator's arrival at '${name}' not registered`)
  return { barrier, closed }
}

async function runRound (round: number, center: Params): Promise<RoundRecord> {
  const rec: RoundRecord = { round, pushed: new Map(), completions: new Map(), failed: [], dead: [], missed: 0, parties: live().length + 1, results: [] }
  rounds.push(rec)
  say(`── round ${round}: around ${fmtParams(center)} ──`)
  const q = peer.queue<Task>(queueName(round))
  await listen(q, rec)
  const { barrier, closed } = await arriveFirst(barrierName(round), rec.parties)

  const grid = gridAround(center, round)
  await plan.set({ round, tasks: grid.length, parties: rec.parties } satisfies Plan, { ack: 'majority' })
  // all at once: each push resolves with its id once a majority of the voters holds it
  await Promise.all(grid.map(async p => { rec.pushed.set(await q.push({ round, ...p }), { round, ...p }) }))
  const lrs = [...new Set(grid.map(p => p.lr))]
  say(`round ${round}: ${grid.length} tasks pushed (lr ${lrs.join(', ')} × batch ${[...new Set(grid.map(p => p.batch))].join(', ')}); barrier waits for ${rec.parties}`)

  if (round === KILL_ROUND) {
    await within(victimKilled, 30_000, `no worker took a task in round ${round}`)
    // The dead worker will never arrive: the stage must stop counting it, or it never closes.
    rec.parties = live().length + 1
    await barrier.setParties(rec.parties)
    say(`  barrier '${barrierName(round)}': parties ${rec.parties + 1} → ${rec.parties} (${victim!.worker.name} will never arrive)`)
  }

  rec.release = await within(closed, 60_000, `barrier '${barrierName(round)}' did not close`)
  // the last completions' events may still be on their way (a long poll)
  await until(() => [...rec.pushed.keys()].every(id => rec.completions.has(id)), 10_000, `round ${round}: 'completed' events missing`).catch(err => { say(`  ${(err as Error).message}`) })
  rec.inspection = await q.inspect()
  rec.results = await q.results()
  const byWorker = new Map<string, number>()
  for (const r of rec.results) byWorker.set(nameOf(r.worker), (byWorker.get(nameOf(r.worker)) ?? 0) + 1)
  say(`round ${round} closed (${rec.release.outcome}, ${rec.release.arrived.length} arrived): ${rec.results.length} results, by ${[...byWorker].sort().map(([n, c]) => `${n} ${c}`).join(', ')}`)
  await decide(rec)
  return rec
}

/** Proposes the round's best point for BEST; the workers check it against the results and vote. */
async function decide (rec: RoundRecord): Promise<void> {
  const top = bestOf(rec.results.map(r => ({ ...(r.result as Outcome), task: r.id })))
  if (top == null) throw new Error(`round ${rec.round}: no results`)
  rec.proposed = { round: rec.round, lr: top.lr, batch: top.batch, score: top.score, task: top.task }
  say(`round ${rec.round} best: ${fmtParams(top)} score=${top.score} (task ${top.task}, ${top.worker}); proposed for '${BEST}'`)
  rec.decision = await peer.propose<Best>(BEST, rec.proposed, { timeoutMs: VOTE_TIMEOUT_MS })
  const accepts = rec.decision.votes.filter(v => v.vote === 'accept').length
  say(`  vote: ${rec.decision.decision}, ${accepts} of ${rec.decision.votes.length} accept (${rec.decision.votes.map(v => nameOf(v.voter)).join(', ')})`)
  if (rec.decision.decision !== 'accepted') throw new Error(`round ${rec.round}: the best point was not accepted (${rec.decision.decision})`)
  // An accepted proposal is set by the proposer: the next round is laid around what the variable holds.
  if (!sameBest(best.get(), rec.proposed)) throw new Error(`round ${rec.round}: '${BEST}' does not hold the accepted proposal after propose() returned`)
}

const sameBest = (a: Best | undefined | null, b: Best | undefined): boolean =>
  a != null && b != null && a.round === b.round && a.lr === b.lr && a.batch === b.batch && a.score === b.score && a.task === b.task

// ---- the run ----

let peer: Peer
let plan: Variable<Plan> // the round's task count and parties, announced to the workers
let best: Variable<Best> // the accepted proposals

try {
  peer = await createPeer({
    mesh: MESH,
    storage: join(root, 'orchestrator'),
    rank: 0, // the lowest rank leads: the lease holder is the orchestrator, never a worker that gets killed
    members: WORKERS + 1 // quorum mode: the orchestrator and the workers are the voters
  })
  plan = peer.variable<Plan>(PLAN)
  best = peer.variable<Best>(BEST)
  say(`orchestrator is up as peer …${peer.id.slice(-6)} (storage under ${root}); starting ${WORKERS} workers, each told only its address`)
  for (let rank = 1; rank <= WORKERS; rank++) start(rank, peer.addrs[0]!)
  await within(peer.barrier('search/up', { parties: WORKERS + 1 }).arrive(), 60_000, 'the workers did not all meet at barrier \'search/up\'')
  say(`all ${WORKERS} workers met at barrier 'search/up'; lease holder: ${nameOf(peer.leader?.id ?? '')}, election epoch ${peer.leader?.epoch}`)

  let center = FIRST_CENTER
  for (let round = 1; round <= ROUNDS; round++) {
    await runRound(round, center)
    center = best.get()! // the accepted point, as the shared variable holds it
  }

  say('── invariants ──')
  await checkInvariants()
  say('stopping the workers')
  await Promise.all(live().map(async w => await command(w, 'exit', 'stopped')))
  await peer.stop()
} catch (err) {
  const msg = err instanceof Error ? err.message : String(err)
  if (!failures.includes(msg)) fail(msg)
} finally {
  finishing = true
  for (const w of workers) if (w.child.exitCode == null && w.child.signalCode == null) w.child.kill('SIGKILL')
  rmSync(root, { recursive: true, force: true })
}
if (failures.length > 0) {
  console.error(`FAILED: ${failures.join('; ')}`)
  process.exit(1)
}
say('invariants: all hold')
process.exit(0)

// ---- the checks ----

async function checkInvariants (): Promise<void> {
  const check = (ok: boolean, good: string, bad: string): void => { if (ok) say(`  ✓ ${good}`); else fail(bad) }
  const reported = (kind: string): Event[] => workers.flatMap(w => w.events.filter(e => e.event === kind).map(e => ({ ...e, by: w.name })))

  for (const rec of rounds) {
    const r = `round ${rec.round}`
    const ids = [...rec.pushed.keys()].sort()
    const v = rec.inspection!
    // The lease holder's record: every pushed task completed, none dead, nothing left.
    check(v.completed === ids.length && v.dead === 0 && v.waiting + v.delayed + v.active === 0 && rec.dead.length === 0,
      `${r}: ${ids.length} pushed, ${v.completed} completed, 0 dead, none waiting or running (lease holder's record)`,
      `${r}: ${ids.length} pushed but the record shows ${v.completed} completed, ${v.dead} dead, ${v.waiting + v.delayed + v.active} pending`)
    // Exactly once, by three accounts: the record's results, the 'completed' events, the workers' acknowledged complete()s.
    const resultIds = rec.results.map(x => x.id).sort()
    const eventsOnce = ids.every(id => rec.completions.get(id)?.length === 1) && [...rec.completions.keys()].every(id => rec.pushed.has(id))
    const acked = reported('completed').filter(e => e.round === rec.round).map(e => e.id as string).sort()
    check(JSON.stringify(resultIds) === JSON.stringify(ids) && eventsOnce && rec.missed === 0 && JSON.stringify(acked) === JSON.stringify(ids),
      `${r}: each task completed exactly once (results(), one 'completed' event per task, one acknowledged complete() per task)`,
      `${r}: completions do not match the pushes: results ${resultIds.length}/${ids.length}, events ${[...rec.completions.values()].map(l => l.length).join('')} (missed ${rec.missed}), acknowledged ${acked.length}/${ids.length}`)
    // The proposal is the maximum over the round's results, as the 'completed' events carried them.
    const fromEvents = bestOf([...rec.completions.values()].flat().map(e => e.result as Outcome))
    check(fromEvents != null && rec.proposed?.score === fromEvents.score && rec.decision?.decision === 'accepted',
      `${r}: the accepted best (score ${rec.proposed?.score}) is the maximum of its ${rec.results.length} results`,
      `${r}: proposed ${rec.proposed?.score}, but the results' maximum is ${fromEvents?.score} (decision ${rec.decision?.decision})`)
    // The barrier closed on all its parties; from the kill on, the dead worker is not among them.
    const arrived = rec.release!.arrived
    const deadArrived = rec.round >= KILL_ROUND && arrived.includes(victim?.worker.id ?? '-')
    check(rec.release!.outcome === 'all' && arrived.length === rec.parties && !deadArrived,
      `${r}: barrier closed with all ${rec.parties} parties (${arrived.map(nameOf).sort().join(', ')})`,
      `${r}: barrier released ${rec.release!.outcome} with ${arrived.length} of ${rec.parties}: ${arrived.map(nameOf).join(', ')}`)
  }

  // The killed worker's task: its attempt ended, another worker redid it under a higher token.
  const k = rounds.find(x => x.round === KILL_ROUND)!
  const done = k.completions.get(victim?.id ?? '-')?.[0]
  const ended = k.failed.find(f => f.id === victim?.id && f.worker === victim.worker.id)
  check(victim != null && done != null && done.attempt >= 2 && done.worker !== victim.worker.id && victim.redoneBy != null &&
    BigInt(victim.redoToken!) > BigInt(victim.token) && ended != null,
  `task ${victim?.id} (killed with ${victim?.worker.name}): its attempt ended (${ended?.error}), redone by ${nameOf(done?.worker ?? '')} as attempt ${done?.attempt} with a higher token`,
  `the killed worker's task ${victim?.id} was not redone as expected: completion ${JSON.stringify(done)}, end of attempt ${JSON.stringify(ended)}`)

  // Every live peer's copy of the shared variable holds the last accepted proposal (replication may lag a little).
  const last = rounds.at(-1)!.proposed
  let copies: Array<[string, Best | undefined]> = []
  await until(async () => {
    copies = [['orchestrator', best.get()], ...await Promise.all(live().map(async w => [w.name, (await command(w, 'report', 'report')).best] as [string, Best]))]
    return copies.every(([, b]) => sameBest(b, last))
  }, 10_000, 'the copies of the variable to agree').catch(() => {})
  check(copies.length === live().length + 1 && copies.every(([, b]) => sameBest(b, last)),
    `'${BEST}' on all ${copies.length} live peers: ${last != null ? `${fmtParams(last)} score=${last.score}` : '—'} (round ${last?.round}'s accepted proposal)`,
    `'${BEST}' differs: ${copies.map(([n, b]) => `${n} ${JSON.stringify(b)}`).join('; ')}`)
}
