import { afterEach, describe, expect, it } from 'vitest'
import { createPeer, DuplicateTaskError, InvalidArgumentError, StaleTokenError, type Peer } from '../../src/index.node.js'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { freshMesh, IN_PROCESS_LEASE, sleep, startQuorum, stopAll, waitFor } from './helpers.js'

interface Work { n: number }

/**
 * Work queues through the lease holder of a 3-peer quorum, in this process: tasks go
 * out by priority and push order, each completes once, a lapsed lease goes to another
 * worker with a higher token and the first worker's completion is refused. The judge is
 * the lease holder's own record, read by another peer (inspect), and each worker's count.
 */
describe('work queues', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  /** Three named voters (the first leads) and `n` fleet clients, which are not members: peers of a fleet as deployed. */
  async function startFleet (n: number): Promise<Peer[]> {
    const mesh = freshMesh()
    const keys = await Promise.all([0, 1, 2].map(async () => await generateKeyPair('Ed25519')))
    const voters = keys.map(k => peerIdFromPrivateKey(k).toString())
    const opts = { mesh, voters, lease: IN_PROCESS_LEASE }
    const first = await createPeer({ ...opts, privateKey: keys[0], rank: 0 })
    const others = await Promise.all([1, 2].map(async i => await createPeer({ ...opts, privateKey: keys[i], rank: i, bootstrap: [first.addrs[0]!] })))
    const clients = await Promise.all(Array.from({ length: n }, async () => await createPeer({ ...opts, bootstrap: [first.addrs[0]!] })))
    peers = [first, ...others, ...clients]
    await waitFor('every peer names the leader', () => peers.every(p => p.leader?.id === first.id), 20_000)
    return clients
  }

  it('two workers drain 40 tasks: each completed exactly once, results readable from any peer', async () => {
    peers = await startQuorum(3)
    const [producer, w1, w2] = peers as [Peer, Peer, Peer]
    const q = producer.queue<Work>('jobs')
    const ids = await Promise.all(Array.from({ length: 40 }, async (_, n) => await q.push({ n })))
    expect(new Set(ids).size).toBe(40)
    const done: number[] = []
    const work = async (peer: Peer): Promise<void> => {
      const wq = peer.queue<Work>('jobs')
      while (true) {
        const job = await wq.take({ leaseMs: 5_000, waitMs: 300 })
        if (job == null) return
        done.push(job.task.n)
        await job.complete({ square: job.task.n ** 2 })
      }
    }
    await Promise.all([work(w1), work(w2)])
    expect([...done].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n))
    const view = await w2.queue('jobs').inspect()
    expect(view).toMatchObject({ waiting: 0, delayed: 0, active: 0, completed: 40, dead: 0 })
    const results = await w1.queue('jobs').results()
    expect(results.map(r => (r.result as { square: number }).square).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n ** 2))
    expect(new Set(results.map(r => r.worker))).toEqual(new Set([w1.id, w2.id].filter(id => results.some(r => r.worker === id))))
    expect(results.every(r => r.worker === w1.id || r.worker === w2.id)).toBe(true)
  })

  it('process: handlers run the tasks, each completed once; a handler that throws fails its attempt; close waits for the running ones', async () => {
    peers = await startQuorum(3)
    const [producer, w1, w2] = peers as [Peer, Peer, Peer]
    const q = producer.queue<Work>('proc', { maxAttempts: 2 })
    await q.pushAll(Array.from({ length: 200 }, (_, n) => ({ task: { n } })))
    const ran: number[] = []
    const errors: unknown[] = []
    const handler = async (task: Work): Promise<number> => {
      ran.push(task.n)
      if (task.n === 7) throw new Error('seven fails')
      await sleep(Math.random() * 3)
      return task.n * 2
    }
    const workers = [w1, w2].map(w => w.queue<Work>('proc').process(handler, { concurrency: 8, leaseMs: 2_000, onError: err => errors.push(err) }))
    await waitFor('every task finished', async () => { const v = await q.inspect(); return v.completed + v.dead === 200 }, 20_000)
    const view = await q.inspect()
    expect([view.completed, view.dead, view.waiting, view.active]).toEqual([199, 1, 0, 0])
    // each ran once, 7 twice (its two attempts)
    expect([...ran].sort((a, b) => a - b)).toEqual([...Array.from({ length: 200 }, (_, n) => n), 7].sort((a, b) => a - b))
    const results = await q.results()
    expect(results.find(r => r.id === view.tasks.find(t => t.state === 'completed')!.id)).toBeDefined()
    expect(errors).toEqual([])
    // close waits for a handler that is running
    let [started, finished] = [false, false]
    const slow = w1.queue<Work>('slow').process(async () => { started = true; await sleep(300); finished = true })
    await producer.queue<Work>('slow').push({ n: 1 })
    await waitFor('the slow task started', () => started)
    await slow.close()
    expect(finished).toBe(true)
    expect(await producer.queue('slow').inspect()).toMatchObject({ completed: 1, active: 0 })
    await Promise.all(workers.map(async w => await w.close()))
  })

  it('process: a handler that outlasts its lease keeps it (renewed by the time it is half over), and its job is never lost', async () => {
    peers = await startQuorum(3)
    const [producer, w1, w2] = peers as [Peer, Peer, Peer]
    const id = await producer.queue<Work>('long').push({ n: 1 })
    const lost: boolean[] = []
    const first = w1.queue<Work>('long').process(async (_task, job) => {
      const signal = job.lost // (read at the start: aborted at the lease's end unless renewed)
      await sleep(3_500) // three and a half leases
      lost.push(signal.aborted)
      return 'done'
    }, { leaseMs: 1_000 })
    await waitFor('the task is running', async () => (await producer.queue('long').inspect()).active === 1)
    // another worker waits all along: a lapse would hand it the task
    const other = await w2.queue<Work>('long').take({ waitMs: 3_700 })
    expect(other).toBeUndefined()
    await waitFor('completed', async () => (await producer.queue('long').inspect()).completed === 1)
    expect(lost).toEqual([false])
    const view = await producer.queue('long').inspect()
    expect(view.tasks.map(t => [t.id, t.attempt, t.result])).toEqual([[id, 1, 'done']])
    await first.close()
  })

  it('a job whose `lost` is read before its lease ends is aborted when it ends; extend moves that', async () => {
    peers = await startQuorum(3)
    const q = peers[1]!.queue<Work>('watch')
    await q.push({ n: 1 })
    await q.push({ n: 2 })
    const ending = (await q.take({ leaseMs: 500 }))!
    const signal = ending.lost
    expect(signal.aborted).toBe(false)
    await waitFor('aborted at the lease end', () => signal.aborted, 2_000)
    expect(signal.reason).toBeInstanceOf(StaleTokenError)
    // (lengths with room for a loaded machine: the extend must land before the first end)
    const kept = (await q.take({ leaseMs: 1_000 }))!
    const keptSignal = kept.lost
    await sleep(200)
    await kept.extend(2_000)
    await sleep(1_000) // past the first lease's end
    expect(keptSignal.aborted).toBe(false)
    await waitFor('aborted at the extended end', () => keptSignal.aborted, 4_000)
  })

  it('process: the completions of one turn travel in one request, which takes as many tasks', async () => {
    const [producer, worker] = await startFleet(2) as [Peer, Peer]
    const q = producer.queue<Work>('turns')
    await q.pushAll(Array.from({ length: 400 }, (_, n) => ({ task: { n } })))
    const errors: unknown[] = []
    const ran: number[] = []
    const before = worker.stats().rpc.requests
    const run = worker.queue<Work>('turns').process(task => { ran.push(task.n); return task.n }, { concurrency: 16, onError: err => errors.push(err) })
    await waitFor('every task completed', async () => (await q.inspect()).completed === 400, 20_000)
    const requests = worker.stats().rpc.requests - before
    await run.close()
    // one request a turn (up to 16 completions and takes), not one a task
    expect(requests, 'requests the worker sent').toBeLessThan(400 / 4)
    expect(errors).toEqual([])
    expect([...ran].sort((a, b) => a - b), 'each task ran once').toEqual(Array.from({ length: 400 }, (_, n) => n))
    const view = await q.inspect()
    expect(view.tasks.map(t => t.result).sort((a, b) => (a as number) - (b as number))).toEqual(Array.from({ length: 400 }, (_, n) => n))
  })

  it('process: a handler whose result is not JSON fails its attempt with why, reported; the slot goes on', async () => {
    const [producer, worker] = await startFleet(2) as [Peer, Peer]
    const q = producer.queue<Work>('unjson', { maxAttempts: 2 })
    await q.pushAll([0, 1, 2, 3].map(n => ({ task: { n } })))
    const errors: unknown[] = []
    const run = worker.queue<Work>('unjson').process(task => task.n === 2 ? { big: 1n } : task.n, { concurrency: 2, onError: err => errors.push(err) })
    await waitFor('three completed, one dead', async () => { const v = await q.inspect(); return v.completed === 3 && v.dead === 1 }, 10_000)
    await run.close()
    expect(errors.map(e => (e as Error).name)).toEqual(['InvalidArgumentError', 'InvalidArgumentError'])
    const dead = (await q.inspect()).tasks.find(t => t.state === 'dead')!
    expect(dead.errors).toHaveLength(2)
    expect(dead.errors[0]).toMatch(/JSON/)
  })

  it('pushAll: many tasks in one request, in order, all or none', async () => {
    peers = await startQuorum(3)
    const [producer, worker] = peers as [Peer, Peer, Peer]
    const q = producer.queue<Work>('bulk')
    const ids = await q.pushAll(Array.from({ length: 500 }, (_, n) => ({ task: { n } })))
    expect(ids).toHaveLength(500)
    expect(await q.pushAll([])).toEqual([])
    // a duplicate key, within the call or against a pending task, refuses the whole call
    await q.push({ n: -1 }, { key: 'k' })
    await expect(q.pushAll([{ task: { n: 1000 } }, { task: { n: 1001 }, key: 'k' }])).rejects.toBeInstanceOf(DuplicateTaskError)
    await expect(q.pushAll([{ task: { n: 1002 }, key: 'x' }, { task: { n: 1003 }, key: 'x' }])).rejects.toBeInstanceOf(DuplicateTaskError)
    await expect(q.pushAll([{ task: { n: 0 } }, { n: 1 } as never])).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(q.pushAll(Array.from({ length: 1_001 }, (_, n) => ({ task: { n } })))).rejects.toBeInstanceOf(InvalidArgumentError)
    expect(await worker.queue('bulk').inspect()).toMatchObject({ waiting: 501, active: 0 })
    // first pushed, first out (priority 0 throughout)
    const wq = worker.queue<Work>('bulk')
    const order: number[] = []
    for (let i = 0; i < 5; i++) {
      const job = (await wq.take({ leaseMs: 5_000, waitMs: 1_000 }))!
      order.push(job.task.n)
      await job.complete()
    }
    expect(order).toEqual([0, 1, 2, 3, 4])
  })

  it('priority first, then push order; a delayed task waits; a duplicate key is refused while pending', async () => {
    peers = await startQuorum(3)
    const q = peers[1]!.queue<string>('ordered')
    const t0 = performance.now()
    await q.push('later', { delayMs: 3_000 })
    await q.push('a'); await q.push('b', { key: 'only-once' }); await q.push('urgent', { priority: -5 })
    await expect(q.push('again', { key: 'only-once' })).rejects.toBeInstanceOf(DuplicateTaskError)
    const order: string[] = []
    for (let i = 0; i < 3; i++) { const job = (await q.take({ waitMs: 100 }))!; order.push(job.task); await job.complete() }
    expect(order).toEqual(['urgent', 'a', 'b'])
    expect((await q.take({ waitMs: 100 }))?.task).toBeUndefined() // 'later' is not due yet
    const later = await q.take({ waitMs: 5_000 })
    expect(later?.task).toBe('later')
    expect(performance.now() - t0).toBeGreaterThanOrEqual(3_000)
  })

  it('a lease that runs out goes to another worker with a higher token; the first worker\'s completion is refused, and its job says it is lost', async () => {
    peers = await startQuorum(3)
    const [, slow, fast] = peers as [Peer, Peer, Peer]
    await peers[0]!.queue('lapse').push({ n: 1 })
    const first = (await slow.queue<Work>('lapse').take({ leaseMs: 300 }))!
    // (its `lost` first read after the lease ran out: aborted all the same)
    await sleep(700)
    expect(first.lost.aborted).toBe(true)
    expect(first.lost.reason).toBeInstanceOf(StaleTokenError)
    const second = (await fast.queue<Work>('lapse').take({ waitMs: 2_000 }))!
    expect(second.id).toBe(first.id)
    expect(second.attempt).toBe(2)
    expect(second.token).toBeGreaterThan(first.token)
    await expect(first.complete('late')).rejects.toBeInstanceOf(StaleTokenError)
    await second.complete('on time')
    const view = await peers[0]!.queue('lapse').inspect()
    expect(view.tasks.map(t => [t.state, t.attempt, t.result])).toEqual([['completed', 2, 'on time']])
  })

  it('a task that fails maxAttempts times is dead, with each error; extend keeps a lease past its first term', async () => {
    peers = await startQuorum(3)
    const q = peers[2]!.queue('flaky', { maxAttempts: 2 })
    await q.push('x')
    for (let i = 1; i <= 2; i++) await (await q.take({ waitMs: 1_000 }))!.fail(new Error(`boom ${i}`))
    const view = await q.inspect()
    expect(view.dead).toBe(1)
    expect(view.tasks[0]!.errors).toEqual(['boom 1', 'boom 2'])

    await q.push('long')
    const job = (await q.take({ leaseMs: 400 }))!
    for (let i = 0; i < 4; i++) { await sleep(200); await job.extend(400) }
    expect(job.lost.aborted).toBe(false)
    await job.complete()
  })

  it('any peer hears completions, failed attempts and dead tasks as the lease holder records them', async () => {
    peers = await startQuorum(3)
    const [watcher, worker, producer] = peers as [Peer, Peer, Peer]
    const heard: string[] = []
    const wq = watcher.queue('watched')
    wq.addEventListener('completed', e => { heard.push(`completed ${e.detail.id} ${JSON.stringify(e.detail.result)} by ${e.detail.worker === worker.id ? 'worker' : e.detail.worker}`) })
    wq.addEventListener('failed', e => { heard.push(`failed ${e.detail.id} attempt ${e.detail.attempt}: ${e.detail.error}`) })
    wq.addEventListener('dead', e => { heard.push(`dead ${e.detail.id}: ${e.detail.errors.join(' | ')}`) })
    await wq.watching()
    const q = producer.queue('watched', { maxAttempts: 2 })
    const ok = await q.push('fine')
    const bad = await q.push('doomed')
    const w = worker.queue<string>('watched')
    for (let i = 0; i < 3; i++) {
      const job = (await w.take({ waitMs: 2_000 }))!
      if (job.task === 'fine') await job.complete({ done: true })
      else await job.fail(new Error(`no ${job.attempt}`))
    }
    await waitFor('all four events heard', () => heard.length >= 4, 5_000)
    expect(heard).toEqual([
      `completed ${ok} {"done":true} by worker`,
      `failed ${bad} attempt 1: no 1`,
      `failed ${bad} attempt 2: no 2`,
      `dead ${bad}: no 1 | no 2`
    ])
  })

  it('a failed attempt handed at once to a waiting taker is heard as the attempt that failed, not the next', async () => {
    peers = await startQuorum(3)
    const [watcher, first, second] = peers as [Peer, Peer, Peer]
    const failed: number[] = []
    const wq = watcher.queue('handover')
    wq.addEventListener('failed', e => { failed.push(e.detail.attempt) })
    await wq.watching()
    await watcher.queue('handover', { maxAttempts: 3 }).push('task')
    const job = (await first.queue<string>('handover').take({ waitMs: 2_000 }))!
    // the second worker waits on an empty queue: the failed task goes to it at once
    const waiting = second.queue<string>('handover').take({ waitMs: 5_000 })
    await sleep(300) // (its take reaches the lease holder in a few ms, and parks there)
    await job.fail(new Error('first try'))
    const next = (await waiting)!
    expect(next.attempt).toBe(2)
    await waitFor('the failed attempt heard', () => failed.length === 1, 5_000)
    expect(failed).toEqual([1])
  })

  it('a fleet client that stops while its take waits gets no task: the next one goes at once to a worker that is there', async () => {
    // named voters: a client is not a member that heartbeats, so membership would tell of
    // its departure only after three missed attend polls (~15 s); its closed connection
    // tells the lease holder at once
    const clients = await startFleet(3)
    const [producer, worker, leaving] = clients as [Peer, Peer, Peer]
    void leaving.queue('drop').take({ waitMs: 30_000 }).catch(() => undefined)
    await sleep(500) // its take waits at the lease holder
    await leaving.stop()
    peers = peers.filter(p => p !== leaving)
    await sleep(300)
    const t0 = performance.now()
    await producer.queue('drop').push('x')
    const job = await worker.queue<string>('drop').take({ waitMs: 5_000 })
    expect(job?.task).toBe('x') // (handed to the gone client, it would wait out a 30 s lease)
    expect(performance.now() - t0).toBeLessThan(2_000)
  })

  it('bad input is refused where it is made', async () => {
    peers = await startQuorum(3)
    const q = peers[0]!.queue('checked')
    await expect(q.push(() => 1)).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(q.push('x'.repeat(70_000))).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(q.push('x', { priority: 1.5 })).rejects.toBeInstanceOf(InvalidArgumentError)
    await expect(q.take({ leaseMs: 5 })).rejects.toBeInstanceOf(InvalidArgumentError)
    expect(() => peers[0]!.queue('')).toThrow(InvalidArgumentError)
    expect(() => peers[0]!.queue('q', { maxAttempts: 0 })).toThrow(InvalidArgumentError)
  })
})
