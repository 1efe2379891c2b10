/**
 * A second Node peer for the browser tests, serving as a circuit relay like node-peer.ts
 * but started and killed on a test's request (node-peer.ts's `spawnrelay-` and
 * `killrelay-` keys): a tab that reserved its relay slot here must move to another relay
 * when this one dies. It bootstraps from node-peer (argv[2], a multiaddr), never stands for
 * election, opens no document, and prints one JSON line once it listens:
 *
 *   {"id":"12D3…","ws":"/ip4/127.0.0.1/tcp/…/ws/p2p/12D3…"}
 *
 * It stops when its stdin closes (node-peer died or let it go); the test kills it with SIGKILL.
 */
import { createPeer } from '../../src/index.node.js'

const [bootstrap] = process.argv.slice(2)
if (bootstrap == null) throw new Error('usage: relay-peer.ts <bootstrap multiaddr>')

const peer = await createPeer({
  mesh: 'browser-test',
  listen: ['/ip4/127.0.0.1/tcp/0/ws'],
  bootstrap: [bootstrap],
  storage: 'memory',
  candidate: false, // never leads: node-peer stays the lease holder the other tests ask
  relay: true
})
const ws = peer.addrs.find(a => a.includes('/ws/'))
if (ws === undefined) throw new Error(`no WebSocket address among ${peer.addrs.join(', ')}`)
process.stdout.write(JSON.stringify({ id: peer.id, ws }) + '\n')

process.stdin.on('end', () => { void peer.stop().finally(() => process.exit(0)) })
process.stdin.resume()
