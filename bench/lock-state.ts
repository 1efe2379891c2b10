/**
 * Scenario 11: what a lock commit costs as the lease holder's tables grow. The lease holder
 * replicates its tables to its voters on every commit — since election 1.1 only the records
 * a commit changed, before that the whole encoded tables — so an uncontended acquire +
 * release from a non-leader is timed on three loads, each built on the previous: empty
 * tables; other locks held (by another non-leader, long TTL); and those plus 'reject'
 * variables written once each (the lease holder keeps every one's accepted clock). etcd (3
 * members, as scenario 10 starts it) and Redis get the same loads in their terms (held
 * locks, plain keys), in the same run, through the same LockClient + measureUncontended.
 * For accord, the leader's replication counters over each timed loop say what crossed the
 * wire. Code without those counters (before 8c98919) is measured too: they read n/a.
 */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import { cluster } from './coord.js'
import { measureUncontended } from './lock-measure.js'
import type { Outcome } from './lock-peers.js'
import type { Held, LockClient } from './peers/lock-client.js'
import { findBinary, stopServers } from './peers/servers.js'
import { fmt, fmtRatio, table, type Summary } from './stats.js'
import { startCpuWindow, type CpuWindow } from './system.js'
import type { Peer } from '../src/index.node.js'

type Log = (line: string) => void

export interface LockStateOptions { ops: number, warmup: number, heldLocks: number, variables: number }

/** What accord's leader replicated during one timed loop. */
export interface AccordReplication {
  /** The leader's whole replicated state after the loop, in bytes; records: how many (undefined before election 1.1, one blob). */
  stateBytes: number
  records?: number
  /** Commits during the loop (calls of the elector's replicate). */
  commits: number
  /** Deltas of the leader's `stats().replication` over the loop; undefined on code that has none. */
  replication?: Replication
}

interface Replication { changes: number, whole: number, bytes: number }

export interface LockStateResult {
  options: LockStateOptions & { ttlMs: number, heldTtlMs: number, fillConcurrency: number }
  versions: Record<string, string>
  loadavgStart: number[]
  loadavgEnd: number[]
  cpu: CpuWindow
  loads: string[]
  /** system → load → acquire + release, one client, uncontended. */
  latency: Record<string, Record<string, Outcome<Summary>>>
  /** system → load → ms to add that load to the previous one. */
  fillMs: Record<string, Record<string, number>>
  accord: Record<string, AccordReplication>
}

const TTL_MS = 10_000 // the timed lock: accord's default TTL, the same lease for etcd and PX for Redis
const HELD_TTL_MS = 120_000 // the held locks: long enough that none lapses (or renews much) during a run
const FILL_CONCURRENCY = 50 // writes in flight while filling: accord batches them into fewer commits, as it would under real load
const LOCK = 'bench-lock-state'

/** The leader's internals this scenario reads (both election 1.0 and 1.1 shapes). */
interface Internals {
  parts: { elector: { state: () => { records?: Map<string, Uint8Array>, bytes?: Uint8Array }, replicate: (x: unknown) => Promise<void> } }
  variables: Map<string, unknown>
}

function version (bin: string): string {
  try { return execFileSync(bin, ['--version'], { encoding: 'utf8' }).split('\n')[0]!.trim() } catch { return 'unknown' }
}

const loadavg = (): string => os.loadavg().map(x => x.toFixed(2)).join(' ')

/** Runs `task(0 … n-1)` with at most `width` in flight. */
async function pool (n: number, width: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(n, width) }, async () => { while (next < n) await task(next++) }))
}

function accordClient (peer: Peer): LockClient {
  return {
    acquire: async name => { const lock = await peer.lock(name, { ttlMs: TTL_MS }); return { release: async () => { await lock.release() } } },
    close: async () => {}
  }
}

