import { TypedEventEmitter } from 'main-event'
import { describe, expect, it } from 'vitest'
import { NotLeaderError } from '../../src/errors.js'
import { LAZY_COMMIT_MS, LeaseHolder, type MachineState, type ReplicatingElector } from '../../src/machine/lease-holder.js'
import type { ElectorEvents } from '../../src/election/elector.js'
import type { Records, ReplicaChange } from '../../src/election/replica.js'
import type { ClusterConfig, VotersChange } from '../../src/election/cluster.js'

/**
 * The lease holder's state machine alone, over a scripted elector: group commit, parked
 * requests, stepping down, adoption. (With real electors and lock services it runs in
 * lock-sim.test.ts and replication.test.ts.)
 */

/** An elector whose replications resolve or fail when the test says so. */
class ScriptedElector extends TypedEventEmitter<ElectorEvents> implements ReplicatingElector {
  acting: number | undefined
  leader = undefined
  /** `whole`: every record was sent (`replicate`), else only a change (`replicateChange`, its puts as `records`). */
  readonly replications: Array<{ records: Records, whole: boolean, resolve: () => void, reject: (e: Error) => void }> = []
  voters: ClusterConfig | undefined = { voters: ['a', 'b', 'c'], index: 0 }
  /** What happened, in order: 'replicate' and the changes of voters asked for. */
  readonly calls: string[] = []
  actingEpoch (): number | undefined { return this.acting }
  async replicate (records: Records): Promise<void> {
    this.calls.push('replicate')
    return await new Promise((resolve, reject) => this.replications.push({ records, whole: true, resolve, reject }))
  }

  async replicateChange (change: ReplicaChange): Promise<void> {
    this.calls.push('replicate')
    return await new Promise((resolve, reject) => this.replications.push({ records: new Map(change.puts), whole: false, resolve, reject }))
  }

  async changeVoters (change: VotersChange): Promise<boolean> {
    this.calls.push(`change ${change.add ?? ''}${change.remove ?? ''}`)
    if (change.add == null || this.voters!.voters.includes(change.add)) return false
    this.voters = { voters: [...this.voters!.voters, change.add], index: this.voters!.index + 1 }
    return true
  }

  elect (epoch: number, records: Records = new Map()): void {
    this.acting = epoch
    this.dispatchEvent(new CustomEvent('elected', { detail: { epoch, state: { epoch: epoch - 1, version: 3, records } } }))
  }
}

/** A counter as the state: one record holding its value. */
const counter: MachineState<{ n: number }> = {
  empty: () => ({ n: 0 }),
  adopt: whole => ({ n: whole.byteLength === 0 ? 0 : whole[0]! }),
  records: s => new Map([['n', Uint8Array.of(s.n)]]),
  changes: s => ({ puts: [['n', Uint8Array.of(s.n)]], deletes: [] })
}

function holder (): { elector: ScriptedElector, h: LeaseHolder<{ n: number }> } {
  const elector = new ScriptedElector()
  const h = new LeaseHolder(elector, counter, { sweepMs: 1_000, isLive: () => true, heardGraceMs: 1_000, log: () => {} })
  return { elector, h }
}

const tick = async (): Promise<void> => { for (let i = 0; i < 5; i++) await Promise.resolve() }
/** The end of this turn of the event loop, when a commit's replication starts (setImmediate in Node). */
const turn = async (): Promise<void> => { await new Promise(resolve => setImmediate(resolve)); await tick() }
/** Past a lazy commit's wait, and the turn that replication starts in. */
const pastLazyWait = async (): Promise<void> => { await new Promise(resolve => setTimeout(resolve, LAZY_COMMIT_MS + 5)); await turn() }

