/**
 * Runs one fault schedule against 5 real peer processes in their own network namespaces
 * and returns the judge's log and verdict. Used by faults.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { judgeLog, type Ev, type Verdict } from './checks.js'
import { Judge, nowMs } from './judge.js'
import { linkKey, Net } from './net.js'
import { describeStep, prng, type Schedule, type Step, type Target } from './schedule.js'
import { bundleForNode, removeBundle } from '../support/bundle.js'

const AGENT = fileURLToPath(new URL('./agent.ts', import.meta.url))
const REPO = fileURLToPath(new URL('../../', import.meta.url))

/** The agent runs as one bundled file (test/support/bundle.ts): it starts in ~0.2 s, so restarts after kill -9 are quick. */
const AGENT_BUNDLE = 'acf-agent'
const agentBundle = async (): Promise<string> => await bundleForNode(AGENT, AGENT_BUNDLE)

export function removeAgentBundle (): void {
  removeBundle(AGENT_BUNDLE)
}

/** Peer i listens on PORT + i inside its namespace: fixed, so bootstrap addresses survive restarts. */
const PORT = 4701

export interface RunOptions {
  lockTtlMs: number
  waitMs: number
  /** Longest calm after the final heal, in which grants must resume. */
  quietMs: number
  graceMs: number
  livenessMs: number
  /** Agent logs and the judge's log go here. */
  logDir: string
  /** What the agents contend for: lock 'L' (default), or the leadership of named election 'L'. */
  recipe?: Recipe
}

export type Recipe = 'lock' | 'election'

export interface RunResult { verdict: Verdict, log: Ev[], steps: string[], finalValue: number }

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, Math.max(0, ms))) }

/** What Cluster reports the fault state to: the lock judge, or the document suite's (docs-judge.ts). */
export interface FaultRecorder { record: (e: Extract<Ev, { kind: 'net' }>) => void }

/**
 * The peer processes of one run and the faults on them (kill -9 and restart with the same
 * storage, SIGSTOP/SIGCONT, CPU burners); a process that exits by itself is a crash. Shared
 * with the document suite (docs-run.ts).
 */
export class Cluster<J extends FaultRecorder = Judge> {
  readonly procs: Array<ChildProcess | undefined> = []
  readonly inc: number[] = []
  /** Peers killed (awaiting restart) or stopped. */
  readonly killed = new Set<number>()
  readonly stopped = new Set<number>()
  readonly restarts = new Map<number, NodeJS.Timeout>()
  readonly conts = new Map<number, NodeJS.Timeout>()
  readonly burners = new Set<ChildProcess>()
  readonly crashes: string[] = []
  ending = false

  constructor (readonly net: Net, readonly judge: J, readonly env: (i: number) => Record<string, string>, readonly logDir: string, readonly agent: string) {}

  /** The fault state from now on, for the checks. */
  mark (cut: Iterable<string> = this.net.cut): void { this.judge.record({ kind: 'net', t: nowMs(), cut: [...cut].sort(), down: [...new Set([...this.killed, ...this.stopped])].sort() }) }

  start (i: number): void {
    this.inc[i] = (this.inc[i] ?? -1) + 1
    const out = openSync(join(this.logDir, `peer${i}.log`), 'a')
    const child = spawn('ip', ['netns', 'exec', this.net.ns(i), process.execPath, this.agent], {
      cwd: REPO,
      env: { ...process.env, ...this.env(i), ACF_INC: String(this.inc[i]) },
      stdio: ['ignore', out, out]
    })
    closeSync(out)
    this.procs[i] = child
    child.once('exit', (code, signal) => {
      if (this.procs[i] !== child || this.ending) return // killed by us
      // a peer process that dies on its own is a finding too (an unhandled error in accord)
      this.procs[i] = undefined
      this.crashes.push(`peer ${i}#${this.inc[i]!} exited by itself (code ${code}, signal ${signal}): ${lastError(join(this.logDir, `peer${i}.log`))}`)
      this.killed.add(i)
      this.mark()
    })
  }

