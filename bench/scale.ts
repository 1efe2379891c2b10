/**
 * Scenario 12 (issue 13, fleets): does membership scale? A fleet of V voters (named by
 * peer id, quorum mode) and clients (every other peer: it gets the same voter list, is not
 * on it, so it never votes or leads), all in one mesh, spread round-robin over child
 * processes (bench/scale-agent.ts, `peersPerProcess` each), so the machine's cores are
 * shared as a real fleet's hosts would share theirs, and the voters sit in different
 * processes. For each fleet size: the time from spawning the first process until every
 * peer names the same leader; then, after `settleMs`, each process's CPU over `idleMs` of
 * idleness, per peer; the 'leader' events after agreement; and uncontended lock latency
 * from a client. A size that does not agree within `agreeMs` is recorded as such.
 */
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { generateKeyPair, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import type { Outcome } from './lock-peers.js'
import { sleep, type Log } from './mesh.js'
import type { Report, Spec } from './scale-agent.js'
import { fmt, median, table, type Summary } from './stats.js'
import { startCpuWindow, type CpuWindow } from './system.js'
import { freePorts } from './peers/servers.js'
import { next, sendProbe, spawnReporting, stopChild, type Child as ChildOf } from './children.js'
import { benchScaleEtcd, type EtcdScaleRun } from './scale-etcd.js'
import { bundleForNode, removeBundle } from '../test/support/bundle.js'

export interface ScaleOptions {
  sizes: number[]
  voters: number
  peersPerProcess: number
  agreeMs: number
  settleMs: number
  idleMs: number
  lockOps: number
  lockWarmup: number
  /** --peer-options, passed on to every child. */
  peerOptions?: string
}

export interface ScaleIdle {
  ms: number
  /** Sums over the processes, in % of one core. */
  cpuPercentTotal: number
  cpuPercentPerPeer: number
  busiestProcessPercent: number
  eventLoopBusyMaxPercent: number
  gossipReceivedPerPeerPerSec: number
  connections: { min: number, median: number, max: number }
  membersSeenMin: number
  /** Cores kept busy by processes other than the fleet's over the window (machine minus children). */
  otherCores: number
  perProcess: ProcessProbe[]
}

/** One child over a probe window. */
export interface ProcessProbe { cpuPercent: number, eventLoopBusyPercent: number, connections: { min: number, max: number }, members: { min: number, max: number } }

const summarizeProbe = (x: Extract<Report, { t: 'probe' }>): ProcessProbe => ({
  cpuPercent: 100 * x.cpuMs / x.ms,
  eventLoopBusyPercent: 100 * x.eventLoopUtilization,
  connections: { min: Math.min(...x.connections), max: Math.max(...x.connections) },
  members: { min: Math.min(...x.members), max: Math.max(...x.members) }
})
const sayProbe = (p: ProcessProbe): string => `${fmt(p.cpuPercent)} % CPU, loop ${fmt(p.eventLoopBusyPercent)} %, conns ${p.connections.min}–${p.connections.max}, members ${p.members.min}–${p.members.max}`

export interface ScaleRun {
  peers: number
  voters: number
  processes: number
  perProcess: number[]
  /** From spawning the first process until every peer was created. */
  upMs?: number
  /** …until every peer named the same leader; undefined if not within agreeMs. */
  agreedMs?: number
  /** Peers naming the most-named leader, at agreement or at the deadline. */
  agreeing: number
  leader?: { rank?: number, epoch?: number, process: number }
  leaderEventsToAgreement: number
  /** 'leader' events (all peers) from agreement (or the deadline) to the end of the idle window. */
  leaderEventsAfter?: number
  /** Every peer still named the same leader at the end of the idle window. */
  stillAgreed?: boolean
  idle?: ScaleIdle
  lock: Outcome<Summary>
  /**
   * kill -9 of the leader's process (the leader and the other peers there): from the kill
   * until every surviving peer names one new leader (`agreeing` of `survivors` do at the
   * deadline if not).
   */
  failover: Outcome<{ ms?: number, survivors: number, agreeing: number, epoch?: number, lockAfter?: Summary, lockError?: string }>
  /** What the children wrote to stderr (warnings, unhandled rejections). */
  stderr: { lines: number, sample: string[] }
  error?: string
}

export interface ScaleResult {
  options: Omit<ScaleOptions, 'peerOptions'>
  loadavgStart: number[]
  loadavgEnd: number[]
  cpu: CpuWindow
  runs: ScaleRun[]
  /** The same fleets coordinated through etcd (bench/scale-etcd.ts). */
  etcd?: EtcdScaleRun[] | { skipped: string }
}

const CHILD = fileURLToPath(new URL('./scale-agent.ts', import.meta.url))
/** The children run as one bundled file (test/support/bundle.ts), as a deployed fleet runs built code: tsx cost each process ~2.5 s of CPU to start. */
const CHILD_BUNDLE = 'accord-scale-agent'
const loadavg = (): string => os.loadavg().map(x => x.toFixed(2)).join(' ')
const short = (id: string | undefined | null): string => (id == null ? 'none' : `…${id.slice(-6)}`)

type Child = ChildOf<Report>

async function benchSize (n: number, log: Log, opts: ScaleOptions): Promise<ScaleRun> {
  const processes = Math.ceil(n / opts.peersPerProcess)
  const placeOf = (i: number): number => i % processes // round-robin: voters 0…V-1 land in different processes
  const run: ScaleRun = {
    peers: n,
    voters: opts.voters,
    processes,
    perProcess: Array.from({ length: processes }, (_, k) => Array.from({ length: n }, (_, i) => i).filter(i => placeOf(i) === k).length),
    agreeing: 0,
    leaderEventsToAgreement: 0,
    lock: { skipped: 'not run' },
    failover: { skipped: 'not run' },
    stderr: { lines: 0, sample: [] }
  }
  log(`scale: ${n} peers (${opts.voters} voters, ${n - opts.voters} clients) in ${processes} processes (${run.perProcess.join('/')} peers); load average ${loadavg()}`)

  // The voters' keys are made here, so that every peer can be given their ids before any starts.
  const keys = await Promise.all(Array.from({ length: opts.voters }, async () => await generateKeyPair('Ed25519')))
  const voterIds = keys.map(k => peerIdFromPrivateKey(k).toString())
  // The voters listen on fixed ports, and every peer is given their addresses to bootstrap
  // from, as a fleet's configuration would name them (etcd's --endpoints): a single
  // bootstrap peer took every newcomer's handshake at once, and a 107-peer fleet spent its
  // first 30 s with most processes unconnected.
  const ports = await freePorts(opts.voters)
  const bootstrap = voterIds.map((id, i) => `/ip4/127.0.0.1/tcp/${ports[i]!}/p2p/${id}`)
  const specOf = (k: number): Spec => ({
    mesh: `scale${process.pid}-${n}`,
    voters: voterIds,
    peers: Array.from({ length: n }, (_, i) => i).filter(i => placeOf(i) === k)
      .map(i => i < opts.voters ? { index: i, rank: i, key: Buffer.from(privateKeyToProtobuf(keys[i]!)).toString('hex'), port: ports[i] } : { index: i }),
    bootstrap
  })

  const ids = new Map<number, string>()
  const leaders = new Map<number, string | null>()
  const epochs = new Map<string, number>() // leader id → the epoch it announced for itself
  let events = 0
  let agreedAt: number | undefined
  let upAt: number | undefined
  const t0 = performance.now()
  const mostNamed = (): { leader?: string, count: number } => {
    const counts = new Map<string, number>()
    for (const l of leaders.values()) if (l != null) counts.set(l, (counts.get(l) ?? 0) + 1)
    const [leader, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0]
    return { leader, count }
  }
  const onReport = (r: Report): void => {
    if (r.t === 'peer') { ids.set(r.i, r.id); leaders.set(r.i, r.leader); if (ids.size === n) upAt ??= performance.now() - t0 }
    if (r.t === 'leader') {
      events++
      leaders.set(r.i, r.leader)
      if (r.leader != null && r.leader === ids.get(r.i) && r.epoch != null) epochs.set(r.leader, r.epoch)
    }
    if (agreedAt == null && ids.size === n && mostNamed().count === n) agreedAt = performance.now() - t0
  }

  const children: Child[] = []
  const bundle = await bundleForNode(CHILD, CHILD_BUNDLE)
  const spawnChild = (k: number): Child => {
    const env = { ...process.env, SCALE_SPEC: JSON.stringify(specOf(k)), ...(opts.peerOptions != null ? { BENCH_PEER_OPTIONS: opts.peerOptions } : {}) }
    const c = spawnReporting<Report>(bundle, env, ['peer', 'leader'], onReport, line => {
      run.stderr.lines++
      const s = line.trim().slice(0, 200)
      if (run.stderr.sample.length < 5 && s !== '' && !run.stderr.sample.includes(s)) run.stderr.sample.push(s)
    })
    children.push(c)
    return c
  }

  try {
    for (let k = 0; k < processes; k++) spawnChild(k)

    // Every 10 s: who names whom, and each process's load and connections (a child too busy
    // to answer a probe within 5 s says so by its silence).
    const probe = async (): Promise<Array<ProcessProbe | undefined>> => {
      sendProbe(children)
      return await Promise.all(children.map(async c => await next(c, 'probe', 5_000).then(summarizeProbe, () => undefined)))
    }
    let lastLog = 0
    while (agreedAt == null && performance.now() - t0 < opts.agreeMs) {
      const dead = children.find(c => c.exit != null)
      if (dead != null) throw new Error(`child ${dead.proc.pid} exited (${dead.exit}) before agreement`)
      await sleep(50)
      if (performance.now() - t0 - lastLog >= 10_000) {
        lastLog = performance.now() - t0
        const m = mostNamed()
        const probes = await probe()
        log(`  ${(lastLog / 1000).toFixed(0)} s: ${ids.size}/${n} peers up, ${m.count > 0 ? `${m.count} name ${short(m.leader)}` : 'no leader named'}, ${[...leaders.values()].filter(l => l == null).length} name none; ` +
          probes.map((p, k) => `process ${k}: ${p != null ? sayProbe(p) : 'no answer'}`).join('; '))
      }
    }
    run.upMs = upAt
    run.agreedMs = agreedAt
    run.leaderEventsToAgreement = events
    const m = mostNamed()
    run.agreeing = m.count
    const leaderIndex = [...ids].find(([, id]) => id === m.leader)?.[0]
    if (m.leader != null && leaderIndex != null) run.leader = { rank: leaderIndex < opts.voters ? leaderIndex : undefined, epoch: epochs.get(m.leader), process: placeOf(leaderIndex) }
    if (agreedAt != null) {
      log(`  all ${n} peers up after ${fmt((upAt ?? NaN) / 1000)} s; every peer names ${short(m.leader)} (rank ${run.leader?.rank ?? '?'}, epoch ${run.leader?.epoch ?? '?'}) after ${fmt(agreedAt / 1000)} s, ${events} 'leader' events until then`)
    } else {
      log(`  ✗ no agreement in ${opts.agreeMs / 1000} s: ${ids.size}/${n} peers up, ${m.count} name ${short(m.leader)}, ${[...leaders.values()].filter(l => l == null).length} name none`)
    }

    // Idle: measured with or without agreement (what a fleet that cannot agree costs is a finding too).
    const events0 = events
    await sleep(opts.settleMs)
    sendProbe(children) // the window starts here
    await Promise.all(children.map(async c => await next(c, 'probe', 30_000)))
    const machine = startCpuWindow()
    await sleep(opts.idleMs)
    sendProbe(children)
    const idle = await Promise.all(children.map(async c => await next(c, 'probe', 30_000)))
    const window = machine()
    run.leaderEventsAfter = events - events0
    run.stillAgreed = agreedAt != null && mostNamed().count === n && mostNamed().leader === m.leader
    const pct = idle.map(x => 100 * x.cpuMs / x.ms)
    const total = pct.reduce((a, b) => a + b, 0)
    const wallS = median(idle.map(x => x.ms)) / 1000
    const conns = idle.flatMap(x => x.connections)
    run.idle = {
      ms: median(idle.map(x => x.ms)),
      cpuPercentTotal: total,
      cpuPercentPerPeer: total / n,
      busiestProcessPercent: Math.max(...pct),
      eventLoopBusyMaxPercent: 100 * Math.max(...idle.map(x => x.eventLoopUtilization)),
      gossipReceivedPerPeerPerSec: idle.reduce((a, x) => a + x.gossipReceived, 0) / n / wallS,
      connections: { min: Math.min(...conns), median: median(conns), max: Math.max(...conns) },
      membersSeenMin: Math.min(...idle.flatMap(x => x.members)),
      otherCores: Math.max(0, window.otherCores - total / 100),
      perProcess: idle.map(summarizeProbe)
    }
    const i = run.idle
    log(`  idle ${fmt(i.ms / 1000)} s: ${fmt(i.cpuPercentPerPeer)} % of a core per peer, ${fmt(i.cpuPercentTotal)} % in all (busiest process ${fmt(i.busiestProcessPercent)} %, its event loop ${fmt(i.eventLoopBusyMaxPercent)} % busy); ` +
      `${fmt(i.gossipReceivedPerPeerPerSec)} gossip deliveries/s per peer; connections per peer ${i.connections.min}–${i.connections.max}, fewest members seen ${i.membersSeenMin}; ` +
      `${run.leaderEventsAfter} 'leader' events after agreement; other processes ${i.otherCores.toFixed(2)} cores`)
    log(`  idle, each process: ${i.perProcess.map((p, k) => `${k}: ${sayProbe(p)}`).join('; ')}`)

    if (agreedAt == null) {
      run.lock = { skipped: 'no agreement on a leader' }
    } else {
      const client = opts.voters // the first client
      log(`  ${opts.lockOps} uncontended acquire + release from a client (process ${placeOf(client)}, after ${opts.lockWarmup} warmup)…`)
      const c = children[placeOf(client)]!
      c.proc.stdin!.write(`lock ${client} ${opts.lockOps} ${opts.lockWarmup}\n`)
      const r = await next(c, 'lock', 300_000).catch((err: Error): Extract<Report, { t: 'lock' }> => ({ t: 'lock', error: err.message }))
      run.lock = r.summary != null ? { ok: r.summary } : { error: r.error ?? 'no result' }
      if (r.summary != null) log(`  lock from a client: median ${r.summary.p50.toFixed(2)} ms, p90 ${r.summary.p90.toFixed(2)} ms, p99 ${r.summary.p99.toFixed(2)} ms`)
      else log(`  ✗ lock from a client: ${r.error ?? 'no result'}`)
    }

    // Failover: the host of the leader dies (kill -9 of its process, with its other peers).
    const deadVoters = run.leader != null ? Array.from({ length: opts.voters }, (_, i) => i).filter(i => placeOf(i) === run.leader!.process).length : 0
    if (agreedAt != null && run.leader != null && opts.voters - deadVoters < Math.floor(opts.voters / 2) + 1) {
      run.failover = { skipped: `the leader's process holds ${deadVoters} of ${opts.voters} voters: no majority would be left` }
    } else if (agreedAt != null && run.leader != null) {
      const dead = run.leader.process
      const gone = [...ids.keys()].filter(i => placeOf(i) === dead)
      const survivors = n - gone.length
      log(`  kill -9 of process ${dead}: the leader and ${gone.length - 1} other peers…`)
      const killedAt = performance.now()
      children[dead]!.proc.kill('SIGKILL')
      for (const i of gone) leaders.delete(i)
      const successor = (): { leader?: string, count: number } => { const x = mostNamed(); return x.leader !== m.leader ? x : { count: 0 } }
      while (successor().count < survivors && performance.now() - killedAt < opts.agreeMs) await sleep(20)
      const s = successor()
      const ms = s.count === survivors ? performance.now() - killedAt : undefined
      const failover: Extract<ScaleRun['failover'], { ok: unknown }>['ok'] = { ms, survivors, agreeing: s.count, epoch: s.leader != null ? epochs.get(s.leader) : undefined }
      run.failover = { ok: failover }
      log(ms != null
        ? `  every one of the ${survivors} surviving peers names ${short(s.leader)} (epoch ${epochs.get(s.leader!) ?? '?'}) ${fmt(ms / 1000)} s after the kill`
        : `  ✗ ${s.count} of ${survivors} surviving peers agree on a successor ${fmt(opts.agreeMs / 1000)} s after the kill`)
      // and the successor grants: a surviving client locks
      const client = [...ids.keys()].find(i => i >= opts.voters && placeOf(i) !== dead)
      if (ms != null && client != null) {
        const c = children[placeOf(client)]!
        c.proc.stdin!.write(`lock ${client} 10 0\n`)
        const r = await next(c, 'lock', 120_000).catch((err: Error): Extract<Report, { t: 'lock' }> => ({ t: 'lock', error: err.message }))
        if (r.summary != null) failover.lockAfter = r.summary
        else failover.lockError = r.error ?? 'no result'
        log(r.summary != null ? `  then 10 locks from a surviving client: median ${fmt(r.summary.p50)} ms` : `  ✗ lock from a surviving client: ${r.error ?? 'no result'}`)
      }
    } else {
      run.failover = { skipped: 'no agreement on a leader' }
    }
  } catch (err) {
    const e = err as Error
    log(`  ✗ ${n} peers: ${e.message}`)
    run.error = e.message
  } finally {
    await Promise.all(children.map(stopChild))
    if (run.stderr.lines > 0) log(`  children wrote ${run.stderr.lines} lines to stderr, e.g. ${run.stderr.sample[0] ?? ''}`)
  }
  return run
}

export async function benchScale (log: Log, opts: ScaleOptions): Promise<ScaleResult> {
  const cpu = startCpuWindow()
  const { peerOptions: _, ...options } = opts
  const r: ScaleResult = { options, loadavgStart: os.loadavg(), loadavgEnd: [], cpu: { wallMs: 0, ownCpuMs: 0, childCpuMs: 0, otherCores: 0 }, runs: [] }
  log(`scale: fleets of ${opts.sizes.join(', ')} peers, ${opts.voters} voters each, ${opts.peersPerProcess} peers per process, on ${os.cpus().length} cores`)
  try {
    for (const n of opts.sizes) r.runs.push(await benchSize(n, log, opts))
    r.etcd = await benchScaleEtcd(log, { sizes: opts.sizes, servers: opts.voters, agentsPerProcess: opts.peersPerProcess, agreeMs: opts.agreeMs, settleMs: opts.settleMs, idleMs: opts.idleMs, lockOps: opts.lockOps, lockWarmup: opts.lockWarmup })
  } finally {
    removeBundle(CHILD_BUNDLE)
    r.loadavgEnd = os.loadavg()
    r.cpu = cpu()
    log(`scale: done; load average ${loadavg()}`)
  }
  return r
}

// ---- markdown -------------------------------------------------------------------

const loads = (xs: number[]): string => xs.map(x => x.toFixed(2)).join(' ')

export function renderScale (r: ScaleResult, run: { args: string[], date: string, git: string }): string[] {
  const o = r.options
  const out: string[] = []
  out.push('', '## 12. Scale: fleets of voters and clients in several processes', '')
  out.push(`Produced by \`npx tsx bench/index.ts ${run.args.join(' ')}\` (${run.date}, git ${run.git}). ` +
    `Machine load: load average ${loads(r.loadavgStart)} at the start, ${loads(r.loadavgEnd)} at the end, ${os.cpus().length} cores.`, '')
  out.push(`Each fleet: ${o.voters} voters named by peer id (quorum mode, ranks 0–${o.voters - 1}) and clients (every other peer: given the same voter list, not on it), one mesh, ` +
    `spread round-robin over child processes of up to ${o.peersPerProcess} peers (so the voters sit in different processes and the processes share the cores), the voters on fixed ports and every peer bootstrapping from the voters' addresses, TCP on 127.0.0.1, memory storage. ` +
    `Agreement: every peer's \`peer.leader\` names the same peer, timed from spawning the first process (runtime start-up included), deadline ${fmt(o.agreeMs / 1000)} s. ` +
    `Then, ${fmt(o.settleMs / 1000)} s later, ${fmt(o.idleMs / 1000)} s of idleness: each process's CPU (\`process.cpuUsage\`, all threads) divided among its peers; then ${o.lockOps} uncontended acquire + release from the first client (after ${o.lockWarmup} warmup); then the leader's process is killed (-9).`, '')
  out.push(table(['peers', 'processes (peers each)', 'all peers up, s', 'every peer names one leader, s', '\'leader\' events until then', 'leader', 'connections per peer, min / median / max', 'fewest members seen'],
    r.runs.map(x => [String(x.peers), `${x.processes} (${x.perProcess.join('/')})`, fmt((x.upMs ?? NaN) / 1000),
      x.agreedMs != null ? fmt(x.agreedMs / 1000) : `❌ not in ${fmt(o.agreeMs / 1000)} s: ${x.agreeing} of ${x.peers} agree${x.error != null ? ` (${x.error})` : ''}`,
      String(x.leaderEventsToAgreement),
      x.leader != null ? `rank ${x.leader.rank ?? '–'}, epoch ${x.leader.epoch ?? '?'}, process ${x.leader.process}` : '–',
      x.idle != null ? `${x.idle.connections.min} / ${fmt(x.idle.connections.median)} / ${x.idle.connections.max}` : '–',
      x.idle != null ? String(x.idle.membersSeenMin) : '–'])))
  out.push('', table(['peers', 'CPU per peer, % of one core', 'all processes, % of one core', 'busiest process, % of one core', 'busiest event loop, % busy', 'gossip deliveries/s per peer', '\'leader\' events after agreement (or the deadline)', 'same leader at the end', 'other processes, cores'],
    r.runs.map(x => {
      const i = x.idle
      if (i == null) return [String(x.peers), '–', '', '', '', '', '', '', x.error ?? '']
      return [String(x.peers), fmt(i.cpuPercentPerPeer), fmt(i.cpuPercentTotal), fmt(i.busiestProcessPercent), fmt(i.eventLoopBusyMaxPercent), fmt(i.gossipReceivedPerPeerPerSec),
        String(x.leaderEventsAfter ?? '–'), x.stillAgreed === true ? 'yes' : 'no', i.otherCores.toFixed(2)]
    })))
  out.push('', table(['peers', 'lock from a client: n', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'kill -9 of the leader\'s process: every survivor names the successor, s'],
    r.runs.map(x => {
      const l = x.lock
      const f = x.failover
      const after = (x: { lockAfter?: Summary, lockError?: string }): string => x.lockAfter != null ? `; then a client's lock, p50 ${fmt(x.lockAfter.p50)} ms` : x.lockError != null ? `; ❌ a client's lock: ${x.lockError}` : ''
      const failover = 'ok' in f ? (f.ok.ms != null ? `${fmt(f.ok.ms / 1000)} (${f.ok.survivors} survivors, epoch ${f.ok.epoch ?? '?'})${after(f.ok)}` : `❌ ${f.ok.agreeing} of ${f.ok.survivors} in ${fmt(o.agreeMs / 1000)} s`) : 'skipped' in f ? f.skipped : `failed: ${f.error}`
      if ('ok' in l) return [String(x.peers), String(l.ok.n), fmt(l.ok.p50), fmt(l.ok.p90), fmt(l.ok.p99), fmt(l.ok.max), failover]
      return [String(x.peers), 'skipped' in l ? `skipped: ${l.skipped}` : `failed: ${l.error}`, '', '', '', '', failover]
    })))
  const etcd = r.etcd
  out.push('', `Beside etcd: the same fleet sizes as agents that coordinate through an etcd cluster of ${o.voters} members (etcd-server 3.4 on 127.0.0.1, started before the agents, as a fleet's etcd would already run), ` +
    `${o.peersPerProcess} agents per child process (bench/scale-etcd-agent.ts): each agent an etcd3 client holding a lease (TTL 10 s, kept alive by the client) and observing election \`fleet\`, agent 0 campaigning. ` +
    'Agreement: every agent\'s observer names agent 0. CPU per agent counts the agents\' processes and the etcd servers; the lock is etcd3\'s Lock from agent 1.', '')
  if (etcd == null || 'skipped' in etcd) out.push(`etcd: ${etcd == null ? 'not run' : `skipped: ${etcd.skipped}`}.`)
  else {
    out.push(table(['agents', 'processes', 'every agent names one leader, s', 'agents\' processes, % of one core', 'etcd servers, % of one core', 'CPU per agent, % of one core', 'lock from an agent, median / p99 ms'],
      etcd.map(x => [String(x.agents), String(x.processes), x.agreedMs != null ? fmt(x.agreedMs / 1000) : `❌ ${x.agreeing} of ${x.agents}${x.error != null ? ` (${x.error})` : ''}`,
        x.idle != null ? fmt(x.idle.agentsCpuPercent) : '–', x.idle != null ? fmt(x.idle.serversCpuPercent) : '–', x.idle != null ? fmt(x.idle.perAgentPercent) : '–',
        'ok' in x.lock ? `${fmt(x.lock.ok.p50)} / ${fmt(x.lock.ok.p99)}` : 'skipped' in x.lock ? x.lock.skipped : `failed: ${x.lock.error}`])))
  }
  const noisy = r.runs.filter(x => x.stderr.lines > 0)
  if (noisy.length > 0) {
    out.push('', 'The children\'s stderr: ' + noisy.map(x => `${x.peers} peers, ${x.stderr.lines} lines (e.g. \`${(x.stderr.sample[0] ?? '').replace(/`/g, '\'')}\`)`).join('; ') + '.')
  }
  return out
}
