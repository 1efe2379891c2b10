import { afterEach, describe, expect, it } from 'vitest'
import { TaskJudge } from './task-judge.js'
import { agreedLeader, killAll, type AgentProcess, startCluster } from './agents.js'
import { freshMesh, sleep, waitFor } from './helpers.js'

/**
 * A work queue through crashes and pauses of real processes: five peers (each a voter and a
 * worker: two run queue.process, the others take tasks one by one), one of them also the producer. The lease holder is killed -9 while tasks are
 * pushed and completed, a worker is frozen (SIGSTOP) past its lease while it holds a task,
 * another is killed -9 while it holds one. The judge (task-judge.ts, outside the code under
 * test) and the lease holder's own record must agree: every acknowledged push completed,
 * exactly once, never with a lease that had lapsed.
 */
/**
 * `asker`'s `results()` (read from the lease holder, a new one after the kill: it adopted the
 * completed records, which carry no payload) lists every acknowledged push once, with the
 * result its worker returned for it ({ n, by }); where the judge was told of the completion,
 * with the judge's worker. Only a worker in `killed` may have died between the lease
 * holder's acknowledgement and telling the judge.
 */
async function resultsAgreeWithJudge (producer: AgentProcess, asker: AgentProcess, queue: string, judge: TaskJudge, killed: AgentProcess[]): Promise<void> {
  const nOf = new Map(producer.events.filter(e => e.event === 'pushed').map(e => [e.id as string, e.n as number]))
  let results: Array<{ id: string, result: { n: number, by: string }, worker: string }> = []
  // a worker tells the judge after the lease holder's answer (`process`: up to its lazy window later)
  await waitFor('the judge told of every completion but the killed workers\'', async () => {
    results = (await asker.call({ cmd: 'queue-results', queue }, ['queue-results', 'error'], 10_000)).results
    return results.every(r => judge.completions.has(r.id) || killed.some(a => a.id === r.worker))
  }, 15_000).catch(() => {}) // the assertions below say what is missing
  expect(results.map(r => r.id).sort()).toEqual([...nOf.keys()].sort())
  for (const r of results) {
    const judged = judge.completions.get(r.id)?.worker
    if (judged != null) expect(r.worker).toBe(judged)
    else expect(killed.map(a => a.id), `task ${r.id} completed by ${r.worker}, who never told the judge and was not killed`).toContain(r.worker)
    expect(r.result).toEqual({ n: nOf.get(r.id), by: r.worker })
  }
}

/** Every push the producer had acknowledged (`count` of them) is a completed task on the lease holder, as `asker` reads its record: none lost, none left running. */
async function everyPushCompleted (producer: AgentProcess, asker: AgentProcess, queue: string, count: number): Promise<void> {
  const ids = producer.events.filter(e => e.event === 'pushed').map(e => e.id as string)
  expect(new Set(ids).size).toBe(count)
  let view: Record<string, any> = {}
  await waitFor('every task completed on the lease holder', async () => {
    view = await asker.call({ cmd: 'queue-view', queue }, ['queue-view', 'error'], 10_000)
    return view.completed === count
  }, 60_000)
  expect(view).toMatchObject({ waiting: 0, delayed: 0, active: 0, dead: 0 })
  expect(new Set(view.completedIds)).toEqual(new Set(ids))
}

