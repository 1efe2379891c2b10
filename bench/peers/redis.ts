/**
 * A real single Redis server on 127.0.0.1 (a free port, in memory: no RDB, no AOF — a lock
 * table needs no snapshot, and accord's peers in these scenarios keep theirs in memory too)
 * and the single-instance Redlock recipe as a LockClient, with the npm client `ioredis`:
 *
 *   acquire: SET name <random token> NX PX <ttl>, polled while it answers nil;
 *   release: a Lua script that deletes the key only if it still holds our token (so a
 *            holder whose TTL ran out cannot delete the next holder's lock), run by EVALSHA.
 */
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Redis } from 'ioredis'
import { waitFor } from '../../test/support/wait.js'
import { pollUntilHeld, type LockClient } from './lock-client.js'
import { freePorts, killServer, startServer, tempDir } from './servers.js'
import type { ChildProcess } from 'node:child_process'

type Log = (line: string) => void

const RELEASE_IF_OURS = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`

export class RedisServer {
  private constructor (readonly port: number, private readonly child: ChildProcess, private readonly RedisClass: new (options: object) => Redis) {}

  static async start (bin: string, log: Log): Promise<RedisServer> {
    const { Redis } = await import('ioredis') // loaded here: a missing npm package skips Redis, it does not stop the bench
    const dir = tempDir('accord-bench-redis')
    const [port] = await freePorts(1)
    log(`redis: starting redis-server on 127.0.0.1:${port!} (no persistence), files under ${dir}`)
    const child = startServer(bin, [
      '--bind', '127.0.0.1', '--port', String(port), '--protected-mode', 'yes',
      '--save', '', '--appendonly', 'no', '--dir', dir
    ], join(dir, 'redis.log'))
    const server = new RedisServer(port!, child, Redis)
    const probe = server.client()
    probe.on('error', () => {}) // refused connections until the server listens: expected, not worth a line
    try {
      await waitFor('redis-server answers PING', async () => await probe.ping().then(() => true, () => false), { timeoutMs: 10_000, pollMs: 50 })
    } finally {
      probe.disconnect()
    }
    return server
  }

  /** The redis-server process's id (its CPU time is measured). */
  get pid (): number | undefined {
    return this.child.pid
  }

  client (): Redis {
    // ioredis defaults, except that a command to a server that is gone fails after one
    // reconnection attempt instead of twenty (no scenario here measures a dead Redis).
    return new this.RedisClass({ host: '127.0.0.1', port: this.port, maxRetriesPerRequest: 1 })
  }

  async stop (): Promise<void> {
    await killServer(this.child)
  }
}

export function redisLockRecipe (redis: Redis, ttlMs: number): LockClient {
  redis.defineCommand('releaseIfOurs', { numberOfKeys: 1, lua: RELEASE_IF_OURS })
  const release = redis as unknown as { releaseIfOurs: (key: string, token: string) => Promise<number> }
  return {
    acquire: async name => await pollUntilHeld(async () => {
      const token = randomBytes(16).toString('hex')
      const ok = await redis.set(name, token, 'PX', ttlMs, 'NX')
      if (ok !== 'OK') return undefined
      return { release: async () => { await release.releaseIfOurs(name, token) } }
    }),
    close: async () => { redis.disconnect() }
  }
}
