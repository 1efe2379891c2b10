/**
 * `accord demo` (and `npm run demo`): five agent processes on 127.0.0.1 coordinate with no server. Agent 1
 * starts first; the others bootstrap from it alone and find each other. They elect a
 * lease holder (lowest rank), share one Yjs document, contend for a fenced lock, meet at
 * a barrier; then the leader is killed -9: the next rank takes over, tokens keep rising,
 * and the killed agent restarts from its disk and catches up.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createInterface } from 'node:readline'
import { formatToken } from '../index.node.js'

// Run from source (tsx) or from the build: the agent script is the sibling of this file.
const here = fileURLToPath(import.meta.url)
const agentScript = join(dirname(here), `demo-agent${extname(here)}`)
const agentArgs = extname(here) === '.ts' ? ['--import', 'tsx', agentScript] : [agentScript]
let dataRoot = ''
let t0 = performance.now()
const say = (msg: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`)

interface Agent { name: string, child: ChildProcess, events: Array<Record<string, any>>, waiters: Array<() => void> }

function start (name: string, bootstrap?: string): Agent {
  const rank = Number(name.split('-')[1]) - 1 // agent-1 has rank 0: it leads while alive
  const child = spawn(process.execPath, agentArgs, {
    env: { ...process.env, AGENT: name, RANK: String(rank), MEMBERS: '5', DATA: join(dataRoot, name), ...(bootstrap != null ? { BOOTSTRAP: bootstrap } : {}) },
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const agent: Agent = { name, child, events: [], waiters: [] }
  createInterface({ input: child.stdout! }).on('line', line => {
    try { agent.events.push(JSON.parse(line)) } catch { return }
    for (const w of agent.waiters.splice(0)) w()
  })
  return agent
}

/** Waits for the agent's event of that kind numbered `seen` (0: the first one ever). */
async function next (agent: Agent, event: string, seen = 0): Promise<Record<string, any>> {
  while (true) {
    const found = agent.events.filter(e => e.event === event)
    if (found.length > seen) return found[seen]!
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${agent.name}: no '${event}' within 30 s`)), 30_000)
      agent.waiters.push(() => { clearTimeout(timer); resolve() })
    })
  }
}

async function command (agent: Agent, cmd: string, reply: string): Promise<Record<string, any>> {
  const seen = agent.events.filter(e => e.event === reply).length
  agent.child.stdin!.write(cmd + '\n')
  return await next(agent, reply, seen)
}

async function reports (agents: Agent[]): Promise<Array<Record<string, any>>> {
  return await Promise.all(agents.map(async a => await command(a, 'report', 'report')))
}

/**
 * What the demo shows, checked as it goes: a claim that does not hold ends the demo with
 * an error (exit code 1), so `npm run demo` cannot print a success it did not see.
 */
function check (ok: boolean, claim: string): void {
  if (!ok) throw new Error(`the demo saw this fail: ${claim}`)
}

/** Asks `view` every `everyMs` until it gives a value, for at most 60 s. */
async function until<T> (what: string, view: () => Promise<T | undefined>, everyMs: number): Promise<T> {
  const deadline = performance.now() + 60_000
  while (true) {
    const v = await view()
    if (v !== undefined) return v
    if (performance.now() > deadline) throw new Error(`the demo waited 60 s for ${what}`)
    await new Promise(resolve => setTimeout(resolve, everyMs))
  }
}

/** Polls reports until every agent shows the same digest. */
async function converge (agents: Agent[], label: string): Promise<void> {
  const started = performance.now()
  for (let attempt = 0; attempt < 100; attempt++) {
    const rs = await reports(agents)
    if (rs.every(r => r.digest === rs[0]!.digest)) {
      say(`${label}: all ${agents.length} agents hold the same document (${rs[0]!.keys} results, digest ${rs[0]!.digest}) after ${(performance.now() - started).toFixed(0)} ms`)
      return
    }
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  throw new Error(`${label}: agents did not converge`)
}

/** Every agent's count of results, once they agree (the digest is theirs: the count is what the demo wrote). */
async function resultCount (agents: Agent[]): Promise<number> {
  return (await reports(agents))[0]!.keys
}

/**
 * Awaits `done`, saying every 2 s where each starting agent is (launching, loading libp2p,
 * joining, catching up): a start takes seconds and must not look like a hang.
 */
async function whileStarting<T> (agents: Agent[], done: Promise<T>): Promise<T> {
  const stepOf = (a: Agent): string => a.events.some(e => e.event === 'ready') ? 'ready' : a.events.filter(e => e.event === 'phase').at(-1)?.step ?? 'launching node'
  const timer = setInterval(() => { say(`  … ${agents.map(a => `${a.name}: ${stepOf(a)}`).join('; ')}`) }, 2_000)
  try {
    return await done
  } finally {
    clearInterval(timer)
  }
}

/** Runs the whole demo; throws if any step fails. */
export async function runDemo (): Promise<void> {
  dataRoot = mkdtempSync(join(tmpdir(), 'accord-demo-'))
  t0 = performance.now()
  const agents: Agent[] = []
  try {
    say(`starting agent-1 (data in ${dataRoot})`)
    agents.push(start('agent-1'))
    const first = await whileStarting(agents, next(agents[0]!, 'ready'))
    say(`agent-1 is up: ${first.addr}`)
    say('starting agent-2 .. agent-5; each is told only agent-1\'s address')
    for (let i = 2; i <= 5; i++) agents.push(start(`agent-${i}`, first.addr))
    await whileStarting(agents.slice(1), Promise.all(agents.slice(1).map(async a => {
      const r = await next(a, 'ready')
      say(`${a.name} joined as ${String(r.id).slice(-8)}`)
    })))
    await new Promise(resolve => setTimeout(resolve, 1500))
    const peers = (await reports(agents)).map(r => r.peers)
    say(`peer discovery: connections per agent = ${peers.join(', ')} (a full mesh of 5 is 4 each)`)

    const leaderOf = async (): Promise<Record<string, any> | undefined> => {
      const views = await Promise.all(agents.filter(a => a.child.exitCode == null && a.child.signalCode == null).map(async a => (await command(a, 'leader', 'leader')).leader))
      return views.every(v => v != null && v.id === views[0].id && v.epoch === views[0].epoch) ? views[0] : undefined
    }
    const nameOf = (id: string): string => agents.find(a => a.events.some(e => e.event === 'ready' && e.id === id))?.name ?? id.slice(-8)
    const leader = await until('all 5 to agree on a leader', leaderOf, 100)
    say(`election: all 5 agree that ${nameOf(leader.id)} (rank ${leader.rank}) holds the lease, epoch ${leader.epoch} (quorum mode: 3 of 5 votes)`)

    say('every agent computes 20 results into the shared map, at the same time')
    await Promise.all(agents.map(async a => await command(a, 'work 20', 'worked')))
    await converge(agents, 'converged')
    check(await resultCount(agents) === 100, 'the shared map holds the 5 × 20 results')

    say('all 5 agents contend for lock gpu-0, 3 times each; each holder stamps a checkpoint with its fencing token')
    const grants: Array<Record<string, any>> = []
    await Promise.all(agents.map(async a => {
      const seen = a.events.filter(e => e.event === 'granted').length
      await command(a, 'contend gpu-0 3', 'contended')
      grants.push(...a.events.filter(e => e.event === 'granted').slice(seen))
    }))
    grants.sort((x, y) => BigInt(x.token) < BigInt(y.token) ? -1 : 1)
    for (const g of grants) say(`  token ${formatToken(g.token)} -> ${g.agent}, waited ${g.waitedMs} ms`)
    say(`  ${grants.length} grants, ${new Set(grants.map(g => g.token)).size} distinct tokens, strictly increasing: a FenceGuard would refuse any holder that came back late`)
    check(grants.length === 15 && new Set(grants.map(g => g.token)).size === 15, 'every one of the 15 grants has its own token')

    say('barrier epoch-1 (5 parties): agents arrive one by one')
    const passed = agents.map(a => next(a, 'passed', a.events.filter(e => e.event === 'passed').length))
    for (const a of agents) { a.child.stdin!.write('barrier epoch-1 5\n'); await new Promise(resolve => setTimeout(resolve, 150)) }
    const outcomes = await Promise.all(passed)
    for (const r of outcomes) say(`  ${r.agent} passed: outcome ${r.outcome}, ${r.arrived}/5 arrived, generation ${r.generation}, waited ${r.waitedMs} ms`)
    check(outcomes.every(r => r.outcome === 'all' && r.arrived === 5), 'the barrier released all 5 together')

    const victim = agents.find(a => a.events.some(e => e.event === 'ready' && e.id === leader!.id))!
    say(`kill -9 ${victim.name}, the lease holder (no goodbye)`)
    const killedAt = performance.now()
    victim.child.kill('SIGKILL')
    await new Promise(resolve => victim.child.once('exit', resolve))
    const rest = agents.filter(a => a !== victim)
    const next_ = await until('a new leader', async () => { const l = await leaderOf(); return l != null && l.id !== leader.id ? l : undefined }, 20)
    check(next_.epoch > leader.epoch, 'the new leader holds a later epoch')
    say(`failover: ${nameOf(next_.id)} (rank ${next_.rank}) leads epoch ${next_.epoch}, ${Math.round(performance.now() - killedAt)} ms after the kill`)
    const firstAfter = rest[rest.length - 1]!
    await command(firstAfter, 'contend gpu-0 1', 'contended')
    const g = firstAfter.events.filter(e => e.event === 'granted').at(-1)!
    say(`  next grant of gpu-0: token ${g.token} (epoch ${g.epoch}) to ${g.agent}, ${Math.round(performance.now() - killedAt)} ms after the kill; higher than every earlier token`)
    check(grants.every(earlier => BigInt(g.token) > BigInt(earlier.token)), 'the grant after the failover is higher than every earlier token')

    say('the other four keep working without it')
    await Promise.all(rest.map(async a => await command(a, 'work 10', 'worked')))
    await converge(rest, 'still converged')

    say(`restarting ${victim.name} from its own disk, bootstrapping from agent-5`)
    const reborn = start(victim.name, (await next(agents[4]!, 'ready')).addr)
    agents[agents.indexOf(victim)] = reborn
    const back = await whileStarting([reborn], next(reborn, 'ready'))
    say(`${victim.name} is back: ${back.keys} results already there on open (disk + catch-up)`)
    await converge(agents, 'caught up')
    check(await resultCount(agents) === 140, 'all 5 hold the 140 results, the restarted one too')
    await new Promise(resolve => setTimeout(resolve, 500))
    const after = await until('all 5 to agree on the leader again', leaderOf, 100)
    say(`${victim.name} has the lowest rank but does not pre-empt a working leader: ${nameOf(after.id)} still leads`)
    check(after.id === next_.id, `${nameOf(next_.id)} still leads after ${victim.name} is back`)

    say('stopping all agents')
    await Promise.all(agents.map(async a => await command(a, 'exit', 'stopped')))
    say('demo finished: 5 agents, no server: a shared document, an election, fenced locks and a barrier, through a kill -9 of the leader')
  } finally {
    for (const a of agents) if (a.child.exitCode == null) a.child.kill('SIGKILL')
    rmSync(dataRoot, { recursive: true, force: true })
  }
}
