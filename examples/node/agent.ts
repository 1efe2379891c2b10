/**
 * One agent of the demo, run as its own process. It joins the mesh, opens the shared
 * document 'board', claims work items, and answers the orchestrator's commands on stdin
 * with JSON lines on stdout.
 *
 * Environment: AGENT (name), BOOTSTRAP (multiaddr, optional), DATA (storage directory).
 * Commands (one per line on stdin): `work <n>` (add n results), `report`, `exit`.
 */
import { createInterface } from 'node:readline'
import { createPeer } from '../../src/index.node.js'

const name = process.env.AGENT ?? 'agent'
const say = (event: string, data: Record<string, unknown> = {}): void => {
  process.stdout.write(JSON.stringify({ agent: name, event, ...data }) + '\n')
}

const peer = await createPeer({
  mesh: 'demo',
  bootstrap: process.env.BOOTSTRAP != null ? [process.env.BOOTSTRAP] : [],
  storage: process.env.DATA
})
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
  } else if (cmd === 'exit') {
    break
  }
}
await peer.stop()
say('stopped')
