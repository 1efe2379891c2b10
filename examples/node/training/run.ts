/**
 * `npx tsx examples/node/training/run.ts`: four training workers share two GPUs with no
 * scheduler and no server. They take GPUs through fenced locks, write checkpoints that a
 * stale holder cannot overwrite, meet at a barrier after each epoch, vote on halving the
 * learning rate, and record their losses in one replicated document. In epoch 2 a worker
 * is killed -9 while it holds a GPU; the fleet carries on, and the worker comes back.
 *
 * This process only starts and kills workers and watches what they report: it takes no
 * part in the coordination. At the end it checks the invariants and exits non-zero if
 * any fails.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { StaleTokenError } from '../../../src/index.node.js'
import { readCheckpoint, writeCheckpoint } from './checkpoint.js'
import { EPOCHS, GPUS, LOCK_TTL_MS, WORKERS, fmtToken } from './config.js'
import { RunLog } from '../run-log.js'

type Event = Record<string, any>
interface Worker { name: string, rank: number, child: ChildProcess, events: Event[], waiters: Array<() => void>, killedAt?: number, exited: boolean }

const workerScript = fileURLToPath(new URL('./worker.ts', import.meta.url))
const root = mkdtempSync(join(tmpdir(), 'accord-training-'))
const checkpoints = join(root, 'checkpoints')
mkdirSync(checkpoints)
const run = new RunLog()
const say = (msg: string): void => { run.say(msg) }
const fail = (msg: string): void => { run.fail(msg) }
const within = async <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => await run.within(promise, ms, what)
const failures = run.failures

const everyone: Worker[] = [] // every process ever started, the killed one included
const current: Worker[] = [] // the live process of each rank
let finishing = false // set once the run is over: exits are expected from then on

const nameOf = (id: string): string => everyone.find(w => w.events.some(e => e.event === 'ready' && e.id === id))?.name ?? id.slice(-6)

function start (rank: number, bootstrap?: string): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, RANK: String(rank), DATA: join(root, `worker-${rank}`), CHECKPOINTS: checkpoints, ...(bootstrap != null ? { BOOTSTRAP: bootstrap } : {}) },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const w: Worker = { name: `worker-${rank}`, rank, child, events: [], waiters: [], exited: false }
  everyone.push(w)
  current[rank] = w
  createInterface({ input: child.stdout! }).on('line', line => {
    let e: Event
    try { e = JSON.parse(line) } catch { return }
    w.events.push(e)
    narrate(w, e)
    for (const wake of w.waiters.splice(0)) wake()
  })
  child.on('exit', (code, signal) => {
    w.exited = true
    const expected = w.killedAt != null || finishing || w.events.some(e => e.event === 'stopped')
    if (!expected && code !== 0) fail(`${w.name} exited with ${code ?? signal}`)
    for (const wake of w.waiters.splice(0)) wake()
  })
  return w
}

/** The worker's event of that kind numbered `seen` (0: the first one). */
async function next (w: Worker, event: string, seen = 0, timeoutMs = 30_000): Promise<Event> {
  const arrived = new Promise<Event>((resolve, reject) => {
    const look = (): void => {
      const found = w.events.filter(e => e.event === event)
      if (found.length > seen) resolve(found[seen]!)
      else if (w.exited) reject(new Error(`${w.name} exited before '${event}'`))
      else w.waiters.push(look)
    }
    look()
  })
  return await within(arrived, timeoutMs, `${w.name}: no '${event}'`)
}

async function command (w: Worker, cmd: string, reply: string): Promise<Event> {
  const seen = w.events.filter(e => e.event === reply).length
  w.child.stdin!.write(cmd + '\n')
  return await next(w, reply, seen)
}

// ---- the fault: kill -9 the first worker to take gpu-1 in epoch 2, while it trains ----
let victim: { worker: Worker, token: string, grantedAt: number } | undefined
let zombieRefused = false
let regranted = false
let killed!: () => void
const victimKilled = new Promise<void>(resolve => { killed = resolve })