  up (i: number): boolean { return !this.killed.has(i) && !this.stopped.has(i) }

  async kill (i: number, downMs: number): Promise<void> {
    const p = this.procs[i]
    this.procs[i] = undefined
    p?.kill('SIGKILL')
    this.killed.add(i)
    this.mark()
    if (p != null && p.exitCode == null && p.signalCode == null) await new Promise(resolve => p.once('exit', resolve))
    this.restarts.set(i, setTimeout(() => { this.restart(i) }, downMs))
  }

  restart (i: number): void {
    clearTimeout(this.restarts.get(i))
    this.restarts.delete(i)
    if (!this.killed.delete(i)) return
    this.mark() // up from before the spawn: the milder state, so no minority is blamed on it
    this.start(i)
  }

  stop (i: number, forMs: number): void {
    this.procs[i]?.kill('SIGSTOP')
    this.stopped.add(i)
    this.mark()
    this.conts.set(i, setTimeout(() => { this.cont(i) }, forMs))
  }

  cont (i: number): void {
    clearTimeout(this.conts.get(i))
    this.conts.delete(i)
    if (!this.stopped.delete(i)) return
    this.mark()
    this.procs[i]?.kill('SIGCONT')
  }

  starve (forMs: number): void {
    for (let k = 0; k < 2; k++) {
      const b = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' })
      this.burners.add(b)
      setTimeout(() => { b.kill('SIGKILL'); this.burners.delete(b) }, forMs)
    }
  }

  async stopAll (): Promise<void> {
    this.ending = true
    for (const b of this.burners) b.kill('SIGKILL')
    for (const t of [...this.restarts.values(), ...this.conts.values()]) clearTimeout(t)
    const live = this.procs.filter((p): p is ChildProcess => p != null && p.exitCode == null && p.signalCode == null)
    for (const p of live) { p.kill('SIGCONT'); p.kill('SIGKILL') }
    await Promise.all(live.map(async p => { if (p.exitCode == null && p.signalCode == null) await new Promise(resolve => p.once('exit', resolve)) }))
  }
}

/** Data directories and bundles of earlier runs whose test process died (killed mid-run); the document suite's too (acf-docs-…). */
export function removeStaleFiles (): void {
  for (const f of readdirSync(tmpdir())) {
    const m = /^acf-(?:docs-)?(?:agent-)?(\d+)[-.]/.exec(f)
    if (m == null || Number(m[1]) === process.pid) continue
    try { process.kill(Number(m[1]), 0) } catch { rmSync(join(tmpdir(), f), { recursive: true, force: true }) }
  }
}

