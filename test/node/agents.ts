import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { waitFor } from './helpers.js'
import { bundleForNode, removeBundle } from '../support/bundle.js'

const script = fileURLToPath(new URL('./fixtures/coord-agent.ts', import.meta.url))
/**
 * The agent runs as one bundled file (test/support/bundle.ts): it starts in ~0.2 s where
 * `node --import tsx` took ~2.5 s of CPU, which was most of the crash tests' time on two cores.
 */
const AGENT_BUNDLE = 'accord-coord-agent'
process.on('exit', () => { removeBundle(AGENT_BUNDLE) })

export type AgentEvent = Record<string, any> & { event: string }

/** A coord-agent process: send it commands, wait for its events, kill or freeze it. */
export class AgentProcess {
  readonly events: AgentEvent[] = []
  private readonly waiters = new Set<() => void>()
  readonly child: ChildProcess
  id = ''
  addr = ''

  constructor (bundle: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [bundle], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] })
    createInterface({ input: this.child.stdout! }).on('line', line => {
      try { this.events.push(JSON.parse(line)) } catch { return }
      for (const w of this.waiters) w()
    })
    this.child.stdin!.on('error', () => {}) // writing to a killed agent is fine
  }

  static async start (env: Record<string, string>): Promise<AgentProcess> {
    const a = new AgentProcess(await bundleForNode(script, AGENT_BUNDLE), env)
    const ready = await a.next(e => e.event === 'ready', 30_000)
    a.id = ready.id
    a.addr = ready.addr
    return a
  }

  send (cmd: Record<string, unknown>): void {
    this.child.stdin!.write(JSON.stringify(cmd) + '\n')
  }

  /** The first event (from `from` on) matching `match`, waiting up to `timeoutMs`. */
  async next (match: (e: AgentEvent) => boolean, timeoutMs = 20_000, from = 0): Promise<AgentEvent> {
    const deadline = performance.now() + timeoutMs
    while (true) {
      const found = this.events.slice(from).find(match)
      if (found != null) return found
      const left = deadline - performance.now()
      if (left <= 0 || this.child.exitCode != null || this.child.signalCode != null) {
        throw new Error(`agent ${this.id.slice(-6)}: no matching event (last: ${JSON.stringify(this.events.at(-1))})`)
      }
      await new Promise<void>(resolve => {
        const wake = (): void => { this.waiters.delete(wake); clearTimeout(t); resolve() }
        const t = setTimeout(wake, Math.min(left, 200))
        this.waiters.add(wake)
      })
    }
  }

  /** Sends a command and waits for its reply event (one of `replies`) after this point. */
  async call (cmd: Record<string, unknown>, replies: string[], timeoutMs = 20_000): Promise<AgentEvent> {
    const from = this.events.length
    this.send(cmd)
    return await this.next(e => replies.includes(e.event), timeoutMs, from)
  }

  async status (): Promise<AgentEvent> {
    return await this.call({ cmd: 'status' }, ['status'])
  }

  kill (signal: NodeJS.Signals = 'SIGKILL'): void {
    this.child.kill(signal)
  }

  get alive (): boolean {
    return this.child.exitCode == null && this.child.signalCode == null
  }

  async exited (): Promise<void> {
    if (!this.alive) return
    await new Promise(resolve => this.child.once('exit', resolve))
  }
}

export async function killAll (agents: AgentProcess[]): Promise<void> {
  for (const a of agents) {
    if (a.alive) { a.kill('SIGCONT'); a.kill('SIGKILL') }
  }
  await Promise.all(agents.map(async a => { await a.exited() }))
}

/** `n` agents in quorum mode (`members: n`), ranks 0…n-1, fully meshed. */
export async function startCluster (n: number, mesh: string): Promise<AgentProcess[]> {
  const env = (rank: number, bootstrap = ''): Record<string, string> => ({ MESH: mesh, RANK: String(rank), MEMBERS: String(n), BOOTSTRAP: bootstrap })
  const first = await AgentProcess.start(env(0))
  const rest = await Promise.all(Array.from({ length: n - 1 }, async (_, i) => await AgentProcess.start(env(i + 1, first.addr))))
  const agents = [first, ...rest]
  // a full mesh: killing the bootstrap peer then leaves the rest connected
  try {
    await waitFor('full mesh', async () => (await Promise.all(agents.map(async a => (await a.status()).connections))).every(c => c === n - 1), 20_000)
  } catch (err) {
    await killAll(agents) // the caller never gets them to kill (they outlived a failed run and kept vitest from exiting)
    throw err
  }
  return agents
}

/**
 * Waits until every agent names the same leader and returns it with the others. Usually
 * rank 0, but a peer that started early may win before rank 0 is heard, and a working
 * leader is not pre-empted: the tests only rely on *a* leader.
 */
export async function agreedLeader (agents: AgentProcess[]): Promise<{ leader: AgentProcess, followers: AgentProcess[] }> {
  let id: string | undefined
  await waitFor('one leader everywhere', async () => (id = await leaderOf(agents)) != null, 20_000)
  const leader = agents.find(a => a.id === id)!
  return { leader, followers: agents.filter(a => a !== leader) }
}

export async function leaderOf (agents: AgentProcess[]): Promise<string | undefined> {
  const ids = await Promise.all(agents.filter(a => a.alive).map(async a => (await a.status()).leader?.id as string | undefined))
  return ids.every(id => id != null && id === ids[0]) ? ids[0] : undefined
}
