/** The benchmark's results as one JSON-able object, and their markdown rendering. */
import type { CoordResult } from './coord.js'
import type { VariablesResult } from './variables.js'
import type { RecipesResult } from './recipes.js'
import type { FaultsResult } from './faults.js'
import type { LockPeersResult } from './lock-peers.js'
import { renderLockPeers } from './lock-peers-report.js'
import { renderLockState, type LockStateResult } from './lock-state.js'
import { renderScale, type ScaleResult } from './scale.js'
import { renderBundle, type BundleResult } from './bundle.js'
import { renderDocsPeers, type DocsPeersResult } from './docs-peers.js'
import { renderDocsProcs, type DocsProcsResult } from './docs-procs.js'
import { renderQueuePeers, type QueuePeersResult } from './queue-peers.js'
import { fmt, fmtRatio, median, table, type Summary } from './stats.js'
import type { BaselineResult, IdleResult, LateJoinerResult, MeshSetup, PropagationResult, ThroughputRun } from './mesh.js'
import type { MemoryResult } from './memory.js'
import type { CpuWindow } from './system.js'

export interface ThroughputResult {
  updates: number
  chunk: number
  runs: ThroughputRun[]
  medianSlowestPeerUpdatesPerSec: number
  /** The same writer loop on a bare Y.Doc in this run. */
  plainYjs: { ms: number, updatesPerSec: number }
  targetUpdatesPerSec: number
}

export interface Results {
  meta: {
    date: string
    git: string
    machine: Record<string, unknown>
    peerOptions: unknown
    args: string[]
    totalMs?: number
    loadavgEnd?: number[]
  }
  conditions: Record<string, CpuWindow>
  errors: Record<string, string>
  /** Unhandled rejections and the like, seen during the run. */
  anomalies: string[]
  baseline?: BaselineResult
  mesh?: Omit<MeshSetup, 'peers'> & { peers: number, idle: IdleResult }
  propagation?: PropagationResult
  throughput?: ThroughputResult
  lateJoiner?: LateJoinerResult & { targetMs: number }
  memory?: MemoryResult
  storage?: Record<string, number>
  coord?: CoordResult
  variables?: VariablesResult
  recipes?: RecipesResult
  faults?: FaultsResult
  lockPeers?: LockPeersResult
  lockState?: LockStateResult
  scale?: ScaleResult
  bundle?: BundleResult
  docsPeers?: DocsPeersResult
  docsProcs?: DocsProcsResult
  queuePeers?: QueuePeersResult
}

const MiB = 2 ** 20
const ms = (s: Summary, k: keyof Summary): string => fmt(s[k])
const verdict = (ok: boolean): string => (ok ? '✅ met' : '❌ missed')