export async function runSchedule (schedule: Schedule, o: RunOptions): Promise<RunResult> {
  const { n } = schedule
  removeStaleFiles()
  rmSync(o.logDir, { recursive: true, force: true }) // peer logs are appended to (restarts): start each run afresh
  mkdirSync(o.logDir, { recursive: true })
  const dataDir = join(tmpdir(), `acf-${process.pid}-${schedule.seed}`)
  rmSync(dataDir, { recursive: true, force: true })
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const key = await generateKeyPair('Ed25519')
    mkdirSync(join(dataDir, `peer${i}`), { recursive: true })
    writeFileSync(join(dataDir, `peer${i}`, 'key.pb'), privateKeyToProtobuf(key))
    ids.push(peerIdFromPrivateKey(key).toString())
  }
  const net = await Net.create(`acf${process.pid}-`, n)
  const judge = await Judge.start(join(dataDir, 'judge.sock'))
  const lockTtlMs = schedule.lockTtlMs ?? o.lockTtlMs
  const asking: Asking = { agents: undefined, holdMs: undefined }
  const env = (i: number): Record<string, string> => ({
    ACF_AGENT: String(i),
    ACF_SOCK: judge.path,
    ACF_MESH: `faults-${schedule.seed}`,
    ACF_PORT: String(PORT + i),
    ACF_BOOTSTRAP: ids.flatMap((id, j) => j === i ? [] : [`/ip4/${net.addr(j, i)}/tcp/${PORT + j}/p2p/${id}`]).join(','),
    ACF_DIR: join(dataDir, `peer${i}`),
    ACF_MEMBERS: String(n),
    ACF_LOCK_TTL_MS: String(lockTtlMs),
    ACF_WAIT_MS: String(o.waitMs),
    ACF_ASKING: asking.agents == null || asking.agents.has(i) ? '1' : '0',
    ACF_HOLD_MS: asking.holdMs == null ? '' : String(asking.holdMs),
    ACF_RECIPE: o.recipe ?? 'lock',
    DEBUG: process.env.ACF_DEBUG ?? '' // keep libp2p quiet even if the developer's shell has DEBUG set (ACF_DEBUG: accord's namespaces, e.g. 'accord:*locks*')
  })
  const c = new Cluster(net, judge, env, o.logDir, await agentBundle())
  const steps: string[] = []
  const note = (s: string): void => { steps.push(s); judge.record({ kind: 'step', t: nowMs(), step: s }) }
  let end = 0
  try {
    c.mark()
    for (let i = 0; i < n; i++) c.start(i)
    // the mesh is up once a first grant is made; that is where the schedule's clock starts
    const deadline = nowMs() + 30_000
    while (!judge.log.some(e => e.kind === 'grant')) {
      if (c.crashes.length > 0) throw new Error(`a peer process crashed while the mesh started (see ${o.logDir}):\n${c.crashes.join('\n')}`)
      if (nowMs() > deadline) throw new Error(`no lock granted within 30 s of starting the mesh; see ${o.logDir}`)
      await sleep(50)
    }
    const rnd = prng(schedule.seed ^ 0x5eed)
    const t0 = nowMs()
    note(`start (first grant ${(t0 - judge.log[0]!.t).toFixed(0)} ms after spawning)`)
    for (const step of schedule.steps) {
      await sleep(t0 + step.at - nowMs())
      if (step.op !== 'heal') judge.record({ kind: 'fault', t: nowMs() })
      note(`${(step.at / 1000).toFixed(1)}s ${await apply(c, step, ids, rnd, { dataDir, asking })}`)
    }
    await sleep(t0 + schedule.durationMs - nowMs())
    // Always end healed: every peer back, every link up, no load; then a quiet period.
    for (const b of c.burners) b.kill('SIGKILL')
    for (const i of [...c.stopped]) c.cont(i)
    for (const i of [...c.killed]) c.restart(i)
    c.mark([]) // before the heal for the minority check, after it for liveness: both lean towards no violation
    await net.healAll()
    judge.record({ kind: 'heal', t: nowMs(), final: true })
    note('final heal')
    // The quiet period lasts until grants have resumed and a lock TTL has passed (so a
    // holder woken by SIGCONT has had time to misbehave), at most quietMs.
    const healed = nowMs()
    while (nowMs() - healed < o.quietMs) {
      if (nowMs() - healed > lockTtlMs + 500 && judge.log.some(e => e.kind === 'grant' && e.t > healed)) break
      await sleep(100)
    }
    end = nowMs()
  } finally {
    await c.stopAll()
    await sleep(200) // reports already written by the agents drain from the socket
    await net.teardown()
    await judge.stop()
    writeFileSync(join(o.logDir, 'judge.json'), JSON.stringify({ schedule, steps, finalValue: judge.value, log: judge.log }, null, 1))
    rmSync(dataDir, { recursive: true, force: true })
  }
  const verdict = judgeLog(judge.log, judge.value, { n, graceMs: o.graceMs, livenessMs: o.livenessMs, waitMs: o.waitMs }, end)
  verdict.violations.push(...c.crashes.map(message => ({ check: 'crash', message })))
  return { verdict, log: judge.log, steps, finalValue: judge.value }
}

