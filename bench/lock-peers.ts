/**
 * Scenario 10: accord's locks beside what users would pick instead, in the same run and
 * through the same measurement code (bench/lock-measure.ts): etcd (a 3-member cluster,
 * etcd3's Lock and Election recipes) and Redis (one server, SET NX PX + a Lua release).
 * Uncontended acquire + release, 5 contenders on one lock, and failover after kill -9 of the
 * server-side leader (bench/lock-failover-peers.ts). Servers listen on 127.0.0.1 only, on
 * free ports, with data under a temp dir, and are killed at the end or on error. A missing
 * etcd or redis-server binary skips that system with a line saying what to install.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { benchFailover, cluster } from './coord.js'
import { accordHolderDiesFailover, etcdHolderDiesFailover, etcdLoopFailover, type FailoverTimes } from './lock-failover-peers.js'
import { measureContended, measureUncontended, type Contention } from './lock-measure.js'
import type { LockClient } from './peers/lock-client.js'
import { findBinary, stopServers } from './peers/servers.js'
import type { Summary } from './stats.js'
import { startCpuWindow, type CpuWindow } from './system.js'
import type { Peer } from '../src/index.node.js'

type Log = (line: string) => void

/** A measurement, or why there is none. */
export type Outcome<T> = { ok: T } | { skipped: string } | { error: string }

export interface LockPeersOptions { ops: number, warmup: number, contenders: number, contendedGrants: number, failoverTrials: number }

export interface LockPeersResult {
  options: LockPeersOptions & { ttlMs: number, failoverTtlMs: number }
  versions: Record<string, string>
  /** Filesystem of the temp dir that holds etcd's data (etcd fsyncs every commit). */
  dataFs: string
  loadavgStart: number[]
  loadavgEnd: number[]
  cpu: CpuWindow
  uncontended: Record<string, Outcome<Summary>>
  contended: Record<string, Outcome<Contention>>
  failoverLoop: Record<string, Outcome<FailoverTimes>>
  failoverHolderDies: Record<string, Outcome<FailoverTimes>>
}

const TTL_MS = 10_000 // accord's default lock TTL; the same lease for etcd and PX for Redis
const FAILOVER_TTL_MS = 2_000 // the lock TTL of scenario 6's failover loop

/** The per-request deadline of the second etcd client in failover A: far above a request's p99 here, well below the election timeout. */
const ETCD_DEADLINE_MS = 500

const INSTALL = { etcd: 'etcd-server', 'redis-server': 'redis-server' } as const

function accordClient (peer: Peer): LockClient {
  return {
    acquire: async name => { const lock = await peer.lock(name, { ttlMs: TTL_MS }); return { release: async () => { await lock.release() } } },
    close: async () => {}
  }
}

