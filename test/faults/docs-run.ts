/**
 * Runs one fault schedule against 5 document agents (docs-agent.ts), each a real process
 * in its own network namespace with its own storage directory and stored identity, then
 * heals everything, stops the edits, measures how long the replicas take to become
 * identical, reads them, and returns the verdict. Used by docs-faults.test.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { storedPeerId } from '../../src/index.node.js'
import { judgeDocs, type DocVerdict, type Replica } from './docs-checks.js'
import { DocsJudge } from './docs-judge.js'
import { nowMs } from './judge.js'
import { linkKey, Net } from './net.js'
import { Cluster, removeStaleFiles } from './run.js'
import { describeStep, prng, type Schedule, type Step } from './schedule.js'
import { bundleForNode, removeBundle } from '../support/bundle.js'

const AGENT = fileURLToPath(new URL('./docs-agent.ts', import.meta.url))
/** Bundled once per test process, as the lock agent is (a restart after kill -9 takes ~0.2 s to load). */
const AGENT_BUNDLE = 'acf-docs-agent'
export function removeDocsAgentBundle (): void { removeBundle(AGENT_BUNDLE) }

/** Peer i listens on PORT + i inside its namespace: fixed, so bootstrap addresses survive restarts. */
const PORT = 4801

export interface DocsRunOptions {
  /** Replicas must be identical within this long of the moment every agent has D open after the final heal. */
  boundMs: number
  /** How much longer to keep polling past the bound, to report how late convergence came. */
  overMs: number
  /** Once identical, how long to wait before the final read (they must stay identical). */
  settleMs: number
  /** Agent logs and the judge's log go here. */
  logDir: string
}

/** `openedMs`: from the final heal until every agent had D open (undefined: not within OPEN_MS); the verdict's convergedMs counts from there. */
export interface DocsRunResult { verdict: DocVerdict, steps: string[], openedMs?: number }

/** Every agent must have D open again within this long of the final heal (a restarted process: it took up to 7 s under outside load). */
const OPEN_MS = 30_000

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, Math.max(0, ms))) }

export async function runDocsSchedule (schedule: Schedule, o: DocsRunOptions): Promise<DocsRunResult> {
  const { n } = schedule
  removeStaleFiles()
  rmSync(o.logDir, { recursive: true, force: true }) // peer logs are appended to (restarts): start each run afresh
  mkdirSync(o.logDir, { recursive: true })
  const dataDir = join(tmpdir(), `acf-docs-${process.pid}-${schedule.seed}`)
  rmSync(dataDir, { recursive: true, force: true })
  const dirs = Array.from({ length: n }, (_, i) => join(dataDir, `peer${i}`))
  // each peer keeps its key in its storage (the default in Node): the same id after every restart
  const ids = await Promise.all(dirs.map(async d => await storedPeerId(d)))
  const agent = await bundleForNode(AGENT, AGENT_BUNDLE)
  const judge = await DocsJudge.start(join(dataDir, 'judge.sock'))
  const net = await Net.create(`acf${process.pid}-`, n).catch(async err => { await judge.stop(); throw err }) // fails, never skips, without root
  const env = (i: number): Record<string, string> => ({
    ACF_AGENT: String(i),
    ACF_SOCK: judge.path,
    ACF_MESH: `docs-faults-${schedule.seed}`,
    ACF_PORT: String(PORT + i),
    ACF_BOOTSTRAP: ids.flatMap((id, j) => j === i ? [] : [`/ip4/${net.addr(j, i)}/tcp/${PORT + j}/p2p/${id}`]).join(','),
    ACF_DIR: dirs[i]!,
    DEBUG: process.env.ACF_DEBUG ?? '' // e.g. ACF_DEBUG='accord:docs-faults-<seed>': the peer's own log, where the documents layer says which pushes and syncs failed
  })
  const c = new Cluster(net, judge, env, o.logDir, agent)
  const steps: string[] = []
  const note = (s: string): void => { steps.push(s); judge.record({ kind: 'step', t: nowMs(), step: s }) }
  let convergedMs: number | undefined
  let openedMs: number | undefined
  let replicas: Array<Replica | undefined> = []
  try {
    c.mark()
    for (let i = 0; i < n; i++) c.start(i)
    // the schedule's clock starts once every agent has D open (and is editing)
    const deadline = nowMs() + 30_000
    while (new Set(judge.log.filter(e => e.kind === 'ready').map(e => e.agent)).size < n) {
      if (c.crashes.length > 0) throw new Error(`a peer process crashed while the mesh started (see ${o.logDir}):\n${c.crashes.join('\n')}`)
      if (nowMs() > deadline) throw new Error(`not every agent opened document D within 30 s of starting; see ${o.logDir}`)
      await sleep(50)
    }
    const rnd = prng(schedule.seed ^ 0xd0c5)
    const t0 = nowMs()
    note(`start (every agent editing ${(t0 - judge.log[0]!.t).toFixed(0)} ms after spawning)`)
    for (const step of schedule.steps) {
      await sleep(t0 + step.at - nowMs())
      note(`${(step.at / 1000).toFixed(1)}s ${await apply(c, step, rnd)}`)
    }
    await sleep(t0 + schedule.durationMs - nowMs())
    // Always end healed: every peer back, every link up, no load; and no more edits.
    for (const b of c.burners) b.kill('SIGKILL')
    for (const i of [...c.stopped]) c.cont(i)
    for (const i of [...c.killed]) c.restart(i)
    await net.healAll()
    c.mark()
    judge.halt()
    const healed = nowMs()
    judge.record({ kind: 'heal', t: healed, final: true })
    note('final heal, edits stopped')
    // Convergence: every agent answers with the same hash of its contents and state vector.
    // The bound counts from when every agent has D open again (at once, unless a peer was
    // restarted by the heal: starting a process is not replication, and under outside load
    // it took up to 7 s), which must happen within OPEN_MS.
    while (true) {
      const states = await Promise.all(Array.from({ length: n }, async (_, i) => await judge.read(i, false, 1_000)))
      const opened = Array.from({ length: n }, (_, i) => judge.log.find(e => e.kind === 'ready' && e.agent === i && e.inc === c.inc[i])?.t)
      if (openedMs == null && opened.every(t => t != null)) openedMs = Math.max(healed, ...opened as number[]) - healed
      if (openedMs != null && states.every(s => s?.ready === true && s.hash === states[0]!.hash)) { convergedMs = nowMs() - healed - openedMs; break }
      if (openedMs == null ? nowMs() - healed > OPEN_MS : nowMs() - healed - openedMs > o.boundMs + o.overMs) break
      await sleep(100)
    }
    note(openedMs == null
      ? `not every agent has D open ${((nowMs() - healed) / 1000).toFixed(1)} s after the final heal`
      : `every agent had D open ${openedMs.toFixed(0)} ms after the final heal; ${convergedMs == null ? `not converged ${((nowMs() - healed - openedMs) / 1000).toFixed(1)} s after that` : `converged ${convergedMs.toFixed(0)} ms after that`}`)
    // they must stay identical: a late update or a restarted peer's stale state would show here
    if (convergedMs != null) await sleep(o.settleMs)
    replicas = await Promise.all(Array.from({ length: n }, async (_, i) => (await judge.read(i, true, 5_000))?.replica))
  } finally {
    await c.stopAll()
    await sleep(200) // reports already written by the agents drain from the socket
    await net.teardown()
    await judge.stop()
    writeFileSync(join(o.logDir, 'judge.json'), JSON.stringify({ schedule, steps, openedMs, convergedMs, log: judge.log, replicas }, null, 1))
    rmSync(dataDir, { recursive: true, force: true })
  }
  const verdict = judgeDocs(judge.log, replicas, { n, final: [...c.inc], boundMs: o.boundMs, convergedMs })
  if (openedMs == null) verdict.violations.push({ check: 'convergence', message: `not every agent had D open ${OPEN_MS} ms after the final heal (a restart that hangs; see the peer logs)` })
  verdict.violations.push(...c.crashes.map(message => ({ check: 'crash', message })))
  return { verdict, steps, openedMs }
}