/** Who asks for the lock (undefined: everyone) and for how long they hold it: the last 'ask' step's, for agents started later. */
interface Asking { agents: Set<number> | undefined, holdMs: number | undefined }

/** Runs one step; returns what it did, with 'leader' or 'holder' resolved. */
async function apply (c: Cluster, step: Step, ids: string[], rnd: () => number, run: { dataDir: string, asking: Asking }): Promise<string> {
  const desc = describeStep(step)
  const judge = c.judge
  const resolve = (t: Target): number => {
    let i: number | undefined = typeof t === 'number' ? t : t === 'leader' ? leaderOf(judge.log, ids) : holderOf(judge.log) ?? leaderOf(judge.log, ids)
    if (i == null || !c.up(i)) {
      const up = Array.from({ length: ids.length }, (_, k) => k).filter(k => c.up(k))
      i = up[Math.floor(rnd() * up.length)]
    }
    return i ?? 0
  }
  switch (step.op) {
    case 'partition': {
      // Heals are recorded before they are made, cuts after: the state recorded for each
      // instant is the milder one, so the minority check cannot blame a real majority.
      const keep = [...c.net.cut].filter(k => step.cuts.includes(k))
      c.mark(keep)
      await c.net.setCuts(keep)
      await c.net.setCuts(step.cuts)
      c.mark()
      return desc
    }
    case 'isolate': {
      const i = resolve(step.target)
      const cuts = Array.from({ length: ids.length }, (_, j) => j).filter(j => j !== i).map(j => linkKey(i, j))
      const keep = [...c.net.cut].filter(k => cuts.includes(k))
      c.mark(keep)
      await c.net.setCuts(keep)
      await c.net.setCuts(cuts)
      c.mark()
      return `${desc} = peer ${i}`
    }
    case 'heal':
      c.mark([])
      await c.net.healAll()
      judge.record({ kind: 'heal', t: nowMs(), final: false })
      return desc
    case 'kill': {
      if (c.killed.size + c.stopped.size >= 2) return `${desc}: skipped, two peers already down`
      const i = resolve(step.target)
      // the process is gone before kill() resolves and restarts downMs later: the store can go in between (the key stays)
      await c.kill(i, step.downMs)
      if (step.wipe === true) rmSync(join(run.dataDir, `peer${i}`, 'store'), { recursive: true, force: true })
      return `${desc} = peer ${i}`
    }
    case 'stop': {
      if (c.killed.size + c.stopped.size >= 2) return `${desc}: skipped, two peers already down`
      const i = resolve(step.target)
      c.stop(i, step.forMs)
      return `${desc} = peer ${i}`
    }
    case 'starve':
      c.starve(step.forMs)
      return desc
    case 'ask':
      run.asking.agents = new Set(step.agents)
      run.asking.holdMs = step.holdMs
      for (let i = 0; i < ids.length; i++) judge.tell(i, { ask: step.agents.includes(i), holdMs: step.holdMs })
      return desc
  }
}

/** The error a crashed agent printed: the last lines of its log that are neither JSON reports nor stack frames. */
function lastError (file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n').slice(-40)
  return lines.filter(l => l.trim() !== '' && !l.startsWith('{') && !/^\s+at /.test(l)).slice(-4).join(' | ')
}

/** The leader the agents reported last. */
function leaderOf (log: Ev[], ids: string[]): number | undefined {
  for (let k = log.length - 1; k >= 0; k--) {
    const e = log[k]!
    if (e.kind === 'leader' && e.leader != null) return ids.indexOf(e.leader)
  }
  return undefined
}

/** The peer of the latest grant not yet released or lost. */
function holderOf (log: Ev[]): number | undefined {
  const open = new Map<string, number>()
  for (const e of log) {
    if (e.kind === 'grant') open.set(`${e.agent}/${e.inc}/${e.token}`, e.agent)
    else if (e.kind === 'release' || e.kind === 'lost') open.delete(`${e.agent}/${e.inc}/${e.token}`)
  }
  return [...open.values()].at(-1)
}
