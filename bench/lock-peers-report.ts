/** Markdown for scenario 10 (bench/lock-peers.ts), in the style of bench/report.ts. */
import type { LockPeersResult, Outcome } from './lock-peers.js'
import type { Contention } from './lock-measure.js'
import type { FailoverTimes } from './lock-failover-peers.js'
import { fmt, fmtRatio, table, type Summary } from './stats.js'

const ms = (s: Summary, k: keyof Summary): string => fmt(s[k])
const why = (o: Outcome<unknown> | undefined): string => (o == null ? 'not run' : 'skipped' in o ? `skipped: ${o.skipped}` : 'error' in o ? `failed: ${o.error}` : '')
const ok = <T>(o: Outcome<T> | undefined): T | undefined => (o != null && 'ok' in o ? o.ok : undefined)
const loads = (xs: number[]): string => xs.map(x => x.toFixed(2)).join(' ')

/** `run` names the run (it may be appended to a results.md written by another run). */
export function renderLockPeers (r: LockPeersResult, run: { args: string[], date: string, git: string }): string[] {
  const out: string[] = []
  const o = r.options
  out.push('', '## 10. Locks beside etcd and Redis', '')
  out.push(`Produced by \`npx tsx bench/index.ts ${run.args.join(' ')}\` (${run.date}, git ${run.git}). Versions: ${Object.entries(r.versions).map(([k, v]) => `${k}: ${v}`).join('; ') || '–'}; npm clients etcd3 1.x, ioredis 5.x. ` +
    `Every server listens on 127.0.0.1 (free ports), with its data in a temp dir (filesystem: ${r.dataFs}; etcd fsyncs each commit, accord and Redis keep locks in memory). ` +
    `Machine load: load average ${loads(r.loadavgStart)} at the start, ${loads(r.loadavgEnd)} at the end (${r.cpu.otherCores.toFixed(2)} cores busy with other processes on average over ${fmt(r.cpu.wallMs / 1000)} s).`, '')
  out.push('The same measurement code times every system through one interface (`bench/lock-measure.ts`: acquire resolves once the lock is held, then release). ' +
    `accord: 3 peers in quorum mode in this process, the client is not the leader (as in scenario 6); all of them share this process's one JS thread, while each etcd member and the Redis server is a process of its own, so CPU taken by other processes weighs more on accord's figures. etcd: 3 members with default timing (heartbeat 100 ms, election timeout 1,000 ms). ` +
    `Redis: one server, no persistence, the single-instance Redlock recipe (\`SET k token NX PX ttl\`; release by a Lua compare-and-delete). Lock TTL ${fmt(o.ttlMs)} ms everywhere. ` +
    'etcd3\'s `Lock` (lease grant + transaction; release = lease revoke) and Redis `SET NX` never wait: a taken lock is retried after 2–10 ms; etcd3\'s `Election` queues (FIFO) and watches its predecessor.', '')

  const base = ok(r.uncontended.accord)?.p50 ?? NaN
  out.push(table(['acquire + release, one client, uncontended', 'n', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'median vs accord'],
    Object.entries(r.uncontended).map(([k, v]) => {
      const s = ok(v)
      return s == null ? [k, '–', why(v), '', '', '', '–'] : [k, String(s.n), ms(s, 'p50'), ms(s, 'p90'), ms(s, 'p99'), ms(s, 'max'), fmtRatio(s.p50 / base)]
    })))

  const cBase = ok(r.contended.accord)?.grantsPerSec ?? NaN
  out.push('', `Contention: ${o.contenders} clients loop acquire/release on one lock until ${o.contendedGrants} grants in all (accord: the ${o.contenders} peers of a quorum of ${o.contenders}; etcd: ${o.contenders} clients, each its own connection to the leader; Redis: ${o.contenders} connections). Wait = from calling acquire to holding the lock.`, '')
  out.push(table(['system and recipe', 'grants', 'grants/s', 'wait median ms', 'wait p90 ms', 'wait p99 ms', 'grants per client, min–max', 'grants/s vs accord'],
    Object.entries(r.contended).map(([k, v]) => {
      const c: Contention | undefined = ok(v)
      return c == null
        ? [k, '–', why(v), '', '', '', '', '–']
        : [k, String(c.grants), fmt(c.grantsPerSec), ms(c.wait, 'p50'), ms(c.wait, 'p90'), ms(c.wait, 'p99'), `${Math.min(...c.perClient)}–${Math.max(...c.perClient)}`, fmtRatio(c.grantsPerSec / cBase)]
    })))

  out.push('', `Failover, two definitions, both timed on the benchmark's clock from the kill -9 of the server-side leader (after ${fmt(1500)} ms of steady state; the killed server then restarts from its data and the cluster settles before the next trial). ` +
    `**A** mirrors scenario 6: the lock's client survives and loops acquire/release (lock TTL ${fmt(o.failoverTtlMs)} ms); accord: 3 peer processes, the looping client is the highest rank; etcd: 3 members, one client given all three endpoints (etcd3 fails over between them), looping etcd3's \`Lock\` with etcd3's defaults (no request deadline: a request that a follower forwarded to the dead leader waits for etcd's own timeout, 7 s), and again with a deadline per request (retried when it passes); "next grant" is its first grant after a new leader is known (accord: announced by a peer; etcd: named by a surviving member, polled every 10 ms). ` +
    `**B**: the holder dies with the leader: a client holds the lock on a TTL of ${fmt(o.failoverTtlMs)} ms and another waits for it; accord: the holder is the lease-holding peer itself (3 peer processes), the waiter another peer; etcd: the holder is a client process on the leader's endpoint, killed at the same instant as the etcd leader, and the waiter uses etcd3's \`Election\` on a follower's endpoint.`, '')
  const fRows: string[][] = []
  const fBase = { loop: ok(r.failoverLoop.accord)?.toGrant.p50 ?? NaN, holder: ok(r.failoverHolderDies.accord)?.toGrant.p50 ?? NaN }
  const row = (label: string, v: Outcome<FailoverTimes> | undefined, pick: 'toGrant' | 'toLeader', b: number): void => {
    const f = ok(v)
    fRows.push(f == null ? [label, '–', why(v), '', '', '', '–'] : [label, String(f.trials), ms(f[pick], 'p50'), ms(f[pick], 'p90'), ms(f[pick], 'p99'), ms(f[pick], 'max'), pick === 'toGrant' ? fmtRatio(f[pick].p50 / b) : '–'])
  }
  row('A. accord: …the looping client\'s next grant', r.failoverLoop.accord, 'toGrant', fBase.loop)
  for (const [k, v] of Object.entries(r.failoverLoop)) if (k !== 'accord') row(`A. ${k}: …the looping client's next grant`, v, 'toGrant', fBase.loop)
  row('A. accord: …a new leader is announced', r.failoverLoop.accord, 'toLeader', NaN)
  for (const [k, v] of Object.entries(r.failoverLoop)) if (k !== 'accord') row(`A. ${k}: …a surviving member names a new leader`, v, 'toLeader', NaN)
  row('B. accord: …the waiter holds the lock', r.failoverHolderDies.accord, 'toGrant', fBase.holder)
  for (const [k, v] of Object.entries(r.failoverHolderDies)) if (k !== 'accord') row(`B. ${k}: …the waiter holds the lock`, v, 'toGrant', fBase.holder)
  fRows.push(['Redis (one server)', '–', 'not measured: a single Redis server has no failover — while it is down nobody gets the lock, and it restarts without the held lock', '', '', '', '–'])
  out.push(table(['from kill -9 of the server-side leader until…', 'trials', 'median ms', 'p90 ms', 'p99 ms', 'max ms', 'median vs accord'], fRows))
  out.push('', `accord's failover is bounded below by its election TTL (2,000 ms), etcd's by its election timeout (1,000 ms, randomized up to 2,000 ms); in B both then wait out the dead holder's TTL (a new accord leader honours the holders it adopts for one more TTL; a new etcd leader renews every lease for its TTL plus one election timeout).`)
  return out
}
