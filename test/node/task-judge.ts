import { createServer, type Server } from 'node:http'

/**
 * The judge of a queue's promise, outside the code under test: workers tell it when they
 * start a task (with their lease's token) and when the lease holder acknowledged their
 * completion. A task completed twice, or completed with a token older than one another
 * worker started it with (a lapsed lease), is a violation.
 */
export class TaskJudge {
  /** Task id → tokens its workers started it with. */
  readonly starts = new Map<string, bigint[]>()
  /** Task id → the acknowledged completion's token and worker. */
  readonly completions = new Map<string, { token: bigint, worker: string }>()
  readonly violations: string[] = []
  /** Called as a worker says the lease holder acknowledged a completion (a test can inject a fault at that moment). */
  onCompleted: ((id: string, token: bigint) => void) | undefined
  /** Called as a worker says it starts a task under a lease it was just given (likewise). */
  onStarted: ((id: string, token: bigint) => void) | undefined
  private server: Server | undefined
  url = ''

  async start (): Promise<void> {
    this.server = createServer((req, res) => {
      const u = new URL(req.url!, 'http://x')
      const id = u.searchParams.get('id')!
      const token = BigInt(u.searchParams.get('token')!)
      const worker = u.searchParams.get('worker') ?? '?'
      if (u.pathname.endsWith('/start')) {
        this.starts.set(id, [...(this.starts.get(id) ?? []), token])
        this.onStarted?.(id, token)
      } else if (u.pathname.endsWith('/completed')) {
        const first = this.completions.get(id)
        if (first != null) this.violations.push(`task ${id} completed twice: token ${first.token} by ${first.worker}, then ${token} by ${worker}`)
        else this.completions.set(id, { token, worker })
        this.onCompleted?.(id, token)
      }
      res.writeHead(200).end('ok')
    })
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/task`
  }

  /** Completions whose lease had lapsed: another worker started the task with a newer token. */
  lapsedCompletions (): string[] {
    return [...this.completions].filter(([id, c]) => (this.starts.get(id) ?? []).some(t => t > c.token)).map(([id, c]) => `task ${id} completed with token ${c.token}, started later with ${(this.starts.get(id) ?? []).filter(t => t > c.token).join(', ')}`)
  }

  async stop (): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise(resolve => this.server?.close(resolve))
  }
}
