/**
 * One agent of `accord demo`, run as its own process. It joins the mesh, opens the shared
 * document 'board', claims work items, and answers the orchestrator's commands on stdin
 * with JSON lines on stdout.
 *
 * Environment: AGENT (name), RANK, MEMBERS, BOOTSTRAP (multiaddr, optional), DATA (storage directory).
 * Commands (one per line on stdin): `work <n>` (add n results), `report`, `leader`,
 * `contend <lock> <times>` (take the lock, write a fenced checkpoint, release),
 * `barrier <name> <parties>`, `exit`.
 */
import { createInterface } from 'node:readline'

const name = process.env.AGENT ?? 'agent'
const say = (event: string, data: Record<string, unknown> = {}): void => {
  process.stdout.write(JSON.stringify({ agent: name, event, ...data }) + '\n')
}

// start-up takes seconds (most of it loading libp2p): each step is reported, so that the
// orchestrator can show progress instead of silence
say('phase', { step: 'loading libp2p and yjs' })
const { createPeer } = await import('../index.node.js')
say('phase', { step: 'joining the mesh' })
const peer = await createPeer({
  mesh: 'demo',
  bootstrap: process.env.BOOTSTRAP != null ? [process.env.BOOTSTRAP] : [],
  storage: process.env.DATA,
  rank: process.env.RANK != null ? Number(process.env.RANK) : undefined,
  members: process.env.MEMBERS != null ? Number(process.env.MEMBERS) : undefined
})
say('phase', { step: 'catching up the shared document' })
const doc = await peer.doc('board')
await peer.synced('board')
const results = doc.getMap<string>('results')
const log = doc.getArray<string>('log')
say('ready', { id: peer.id, addr: peer.addrs[0], keys: results.size })

let made = 0
const report = (): void => {
  // a digest of the whole document: equal digests on every agent = converged
  const entries = [...results.entries()].sort(([a], [b]) => a < b ? -1 : 1)
  let h = 0
  for (const ch of JSON.stringify(entries) + log.length) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0
  say('report', { keys: results.size, log: log.length, digest: h.toString(16), peers: peer.network.connections().length })
}

/** Takes the lock `times` times; each time appends a checkpoint line stamped with the fencing token. */
async function contend (lockName: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    const lock = await peer.lock(lockName, { ttlMs: 3_000 })
    const waitedMs = Math.round(performance.now() - t0)
    log.push([`${name} holds ${lockName} with token ${lock.token}`])
    await new Promise(resolve => setTimeout(resolve, 30)) // "use the GPU"
    say('granted', { lock: lockName, token: lock.token.toString(), waitedMs, epoch: Number(lock.token >> 32n) })
    await lock.release()
  }
  say('contended', { lock: lockName, times })
}

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.trim().split(' ')
  if (cmd === 'work') {
    const n = Number(arg)
    doc.transact(() => {
      for (let i = 0; i < n; i++) results.set(`${name}/${made++}`, `computed by ${name}`)
      log.push([`${name} finished ${n} items`])
    })
    await peer.flush('board') // durable on disk before we say so
    say('worked', { n })
  } else if (cmd === 'report') {
    report()
  } else if (cmd === 'leader') {
    say('leader', { leader: peer.leader ?? null, isLeader: peer.isLeader })
  } else if (cmd === 'contend') {
    const [, lockName, times] = line.trim().split(' ')
    void contend(lockName!, Number(times))
  } else if (cmd === 'barrier') {
    const [, barrierName, parties] = line.trim().split(' ')
    const t0 = performance.now()
    void peer.barrier(barrierName!, { parties: Number(parties) }).arrive()
      .then(r => { say('passed', { barrier: barrierName, outcome: r.outcome, arrived: r.arrived.length, generation: r.generation, waitedMs: Math.round(performance.now() - t0) }) })
  } else if (cmd === 'exit') {
    break
  }
}
await peer.stop()
say('stopped')
