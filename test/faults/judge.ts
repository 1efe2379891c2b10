/**
 * The judge: a Unix-socket server in the test process (a path-bound Unix socket is
 * reachable from every network namespace, and no fault we inject touches it). It serves a
 * fenced register and records every event the agents report, each carrying the agent's
 * own CLOCK_MONOTONIC time: a SIGSTOPped agent's reports arrive late but are dated right.
 */
import type { Server, Socket } from 'node:net'
import { createInterface } from 'node:readline'
import { rmSync } from 'node:fs'
import { listenUnix } from './judge-socket.js'
import type { Ev } from './checks.js'

/** CLOCK_MONOTONIC in ms, the same clock in every process on this machine. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6

export class Judge {
  readonly log: Ev[] = []
  /** The register: its value, and the highest token any read or write presented. */
  value = 0
  highest = -1n
  private readonly sockets = new Set<Socket>()
  /** Each agent's socket (its latest incarnation's), from the lines it sent. */
  private readonly agents = new Map<number, Socket>()
  private constructor (private readonly server: Server, readonly path: string) {}

  static async start (path: string): Promise<Judge> {
    let judge: Judge | undefined
    const server = await listenUnix(path, socket => { judge!.serve(socket) })
    judge = new Judge(server, path)
    return judge
  }

  record (e: Ev): void { this.log.push(e) }

  private serve (socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
    socket.on('error', () => {}) // an agent killed -9 mid-line
    // readline re-emits the socket's errors: without this listener an ECONNRESET is uncaught
    createInterface({ input: socket }).on('error', () => {}).on('line', line => {
      let m: any
      try { m = JSON.parse(line) } catch { return }
      if (typeof m.agent === 'number') this.agents.set(m.agent, socket)
      if (m.kind === 'read' || m.kind === 'write') {
        const reply = this.register(m)
        socket.write(JSON.stringify({ id: m.id, ...reply }) + '\n')
      } else {
        this.log.push(m as Ev)
      }
    })
  }

  /** Fenced: a token below the highest seen is refused; a write records the value it replaced. */
  private register (m: { kind: 'read' | 'write', agent: number, inc: number, token: string, base?: number, value?: number }): { ok: boolean, value: number } {
    const token = BigInt(m.token)
    const ok = token >= this.highest
    const before = this.value
    if (ok) {
      this.highest = token
      if (m.kind === 'write') this.value = m.value!
    }
    if (m.kind === 'write') this.log.push({ kind: 'write', agent: m.agent, inc: m.inc, t: nowMs(), token: m.token, base: m.base!, value: m.value!, ok, current: before })
    return { ok, value: this.value }
  }

  /** Sends `agent` a line (a written scenario's `ask`); one not connected now reads its settings from its environment when it starts. */
  tell (agent: number, line: Record<string, unknown>): void {
    const socket = this.agents.get(agent)
    if (socket != null && !socket.destroyed) socket.write(JSON.stringify(line) + '\n')
  }

  async stop (): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise(resolve => this.server.close(resolve))
    rmSync(this.path, { force: true })
  }
}
