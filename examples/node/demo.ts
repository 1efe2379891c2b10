/**
 * `npm run demo`: five agent processes on 127.0.0.1 share one Yjs document with no
 * server. Agent 1 starts first; the others bootstrap from it alone and find each other.
 * Each agent contributes results, all converge; one agent is killed -9, the others carry
 * on, and the killed agent restarts from its disk and catches up with what it missed.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createInterface } from 'node:readline'

const agentScript = fileURLToPath(new URL('./agent.ts', import.meta.url))
const dataRoot = mkdtempSync(join(tmpdir(), 'accord-demo-'))
const t0 = performance.now()
const say = (msg: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`)

interface Agent { name: string, child: ChildProcess, events: Array<Record<string, any>>, waiters: Array<() => void> }

function start (name: string, bootstrap?: string): Agent {
  const child = spawn(process.execPath, ['--import', 'tsx', agentScript], {
    env: { ...process.env, AGENT: name, DATA: join(dataRoot, name), ...(bootstrap != null ? { BOOTSTRAP: bootstrap } : {}) },
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

const agents: Agent[] = []
try {
  say(`starting agent-1 (data in ${dataRoot})`)
  agents.push(start('agent-1'))
  const first = await next(agents[0]!, 'ready')
  say(`agent-1 is up: ${first.addr}`)
  say('starting agent-2 .. agent-5; each is told only agent-1\'s address')
  for (let i = 2; i <= 5; i++) agents.push(start(`agent-${i}`, first.addr))
  for (const a of agents.slice(1)) {
    const r = await next(a, 'ready')
    say(`${a.name} joined as ${String(r.id).slice(-8)}`)
  }
  await new Promise(resolve => setTimeout(resolve, 1500))
  const peers = (await reports(agents)).map(r => r.peers)
  say(`peer discovery: connections per agent = ${peers.join(', ')} (a full mesh of 5 is 4 each)`)

  say('every agent computes 20 results into the shared map, at the same time')
  await Promise.all(agents.map(async a => await command(a, 'work 20', 'worked')))
  await converge(agents, 'converged')

  const victim = agents[2]!
  say(`kill -9 ${victim.name} (no goodbye, no flush beyond what it acknowledged)`)
  victim.child.kill('SIGKILL')
  await new Promise(resolve => victim.child.once('exit', resolve))
  const rest = agents.filter(a => a !== victim)
  say('the other four keep working without it')
  await Promise.all(rest.map(async a => await command(a, 'work 10', 'worked')))
  await converge(rest, 'still converged')

  say(`restarting ${victim.name} from its own disk, bootstrapping from agent-5`)
  const reborn = start(victim.name, (await next(agents[4]!, 'ready')).addr)
  agents[2] = reborn
  const back = await next(reborn, 'ready')
  say(`${victim.name} is back: ${back.keys} results already there on open (disk + catch-up)`)
  await converge(agents, 'caught up')

  say('stopping all agents')
  await Promise.all(agents.map(async a => await command(a, 'exit', 'stopped')))
  say('demo finished: 5 agents, one shared document, no server, survived a kill -9')
} finally {
  for (const a of agents) if (a.child.exitCode == null) a.child.kill('SIGKILL')
  rmSync(dataRoot, { recursive: true, force: true })
}
