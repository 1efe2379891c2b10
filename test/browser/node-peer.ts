/**
 * The Node side of the browser tests: a real accord peer (TCP + WebSockets on 127.0.0.1)
 * that browser peers bootstrap from. run-karma.mjs starts it with
 * `node --import tsx test/browser/node-peer.ts` and reads one JSON line from stdout:
 *
 *   {"ready":true,"id":"12D3…","ws":"/ip4/127.0.0.1/tcp/…/ws/p2p/12D3…","addrs":[…]}
 *
 * It is a responder, driven by keys that browser tests write into map `m` of doc `board`:
 *
 *   ping-<x> = v        → pong-<x> = v
 *   burst-<x> = n       → node-<x>-<i> = i for i < n, and shared-<x> = 'node-<i>': one transaction
 *                         every 2 ms, so they cross the browser's own edits in flight
 *   snapshot-<x> = s    → snap-<x> = JSON of the sorted [key, value] entries whose key contains s
 *                         (snap-* and snapshot-* keys left out)
 *   garbage-<x> = n:id  → once peer `id` subscribes to the topic of `board` (as this peer's
 *                         gossip knows it), publishes n malformed messages there, then sent-<x> = n
 *   lock-<x> = name     → takes lock `name` (waiting as long as it takes), sets locked-<x> = token,
 *                         holds it 200 ms, releases it, then sets unlocked-<x> = token
 *   arrive-<x> = 'name:parties' → arrives at barrier `name`, then passed-<x> = JSON { outcome, arrived }
 *   spawnrelay-<x> = 1  → starts a second relay peer in its own process (relay-peer.ts, no
 *                         candidate, bootstrapped from this one), then relay-<x> = JSON { id, ws } of it
 *   killrelay-<x> = 1   → kills that process (SIGKILL), then relaykilled-<x> = its exit signal
 *
 * It has rank 0 (so it is the lease holder) and serves as a circuit relay for the tabs.
 *
 * and it keeps map `m` of doc `status` up to date with its own counters:
 *   rejected = stats().rejected.total, rejectedByReason = JSON of stats().rejected.byReason
 *
 * It stops on SIGTERM/SIGINT, or when its stdin closes (the runner died).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createPeer } from '../../src/index.node.js'
import type * as Y from 'yjs'

const MESH = 'browser-test'

const peer = await createPeer({
  mesh: MESH,
  listen: ['/ip4/127.0.0.1/tcp/0/ws', '/ip4/127.0.0.1/tcp/0'],
  storage: 'memory',
  rank: 0,
  relay: true
})

const board = await peer.doc('board')
const status = await peer.doc('status')
const m = board.getMap<unknown>('m')
const statusMap = status.getMap<unknown>('m')
m.set('node', 'hello')

const handled = new Set<string>()

function respond (key: string): void {
  const value = m.get(key)
  if (handled.has(key) || value === undefined) return
  handled.add(key)
  const dash = key.indexOf('-')
  const verb = key.slice(0, dash)
  const tag = key.slice(dash + 1)
  switch (verb) {
    case 'ping':
      m.set(`pong-${tag}`, value)
      break
    case 'burst':
      void burst(tag, Number(value))
      break
    case 'snapshot': {
      const part = String(value)
      const entries = [...m.entries()]
        .filter(([k]) => k.includes(part) && !k.startsWith('snap-') && !k.startsWith('snapshot-'))
        .sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)
      m.set(`snap-${tag}`, JSON.stringify(entries))
      break
    }
    case 'garbage': {
      const [n, to] = String(value).split(':')
      void sendGarbage(tag, Number(n), to)
      break
    }
    case 'lock':
      void holdLock(tag, String(value))
      break
    case 'spawnrelay':
      void spawnRelay(tag)
      break
    case 'killrelay':
      killRelay(tag)
      break
    case 'arrive': {
      const [name, parties] = String(value).split(':')
      void peer.barrier(name!, { parties: Number(parties) }).arrive()
        .then(r => { m.set(`passed-${tag}`, JSON.stringify({ outcome: r.outcome, arrived: r.arrived })) })
      break
    }
  }
}

/** Relay peers started for tests, by their tag. */
const relays = new Map<string, ChildProcess>()

async function spawnRelay (tag: string): Promise<void> {
  const tcp = peer.addrs.find(a => !a.includes('/ws'))!
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(new URL('./relay-peer.ts', import.meta.url)), tcp], { stdio: ['pipe', 'pipe', 'inherit'] })
  relays.set(tag, child)
  const [line] = await once(createInterface({ input: child.stdout! }), 'line') as [string]
  m.set(`relay-${tag}`, line)
}

