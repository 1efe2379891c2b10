import { createServer, type Server, type Socket } from 'node:net'
import { rmSync } from 'node:fs'

/**
 * A judge's Unix-socket server at `path` (a stale socket file there is removed first): a
 * path-bound socket is reachable from every network namespace, and no fault we inject
 * touches it. Resolves once it listens.
 */
export async function listenUnix (path: string, onSocket: (socket: Socket) => void): Promise<Server> {
  rmSync(path, { force: true })
  const server = createServer(onSocket)
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(path, resolve) })
  return server
}