export async function benchLockState (log: Log, opts: LockStateOptions): Promise<LockStateResult> {
  const cpu = startCpuWindow()
  const loads = ['empty', `${opts.heldLocks} other locks held`, `${opts.heldLocks} locks + ${opts.variables.toLocaleString('en-US')} variables / keys`]
  const r: LockStateResult = {
    options: { ...opts, ttlMs: TTL_MS, heldTtlMs: HELD_TTL_MS, fillConcurrency: FILL_CONCURRENCY },
    versions: {},
    loadavgStart: os.loadavg(),
    loadavgEnd: [],
    cpu: { wallMs: 0, ownCpuMs: 0, childCpuMs: 0, otherCores: 0 },
    loads,
    latency: {},
    fillMs: {},
    accord: {}
  }
  log(`lock state: load average ${loadavg()} on ${os.cpus().length} cores; ${opts.ops} acquire + release per load after ${opts.warmup} warmup`)

  /**
   * Adds each load to the previous one (fills[i - 1] builds load i) and times `measure`
   * under it. The loads build on each other: after a failure the rest cannot run.
   */
  async function underLoads (system: string, fills: Array<() => Promise<void>>, measure: (load: string) => Promise<Summary>): Promise<void> {
    const rows: Record<string, Outcome<Summary>> = r.latency[system] = {}
    const fillMs: Record<string, number> = r.fillMs[system] = {}
    for (const [i, load] of loads.entries()) {
      try {
        const t0 = performance.now()
        await fills[i - 1]?.()
        fillMs[load] = performance.now() - t0
        if (i > 0) log(`  ${system}: ${load}: set up in ${(fillMs[load] / 1000).toFixed(1)} s`)
        const s = await measure(load)
        rows[load] = { ok: s }
        log(`  ${system}, ${load}: median ${s.p50.toFixed(3)} ms, p90 ${s.p90.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms`)
      } catch (err) {
        const e = err as Error
        log(`  ✗ ${system}, ${load}: ${e.stack ?? e.message}`)
        for (const l of loads.slice(i)) rows[l] = { error: e.message.split('\n')[0]! }
        return
      }
    }
  }
  const skip = (system: string, why: string): void => {
    log(`lock state: ${why}; skipping ${system}`)
    r.latency[system] = Object.fromEntries(loads.map(l => [l, { skipped: why }]))
  }
  const failed = (system: string) => (err: Error): void => {
    log(`  ✗ ${system}: ${err.message}`)
    r.latency[system] ??= {}
    for (const l of loads) r.latency[system][l] ??= { error: `did not start: ${err.message.split('\n')[0]!}` }
  }

  try {
    await benchAccord(log, opts, r, underLoads).catch(failed('accord'))

    const etcdBin = findBinary('etcd')
    if (etcdBin == null) skip('etcd', '`etcd` not on PATH (Debian: etcd-server)')
    else {
      r.versions.etcd = version(etcdBin)
      await benchEtcd(etcdBin, log, opts, underLoads).catch(failed('etcd'))
      await stopServers()
    }

    const redisBin = findBinary('redis-server')
    if (redisBin == null) skip('Redis', '`redis-server` not on PATH (Debian: redis-server)')
    else {
      r.versions['redis-server'] = version(redisBin)
      await benchRedis(redisBin, log, opts, underLoads).catch(failed('Redis'))
      await stopServers()
    }
  } finally {
    await stopServers()
    r.loadavgEnd = os.loadavg()
    r.cpu = cpu()
    log(`lock state: done; load average ${loadavg()}; other processes kept ${r.cpu.otherCores.toFixed(2)} cores busy`)
  }
  return r
}

type UnderLoads = (system: string, fills: Array<() => Promise<void>>, measure: (load: string) => Promise<Summary>) => Promise<void>