describe('work queues survive crashes and pauses of real processes', () => {
  let agents: AgentProcess[] = []
  let judge: TaskJudge | undefined
  afterEach(async () => { await killAll(agents); agents = []; await judge?.stop(); judge = undefined })

  it('the lease holder killed -9 during pushes and completions, a worker frozen past its lease, another killed mid-task: every acknowledged push completes exactly once', async () => {
    const mesh = freshMesh()
    agents = await startCluster(5, mesh)
    const { leader, followers } = await agreedLeader(agents)
    const [producer, frozen, killed, steady] = followers as [AgentProcess, AgentProcess, AgentProcess, AgentProcess]
    judge = new TaskJudge()
    await judge.start()
    // the frozen and the killed worker run queue.process (3 at a time: their completions travel together), the others take one task at a time
    for (const a of agents) a.send({ cmd: 'work', queue: 'jobs', url: judge.url, leaseMs: 1_000, workMs: 150, ...(a === frozen || a === killed ? { concurrency: 3 } : {}) })
    const COUNT = 120
    producer.send({ cmd: 'produce', queue: 'jobs', count: COUNT, parallel: 4 })
    const pushed = (): number => producer.events.filter(e => e.event === 'pushed').length
    await waitFor('some pushes', () => pushed() >= 25, 30_000)

    leader.kill('SIGKILL') // it works too: the task in its hands is lost with it
    const fromFreeze = frozen.events.length
    await frozen.next(e => e.event === 'working', 30_000, fromFreeze)
    frozen.kill('SIGSTOP')
    await sleep(2_500) // past its 1 s lease: the task goes to another worker
    frozen.kill('SIGCONT')
    const fromKill = killed.events.length
    await killed.next(e => e.event === 'working', 30_000, fromKill)
    killed.kill('SIGKILL')

    await producer.next(e => e.event === 'produced', 60_000)
    await everyPushCompleted(producer, steady, 'jobs', COUNT)

    expect(judge.violations).toEqual([]) // none completed twice
    expect(judge.lapsedCompletions()).toEqual([]) // none completed with a lapsed lease
    await resultsAgreeWithJudge(producer, steady, 'jobs', judge, [leader, killed])
    // the frozen worker woke up to a lease that had lapsed: its completion was refused
    expect(frozen.events.slice(fromFreeze).filter(e => e.event === 'refused').map(e => e.code)).toContain('ERR_STALE_TOKEN')
    // the tasks whose workers died or froze were redone under a higher token
    expect([...judge.starts.values()].some(tokens => tokens.length > 1)).toBe(true)
  }, 150_000)

  it('the lease holder killed -9 amid a stream of leases and lazily replicated completions: no acknowledged push or completion is lost, none is made twice, the leases it had not replicated go to workers again', async () => {
    const mesh = freshMesh()
    agents = await startCluster(5, mesh)
    const { leader, followers } = await agreedLeader(agents)
    const [producer, ...workers] = followers as [AgentProcess, ...AgentProcess[]]
    judge = new TaskJudge()
    await judge.start()
    // the lease holder works no task (no task is lost with a worker). Every task pushed
    // first, so that tasks are leased as workers settle and take; then short tasks, many
    // at once: leases and completions wait in the lease holder's 25 ms windows.
    const COUNT = 600
    producer.send({ cmd: 'produce', queue: 'burst', count: COUNT, parallel: 16 })
    await producer.next(e => e.event === 'produced', 90_000)
    for (const a of workers) a.send({ cmd: 'work', queue: 'burst', url: judge.url, leaseMs: 5_000, workMs: 2, concurrency: 8 })
    // killed mid-stream: once 100 completions are acknowledged, as the next task starts (its
    // lease was made a moment ago, within the lazy window: the lease holder has not
    // replicated it yet). Killed at the 100th completion itself, the kill could land just
    // after a lazy commit had taken every lease along: nothing was redone in one full run.
    let outstanding = 0
    const killed = new Promise<void>(resolve => {
      judge!.onStarted = () => {
        if (judge!.completions.size < 100) return
        judge!.onStarted = undefined
        leader.kill('SIGKILL')
        outstanding = judge!.starts.size - judge!.completions.size
        resolve()
      }
    })
    await killed
    const startedBefore = judge.starts.size
    await waitFor('work going on after the kill', () => judge!.starts.size > startedBefore + 20, 60_000)
    await everyPushCompleted(producer, producer, 'burst', COUNT)
    await waitFor('every completion acknowledged', () => judge!.completions.size === COUNT, 30_000)
    expect(judge.violations).toEqual([]) // no completion acknowledged twice: none that was acknowledged was lost
    expect(judge.lapsedCompletions()).toEqual([])
    await resultsAgreeWithJudge(producer, workers[0]!, 'burst', judge, [])
    // the fault mattered: the lease holder died with tasks leased and not yet completed,
    // and the leases it had not replicated yet (those younger than its lazy window) were
    // lost with it: their tasks went to workers again, under a new lease holder's tokens
    // (killed as a task starts: 4–27 of 21–42 outstanding in ten runs, three of them with
    // both cores burned; killed at the 100th completion, 0 in one full run of the suite)
    const redone = [...judge.starts.values()].filter(tokens => tokens.length > 1).length
    console.log(`[queue-crash] outstanding at the kill ${outstanding}, started again ${redone}`)
    expect(outstanding).toBeGreaterThan(10)
    expect(redone).toBeGreaterThan(0)
  }, 180_000)
})