export function renderMarkdown (r: Results): string {
  const out: string[] = []
  const m = r.meta.machine
  out.push('# accord benchmarks', '')
  out.push(`${r.meta.date} · git ${r.meta.git} · Node ${String(m.node)} · ${String(m.cpuModel)} × ${String(m.cores)} · ` +
    `${String(m.platform)} · whole run ${fmt((r.meta.totalMs ?? NaN) / 1000)} s`)
  out.push('', 'Every peer runs in one Node process (so one clock times all of them, and all of them share one JS thread), ' +
    'connected by real libp2p over TCP on 127.0.0.1: noise, yamux, gossipsub with signed messages. ' +
    'Percentiles interpolate between nearest ranks. Peer options beyond TCP-only listening: ' +
    `\`${JSON.stringify(r.meta.peerOptions)}\`.`)

  const b = r.baseline
  const rtt = b?.persistentRoundTripMs.p50 ?? NaN
  if (b != null) {
    out.push('', `## 0. Baseline: libp2p stream round trip (${b.messageBytes} B, two peers)`, '')
    out.push(table(['request', 'n', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'median vs persistent'], [
      ['persistent stream: `lp.write` + `lp.read`', String(b.persistentRoundTripMs.n), ms(b.persistentRoundTripMs, 'p50'), ms(b.persistentRoundTripMs, 'p90'), ms(b.persistentRoundTripMs, 'p99'), ms(b.persistentRoundTripMs, 'max'), '1×'],
      ['new stream per request: `dialProtocol` + write + read + close', String(b.newStreamRoundTripMs.n), ms(b.newStreamRoundTripMs, 'p50'), ms(b.newStreamRoundTripMs, 'p90'), ms(b.newStreamRoundTripMs, 'p99'), ms(b.newStreamRoundTripMs, 'max'), fmtRatio(b.newStreamRoundTripMs.p50 / rtt)]
    ]))
  }

  const me = r.mesh
  if (me != null) {
    out.push('', `## The ${me.peers}-peer mesh`, '')
    out.push(table(['measure', 'value'], [
      ['start all peers (peer 0 first, the rest bootstrap from it)', `${fmt(me.startMs)} ms`],
      ['then until every peer is connected to ≥ 8 others', `${fmt(me.connectMs)} ms`],
      [`idle, over ${fmt(me.idle.ms / 1000)} s: event loop (the one JS thread all ${me.peers} peers share) busy`, `${fmt(100 * me.idle.eventLoopUtilization)} %`],
      ['idle: CPU of the process (all threads, GC included)', `${fmt(me.idle.cpuPercentOfOneCore)} % of one core`],
      ['idle: gossip messages published / delivered per second, all peers', `${fmt(me.idle.gossipPublishedPerSec)} / ${fmt(me.idle.gossipReceivedPerSec)}`]
    ]))
  }

  const p = r.propagation
  const p2 = r.baseline?.twoPeerPropagation
  if (p != null || p2 != null) {
    const n = p?.peers ?? '?'
    out.push('', `## 1. Propagation of one update to every peer (${n} peers, ${p?.trials ?? '?'} trials, random writer)`, '')
    const row = (label: string, x: Summary): string[] => [label, String(x.n), ms(x, 'p50'), ms(x, 'p90'), ms(x, 'p99'), ms(x, 'max'), fmtRatio(x.p50 / rtt)]
    const rows: string[][] = []
    if (p != null) {
      rows.push(row(`${n} peers: …the last peer has it`, p.toLastPeerMs))
      rows.push(row(`${n} peers: …each peer has it`, p.toEachPeerMs))
      rows.push(row(`${n} peers: …the first peer has it`, p.toFirstPeerMs))
    }
    if (p2 != null) rows.push(row('2 peers (those of scenario 0): …the other peer has it', p2.toLastPeerMs))
    out.push(table(['time from `set` on the writer until…', 'n', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'median vs baseline RTT'], rows))
    out.push('', 'All peers share one JS thread, so the time to the last peer includes the work of every peer in turn (verifying, forwarding and applying each copy); the 2-peer row is the one-hop latency.')
    const timeouts = (p?.timeouts ?? 0) + (p2?.timeouts ?? 0)
    if (timeouts > 0) out.push('', `⚠ ${timeouts} trial(s) did not reach every peer within 5 s and are left out.`)
  }

  const t = r.throughput
  if (t != null) {
    out.push('', `## 2. Throughput: one writer, ${t.updates.toLocaleString('en-US')} \`Y.Map.set\` updates, ${r.mesh?.peers ?? '?'} peers`, '')
    out.push(`The writer makes ${t.chunk} sets synchronously (each its own transaction and update), then yields one macrotask (\`setImmediate\`), until all ${t.updates.toLocaleString('en-US')} are made. ` +
      'Rate = updates / time from the first set until the slowest peer has every key. Each run uses a new document.', '')
    const pct = (x: number): string => `${fmt(100 * x / t.plainYjs.updatesPerSec)} %`
    const rows = t.runs.map((x, i) => [`run ${i + 1} (writer: peer ${x.writer})`, fmt(x.slowestPeerMs), fmt(x.slowestPeerUpdatesPerSec), fmt(x.medianPeerUpdatesPerSec), fmt(x.writerMs), String(x.messagesPublished), pct(x.slowestPeerUpdatesPerSec)])
    rows.push(['**median**', fmt(median(t.runs.map(x => x.slowestPeerMs))), `**${fmt(t.medianSlowestPeerUpdatesPerSec)}**`, fmt(median(t.runs.map(x => x.medianPeerUpdatesPerSec))), fmt(median(t.runs.map(x => x.writerMs))), String(median(t.runs.map(x => x.messagesPublished))), pct(t.medianSlowestPeerUpdatesPerSec)])
    rows.push(['baseline: same loop on a bare `Y.Doc` (no peer, before the mesh starts)', fmt(t.plainYjs.ms), fmt(t.plainYjs.updatesPerSec), '–', '–', '–', '100 %'])
    out.push(table(['run', 'slowest peer done, ms', 'updates/s at slowest peer', 'updates/s at median peer', 'writer loop ms', 'gossip messages', 'rate vs bare Y.Doc'], rows))
    out.push('', `Target ≥ ${t.targetUpdatesPerSec.toLocaleString('en-US')} updates/s at the slowest peer: ${verdict(t.medianSlowestPeerUpdatesPerSec >= t.targetUpdatesPerSec)}.`)
  }

  const l = r.lateJoiner
  if (l != null) {
    out.push('', `## 3. Late joiner: catch-up of a document of ${l.updates.toLocaleString('en-US')} updates`, '')
    out.push(`One peer made ${l.updates.toLocaleString('en-US')} separate \`set\` transactions (${l.buildChunk} per macrotask) in ${fmt(l.buildMs)} ms ` +
      `(${fmt(l.updates / (l.buildMs / 1000))} updates/s); full state ${fmt(l.stateBytes / 1024)} KiB; a second peer holds it too (its catch-up took ${fmt(l.secondHolderSyncMs)} ms). ` +
      `Each run starts a fresh peer bootstrapped from the first and times \`await peer.doc(name); await peer.synced(name)\`, every key present.`, '')
    out.push(table(['measure', 'n', 'median ms', 'p90 ms', 'max ms', 'median vs local copy'], [
      ['`doc()` → `synced()`, all keys present', String(l.syncMs.n), ms(l.syncMs, 'p50'), ms(l.syncMs, 'p90'), ms(l.syncMs, 'max'), fmtRatio(l.syncMs.p50 / l.localCopyMs.p50)],
      ['joiner\'s `createPeer` (before `doc()`, not included above)', String(l.createMs.n), ms(l.createMs, 'p50'), ms(l.createMs, 'p90'), ms(l.createMs, 'max'), '–'],
      ['baseline: `encodeStateAsUpdate` + `applyUpdate` into a new `Y.Doc`, same process', String(l.localCopyMs.n), ms(l.localCopyMs, 'p50'), ms(l.localCopyMs, 'p90'), ms(l.localCopyMs, 'max'), '1×']
    ]))
    out.push('', `Target < ${l.targetMs} ms (every run): ${verdict(l.syncMs.max < l.targetMs)}.`)
  }

  const mem = r.memory
  if (mem != null) {
    out.push('', `## 4. Resident memory (child process, each peer with the doc open, ${mem.keys.toLocaleString('en-US')} keys)`, '')
    const rows = mem.samples.map(s => [s.peers === 0 ? '0 (accord loaded, no peer)' : String(s.peers), fmt(s.rss / MiB), fmt(s.heapUsed / MiB), fmt((s.external + s.arrayBuffers) / MiB)])
    rows.push(['**marginal per peer**', `**${fmt(mem.marginalRssPerPeer / MiB)}**`, fmt(mem.marginalHeapUsedPerPeer / MiB), '–'])
    out.push(table(['peers', 'RSS MiB', 'heap used MiB', 'external + array buffers MiB'], rows))
    out.push('', `Measured after two forced GCs (\`node --expose-gc --import tsx\`; tsx itself is part of every row). Marginal = (RSS of ${Math.max(...mem.samples.map(s => s.peers))} peers − RSS of 1) / ${Math.max(...mem.samples.map(s => s.peers)) - 1}.`)
  }

  const s = r.storage
  if (s != null) {
    out.push('', '## 5. Storage (the document log over FsStorage, `bench/store.ts`)', '')
    out.push(table(['measure', 'value'], [
      ['appends issued at once (group commit)', `${fmt(s.appendGroupedPerSec)} appends/s`],
      ['appends awaited one by one (one fsync each)', `${fmt(s.appendAwaitedPerSec)} appends/s`],
      ['group commit vs awaited', fmtRatio(s.appendGroupedPerSec! / s.appendAwaitedPerSec!)],
      [`load a log of ${(s.compactUpdates ?? NaN).toLocaleString('en-US')} updates`, `${fmt(s.loadMs)} ms (${fmt(s.bigLogBytes! / MiB)} MiB)`],
      ['`encodeStateAsUpdate` of that document', `${fmt(s.encodeStateMs)} ms`],
      ['document log `compact` (save the snapshot, drop the log)', `${fmt(s.compactMs)} ms (${fmt(s.snapshotBytes! / MiB)} MiB)`]
    ]))
  }

  const c = r.coord
  if (c != null) {
    const base = c.roundTrip.p50
    out.push('', '## 6. Lease holder: locks and failover', '')
    out.push('Lock latency: 3 peers in quorum mode (`members: 3`) in this process; the client is not the leader, so each request crosses the network and each grant is acknowledged by a majority before the answer. Baseline: a persistent-stream round trip between the same two peers, measured in the same run.', '')
    out.push(table(['operation', 'n', 'median ms', 'p90 ms', 'p99 ms', 'median vs round trip'], [
      ['baseline round trip', String(c.roundTrip.n), ms(c.roundTrip, 'p50'), ms(c.roundTrip, 'p90'), ms(c.roundTrip, 'p99'), '1×'],
      ['`lock()` (acquire, uncontended)', String(c.acquire.n), ms(c.acquire, 'p50'), ms(c.acquire, 'p90'), ms(c.acquire, 'p99'), fmtRatio(c.acquire.p50 / base)],
      ['acquire + `release()`', String(c.acquireRelease.n), ms(c.acquireRelease, 'p50'), ms(c.acquireRelease, 'p90'), ms(c.acquireRelease, 'p99'), fmtRatio(c.acquireRelease.p50 / base)]
    ]))
    out.push('', `Target p50 of acquire + release ≤ 3× the round trip: ${verdict(c.acquireRelease.p50 <= 3 * base)}.`, '')
    out.push(table(['contention', 'value'], [
      [`${c.contended.clients} peers (quorum of 5) loop acquire/release on one lock`, `${fmt(c.contended.opsPerSec)} grants/s (${c.contended.ops} grants in ${fmt(c.contended.ms)} ms)`]
    ]))
    const f = c.failover
    out.push('', `Failover: 7 peers in 7 processes (quorum mode, default lease: election TTL 2,000 ms, renewal 200 ms — chosen so that a 1 s stall or a starved machine keeps its leader); one peer loops acquire/release; each trial kills the leader with SIGKILL and times, on the benchmark's clock, the first announcement of a new leader and the loop's first grant after the kill; the killed peer then restarts and rejoins. "Loaded": the same with busy-loop processes keeping every core busy for the whole run.`, '')
    const rows = (g: typeof f, label: string): string[][] => [
      [`…a new leader is announced${label}`, String(g.trials), ms(g.toLeader, 'p50'), ms(g.toLeader, 'p90'), ms(g.toLeader, 'p99'), ms(g.toLeader, 'max')],
      [`…the next lock grant${label}`, String(g.trials), ms(g.toGrant, 'p50'), ms(g.toGrant, 'p90'), ms(g.toGrant, 'p99'), ms(g.toGrant, 'max')]
    ]
    const loaded = c.failoverLoaded
    out.push(table(['from kill -9 of the leader until…', 'trials', 'median ms', 'p90 ms', 'p99 ms', 'max ms'], [
      ...rows(f, ' (quiet machine)'),
      ...(loaded != null ? rows(loaded, ` (loaded: ${loaded.load})`) : [])
    ]))
    out.push('', `Failover to the next grant is bounded below by the election TTL (2,000 ms): a leader is replaced only once its voters' promises lapse.`)
  }

  const v = r.variables
  if (v != null) {
    const base = v.docSetVisible.p50
    out.push('', `## 7. Shared variables and proposals (${v.peers} peers)`, '')
    out.push('Writers rotate over nine of the peers; one of the ten is the lease holder (a \'reject\' write from it is answered locally, from the others it crosses the network). "Visible" is timed until every peer reads the value. Baseline: a bare Y.Map set in a shared document until every peer has it, on the same mesh in the same run.', '')
    out.push(table(['operation', 'n', 'median ms', 'p90 ms', 'p99 ms', 'median vs baseline'], [
      ['baseline: Y.Map set → every peer', String(v.docSetVisible.n), ms(v.docSetVisible, 'p50'), ms(v.docSetVisible, 'p90'), ms(v.docSetVisible, 'p99'), '1×'],
      ['`set()` (lww) → every peer reads it', String(v.setVisible.n), ms(v.setVisible, 'p50'), ms(v.setVisible, 'p90'), ms(v.setVisible, 'p99'), fmtRatio(v.setVisible.p50 / base)],
      ["`set(v, { ack: 'majority' })` resolves", String(v.ackMajority.n), ms(v.ackMajority, 'p50'), ms(v.ackMajority, 'p90'), ms(v.ackMajority, 'p99'), fmtRatio(v.ackMajority.p50 / base)],
      ["`set()` on a 'reject' variable (compare-and-set) resolves", String(v.rejectSet.n), ms(v.rejectSet, 'p50'), ms(v.rejectSet, 'p90'), ms(v.rejectSet, 'p99'), fmtRatio(v.rejectSet.p50 / base)],
      [`\`propose()\` with ${v.peers} voters decides`, String(v.proposal.n), ms(v.proposal, 'p50'), ms(v.proposal, 'p90'), ms(v.proposal, 'p99'), fmtRatio(v.proposal.p50 / base)]
    ]))
  }

  const rc = r.recipes
  if (rc != null) {
    const base = rc.lockAcquireRelease.p50
    out.push('', '## 8. Coordination recipes', '')
    out.push('3 peers in quorum mode in this process; the client is not the leader. Baseline: a lock acquire + release by the same client in the same run. A 2-cycle: the client holds x, another peer holds y, the client waits for y, and the timer runs from the other peer asking for x until its DeadlockError.', '')
    out.push(table(['operation', 'n', 'median ms', 'p90 ms', 'p99 ms', 'median vs lock'], [
      ['baseline: lock acquire + release', String(rc.lockAcquireRelease.n), ms(rc.lockAcquireRelease, 'p50'), ms(rc.lockAcquireRelease, 'p90'), ms(rc.lockAcquireRelease, 'p99'), '1×'],
      ['semaphore acquire + release (uncontended)', String(rc.semaphoreAcquireRelease.n), ms(rc.semaphoreAcquireRelease, 'p50'), ms(rc.semaphoreAcquireRelease, 'p90'), ms(rc.semaphoreAcquireRelease, 'p99'), fmtRatio(rc.semaphoreAcquireRelease.p50 / base)],
      ['2-cycle refused with DeadlockError', String(rc.deadlockDetect.n), ms(rc.deadlockDetect, 'p50'), ms(rc.deadlockDetect, 'p90'), ms(rc.deadlockDetect, 'p99'), fmtRatio(rc.deadlockDetect.p50 / base)]
    ]))
    const f = rc.electionFailover
    out.push('', `Named-election failover: 5 peers in 5 processes; two campaigners take turns; each trial kills the election's leader with SIGKILL (election lease ${f.ttlMs} ms) and times the other's grant.`, '')
    out.push(table(['from kill -9 of the election leader until…', 'trials', 'median ms', 'p90 ms', 'p99 ms', 'max ms'], [
      ['…the next campaigner leads', String(f.trials), ms(f.toNewLeader, 'p50'), ms(f.toNewLeader, 'p90'), ms(f.toNewLeader, 'p99'), ms(f.toNewLeader, 'max')]
    ]))
  }

  const fa = r.faults
  if (fa != null) {
    out.push('', '## 9. Lock availability under faults', '')
    out.push('Fixed-seed schedules of the fault suite (`test/faults`): 5 peer processes in network namespaces loop lock / fenced read-write / release (lock TTL 2 s, `waitMs` 5 s) while splits, bridges, isolation of the leader or holder, kill -9 + restart, SIGSTOP past the TTL and CPU starvation come and go for 12 s, then everything heals. "Unavailability": the longest stretch in which a majority of peers was running and connected yet nothing was granted (faults may follow each other within it).', '')
    out.push(table(['schedule (seed)', 'faults', 'grants', 'longest majority-side unavailability ms', 'grants resumed after the final heal, ms', 'safety violations'],
      fa.schedules.map(s => [String(s.seed), String(s.faults), String(s.grants), fmt(s.longestGapMs), s.resumedMs != null ? fmt(s.resumedMs) : 'never', String(s.violations)])))
    out.push('', `Across schedules: longest unavailability median ${fmt(fa.longestGap.p50)} ms, max ${fmt(fa.longestGap.max)} ms; grants resumed after the final heal median ${fmt(fa.resumed.p50)} ms, max ${fmt(fa.resumed.max)} ms (target: within 5,000 ms).`)
  }

  if (r.lockPeers != null) out.push(...renderLockPeers(r.lockPeers, r.meta))
  if (r.lockState != null) out.push(...renderLockState(r.lockState, r.meta))
  if (r.scale != null) out.push(...renderScale(r.scale, r.meta))
  if (r.bundle != null) out.push(...renderBundle(r.bundle))
  if (r.docsPeers != null) out.push(...renderDocsPeers(r.docsPeers))
  if (r.docsProcs != null) out.push(...renderDocsProcs(r.docsProcs))
  if (r.queuePeers != null) out.push(...renderQueuePeers(r.queuePeers))

  const cond = Object.entries(r.conditions)
  if (cond.length > 0) {
    out.push('', '## Run conditions', '')
    out.push(table(['scenario', 'wall s', 'CPU of this process, % of one core', 'CPU of its child processes, % of one core', 'other processes, cores busy'],
      cond.map(([k, c]) => [k, fmt(c.wallMs / 1000), fmt(100 * c.ownCpuMs / c.wallMs), fmt(100 * c.childCpuMs / c.wallMs), fmt(c.otherCores, 2)])))
    const busy = cond.filter(([k, c]) => c.otherCores > 0.25 && k !== '13. bundle') // sizes do not depend on load (esbuild's own service process is the "other" one there)
    if (busy.length > 0) out.push('', `⚠ Other processes kept ${busy.map(([k, c]) => `${fmt(c.otherCores, 2)} cores busy during ${k}`).join(', ')}: those numbers are pessimistic.`)
  }
  if (r.anomalies.length > 0) {
    const counts = new Map<string, number>()
    for (const a of r.anomalies) counts.set(a, (counts.get(a) ?? 0) + 1)
    out.push('', '## Anomalies', '', ...[...counts].map(([a, n]) => `- ${n}× ${a}`))
  }
  const errs = Object.entries(r.errors)
  if (errs.length > 0) out.push('', '## Errors', '', ...errs.map(([k, e]) => `- ${k}: ${e}`))
  return out.join('\n') + '\n'
}