async function benchAccord (log: Log, opts: LockStateOptions, r: LockStateResult, underLoads: UnderLoads): Promise<void> {
  log('accord: 3 peers (quorum mode); the timed client and the holder of the other locks are the two non-leaders')
  const peers = await cluster(3) // it waits until peers[0] leads
  try {
    const [leader, client, holder] = peers as [Peer, Peer, Peer]
    const elector = (leader as unknown as Internals).parts.elector
    // Commits, counted the same way on code with and without replication counters.
    let commits = 0
    const replicate = elector.replicate.bind(elector)
    elector.replicate = async x => { commits++; await replicate(x) }
    const replication = (): Replication | undefined => (leader.stats() as { replication?: Replication }).replication
    const held: Array<{ release: () => Promise<void> }> = []
    await underLoads('accord', [
      async () => { for (let i = 0; i < opts.heldLocks; i++) held.push(await holder.lock(`bench-state-held-${i}`, { ttlMs: HELD_TTL_MS })) },
      async () => {
        await pool(opts.variables, FILL_CONCURRENCY, async i => {
          const name = `bench-state-var-${i}`
          const v = holder.variable<number>(name, { strategy: 'reject' })
          await v.set(i)
          // An open variable observes every later write to the system document (2,000 open
          // would make the fill quadratic): close it, and drop it from the peer's cache as
          // inspect() does, so that stop() does not close it twice.
          v.close()
          ;(holder as unknown as Internals).variables.delete(name)
        })
      }
    ], async load => {
      if (leader.leader?.id !== leader.id) throw new Error('peers[0] no longer leads')
      const rep0 = replication(); const commits0 = commits
      const s = await measureUncontended(accordClient(client), LOCK, opts)
      const rep1 = replication()
      const state = elector.state()
      const records = state.records != null ? [...state.records.values()] : undefined
      const a: AccordReplication = {
        stateBytes: records != null ? records.reduce((n, b) => n + b.byteLength, 0) : state.bytes?.byteLength ?? NaN,
        records: records?.length,
        commits: commits - commits0,
        replication: rep0 != null && rep1 != null ? { changes: rep1.changes - rep0.changes, whole: rep1.whole - rep0.whole, bytes: rep1.bytes - rep0.bytes } : undefined
      }
      r.accord[load] = a
      const rep = a.replication
      log(`  accord leader: whole state ${a.stateBytes.toLocaleString('en-US')} B${a.records != null ? ` in ${a.records} records` : ''}; ${a.commits} commits in the loop; ` +
        (rep != null ? `leases with changes ${rep.changes}, with the whole state ${rep.whole}, ${fmt(rep.bytes / (rep.changes + rep.whole))} B per lease` : 'replication counters n/a'))
      return s
    })
    if (leader.leader?.id !== leader.id) log('  ⚠ accord: peers[0] lost the lead during the run')
  } finally {
    for (const p of peers) await p.stop()
  }
}

async function benchEtcd (bin: string, log: Log, opts: LockStateOptions, underLoads: UnderLoads): Promise<void> {
  const { EtcdCluster } = await import('./peers/etcd-cluster.js')
  const { etcdLockRecipe } = await import('./peers/etcd-locks.js')
  const etcd = await EtcdCluster.start(bin, 3, log)
  const clients: LockClient[] = []
  try {
    const leader = await etcd.settled()
    const follower = etcd.members.find(m => m !== leader)!
    log(`etcd: leader is ${leader.name}; the timed client talks to ${follower.name} (a follower, as accord's client is not its leader); etcd3's Lock recipe`)
    const kv = etcd.client([leader])
    const holder = await etcdLockRecipe(kv, HELD_TTL_MS / 1000)
    const timed = await etcdLockRecipe(etcd.client([follower]), TTL_MS / 1000)
    clients.push(timed, holder) // holder.close() closes kv too
    const held: Held[] = []
    await underLoads('etcd', [
      async () => { for (let i = 0; i < opts.heldLocks; i++) held.push(await holder.acquire(`bench-state-held-${i}`)) },
      async () => { await pool(opts.variables, FILL_CONCURRENCY, async i => { await kv.put(`bench-state-key-${i}`).value(String(i)) }) }
    ], async () => await measureUncontended(timed, LOCK, opts))
    // etcd3 keeps each lease alive with a timer of its own that closing the client does not
    // stop (they would keep this process running): give the leases back.
    await pool(held.length, FILL_CONCURRENCY, async i => { await held[i]!.release() })
  } finally {
    for (const c of clients) await c.close().catch(() => {})
    await etcd.stop()
  }
}

async function benchRedis (bin: string, log: Log, opts: LockStateOptions, underLoads: UnderLoads): Promise<void> {
  const { RedisServer, redisLockRecipe } = await import('./peers/redis.js')
  const server = await RedisServer.start(bin, log)
  const plain = server.client()
  const holder = redisLockRecipe(server.client(), HELD_TTL_MS)
  const timed = redisLockRecipe(server.client(), TTL_MS)
  try {
    log('redis: SET NX PX + Lua release; held locks and plain keys on other connections')
    const held: Held[] = []
    await underLoads('Redis', [
      async () => { for (let i = 0; i < opts.heldLocks; i++) held.push(await holder.acquire(`bench-state-held-${i}`)) },
      async () => { await pool(opts.variables, FILL_CONCURRENCY, async i => { await plain.set(`bench-state-key-${i}`, String(i)) }) }
    ], async () => await measureUncontended(timed, LOCK, opts))
  } finally {
    plain.disconnect()
    await holder.close(); await timed.close()
    await server.stop()
  }
}

// ---- markdown -------------------------------------------------------------------

const ok = <T>(o: Outcome<T> | undefined): T | undefined => (o != null && 'ok' in o ? o.ok : undefined)
const why = (o: Outcome<unknown> | undefined): string => (o == null ? 'not run' : 'skipped' in o ? `skipped: ${o.skipped}` : 'error' in o ? `failed: ${o.error}` : '')
const loads = (xs: number[]): string => xs.map(x => x.toFixed(2)).join(' ')