function killRelay (tag: string): void {
  const child = relays.get(tag)
  if (child == null) return
  child.once('exit', (_code, signal) => { m.set(`relaykilled-${tag}`, String(signal)) })
  child.kill('SIGKILL')
  relays.delete(tag)
}

async function burst (tag: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    board.transact(() => {
      m.set(`node-${tag}-${i}`, i)
      m.set(`shared-${tag}`, `node-${i}`)
    })
    await new Promise(resolve => setTimeout(resolve, 2))
  }
}

async function holdLock (tag: string, name: string): Promise<void> {
  // While it waits, every 3 s on stderr (which the runner prints): the lock as the lease
  // holder has it. Failing runs (before 76ba2ab) showed the lease holder granting it to
  // this very peer and the lock() below never resolving, until the lease lapsed.
  const asked = performance.now()
  const waiting = setInterval(() => {
    void peer.inspect().then(v => {
      const lock = v.coord?.locks.find(l => l.name === name)
      process.stderr.write(`node-peer: still waiting for ${name} after ${Math.round(performance.now() - asked)} ms; leader ${v.leader?.id?.slice(-6)} epoch ${v.leader?.epoch}; lock ${JSON.stringify(lock ?? null, (_k, x) => typeof x === 'bigint' ? x.toString() : x)}\n`)
    }, () => {})
  }, 3000)
  const lock = await peer.lock(name, { ttlMs: 5_000 }).finally(() => { clearInterval(waiting) }).catch(err => { process.stderr.write(`node-peer: lock ${name} failed: ${String(err)}\n`); throw err })
  m.set(`locked-${tag}`, lock.token.toString())
  await new Promise(resolve => setTimeout(resolve, 200))
  await lock.release()
  m.set(`unlocked-${tag}`, lock.token.toString())
}

async function sendGarbage (tag: string, n: number, to?: string): Promise<void> {
  const topic = `/accord/${MESH}/doc/board`
  // gossip drops a message published before it knows who subscribes: the page asks as soon
  // as its document is synced (by a direct exchange), which can be before that
  const deadline = performance.now() + 10_000
  while (to != null && !peer.node.services.pubsub.getSubscribers(topic).some(p => p.toString() === to) && performance.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 20))
  }
  for (let i = 0; i < n; i++) {
    // not a protobuf Envelope: the receivers' topic validator must refuse it as malformed
    await peer.node.services.pubsub.publish(topic, new Uint8Array([0xff, 0xff, 0xff, 0x01, 0x02, i]))
  }
  m.set(`sent-${tag}`, n)
}

m.observe((event: Y.YMapEvent<unknown>) => {
  const keys = [...event.keysChanged].filter(k => /^(ping|burst|snapshot|garbage|lock|arrive|spawnrelay|killrelay)-/.test(k))
  // answer outside the observer's transaction, each as its own update
  if (keys.length > 0) setTimeout(() => { for (const k of keys) respond(k) }, 0)
})
for (const key of m.keys()) respond(key)

let lastRejected = -1
const statusTimer = setInterval(() => {
  const { rejected } = peer.stats()
  if (rejected.total === lastRejected) return
  lastRejected = rejected.total
  status.transact(() => {
    statusMap.set('rejected', rejected.total)
    statusMap.set('rejectedByReason', JSON.stringify(rejected.byReason))
  })
}, 100)

const ws = peer.addrs.find(a => a.includes('/ws/'))
if (ws === undefined) throw new Error(`no WebSocket address among ${peer.addrs.join(', ')}`)
process.stdout.write(JSON.stringify({ ready: true, id: peer.id, ws, addrs: peer.addrs }) + '\n')

let stopping = false
async function shutdown (why: string): Promise<void> {
  if (stopping) return
  stopping = true
  clearInterval(statusTimer)
  for (const child of relays.values()) child.kill('SIGKILL')
  process.stderr.write(`node-peer: stopping (${why})\n`)
  const force = setTimeout(() => process.exit(0), 5_000)
  force.unref()
  try {
    await peer.stop()
  } finally {
    process.exit(0)
  }
}
process.on('SIGTERM', () => { void shutdown('SIGTERM') })
process.on('SIGINT', () => { void shutdown('SIGINT') })
process.stdin.on('end', () => { void shutdown('stdin closed') })
process.stdin.on('error', () => { void shutdown('stdin error') })
process.stdin.resume()