/** Prints what the workers report as it happens, and injects the fault. */
let epochShown = 0
const passedShown = new Set<number>()
function narrate (w: Worker, e: Event): void {
  const epochHeader = (): void => {
    if (e.epoch > epochShown) { epochShown = e.epoch; say(`── epoch ${e.epoch} ──`) }
  }
  switch (e.event) {
    case 'ready':
      say(`${w.name} is up as peer …${String(e.id).slice(-6)}${e.first > 1 ? `; its replica of 'results' (own disk, then catch-up) has its epoch ${e.first - 1}: it resumes at epoch ${e.first}` : ''}`)
      break
    case 'fleet':
      if (w.rank === 0) say(`all ${e.members} workers are up and met at barrier 'fleet-up'; worker-${e.leaderRank} (lowest rank) holds the lease, election epoch ${e.leaderEpoch}; quorum 3 of 4`)
      break
    case 'acquired': {
      epochHeader()
      const late = e.epoch < epochShown ? ` for epoch ${e.epoch} (catching up)` : ''
      say(`  ${w.name} got ${e.gpu}${late} with token ${fmtToken(e.token)} after ${e.waitedMs} ms (lr ${e.lr})`)
      if (e.reentry > 1) say(`    (re-entry ${e.reentry}: unexpected — each epoch holds with its own owner)`)
      if (e.epoch === 2 && e.gpu === 'gpu-1' && victim == null) {
        victim = { worker: w, token: e.token, grantedAt: e.at }
        w.killedAt = Date.now()
        w.child.kill('SIGKILL')
        say(`  ✂ kill -9 ${w.name} while it trains on gpu-1 (token ${fmtToken(e.token)}): no release, no goodbye`)
        killed()
      } else if (victim != null && !regranted && e.gpu === 'gpu-1') {
        regranted = true
        say(`  → gpu-1 is free again ${((e.at - victim.grantedAt) / 1000).toFixed(2)} s after ${victim.worker.name} got it: its lease (TTL ${LOCK_TTL_MS / 1000} s) ran out; token ${fmtToken(e.token)} > ${fmtToken(victim.token)}`)
      }
      break
    }
    case 'checkpoint':
      say(`  ${w.name} trained: loss ${e.loss.toFixed(3)}; wrote ${e.gpu}.json fenced by token ${fmtToken(e.token)}`)
      if (victim != null && !zombieRefused && e.gpu === 'gpu-1' && BigInt(e.token) > BigInt(victim.token)) replayZombieWrite()
      break
    case 'refused':
      fail(`${w.name}'s checkpoint write to ${e.gpu} was refused (${e.message}): it had lost the GPU`)
      break
    case 'lost':
      fail(`${w.name} lost ${e.gpu} (token ${fmtToken(e.token)}) while using it`)
      break
    case 'proposing':
      say(`worker-0 proposes lr ${e.current} → ${e.value} (peer.propose: every live worker votes with its own rule)`)
      break
    case 'voted':
      say(`  ${w.name} votes ${e.vote} (confidence ${e.confidence}): ${e.rationale}`)
      break
    case 'decided': {
      const accepts = e.votes.filter((v: Event) => v.vote === 'accept').length
      say(`  decision: ${e.decision} (${accepts} accept, ${e.votes.length - accepts} reject; 60% of the votes needed); every worker now reads lr from peer.variable('lr')`)
      break
    }
    case 'passed':
      if (!passedShown.has(e.generation)) {
        passedShown.add(e.generation)
        const missing = current.filter(x => !e.arrived.some((id: string) => nameOf(id) === x.name)).map(x => x.name)
        say(`barrier 'epoch' generation ${e.generation} (end of epoch ${e.epoch}) released: ${e.outcome}, ${e.arrived.length}/${WORKERS} arrived${missing.length > 0 ? ` (not ${missing.join(', ')})` : ''}`)
      } else if (!e.arrived.includes(w.events.find(x => x.event === 'ready')?.id)) {
        say(`  ${w.name} arrives late at generation ${e.generation}: answered at once from the stored release (${e.outcome}, ${e.arrived.length}/${WORKERS})`)
      }
      break
    case 'done':
      say(`  ${w.name} finished ${EPOCHS} epochs`)
      break
    case 'error':
      fail(`${w.name}: ${e.message}`)
      break
  }
}