export function renderLockState (r: LockStateResult, run: { args: string[], date: string, git: string }): string[] {
  const o = r.options
  const out: string[] = []
  out.push('', '## 11. Lock latency as the lease holder\'s tables grow', '')
  out.push(`Produced by \`npx tsx bench/index.ts ${run.args.join(' ')}\` (${run.date}, git ${run.git}). Versions: ${Object.entries(r.versions).map(([k, v]) => `${k}: ${v}`).join('; ') || '–'}. ` +
    `Machine load: load average ${loads(r.loadavgStart)} at the start, ${loads(r.loadavgEnd)} at the end (${r.cpu.otherCores.toFixed(2)} cores busy with other processes on average over ${fmt(r.cpu.wallMs / 1000)} s).`, '')
  out.push(`Uncontended acquire + release of one lock (TTL ${fmt(o.ttlMs)} ms), ${o.ops} times after ${o.warmup} warmup, through the same code for every system (\`bench/lock-measure.ts\`), under three loads, each added to the previous: ` +
    `empty; ${o.heldLocks} other locks held (TTL ${fmt(o.heldTtlMs)} ms); and ${o.variables.toLocaleString('en-US')} more entries of state (accord: 'reject' variables written once each, so the lease holder tracks ${o.variables.toLocaleString('en-US')} accepted clocks; etcd and Redis: plain keys), written ${o.fillConcurrency} at a time. ` +
    'accord: 3 peers in quorum mode in this process; the timed client and the holder of the other locks are the two non-leaders. etcd: 3 members, etcd3\'s `Lock` recipe, the timed client on a follower, the held locks and keys through the leader. Redis: one server, `SET NX PX` + Lua release, the same locks and keys on other connections.', '')
  const base: Record<string, number> = {}
  const rows: string[][] = []
  for (const load of r.loads) {
    for (const [system, byLoad] of Object.entries(r.latency)) {
      const s = ok(byLoad[load])
      if (load === r.loads[0]) base[system] = s?.p50 ?? NaN
      const setup = r.fillMs[system]?.[load]
      rows.push(s == null
        ? [load, system, '–', why(byLoad[load]), '', '', '', '']
        : [load, system, String(s.n), fmt(s.p50), fmt(s.p90), fmt(s.p99), fmtRatio(s.p50 / base[system]!), load === r.loads[0] || setup == null ? '–' : fmt(setup / 1000)])
    }
  }
  out.push(table(['load', 'system', 'n', 'median ms', 'p90 ms', 'p99 ms', 'median vs empty', 'load added in s'], rows))

  const ratio = (load: string, other: string, k: 'p50' | 'p99'): string => fmtRatio((ok(r.latency.accord?.[load])?.[k] ?? NaN) / (ok(r.latency[other]?.[load])?.[k] ?? NaN))
  out.push('', table(['load', 'accord / etcd, median', 'accord / etcd, p99', 'accord / Redis, median', 'accord / Redis, p99'],
    r.loads.map(l => [l, ratio(l, 'etcd', 'p50'), ratio(l, 'etcd', 'p99'), ratio(l, 'Redis', 'p50'), ratio(l, 'Redis', 'p99')])))

  out.push('', 'accord\'s leader during each timed loop: the size of its whole replicated state, the commits it made, and (from `peer.stats().replication`, election 1.1 on) the leases that carried state to its 2 voters — only changes, or the whole state — and the state bytes they carried, all over the timed loop, warmup included. ' +
    'n/a: code before election 1.1 has no such counters; there every commit sent the whole state to each voter.', '')
  out.push(table(['load', 'whole state, bytes', 'records', 'commits', 'commits per op', 'leases with changes', 'leases with the whole state', 'state bytes carried', 'bytes per lease'],
    r.loads.map(l => {
      const a = r.accord[l]
      if (a == null) return [l, '–', '', '', '', '', '', '', '']
      const rep = a.replication
      const na = 'n/a'
      return [l, fmt(a.stateBytes), a.records != null ? String(a.records) : na, String(a.commits), fmt(a.commits / (o.warmup + o.ops)),
        rep != null ? String(rep.changes) : na, rep != null ? String(rep.whole) : na, rep != null ? fmt(rep.bytes) : na, rep != null ? fmt(rep.bytes / (rep.changes + rep.whole)) : na]
    })))
  return out
}