function version (bin: string): string {
  try { return execFileSync(bin, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim() } catch { return 'unknown' }
}

function filesystemOf (dir: string): string {
  try { return execFileSync('stat', ['-f', '-c', '%T', dir], { encoding: 'utf8' }).trim() } catch { return 'unknown' }
}

const loadavg = (): string => os.loadavg().map(x => x.toFixed(2)).join(' ')

export async function benchLockPeers (log: Log, opts: LockPeersOptions): Promise<LockPeersResult> {
  const cpu = startCpuWindow()
  const r: LockPeersResult = {
    options: { ...opts, ttlMs: TTL_MS, failoverTtlMs: FAILOVER_TTL_MS },
    versions: {},
    dataFs: filesystemOf(os.tmpdir()),
    loadavgStart: os.loadavg(),
    loadavgEnd: [],
    cpu: { wallMs: 0, ownCpuMs: 0, childCpuMs: 0, otherCores: 0 },
    uncontended: {},
    contended: {},
    failoverLoop: {},
    failoverHolderDies: {}
  }
  log(`lock peers: load average ${loadavg()} on ${os.cpus().length} cores; ${opts.ops} uncontended ops per row, ${opts.contenders} contenders × ${opts.contendedGrants} grants, ${opts.failoverTrials} failover trials per row`)

  /** Runs one measurement; a failure is logged and recorded in its row, and the rest runs. */
  async function attempt<T> (table: Record<string, Outcome<T>>, key: string, fn: () => Promise<T>): Promise<void> {
    try {
      table[key] = { ok: await fn() }
    } catch (err) {
      const e = err as Error
      log(`  ✗ ${key}: ${e.stack ?? e.message}`)
      table[key] = { error: e.message.split('\n')[0]! }
    }
  }
  const skip = (tables: Array<Record<string, Outcome<unknown>>>, keys: string[], why: string): void => {
    for (const t of tables) for (const k of keys) t[k] = { skipped: why }
  }
  const binary = (name: keyof typeof INSTALL): string | undefined => {
    const path = findBinary(name)
    if (path == null) log(`lock peers: \`${name}\` not found on PATH — install the Debian package ${INSTALL[name]} (apt-get install -y ${INSTALL[name]}); skipping it`)
    else r.versions[name] = version(path)
    return path
  }
  const say = (what: string, s: Summary): void => { log(`  ${what}: median ${s.p50.toFixed(3)} ms, p90 ${s.p90.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms`) }
  const sayContention = (what: string, c: Contention): void => { log(`  ${what}: ${c.grantsPerSec.toFixed(0)} grants/s, wait median ${c.wait.p50.toFixed(2)} ms, grants per client ${c.perClient.join(' / ')}`) }

  try {
    // accord, as scenario 6 runs it: 3 peers in quorum mode, the client is not the leader;
    // contention among the 5 peers of a quorum of 5.
    await attempt(r.uncontended, 'accord', async () => {
      log('accord: 3 peers (quorum mode), uncontended acquire + release from a non-leader')
      const peers = await cluster(3)
      try {
        const s = await measureUncontended(accordClient(peers[1]!), 'bench-peers', opts)
        say('accord', s); return s
      } finally { for (const p of peers) await p.stop() }
    })
    await attempt(r.contended, 'accord', async () => {
      log(`accord: ${opts.contenders} peers (quorum of ${opts.contenders}) contend for one lock`)
      const peers = await cluster(opts.contenders)
      try {
        const c = await measureContended(peers.map(accordClient), 'bench-peers-hot', opts.contendedGrants)
        sayContention('accord', c); return c
      } finally { for (const p of peers) await p.stop() }
    })

    const etcdBin = binary('etcd')
    const etcdKeys = { uncontended: ['etcd Lock, client → leader', 'etcd Lock, client → follower', 'etcd Election, client → leader'], contended: ['etcd Election', 'etcd Lock'] }
    if (etcdBin == null) {
      const why = 'etcd not installed (Debian: etcd-server)'
      skip([r.uncontended], etcdKeys.uncontended, why); skip([r.contended], etcdKeys.contended, why); skip([r.failoverLoop, r.failoverHolderDies], ['etcd'], why); skip([r.failoverLoop], [`etcd, ${ETCD_DEADLINE_MS} ms request deadline`], why)
    } else {
      await benchEtcd(etcdBin, log, opts, r, attempt, say, sayContention).catch((err: Error) => {
        log(`  ✗ etcd: ${err.message}`)
        const why = `etcd did not start: ${err.message.split('\n')[0]!}`
        for (const [t, keys] of [[r.uncontended, etcdKeys.uncontended], [r.contended, etcdKeys.contended], [r.failoverLoop, ['etcd', `etcd, ${ETCD_DEADLINE_MS} ms request deadline`]], [r.failoverHolderDies, ['etcd']]] as const) {
          for (const k of keys) (t as Record<string, Outcome<unknown>>)[k] ??= { error: why }
        }
      })
      await stopServers()
    }

    const redisBin = binary('redis-server')
    if (redisBin == null) {
      skip([r.uncontended, r.contended], ['Redis'], 'redis-server not installed (Debian: redis-server)')
    } else {
      await benchRedis(redisBin, log, opts, r, attempt, say, sayContention)
      await stopServers()
    }

    log(`accord: failover A (the leader dies, the looping client survives), ${opts.failoverTrials} trials`)
    await attempt(r.failoverLoop, 'accord', async () => await benchFailover(log, opts.failoverTrials, 0, 3))
    await attempt(r.failoverHolderDies, 'accord', async () => await accordHolderDiesFailover(log, opts.failoverTrials, FAILOVER_TTL_MS))
  } finally {
    await stopServers()
    r.loadavgEnd = os.loadavg()
    r.cpu = cpu()
    log(`lock peers: done; load average ${loadavg()}; other processes kept ${r.cpu.otherCores.toFixed(2)} cores busy`)
  }
  return r
}

type Attempt = <T>(table: Record<string, Outcome<T>>, key: string, fn: () => Promise<T>) => Promise<void>
type Say = (what: string, s: Summary) => void
type SayContention = (what: string, c: Contention) => void

async function benchEtcd (bin: string, log: Log, opts: LockPeersOptions, r: LockPeersResult, attempt: Attempt, say: Say, sayContention: SayContention): Promise<void> {
  const { EtcdCluster } = await import('./peers/etcd-cluster.js')
  const { etcdElectionRecipe, etcdLockRecipe } = await import('./peers/etcd-locks.js')
  const ttlS = TTL_MS / 1000
  const etcd = await EtcdCluster.start(bin, 3, log)
  try {
    const leader = await etcd.settled()
    const follower = etcd.members.find(m => m !== leader)!
    log(`etcd: leader is ${leader.name}; uncontended acquire + release`)
    for (const [key, make, member] of [
      ['etcd Lock, client → leader', etcdLockRecipe, leader],
      ['etcd Lock, client → follower', etcdLockRecipe, follower],
      ['etcd Election, client → leader', etcdElectionRecipe, leader]
    ] as const) {
      await attempt(r.uncontended, key, async () => {
        const client = await make(etcd.client([member]), ttlS)
        try { const s = await measureUncontended(client, 'bench-peers', opts); say(key, s); return s } finally { await client.close() }
      })
    }
    for (const [key, make] of [['etcd Election', etcdElectionRecipe], ['etcd Lock', etcdLockRecipe]] as const) {
      await attempt(r.contended, key, async () => {
        log(`etcd: ${opts.contenders} clients (each its own connection to the leader) contend with ${key}`)
        const clients = await Promise.all(Array.from({ length: opts.contenders }, async () => await make(etcd.client([leader]), ttlS)))
        try { const c = await measureContended(clients, `bench-peers-hot-${key.split(' ')[1]!}`, opts.contendedGrants); sayContention(key, c); return c } finally { for (const c of clients) await c.close() }
      })
    }
    const ttlFailoverS = FAILOVER_TTL_MS / 1000
    log(`etcd: failover A (the leader member dies, the looping client survives), ${opts.failoverTrials} trials`)
    await attempt(r.failoverLoop, 'etcd', async () => await etcdLoopFailover(etcd, log, opts.failoverTrials, ttlFailoverS))
    log(`etcd: failover A again, the client with a ${ETCD_DEADLINE_MS} ms deadline per request (etcd3 sets none by default)`)
    await attempt(r.failoverLoop, `etcd, ${ETCD_DEADLINE_MS} ms request deadline`, async () => await etcdLoopFailover(etcd, log, opts.failoverTrials, ttlFailoverS, ETCD_DEADLINE_MS))
    log(`etcd: failover B (the holder dies with the leader member), ${opts.failoverTrials} trials`)
    await attempt(r.failoverHolderDies, 'etcd', async () => await etcdHolderDiesFailover(etcd, log, opts.failoverTrials, ttlFailoverS))
  } finally {
    await etcd.stop()
  }
}

async function benchRedis (bin: string, log: Log, opts: LockPeersOptions, r: LockPeersResult, attempt: Attempt, say: Say, sayContention: SayContention): Promise<void> {
  let server: import('./peers/redis.js').RedisServer | undefined
  let recipe: typeof import('./peers/redis.js').redisLockRecipe | undefined
  try {
    const redis = await import('./peers/redis.js')
    server = await redis.RedisServer.start(bin, log)
    recipe = redis.redisLockRecipe
  } catch (err) {
    log(`  ✗ Redis: ${(err as Error).message}`)
    r.uncontended.Redis = r.contended.Redis = { error: `redis-server did not start: ${(err as Error).message.split('\n')[0]!}` }
    return
  }
  const s = server; const make = recipe
  try {
    log('redis: uncontended acquire + release (SET NX PX, Lua release)')
    await attempt(r.uncontended, 'Redis', async () => {
      const client = make(s.client(), TTL_MS)
      try { const x = await measureUncontended(client, 'bench-peers', opts); say('Redis', x); return x } finally { await client.close() }
    })
    log(`redis: ${opts.contenders} clients (each its own connection) contend for one lock`)
    await attempt(r.contended, 'Redis', async () => {
      const clients = Array.from({ length: opts.contenders }, () => make(s.client(), TTL_MS))
      try { const c = await measureContended(clients, 'bench-peers-hot', opts.contendedGrants); sayContention('Redis', c); return c } finally { for (const c of clients) await c.close() }
    })
  } finally {
    await s.stop()
  }
}