/** What if the killed worker had only been paused, and woke up to write its checkpoint? */
function replayZombieWrite (): void {
  try {
    writeCheckpoint(checkpoints, 'gpu-1', BigInt(victim!.token), { worker: victim!.worker.name, epoch: 2, loss: 0 })
    fail(`a late write with ${victim!.worker.name}'s old token ${fmtToken(victim!.token)} was accepted`)
  } catch (err) {
    if (!(err instanceof StaleTokenError)) throw err
    zombieRefused = true
    say(`  ↯ replaying ${victim!.worker.name}'s write with its old token ${fmtToken(victim!.token)}, as if it had only been paused: refused (${err.code})`)
  }
}

try {
  say(`starting worker-0 (storage and checkpoints under ${root})`)
  const first = start(0)
  const addr = (await next(first, 'ready')).addr as string
  say(`worker-0 listens on ${addr}; starting worker-1..${WORKERS - 1}, each told only that address`)
  for (let rank = 1; rank < WORKERS; rank++) start(rank, addr)

  await within(victimKilled, 60_000, 'no worker took gpu-1 in epoch 2')
  const v = victim!.worker
  // Restart it once the others have finished epoch 2 without it: the barrier's timeout
  // released them. It comes back from its own storage directory, as a new peer.
  const survivor = current.find(w => w !== v)!
  await next(survivor, 'passed', 1)
  say(`restarting ${v.name} from its own storage directory (same rank, new process, new peer id)`)
  start(v.rank, addr)
  for (const w of current) await next(w, 'done', 0, 60_000)

  say(`── results, as each worker's replica of document 'results' has them ──`)
  let reports: Event[] = []
  for (let attempt = 0; attempt < 50; attempt++) {
    reports = await Promise.all(current.map(async w => await command(w, 'report', 'report')))
    if (reports.every(r => JSON.stringify(r.results) === JSON.stringify(reports[0]!.results))) break
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  const keys = [...new Set(reports.flatMap(r => Object.keys(r.results)))].sort()
  say(`  ${'result'.padEnd(18)}${current.map(w => `seen by ${w.name}`.padStart(19)).join('')}`)
  for (const k of keys) {
    const [who, epoch] = k.split('/')
    say(`  ${`${who} epoch ${epoch}`.padEnd(18)}${reports.map(r => (r.results[k]?.toFixed(3) ?? '—').padStart(19)).join('')}`)
  }
  say(`  ${'variable lr'.padEnd(18)}${reports.map(r => String(r.lr).padStart(19)).join('')}`)
  for (const gpu of GPUS) {
    const c = readCheckpoint(checkpoints, gpu)
    say(`  ${gpu}.json: last written by ${c?.worker} (epoch ${c?.epoch}) with token ${c != null ? fmtToken(c.token) : '—'}; tokens of its writes: ${c?.history.map(h => fmtToken(h.token)).join(' < ')}`)
  }

  say('── invariants ──')
  checkInvariants(reports, keys)
  say('stopping the workers')
  await Promise.all(current.map(async w => await command(w, 'exit', 'stopped')))
} catch (err) {
  const msg = err instanceof Error ? err.message : String(err)
  if (!failures.includes(msg)) fail(msg)
} finally {
  finishing = true
  for (const w of everyone) if (w.child.exitCode == null && w.child.signalCode == null) w.child.kill('SIGKILL')
  rmSync(root, { recursive: true, force: true })
}
if (failures.length > 0) {
  console.error(`FAILED: ${failures.join('; ')}`)
  process.exit(1)
}
say('training finished: no scheduler, no server, one kill -9, and every invariant held')

function checkInvariants (reports: Event[], keys: string[]): void {
  const check = (ok: boolean, good: string, bad: string): void => { if (ok) say(`  ✓ ${good}`); else fail(bad) }
  const all = (kind: string): Array<Event & { w: Worker }> => everyone.flatMap(w => w.events.filter(e => e.event === kind).map(e => ({ ...e, w })))

  // One holder per GPU at a time: a use runs from the grant to the release (or the kill).
  for (const gpu of GPUS) {
    const uses = all('acquired').filter(e => e.gpu === gpu).map(e => {
      const released = e.w.events.find(r => r.event === 'released' && r.token === e.token)
      return { who: e.w.name, token: BigInt(e.token), from: e.at as number, to: (released?.at ?? e.w.killedAt) as number | undefined }
    }).sort((a, b) => a.from - b.from)
    const open = uses.filter(u => u.to == null)
    const overlap = uses.findIndex((u, i) => i > 0 && u.from < uses[i - 1]!.to!)
    const rising = uses.every((u, i) => i === 0 || u.token > uses[i - 1]!.token)
    check(open.length === 0 && overlap < 0, `${gpu}: ${uses.length} uses, never two at once`,
      open.length > 0 ? `${gpu}: ${open[0]!.who} never released token ${fmtToken(open[0]!.token)}` : `${gpu}: ${uses[overlap]?.who} got it while ${uses[overlap - 1]?.who} still held it`)
    check(rising, `${gpu}: tokens rise with every grant (${uses.map(u => fmtToken(u.token)).join(' < ')})`, `${gpu}: tokens do not rise in grant order`)

    // The file only ever moved forward, and holds the last write a live holder made.
    const c = readCheckpoint(checkpoints, gpu)
    const written = all('checkpoint').filter(e => e.gpu === gpu).sort((a, b) => a.at - b.at)
    const fileRising = c != null && c.history.every((h, i) => i === 0 || BigInt(h.token) > BigInt(c.history[i - 1]!.token))
    check(fileRising && c.history.length === written.length && c.token === written.at(-1)?.token,
      `${gpu}.json: ${written.length} writes accepted, in token order; it holds the newest`, `${gpu}.json does not match the writes the workers made`)
  }
  check(zombieRefused, `a write with the killed worker's stale token was refused by the FenceGuard`, 'the stale write was never tried')

  // Barriers: one outcome and one arrived set per generation, whoever asked and when.
  const byGen = new Map<number, string[]>()
  for (const e of all('passed')) byGen.set(e.generation, [...(byGen.get(e.generation) ?? []), `${e.outcome} ${[...e.arrived].sort().join(',')}`])
  const sameRecord = [...byGen.values()].every(v => v.every(x => x === v[0]))
  check(sameRecord && byGen.size === EPOCHS, `barrier 'epoch': ${EPOCHS} generations, each the same release for every worker that passed it`, 'workers saw different releases of one barrier generation')

  // The vote: every worker trained epochs 2 and 3 with the rate the proposal decided.
  const decided = all('decided')[0]
  const rates = all('acquired').filter(e => e.epoch > 1).map(e => e.lr)
  const expected = decided?.decision === 'accepted' ? decided.value : undefined
  check(decided != null && rates.every(r => r === (expected ?? rates[0])), `every worker used lr ${rates[0]} after the vote (${decided?.decision})`, 'workers used different learning rates after the vote')

  // The document: every replica holds the same results, one per worker and epoch.
  const same = reports.every(r => JSON.stringify(r.results) === JSON.stringify(reports[0]!.results))
  check(same && keys.length === WORKERS * EPOCHS, `all ${WORKERS} replicas of 'results' are identical: ${keys.length} results (${WORKERS} workers × ${EPOCHS} epochs)`,
    same ? `expected ${WORKERS * EPOCHS} results, found ${keys.length}` : 'the replicas of \'results\' differ')
}