describe('LeaseHolder', () => {
  it('adopts the elected state; serves only in the epoch it adopted', () => {
    const { elector, h } = holder()
    expect(() => h.assertActing()).toThrow(NotLeaderError)
    elector.elect(4, new Map([['n', Uint8Array.of(7)]]))
    expect(h.tables.n).toBe(7)
    expect(h.assertActing()).toBe(4)
    elector.acting = 5 // acting again, in an epoch whose state it never adopted
    expect(() => h.assertActing()).toThrow(NotLeaderError)
  })

  it('commits of one turn of the event loop travel in one replication', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    const first = h.commit()
    h.tables.n = 2
    const second = h.commit()
    expect(elector.replications, 'not before the turn ends').toHaveLength(0)
    await turn()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([2])
    elector.replications[0]!.resolve()
    await Promise.all([first, second])
  })

  it('a lazy commit waits up to LAZY_COMMIT_MS for others, and they travel in one replication', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    const first = h.commit(true)
    await turn()
    expect(elector.replications, 'not at the end of the turn').toHaveLength(0)
    h.tables.n = 2
    const second = h.commit(true)
    await pastLazyWait()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([2])
    elector.replications[0]!.resolve()
    await Promise.all([first, second])
    // one that waits behind a replication in flight also waits its time after it
    h.tables.n = 3
    const third = h.commit()
    await turn()
    h.tables.n = 4
    const fourth = h.commit(true)
    elector.replications[1]!.resolve()
    await third
    await turn()
    expect(elector.replications, 'the lazy one waits after the urgent one ended').toHaveLength(2)
    await pastLazyWait()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([2, 3, 4])
    elector.replications[2]!.resolve()
    await fourth
  })

  it('changes the state held back go with a lazy commit after the replication that left them out', async () => {
    const elector = new ScriptedElector()
    // a counter that holds an odd value back once (as coord/state.ts holds young leases)
    let held = false
    const sent: number[] = []
    const holding: MachineState<{ n: number }> = {
      ...counter,
      changes: s => {
        held = s.n % 2 === 1 && !held
        if (held) return { puts: [], deletes: [] }
        sent.push(s.n)
        return { puts: [['n', Uint8Array.of(s.n)]], deletes: [] }
      },
      heldBack: () => held
    }
    const h = new LeaseHolder(elector, holding, { sweepMs: 1_000, isLive: () => true, heardGraceMs: 1_000, log: () => {} })
    elector.elect(2)
    h.commit().catch(() => {}) // (the first replication after an adoption sends every record)
    await turn()
    elector.replications[0]!.resolve()
    h.tables.n = 1
    h.commit().catch(() => {})
    await turn()
    elector.replications[1]!.resolve()
    await turn()
    expect(sent, 'held back').toEqual([])
    expect(elector.replications, 'no commit at once for what was held back').toHaveLength(2)
    await pastLazyWait()
    expect(elector.replications, 'a lazy commit after it').toHaveLength(3)
    expect(sent).toEqual([1])
    elector.replications[2]!.resolve()
    await pastLazyWait()
    expect(elector.replications, 'and no more').toHaveLength(3)
    // stepping down leaves nothing behind either
    h.tables.n = 3
    h.commit().catch(() => {})
    await turn()
    elector.replications[3]!.resolve()
    await tick() // (its lazy commit is armed)
    h.stop()
    await pastLazyWait()
    expect(elector.replications).toHaveLength(4)
  })

  it('an urgent commit takes the lazy ones waiting along, at the end of its turn', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    let lazyDone = false
    const lazy = h.commit(true).then(() => { lazyDone = true })
    h.tables.n = 2
    const urgent = h.commit()
    await turn()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([2])
    elector.replications[0]!.resolve()
    await urgent
    await lazy
    expect(lazyDone).toBe(true)
    // and the lazy timer it had armed starts nothing more
    await pastLazyWait()
    expect(elector.replications).toHaveLength(1)
  })

  it('a lazy commit still fails with the replication, and stopping leaves no timer behind', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    const lazy = h.commit(true)
    await pastLazyWait()
    elector.replications[0]!.reject(new NotLeaderError('deposed'))
    await expect(lazy).rejects.toThrow(NotLeaderError)
    h.tables.n = 2
    const again = h.commit(true)
    again.catch(() => {})
    h.stop()
    await expect(again).rejects.toThrow(NotLeaderError)
    await pastLazyWait()
    expect(elector.replications).toHaveLength(1)
  })

  it('changes made while a replication is in flight travel together in the next one', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    const first = h.commit()
    await turn()
    h.tables.n = 2
    const second = h.commit()
    await turn()
    h.tables.n = 3
    const third = h.commit()
    await turn()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([1])
    elector.replications[0]!.resolve()
    await first
    await tick()
    expect(elector.replications.map(r => r.records.get('n')![0])).toEqual([1, 3])
    let done = false
    void Promise.all([second, third]).then(() => { done = true })
    await tick()
    expect(done, 'answered before its change is held by a majority').toBe(false)
    elector.replications[1]!.resolve()
    await Promise.all([second, third])
  })

  it('sends every record after an adoption and after a replication that failed, and only what changed otherwise', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    h.tables.n = 1
    void h.commit()
    await turn()
    elector.replications[0]!.resolve()
    await tick()
    h.tables.n = 2
    const failing = h.commit()
    await turn()
    elector.replications[1]!.reject(new NotLeaderError('replication reached 1 of 2 needed'))
    await expect(failing).rejects.toBeInstanceOf(NotLeaderError)
    h.tables.n = 3
    void h.commit()
    await turn()
    elector.replications[2]!.resolve()
    await tick()
    h.tables.n = 4
    void h.commit()
    await turn()
    elector.elect(3)
    await tick()
    elector.replications[3]!.resolve()
    await tick()
    h.tables.n = 5
    void h.commit()
    await turn()
    // the change that failed (n = 2) may be missing from the elector's copy: the next sends it all
    expect(elector.replications.map(r => [r.records.get('n')![0], r.whole ? 'all' : 'change'])).toEqual([[1, 'all'], [2, 'change'], [3, 'all'], [4, 'change'], [5, 'all']])
  })

  it('a parked request is answered when settled; if its commit fails it is un-parked and told', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const parked = h.park('lock/a', true)
    await turn()
    elector.replications[0]!.resolve()
    await tick()
    h.settle('lock/a', { ack: {} })
    expect(await parked).toEqual({ ack: {} })

    const failing = h.park('lock/b', true)
    await turn()
    elector.replications[1]!.reject(new NotLeaderError('replication reached 1 of 2 needed'))
    await expect(failing).rejects.toBeInstanceOf(NotLeaderError)
    h.settle('lock/b', { ack: {} }) // nobody waits any more: nothing happens
  })

  it('stepping down tells every parked request and every commit waiter NotLeaderError', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const parked = h.park('barrier/x', false)
    const commit = h.commit()
    elector.acting = undefined
    elector.dispatchEvent(new CustomEvent('deposed', { detail: { epoch: 2 } }))
    await expect(parked).rejects.toBeInstanceOf(NotLeaderError)
    await expect(commit).rejects.toBeInstanceOf(NotLeaderError)
  })

  it('a sweep runs the sweepers only while acting, commits only what changed, and settles after the commit', async () => {
    const { elector, h } = holder()
    const settled: string[] = []
    h.addSweeper(state => ({ changed: state.n < 2, settle: () => settled.push(`n=${state.n}`) }))
    await h.sweep()
    expect(elector.replications).toHaveLength(0) // not acting: nothing runs
    elector.elect(2)
    h.tables.n = 1
    const sweep = h.sweep()
    await turn()
    expect(settled).toEqual([]) // not before the commit
    elector.replications[0]!.resolve()
    await sweep
    expect(settled).toEqual(['n=1'])
    h.tables.n = 2
    await h.sweep() // nothing changed: no replication
    expect(elector.replications).toHaveLength(1)
  })


  it('sweeps on its timer only from its election to its stepping down (an idle follower is not woken for them)', async () => {
    const elector = new ScriptedElector()
    const h = new LeaseHolder(elector, counter, { sweepMs: 5, isLive: () => true, heardGraceMs: 1_000, log: () => {} })
    let asked = 0 // a sweep asks the elector whether this peer acts before anything else
    const acting = elector.actingEpoch.bind(elector)
    elector.actingEpoch = () => { asked++; return acting() }
    const sweepsIn = async (ms: number): Promise<number> => { asked = 0; await new Promise(resolve => setTimeout(resolve, ms)); return asked }
    h.start()
    expect(await sweepsIn(60)).toBe(0) // a follower: no sweeps
    elector.elect(2)
    expect(await sweepsIn(60)).toBeGreaterThanOrEqual(3)
    elector.acting = undefined
    elector.dispatchEvent(new CustomEvent('deposed', { detail: { epoch: 2 } }))
    expect(await sweepsIn(60)).toBe(0)
    elector.elect(3) // elected again
    expect(await sweepsIn(60)).toBeGreaterThanOrEqual(3)
    h.stop()
    expect(await sweepsIn(60)).toBe(0)
  })

  it('a sweep whose commit fails while this peer stays in office tells its waiters after the next sweep commits (test/node/lock-grant-commit.test.ts)', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const granted = h.park('lock/a', false)
    let grant = true // the sweeper grants once, as a lock table does
    h.addSweeper(() => {
      const changed = grant
      grant = false
      return { changed, settle: () => { if (changed) h.settle('lock/a', { ack: {} }) } }
    })
    const first = h.sweep()
    await turn()
    elector.replications[0]!.reject(new NotLeaderError('replication reached 1 of 3 needed'))
    await first
    let answered = false
    void granted.then(() => { answered = true })
    await tick()
    expect(answered).toBe(false) // not durable: not told yet

    const second = h.sweep() // nothing new changed, but a grant is untold: it commits
    await turn()
    expect(elector.replications).toHaveLength(2)
    expect(elector.replications[1]!.whole).toBe(true) // after a failure: every record
    elector.replications[1]!.resolve()
    await second
    expect(await granted).toEqual({ ack: {} })
    await h.sweep() // told: nothing to commit
    expect(elector.replications).toHaveLength(2)
  })

  it('a grant left untold by a failed commit is dropped when this peer steps down (its waiter is told NotLeaderError)', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const parked = h.park('lock/a', false)
    let settles = 0
    h.addSweeper(() => ({ changed: true, settle: () => { settles++ } }))
    const sweep = h.sweep()
    await turn()
    elector.replications[0]!.reject(new NotLeaderError('replication reached 1 of 3 needed'))
    await sweep
    elector.acting = undefined
    elector.dispatchEvent(new CustomEvent('deposed', { detail: { epoch: 2 } }))
    await expect(parked).rejects.toBeInstanceOf(NotLeaderError)
    elector.elect(3)
    const next = h.sweep()
    await turn()
    elector.replications[1]!.resolve()
    await next
    expect(settles).toBe(1) // the new epoch's sweep only, not the old epoch's untold one
  })

  it('commitThen tells after its commit; after a failed one, once a later sweep commits, and not at all after stepping down', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const told: string[] = []
    const ok = h.commitThen(() => told.push('a'))
    await turn()
    elector.replications[0]!.resolve()
    await ok
    expect(told).toEqual(['a'])

    const failing = h.commitThen(() => told.push('b'))
    await turn()
    elector.replications[1]!.reject(new NotLeaderError('replication reached 1 of 3 needed'))
    await expect(failing).rejects.toBeInstanceOf(NotLeaderError)
    expect(told).toEqual(['a']) // not durable: not told
    const sweep = h.sweep()
    await turn()
    elector.replications[2]!.resolve()
    await sweep
    expect(told).toEqual(['a', 'b'])

    const lost = h.commitThen(() => told.push('c'))
    await turn()
    elector.replications[3]!.reject(new NotLeaderError('replication reached 1 of 3 needed'))
    await expect(lost).rejects.toBeInstanceOf(NotLeaderError)
    elector.acting = undefined
    elector.dispatchEvent(new CustomEvent('deposed', { detail: { epoch: 2 } }))
    elector.elect(3)
    await h.sweep() // nothing untold in this epoch: no commit
    expect(elector.replications).toHaveLength(4)
    expect(told).toEqual(['a', 'b'])
  })

  it('after a failed replication, an answer that changes nothing still commits first; after one succeeds, it does not', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const failing = h.commit()
    await turn()
    elector.replications[0]!.reject(new NotLeaderError('replication reached 1 of 3 needed'))
    await expect(failing).rejects.toBeInstanceOf(NotLeaderError)

    // a re-sent request finds its grant in the table: unchanged, but perhaps on no majority
    const answer = h.committed(false)
    const parked = h.park('lock/b', false)
    await turn()
    expect(elector.replications).toHaveLength(2) // one replication for both
    elector.replications[1]!.resolve()
    await answer
    h.settle('lock/b', { ack: {} })
    expect(await parked).toEqual({ ack: {} })

    await h.committed(false) // sure again: nothing to send
    expect(elector.replications).toHaveLength(2)
  })
  it('changes voters one at a time, each after a commit of this epoch, and answers once the change is committed', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const first = h.changeVoters({ add: 'd' })
    const second = h.changeVoters({ add: 'e' })
    await settleReplications(elector, 1)
    expect(elector.calls).toEqual(['replicate', 'change d', 'replicate']) // the epoch's commit came first
    await settleReplications(elector, 1)
    expect(await first).toEqual({ voters: ['a', 'b', 'c', 'd'], index: 1 })
    // the second change waited for the first to be made, then committed again before its own
    await settleReplications(elector, 2)
    expect(await second).toEqual({ voters: ['a', 'b', 'c', 'd', 'e'], index: 2 })
    expect(elector.calls).toEqual(['replicate', 'change d', 'replicate', 'replicate', 'change e', 'replicate'])
  })

  it('a change of voters that fails to commit is an error, and the next change still runs', async () => {
    const { elector, h } = holder()
    elector.elect(2)
    const failing = h.changeVoters({ add: 'd' })
    await until(() => elector.replications.length === 1)
    elector.replications.shift()!.reject(new NotLeaderError('deposed'))
    await expect(failing).rejects.toBeInstanceOf(NotLeaderError)
    const next = h.changeVoters({ add: 'e' })
    await settleReplications(elector, 2)
    expect((await next)?.voters).toEqual(['a', 'b', 'c', 'e'])
  })
})

async function until (cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise(resolve => setTimeout(resolve, 1))
  expect(cond()).toBe(true)
}

/** Resolves the next `n` replications, one at a time, as each is asked for. */
async function settleReplications (elector: ScriptedElector, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await until(() => elector.replications.length > 0)
    elector.replications.shift()!.resolve()
  }
  await new Promise(resolve => setTimeout(resolve, 1))
}
