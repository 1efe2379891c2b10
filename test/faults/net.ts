/**
 * A full mesh of point-to-point links between N network namespaces, one per peer.
 *
 * Why a full mesh of veth pairs rather than one bridge: this kernel has neither
 * iptables/nft nor netem, so the only way to drop traffic is `tc qdisc ... pfifo limit 0`
 * on an interface. With one interface per pair of peers, cutting i–j is exactly "drop
 * everything on that pair's link", which makes non-transitive partitions (bridges) possible.
 * Each link has its own /24 and there are no routes beyond the directly attached subnets,
 * so a cut link cannot be routed around at the IP level.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Link key, smaller index first: "1-3". */
export const linkKey = (i: number, j: number): string => i < j ? `${i}-${j}` : `${j}-${i}`

export class Net {
  /** Links currently cut, as linkKey strings. */
  readonly cut = new Set<string>()

  private constructor (readonly prefix: string, readonly n: number) {}

  /** Namespace of peer i. */
  ns (i: number): string { return `${this.prefix}${i}` }

  /** Peer i's address on its direct link to peer j (link subnet 10.77.<10*lo+hi>.0/24, host i+1). */
  addr (i: number, j: number): string { return `10.77.${10 * Math.min(i, j) + Math.max(i, j)}.${i + 1}` }

  /** Peer i's interface towards peer j (inside i's namespace, so short names suffice). */
  dev (j: number): string { return `v${j}` }

  /**
   * Fails with a message naming what is missing (root, network namespaces): the fault
   * suite must never skip silently.
   */
  static async create (prefix: string, n: number): Promise<Net> {
    if (process.getuid?.() !== 0) throw new Error('the fault suite needs root (network namespaces, veth pairs, tc): run it as root')
    const net = new Net(prefix, n)
    const peers = Array.from({ length: n }, (_, i) => i)
    try {
      await removeStale()
      // one `ip -batch` for the namespaces and veth pairs, then one per namespace for its addresses
      const root = peers.map(i => `netns add ${net.ns(i)}`)
      for (const i of peers) for (const j of peers.filter(j => j > i)) root.push(`link add ${net.dev(j)} netns ${net.ns(i)} type veth peer name ${net.dev(i)} netns ${net.ns(j)}`)
      await batch('ip', [], root)
      await Promise.all(peers.map(async i => {
        const others = peers.filter(j => j !== i)
        await batch('ip', ['-n', net.ns(i)], ['link set lo up', ...others.flatMap(j => [`addr add ${net.addr(i, j)}/24 dev ${net.dev(j)}`, `link set ${net.dev(j)} up`])])
      }))
    } catch (err) {
      await net.teardown()
      throw new Error(`the fault suite needs root and network namespaces (ip netns, veth, tc); setting them up failed: ${(err as Error).message}`)
    }
    return net
  }

  /**
   * Makes the cut set exactly `links` (linkKey strings), touching only what changes: a cut
   * link drops every packet both ways (pfifo limit 0 on both ends); a healed one gets its
   * qdisc removed. One `tc -batch` per namespace involved, all at once.
   */
  async setCuts (links: Iterable<string>): Promise<void> {
    const want = new Set(links)
    const cmds = new Map<number, string[]>()
    const add = (a: number, cmd: string): void => { cmds.set(a, [...(cmds.get(a) ?? []), cmd]) }
    for (const k of [...this.cut].filter(k => !want.has(k))) {
      const [i, j] = k.split('-').map(Number) as [number, number]
      add(i, `qdisc del dev ${this.dev(j)} root`)
      add(j, `qdisc del dev ${this.dev(i)} root`)
    }
    for (const k of [...want].filter(k => !this.cut.has(k))) {
      const [i, j] = k.split('-').map(Number) as [number, number]
      add(i, `qdisc replace dev ${this.dev(j)} root pfifo limit 0`)
      add(j, `qdisc replace dev ${this.dev(i)} root pfifo limit 0`)
    }
    this.cut.clear()
    for (const k of want) this.cut.add(k)
    await Promise.all([...cmds].map(async ([a, lines]) => { await batch('tc', ['-force', '-n', this.ns(a)], lines) }))
  }

  async healAll (): Promise<void> { await this.setCuts([]) }

  /** Every link of peer i cut (the others stay as they are). */
  async isolate (i: number): Promise<void> {
    await this.setCuts([...this.cut, ...Array.from({ length: this.n }, (_, j) => j).filter(j => j !== i).map(j => linkKey(i, j))])
  }

  async teardown (): Promise<void> {
    for (let i = 0; i < this.n; i++) await killIn(this.ns(i)).then(async () => { await ip('netns', 'del', this.ns(i)) }).catch(() => {})
    this.cut.clear()
  }
}

// At a higher priority than the peers and the CPU burners: under starvation a plain `tc`
// took seconds to start, and a fault must land when the schedule says.
async function ip (...args: string[]): Promise<void> { await run('nice', ['-n', '-10', 'ip', ...args]) }

/** Runs `lines` through `cmd [...opts] -batch -` in one process (a few ms instead of one process each). */
async function batch (cmd: 'ip' | 'tc', opts: string[], lines: string[]): Promise<void> {
  if (lines.length === 0) return
  await new Promise<void>((resolve, reject) => {
    const child = execFile('nice', ['-n', '-10', cmd, ...opts, '-batch', '-'], err => { err == null ? resolve() : reject(err) })
    child.stdin!.end(lines.join('\n') + '\n')
  })
}

/** Kills what is left in a namespace we created (agents of a crashed run), by pid. */
async function killIn (ns: string): Promise<void> {
  const { stdout } = await run('ip', ['netns', 'pids', ns]).catch(() => ({ stdout: '' }))
  for (const pid of stdout.split('\n').filter(Boolean).map(Number)) {
    try { process.kill(pid, 'SIGCONT'); process.kill(pid, 'SIGKILL') } catch {}
  }
}

/** Namespaces of earlier runs whose test process is gone (named acf<pid>-<i>). */
async function removeStale (): Promise<void> {
  const { stdout } = await run('ip', ['netns', 'list'])
  for (const name of stdout.split('\n').map(l => l.split(' ')[0] ?? '')) {
    const m = /^acf(\d+)-\d+$/.exec(name)
    if (m == null || alive(Number(m[1]))) continue
    await killIn(name)
    await ip('netns', 'del', name).catch(() => {})
  }
}

function alive (pid: number): boolean {
  try { process.kill(pid, 0); return true } catch { return false }
}
