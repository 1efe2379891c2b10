/**
 * accord's work queue (`peer.queue`) as scenario 15's producer and workers
 * (bench/queue-worker.ts), and the voters of the mesh they join, deployed as README's
 * "Deploying a fleet" says: a handful of voters named by peer id (here 3, ranks 0–2, on
 * fixed ports), and every other peer a client given the same voter list (it is not on it,
 * so it never votes or leads) and the voters' addresses to bootstrap from. The producer and
 * the workers are such clients, so that killing a worker never kills the lease holder.
 *
 *   push:     `q.pushAll(tasks)` for a batch of the harness (one request, one replication,
 *             as BullMQ's `addBulk`), `q.push(task)` for one; each resolves once a
 *             majority of the voters holds the tasks;
 *   take:     `q.process(handler, { concurrency, leaseMs })`: the completions its slots
 *             make in one turn go in one request, and the next tasks for those slots in
 *             another beside it, answered at once; an idle worker's take is a long poll
 *             parked at the lease holder;
 *   complete: the completion is durable once a majority of the voters holds it;
 *   redelivery: the task's lease (`leaseMs`, extended by `job.extend` every leaseMs / 2
 *             while the task runs, as BullMQ renews its lock) ends when it runs out, or when
 *             membership sees the worker's peer leave (a fleet client is seen gone after
 *             about three `tuning.attendHoldMs`, 15 s by default); then another worker's
 *             take gets the task with attempt + 1 and a higher token.
 */
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { createPeer, StaleTokenError, type Peer } from '../../src/index.node.js'
import type { QueueProducer, QueueSystemModule, QueueWorker, Task, WorkerHooks } from '../queue-worker.js'

export interface AccordSpec {
  kind: 'accord'
  mesh: string
  /** The voters by peer id: every peer gets the list, so a peer not on it is a client. */
  voters: string[]
  /** The voters' addresses (fixed ports): every peer bootstraps from them. */
  bootstrap: string[]
  queue: string
  /** The lease each take asks for. */
  leaseMs: number
  maxAttempts: number
}

/** One voter's process: its rank (= index), its key (protobuf, hex: the parent made it to know its id), its fixed port. */
export interface AccordVoterSpec { index: number, key: string, port: number }

/** How long a peer may take to learn the leader before its process gives up. */
const LEADER_MS = 30_000

async function untilLeader (peer: Peer): Promise<string> {
  const until = performance.now() + LEADER_MS
  while (peer.leader == null) {
    if (performance.now() > until) throw new Error(`peer ${peer.id} learned no leader in ${LEADER_MS} ms`)
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  return peer.leader.id
}

/** A client of the mesh (not on the voter list): it never votes or leads. Resolves once it knows the leader. */
async function joinAsClient (spec: AccordSpec): Promise<Peer> {
  const peer = await createPeer({ mesh: spec.mesh, voters: spec.voters, bootstrap: spec.bootstrap, listen: ['/ip4/127.0.0.1/tcp/0'] })
  try {
    await untilLeader(peer)
  } catch (err) {
    await peer.stop()
    throw err
  }
  return peer
}

/** One voter, in memory (like the Redis servers of the other systems: no persistence). Resolves once a leader is known; says which. */
export async function accordVoter (spec: AccordSpec, v: AccordVoterSpec): Promise<{ leader: string, id: string, replicatedBytes: () => number, close: () => Promise<void> }> {
  const peer = await createPeer({
    mesh: spec.mesh,
    voters: spec.voters,
    rank: v.index,
    privateKey: privateKeyFromProtobuf(Buffer.from(v.key, 'hex')),
    listen: [`/ip4/127.0.0.1/tcp/${v.port}`],
    bootstrap: spec.bootstrap.filter(a => !a.includes(`/tcp/${v.port}/`))
  })
  const leader = await untilLeader(peer)
  // (counted by the lease holder: the records it sent its voters, each voter's copy counted)
  return { leader, id: peer.id, replicatedBytes: () => peer.stats().replication.bytes, close: async () => { await peer.stop() } }
}

async function producer (spec: AccordSpec): Promise<QueueProducer> {
  const peer = await joinAsClient(spec)
  const q = peer.queue<Task>(spec.queue, { maxAttempts: spec.maxAttempts })
  return {
    push: async tasks => {
      if (tasks.length === 1) await q.push(tasks[0]!)
      else await q.pushAll(tasks.map(task => ({ task })))
    },
    close: async () => { await peer.stop() }
  }
}

async function worker (spec: AccordSpec, hooks: WorkerHooks): Promise<QueueWorker> {
  const peer = await joinAsClient(spec)
  const q = peer.queue<Task>(spec.queue, { maxAttempts: spec.maxAttempts })
  let closing = false
  // `process` renews a task's lease while it runs (BullMQ renews its lock likewise): only a
  // dead or stuck worker's task goes to another. A busy worker's slots settle together and
  // take their next tasks together (see the comment above).
  const processor = q.process(async task => { await hooks.work(task) }, {
    concurrency: hooks.concurrency,
    leaseMs: spec.leaseMs,
    onCompleted: job => { hooks.completed(job.task as Task) },
    onError: err => {
      if (closing) return
      // a lease that lapsed before the completion: another worker has the task, and completes it
      if (err instanceof StaleTokenError) hooks.warn(`accord: a completion refused: its lease had lapsed (${err.message})`)
      else hooks.warn(`accord: ${(err as Error).stack ?? String(err)}`)
    }
  })
  return {
    close: async () => {
      closing = true
      void processor.close() // (a held task, never let finish, would keep it waiting)
      await peer.stop()
    }
  }
}

export const accordQueue: QueueSystemModule<AccordSpec> = { producer, worker }