/** Runs one step; returns what it did. A kill or stop aimed at a peer that is down hits a random running one. */
async function apply (c: Cluster<DocsJudge>, step: Step, rnd: () => number): Promise<string> {
  const n = c.net.n
  const running = (t: number): number => {
    if (c.up(t)) return t
    const up = Array.from({ length: n }, (_, k) => k).filter(k => c.up(k))
    return up[Math.floor(rnd() * up.length)] ?? t
  }
  const desc = describeStep(step)
  switch (step.op) {
    case 'partition':
      await c.net.setCuts(step.cuts)
      c.mark()
      return desc
    case 'isolate': {
      const i = typeof step.target === 'number' ? step.target : 0
      await c.net.setCuts(Array.from({ length: n }, (_, j) => j).filter(j => j !== i).map(j => linkKey(i, j)))
      c.mark()
      return `isolate peer ${i}`
    }
    case 'heal':
      await c.net.healAll()
      c.mark()
      c.judge.record({ kind: 'heal', t: nowMs(), final: false })
      return desc
    case 'kill': {
      if (step.wipe === true) throw new Error(`the document suite keeps storage across kills: ${desc}`)
      if (c.killed.size + c.stopped.size >= 2) return `${desc}: skipped, two peers already down`
      const i = running(typeof step.target === 'number' ? step.target : 0)
      c.judge.record({ kind: 'kill', agent: i, inc: c.inc[i]!, t: nowMs() })
      await c.kill(i, step.downMs)
      return `kill -9 peer ${i}#${c.inc[i]!}, restart after ${step.downMs} ms`
    }
    case 'stop': {
      if (c.killed.size + c.stopped.size >= 2) return `${desc}: skipped, two peers already down`
      const i = running(typeof step.target === 'number' ? step.target : 0)
      c.stop(i, step.forMs)
      return `SIGSTOP peer ${i} for ${step.forMs} ms`
    }
    case 'starve':
      c.starve(step.forMs)
      return desc
    case 'ask':
      throw new Error(`the document suite has no lock to ask for: ${desc}`)
  }
}
