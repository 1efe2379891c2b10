import { createServer, type Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { FenceGuard, StaleTokenError } from '../../src/index.node.js'
import { agreedLeader, killAll, startCluster, type AgentProcess } from './agents.js'
import { freshMesh, waitFor } from './helpers.js'

/**
 * A resource that `size` holders may use at once, fenced for a semaphore: it admits the
 * newest `size` tokens. A holder enters with its token and leaves before it releases, so
 * a third token can only arrive while two are inside if a holder died (never left) or its
 * lease lapsed — then the oldest token is evicted and refused from then on. Evicting a
 * holder that is alive and was never told it lost its permit would mean the semaphore
 * over-granted.
 */
class PermitBoard {
  readonly inside = new Map<bigint, string>() // token -> worker
  readonly evicted: Array<{ token: bigint, worker: string }> = []
  entered = 0
  refused = 0
  maxInside = 0
  private server: Server | undefined
  url = ''

  constructor (private readonly size: number) {}

  async start (): Promise<void> {
    this.server = createServer((req, res) => {
      const u = new URL(req.url!, 'http://x')
      const token = BigInt(u.searchParams.get('token')!)
      if (u.pathname.endsWith('/exit')) { this.inside.delete(token); res.writeHead(200).end(); return }
      const tokens = [...this.inside.keys()].sort((a, b) => (a < b ? -1 : 1))
      if (tokens.length >= this.size && token < tokens[0]!) { this.refused++; res.writeHead(409).end('stale'); return }
      if (tokens.length >= this.size) {
        this.evicted.push({ token: tokens[0]!, worker: this.inside.get(tokens[0]!)! })
        this.inside.delete(tokens[0]!)
      }
      this.inside.set(token, u.searchParams.get('worker') ?? '?')
      this.maxInside = Math.max(this.maxInside, this.inside.size)
      this.entered++
      res.writeHead(200).end()
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/board`
  }

  async stop (): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise(resolve => this.server?.close(resolve))
  }
}

describe('recipes survive crashes of real processes', () => {
  let agents: AgentProcess[] = []
  let board: PermitBoard | undefined
  afterEach(async () => { await killAll(agents); agents = []; await board?.stop(); board = undefined })

  it('a semaphore of 2, five contenders, hundreds of cycles, two random holders killed -9: never more than 2 inside, no permit leaked', async () => {
    agents = await startCluster(5, freshMesh())
    await agreedLeader(agents)
    board = new PermitBoard(2)
    await board.start()
    const ttlMs = 2_000
    for (const a of agents) a.send({ cmd: 'permits', url: board.url, name: 'gpus', size: 2, ops: 80, ttlMs })
    const killed = new Set<string>()
    for (const after of [60, 160]) {
      await waitFor(`${after} entries`, () => board!.entered >= after, 60_000)
      const holder = [...board.inside.values()].find(w => !killed.has(w))
      const victim = agents.find(a => a.id === holder && a.alive)
      if (victim == null) continue
      killed.add(victim.id)
      victim.kill('SIGKILL')
    }
    const survivors = agents.filter(a => !killed.has(a.id))
    await Promise.all(survivors.map(async a => await a.next(e => e.event === 'permits-done', 120_000)))
    const lostTokens = new Set(survivors.flatMap(a => a.events.filter(e => e.event === 'lost').map(e => String(e.token))))
    // only the dead (or holders told they lost their permit) were ever pushed out
    expect(board.evicted.filter(e => !killed.has(e.worker) && !lostTokens.has(e.token.toString()))).toEqual([])
    expect(board.maxInside).toBeLessThanOrEqual(2)
    expect(board.entered).toBeGreaterThanOrEqual(survivors.length * 80)
    // distinct tokens for every grant
    const tokens = survivors.flatMap(a => a.events.filter(e => e.event === 'cycled').map(e => String(e.token)))
    expect(new Set(tokens).size).toBe(tokens.length)
    // no permit leaked: the dead holders' permits came back after their TTL, so both can be taken at once
    const whole = await survivors[0]!.call({ cmd: 'permits', url: board.url, name: 'gpus', size: 2, ops: 1, ttlMs, take: 2, waitMs: 3 * ttlMs }, ['permits-done', 'error'], 20_000)
    expect(whole.event).toBe('permits-done')
  })

  it('named election: kill -9 and a freeze hand over with higher tokens; observers see each leader; the frozen one is fenced when it wakes', async () => {
    agents = await startCluster(5, freshMesh())
    const { followers } = await agreedLeader(agents)
    const [c1, c2, c3, watcher] = followers as [AgentProcess, AgentProcess, AgentProcess, AgentProcess]
    await watcher.call({ cmd: 'watch', name: 'optimizer' }, ['watching'])
    const ttlMs = 1_000
    const first = await c1.call({ cmd: 'campaign', name: 'optimizer', rank: 1, ttlMs }, ['leading'])
    c2.send({ cmd: 'campaign', name: 'optimizer', rank: 2, ttlMs })
    c3.send({ cmd: 'campaign', name: 'optimizer', rank: 3, ttlMs })
    const seen = (id: string): Promise<unknown> => watcher.next(e => e.event === 'election-leader' && e.leader?.id === id, 20_000)
    await seen(c1.id)
    const fence = new FenceGuard()
    fence.check('optimizer', BigInt(first.token))

    c1.kill('SIGKILL') // no goodbye
    const second = await c2.next(e => e.event === 'leading', 20_000)
    expect(BigInt(second.token)).toBeGreaterThan(BigInt(first.token))
    fence.check('optimizer', BigInt(second.token))
    await seen(c2.id)

    c2.kill('SIGSTOP') // frozen past its TTL
    const third = await c3.next(e => e.event === 'leading', 20_000)
    expect(BigInt(third.token)).toBeGreaterThan(BigInt(second.token))
    fence.check('optimizer', BigInt(third.token))
    await seen(c3.id)
    c2.kill('SIGCONT')
    await c2.next(e => e.event === 'leadership-lost', 20_000) // it learns it lost, on waking
    expect(() => { fence.check('optimizer', BigInt(second.token)) }).toThrow(StaleTokenError)
  })
})
