/**
 * A real etcd cluster on 127.0.0.1 for the comparison benchmarks: `size` members, each with
 * its own free client and peer ports and a data directory under a temp dir, etcd's default
 * timing (heartbeat 100 ms, election timeout 1,000 ms). Members can be killed -9 and
 * restarted from their data directory, as accord's failover scenario does with its peers.
 */
import type { ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Etcd3, IOptions } from 'etcd3'
import { sleep, waitFor } from '../../test/support/wait.js'
import { freePorts, killServer, startServer, tempDir } from './servers.js'

type Log = (line: string) => void
type Etcd3Class = new (options: IOptions) => Etcd3

export interface EtcdMember {
  name: string
  clientUrl: string
  peerUrl: string
  dataDir: string
  logFile: string
  child?: ChildProcess
  /** Answers `status` for this member only; remade on every start (a client to a dead host trips its circuit breaker for 5 s). */
  status?: Etcd3
}

export interface EtcdStatus { memberId: string, leader: string, raftTerm: number }

export class EtcdCluster {
  private constructor (
    private readonly bin: string,
    private readonly Etcd3: Etcd3Class,
    readonly members: EtcdMember[],
    private readonly initialCluster: string,
    private readonly token: string
  ) {}

  static async start (bin: string, size: number, log: Log): Promise<EtcdCluster> {
    const { Etcd3 } = await import('etcd3') // loaded here: a missing npm package skips etcd, it does not stop the bench
    const dir = tempDir('accord-bench-etcd')
    const ports = await freePorts(2 * size)
    const members: EtcdMember[] = Array.from({ length: size }, (_, i) => ({
      name: `m${i}`,
      clientUrl: `http://127.0.0.1:${ports[2 * i]!}`,
      peerUrl: `http://127.0.0.1:${ports[2 * i + 1]!}`,
      dataDir: join(dir, `m${i}`),
      logFile: join(dir, `m${i}.log`)
    }))
    const initialCluster = members.map(m => `${m.name}=${m.peerUrl}`).join(',')
    const cluster = new EtcdCluster(bin, Etcd3, members, initialCluster, `accord-bench-${process.pid}-${Date.now()}`)
    log(`etcd: starting ${size} members on 127.0.0.1 (client ports ${members.map(m => m.clientUrl.split(':').at(-1)!).join(', ')}), data under ${dir}`)
    for (const m of members) cluster.launch(m)
    await cluster.settled()
    return cluster
  }

  private launch (m: EtcdMember): void {
    // With a data directory that already exists (a restart), etcd ignores the --initial-* flags.
    m.child = startServer(this.bin, [
      '--name', m.name, '--data-dir', m.dataDir, '--logger', 'zap',
      '--listen-client-urls', m.clientUrl, '--advertise-client-urls', m.clientUrl,
      '--listen-peer-urls', m.peerUrl, '--initial-advertise-peer-urls', m.peerUrl,
      '--initial-cluster', this.initialCluster, '--initial-cluster-token', this.token, '--initial-cluster-state', 'new'
    ], m.logFile)
    m.status = this.client([m], { deadlineMs: 1_000 })
  }

  /** A client of the given members (etcd3 balances over them and fails over between them). */
  client (members: EtcdMember[], opts: { deadlineMs?: number } = {}): Etcd3 {
    const deadlineMs = opts.deadlineMs
    return new this.Etcd3({
      hosts: members.map(m => m.clientUrl),
      ...(deadlineMs != null ? { defaultCallOptions: ctx => (ctx.isStream ? {} : { deadline: Date.now() + deadlineMs }) } : {})
    })
  }

  async status (m: EtcdMember): Promise<EtcdStatus | undefined> {
    try {
      const s = await m.status!.maintenance.status()
      return { memberId: s.header.member_id, leader: s.leader, raftTerm: Number(s.raftTerm) }
    } catch {
      return undefined
    }
  }

  /** Every member up and agreeing on one leader; returns the leader. */
  async settled (timeoutMs = 30_000): Promise<EtcdMember> {
    let leader: EtcdMember | undefined
    try {
      await waitFor('every etcd member up, one leader agreed', async () => {
        const all = await Promise.all(this.members.map(async m => await this.status(m)))
        const first = all[0]
        if (first == null || first.leader === '0' || all.some(s => s == null || s.leader !== first.leader)) return false
        leader = this.members[all.findIndex(s => s!.memberId === first.leader)]
        return leader != null
      }, { timeoutMs, pollMs: 50 })
    } catch (err) {
      const tails = this.members.map(m => `${m.name}: ${tail(m.logFile)}`).join('\n')
      throw new Error(`${(err as Error).message}\netcd logs:\n${tails}`)
    }
    return leader!
  }

  /** kill -9 of one member; its status client goes with it. */
  async kill (m: EtcdMember): Promise<void> {
    m.status?.close()
    if (m.child != null) await killServer(m.child)
  }

  /** Restarts a killed member from its data directory and waits until the cluster agrees again. */
  async restart (m: EtcdMember): Promise<EtcdMember> {
    this.launch(m)
    await sleep(100)
    return await this.settled()
  }

  async stop (): Promise<void> {
    for (const m of this.members) await this.kill(m)
  }
}

function tail (file: string): string {
  try { return readFileSync(file, 'utf8').trim().split('\n').slice(-3).join('\n') } catch { return '(no log)' }
}
