/**
 * A peer in its own process for the failover benchmark. Environment: MESH, RANK, MEMBERS,
 * BOOTSTRAP. Prints `ready <id> <addr>`, `leader <id> <epoch>` on every change, and with
 * stdin command `loop <lock>` takes and releases the lock forever, printing
 * `granted <token>` per grant; `campaign <election> <rank> <ttlMs>` stands in a named
 * election and prints `leading <token>` once it leads; `hold <lock> <ttlMs>` takes a lock and
 * keeps it (keepalives run) until the process dies, printing `held <lock> <token>`;
 * `once <lock> <ttlMs>` waits for a lock, prints `got <lock> <token>` and releases it.
 */
import { createInterface } from 'node:readline'
import { createPeer } from '../src/index.node.js'

const env = process.env
const peer = await createPeer({
  mesh: env.MESH,
  rank: Number(env.RANK),
  members: Number(env.MEMBERS),
  listen: ['/ip4/127.0.0.1/tcp/0'],
  bootstrap: env.BOOTSTRAP != null && env.BOOTSTRAP !== '' ? [env.BOOTSTRAP] : []
})
const say = (line: string): void => { process.stdout.write(line + '\n') }
peer.addEventListener('leader', evt => { if (evt.detail != null) say(`leader ${evt.detail.id} ${evt.detail.epoch}`) })
say(`ready ${peer.id} ${peer.addrs[0]}`)

async function loop (name: string): Promise<void> {
  while (true) {
    const lock = await peer.lock(name, { ttlMs: 2_000 })
    say(`granted ${lock.token}`)
    await lock.release()
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.split(' ')
  if (cmd === 'loop') void loop(arg!)
  if (cmd === 'connections') say(`connections ${peer.network.connections().length}`)
  if (cmd === 'hold' || cmd === 'once') {
    const [, name, ttlMs] = line.split(' ')
    void peer.lock(name!, { ttlMs: Number(ttlMs), waitMs: 60_000 }).then(async lock => {
      say(`${cmd === 'hold' ? 'held' : 'got'} ${name!} ${lock.token}`)
      if (cmd === 'once') await lock.release()
    }).catch((err: Error) => { say(`failed ${name!} ${err.name}`) })
  }
  if (cmd === 'campaign') {
    const [, name, rank, ttlMs] = line.split(' ')
    void peer.election(name!).campaign({ rank: Number(rank), ttlMs: Number(ttlMs) }).then(l => { say(`leading ${l.token}`) })
  }
}
