/**
 * The document suite's judge: a Unix-socket server in the test process (reachable from
 * every network namespace; no fault touches it). It records what the agents report, tells
 * them to stop editing at the final heal, and reads their replicas: the contents come
 * from the agents' own Y.Docs, never from accord's view of them.
 */
import type { Server, Socket } from 'node:net'
import { createInterface } from 'node:readline'
import { rmSync } from 'node:fs'
import { listenUnix } from './judge-socket.js'
import type { DocEv, Replica } from './docs-checks.js'

/** An agent's answer to a read: a hash of its replica, and with `full` the replica itself. */
export interface ReplicaState { agent: number, inc: number, ready: boolean, hash: string, replica?: Replica }

export class DocsJudge {
  readonly log: DocEv[] = []
  /** Set at the final heal: agents stop editing, and those that start later never begin. */
  private halted = false
  private readonly agents = new Map<number, Socket>()
  private readonly pending = new Map<number, (s: ReplicaState) => void>()
  private nextId = 0
  private readonly sockets = new Set<Socket>()
  private constructor (private readonly server: Server, readonly path: string) {}

  static async start (path: string): Promise<DocsJudge> {
    let judge: DocsJudge | undefined
    const server = await listenUnix(path, socket => { judge!.serve(socket) })
    judge = new DocsJudge(server, path)
    return judge
  }

  record (e: DocEv): void { this.log.push(e) }

  /** Tells every agent, and every agent that connects from now on, to stop editing. */
  halt (): void {
    this.halted = true
    for (const s of this.agents.values()) s.write(JSON.stringify({ kind: 'halt' }) + '\n')
  }

  /** Agent `i`'s replica (its hash; with `full` its contents), or undefined if it does not answer within `timeoutMs`. */
  async read (i: number, full: boolean, timeoutMs = 2_000): Promise<ReplicaState | undefined> {
    const socket = this.agents.get(i)
    if (socket == null) return undefined
    const id = this.nextId++
    return await new Promise(resolve => {
      const timer = setTimeout(() => { this.pending.delete(id); resolve(undefined) }, timeoutMs)
      this.pending.set(id, s => { clearTimeout(timer); resolve(s) })
      socket.write(JSON.stringify({ kind: 'read', id, full }) + '\n')
    })
  }

  private serve (socket: Socket): void {
    this.sockets.add(socket)
    let agent: number | undefined
    socket.on('close', () => {
      this.sockets.delete(socket)
      if (agent != null && this.agents.get(agent) === socket) this.agents.delete(agent)
    })
    socket.on('error', () => {}) // an agent killed -9 mid-line
    createInterface({ input: socket }).on('error', () => {}).on('line', line => {
      let m: any
      try { m = JSON.parse(line) } catch { return }
      if (m.kind === 'state') {
        this.pending.get(m.id)?.(m as ReplicaState)
        this.pending.delete(m.id)
        return
      }
      if (m.kind === 'hello') {
        agent = m.agent as number
        this.agents.set(agent, socket)
        // the agent waits for this before its first edit: one restarted after the final heal makes none
        socket.write(JSON.stringify({ kind: 'welcome', halted: this.halted }) + '\n')
      }
      this.log.push(m as DocEv)
    })
  }

  async stop (): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise(resolve => this.server.close(resolve))
    rmSync(this.path, { force: true })
  }
}
