/**
 * Shared-variable benchmarks on a 10-peer mesh in this process: a write until every peer
 * reads it (against a bare Y.Map set measured on the same mesh), `ack: 'majority'`,
 * a 'reject' write (compare-and-set on the lease holder), and a proposal's decision with
 * 10 voters.
 */
import { sleep, waitFor, type Log } from './mesh.js'
import { summarize, type Summary } from './stats.js'
import type { Peer } from '../src/index.node.js'

export interface VariablesResult {
  peers: number
  /** A bare Y.Map set in a shared doc until every peer has it: the baseline. */
  docSetVisible: Summary
  /** `variable.set()` (lww) until every peer's `get()` returns it. */
  setVisible: Summary
  /** `set(v, { ack: 'majority' })` until it resolves. */
  ackMajority: Summary
  /** `set()` on a 'reject' variable (one compare-and-set on the lease holder) until it resolves. */
  rejectSet: Summary
  /** `propose()` with every peer voting, until the decision. */
  proposal: Summary
}

/** Times `write(i)` until `seen(peer, i)` holds on every peer, by polling each macrotask. */
async function timeToAll (peers: Peer[], trials: number, write: (i: number) => Promise<void>, seen: (peer: Peer, i: number) => boolean): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < trials; i++) {
    const t0 = performance.now()
    await write(i)
    const pending = new Set(peers)
    while (pending.size > 0) {
      for (const p of pending) if (seen(p, i)) pending.delete(p)
      if (pending.size > 0) await new Promise(resolve => setImmediate(resolve))
    }
    samples.push(performance.now() - t0)
    await sleep(5) // let the mesh settle between trials
  }
  return summarize(samples)
}

/** Times `op(i)`; `prepare(i)` runs first, untimed. */
async function timeEach (trials: number, op: (i: number) => Promise<unknown>, prepare?: (i: number) => Promise<void>): Promise<Summary> {
  const samples: number[] = []
  for (let i = 0; i < trials; i++) {
    await prepare?.(i)
    const t0 = performance.now()
    await op(i)
    samples.push(performance.now() - t0)
    await sleep(5)
  }
  return summarize(samples)
}

export async function benchVariables (peers: Peer[], log: Log, opts: { trials: number }): Promise<VariablesResult> {
  const n = peers.length
  await waitFor('one lease holder known to all', () => peers.every(p => p.leader != null && p.leader.id === peers[0]!.leader?.id && p.members.length === n), 30_000)
  // writers rotate over every peer but the first
  const writer = (i: number): Peer => peers[1 + (i % (n - 1))]!
  const docs = await Promise.all(peers.map(async p => await p.doc('bench-vars-baseline')))
  await sleep(500) // subscriptions settle

  log(`variables: bare Y.Map set until all ${n} peers have it, ${opts.trials} trials…`)
  const docSetVisible = await timeToAll(peers, opts.trials, async i => { docs[1 + (i % (n - 1))]!.getMap('m').set('k', i) }, (p, i) => docs[peers.indexOf(p)]!.getMap('m').get('k') === i)
  log(`  median ${docSetVisible.p50.toFixed(2)} ms, p99 ${docSetVisible.p99.toFixed(2)} ms`)

  log(`variables: set() until every peer's get() returns it, ${opts.trials} trials…`)
  const lww = peers.map(p => p.variable<number>('bench-lww'))
  const setVisible = await timeToAll(peers, opts.trials, async i => { await lww[1 + (i % (n - 1))]!.set(i) }, (p, i) => lww[peers.indexOf(p)]!.get() === i)
  log(`  median ${setVisible.p50.toFixed(2)} ms, p99 ${setVisible.p99.toFixed(2)} ms`)

  log(`variables: set(v, { ack: 'majority' }), ${opts.trials} trials…`)
  const acked = peers.map(p => p.variable<number>('bench-ack'))
  const ackMajority = await timeEach(opts.trials, async i => { await acked[1 + (i % (n - 1))]!.set(i, { ack: 'majority' }) })
  log(`  median ${ackMajority.p50.toFixed(2)} ms, p99 ${ackMajority.p99.toFixed(2)} ms`)

  log(`variables: 'reject' set() (compare-and-set on the lease holder), ${opts.trials} trials…`)
  const cas = peers.map(p => p.variable<number>('bench-reject', { strategy: 'reject' }))
  const rejectSet = await timeEach(opts.trials, async i => { await cas[1 + (i % (n - 1))]!.set(i) }, async i => {
    // the writer must have read the last accepted write, or its write is (rightly) a conflict
    await waitFor('the previous write', () => i === 0 || cas[1 + (i % (n - 1))]!.get() === i - 1, 10_000, 1)
  })
  log(`  median ${rejectSet.p50.toFixed(2)} ms, p99 ${rejectSet.p99.toFixed(2)} ms`)

  const proposals = Math.max(5, Math.floor(opts.trials / 4))
  log(`variables: propose() with ${n} voters, ${proposals} proposals…`)
  for (const p of peers) p.onProposal<number>('bench-lr', ({ value }) => ({ vote: value >= 0 ? 'accept' : 'reject' }))
  const proposal = await timeEach(proposals, async i => {
    const d = await writer(i).propose('bench-lr', i, { timeoutMs: 10_000 })
    if (d.decision !== 'accepted' || d.votes.length !== n) throw new Error(`proposal ${i}: ${d.decision} with ${d.votes.length} votes`)
  })
  log(`  median ${proposal.p50.toFixed(2)} ms, p99 ${proposal.p99.toFixed(2)} ms`)
  return { peers: n, docSetVisible, setVisible, ackMajority, rejectSet, proposal }
}
