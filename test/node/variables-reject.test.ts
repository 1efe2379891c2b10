import { afterEach, describe, expect, it } from 'vitest'
import { VectorClock } from '../../src/clock/vector-clock.js'
import { compareAndSet } from '../../src/coord/cas-client.js'
import type { LeaderChannel } from '../../src/machine/leader-channel.js'
import { ConflictError, createPeer, NoLeaderError, type Peer } from '../../src/index.node.js'
import { freshMesh, startMeshWithLeader, stopAll, waitFor } from './helpers.js'

describe("'reject' variables: compare-and-set through the lease holder", () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('of two concurrent writes exactly one wins everywhere, the other throws ConflictError and changes nothing', async () => {
    peers = await startMeshWithLeader(3)
    // a peer's first write first catches up with the mesh: get that done, so that the two
    // writes of each round leave at the same moment
    await Promise.all(peers.map(async p => { await p.variable<number>('warm-up').set(1) }))
    const vars = peers.map(p => p.variable<string>('checkpoint', { strategy: 'reject' }))
    for (let round = 0; round < 10; round++) {
      const [x, y] = [vars[round % 3]!, vars[(round + 1) % 3]!]
      const outcomes = await Promise.allSettled([x.set(`x${round}`), y.set(`y${round}`)])
      const won = outcomes.filter(o => o.status === 'fulfilled')
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
      expect(won).toHaveLength(1)
      expect(lost).toHaveLength(1)
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError)
      const winner = outcomes[0]!.status === 'fulfilled' ? `x${round}` : `y${round}`
      await waitFor(`round ${round}: everyone reads the winner`, () => vars.every(v => v.get() === winner && v.siblings().length === 1))
    }
    // the loser reads, then retries on top of what it read: accepted
    await vars[2]!.set('after-reading')
    await waitFor('retry visible everywhere', () => vars.every(v => v.get() === 'after-reading'))
  })

  it('with no lease holder a write fails clearly (NoLeaderError) instead of hanging, and writes nothing', async () => {
    // quorum mode with 3 members and only one running: no majority, no leader
    const lonely = await createPeer({ mesh: freshMesh(), members: 3, rank: 0 })
    peers = [lonely]
    const v = lonely.variable<number>('lr', { strategy: 'reject' })
    const started = performance.now()
    await expect(v.set(0.1, { timeoutMs: 1_500 })).rejects.toBeInstanceOf(NoLeaderError)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(v.get()).toBeUndefined()
  })

  it('a writer that dies between acceptance and writing does not wedge the variable', async () => {
    peers = await startMeshWithLeader(3, { tuning: { abandonedWriteMs: 1_500 } })
    const leaderId = peers[0]!.leader!.id
    const [doomed, writer] = peers.filter(p => p.id !== leaderId) as [Peer, Peer]
    const v = writer.variable<number>('lr', { strategy: 'reject' })
    await v.set(1)
    await waitFor('doomed has seen 1', () => doomed.variable<number>('lr', { strategy: 'reject' }).get() === 1)
    // the doomed peer's write is accepted by the lease holder, then the peer dies before writing it
    const seen = VectorClock.from({ [writer.id]: 1 })
    const toLeader = (doomed as unknown as { parts: { toLeader: LeaderChannel } }).parts.toLeader
    await compareAndSet(toLeader, 'lr', seen.encode(), 5_000)
    await doomed.stop()
    // nobody can have seen the accepted write: conflicts, until it is presumed abandoned
    await expect(v.set(2)).rejects.toBeInstanceOf(ConflictError)
    await waitFor('accepted once the abandoned write lapses', async () => await v.set(3).then(() => true, () => false), 10_000)
    await waitFor('everyone reads 3', () => peers.filter(p => p !== doomed).every(p => p.variable<number>('lr', { strategy: 'reject' }).get() === 3))
  })

  it('the accepted clock survives a failover of the lease holder: a write based on the old value still conflicts', async () => {
    peers = await startMeshWithLeader(4)
    const leaderId = peers[0]!.leader!.id
    const [writer, stale] = peers.filter(p => p.id !== leaderId) as [Peer, Peer]
    await writer.variable<number>('lr', { strategy: 'reject' }).set(1)
    await peers.find(p => p.id === leaderId)!.stop()
    const rest = peers.filter(p => p.id !== leaderId)
    peers = rest
    await waitFor('a new lease holder', () => rest.every(p => p.leader != null && p.leader.id !== leaderId && p.leader.id === rest[0]!.leader?.id), 20_000)
    // a write from the state before writer's (an empty clock) must still be refused by the new leader
    const toLeader = (stale as unknown as { parts: { toLeader: LeaderChannel } }).parts.toLeader
    await expect(compareAndSet(toLeader, 'lr', VectorClock.EMPTY.encode(), 5_000)).rejects.toBeInstanceOf(ConflictError)
    // while one based on what it read goes through
    await waitFor('stale has read 1', () => stale.variable<number>('lr', { strategy: 'reject' }).get() === 1)
    await stale.variable<number>('lr', { strategy: 'reject' }).set(2)
    await waitFor('2 everywhere', () => rest.every(p => p.variable<number>('lr', { strategy: 'reject' }).get() === 2))
  })
})
