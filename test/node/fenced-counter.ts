import { createServer, type Server } from 'node:http'
import { FenceGuard, StaleTokenError } from '../../src/index.node.js'

/**
 * A shared counter that only a lock makes safe: a holder reads it, then writes value+1
 * in a second request. Both requests are fenced. If two holders ever overlapped with
 * tokens the guard accepted, an increment would be lost and the final value would fall
 * short of the number of accepted writes.
 */
export class FencedCounter {
  value = 0
  acceptedWrites = 0
  readonly writers = new Map<string, string>() // token -> worker that wrote with it
  readonly acceptedTokens: bigint[] = []
  violations: string[] = []
  private readonly guard = new FenceGuard()
  private server: Server | undefined
  url = ''

  async start (): Promise<void> {
    this.server = createServer((req, res) => {
      const u = new URL(req.url!, 'http://x')
      const token = BigInt(u.searchParams.get('token')!)
      const who = u.searchParams.get('worker') ?? '?'
      try {
        this.guard.check('counter', token)
      } catch (err) {
        if (!(err instanceof StaleTokenError)) throw err
        res.writeHead(409).end('stale')
        return
      }
      if (req.method === 'PUT') {
        const v = Number(u.searchParams.get('value'))
        if (v !== this.value + 1) this.violations.push(`write ${v} over ${this.value} with token ${token}`)
        this.value = v
        this.acceptedWrites++
        this.acceptedTokens.push(token)
        const prev = this.writers.get(token.toString())
        if (prev != null && prev !== who) this.violations.push(`token ${token} used by ${prev} and ${who}`)
        this.writers.set(token.toString(), who)
      }
      res.writeHead(200).end(String(this.value))
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    const addr = this.server.address() as { port: number }
    this.url = `http://127.0.0.1:${addr.port}/counter`
  }

  async stop (): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise(resolve => this.server?.close(resolve))
  }
}
