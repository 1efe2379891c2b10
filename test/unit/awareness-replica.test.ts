import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { AwarenessReplica } from '../../src/docs/awareness.js'
import { sleep } from '../support/wait.js'

/** Who each send went to, from a replica whose document is held by `holders` (all reached straight). */
function replicaWithHolders (holders: string[]): { replica: AwarenessReplica, sends: string[][] } {
  const sends: string[][] = []
  const replica = new AwarenessReplica(new Y.Doc(), async (_update, lacks) => {
    const to = holders.filter(lacks)
    sends.push(to)
    return to
  }, 0, () => {})
  return { replica, sends }
}

/** An awareness update of a remote client `clientID` (clock 1). */
function remoteState (clientID: number, state: Record<string, unknown> | null): Uint8Array {
  const a = new Awareness(new Y.Doc())
  a.clientID = clientID
  a.meta.set(clientID, { clock: 1, lastUpdated: Date.now() })
  if (state == null) a.states.delete(clientID)
  else a.states.set(clientID, state)
  return encodeAwarenessUpdate(a, [clientID], a.states)
}

const settle = async (): Promise<void> => { await sleep(20) }

describe('AwarenessReplica: whom it tells its presence', () => {
  it('tells each holder its current state once; a change goes to all again', async () => {
    const { replica, sends } = replicaWithHolders(['p', 'q'])
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    replica.announce() // a subscription, say: everyone has it already
    await settle()
    expect(sends).toEqual([['p', 'q'], []])
    replica.awareness.setLocalStateField('cursor', 3)
    await settle()
    expect(sends.at(-1)).toEqual(['p', 'q'])
  })

  it('a newcomer from a peer already told is not answered; from a peer not told, or one that forgot, it is', async () => {
    const { replica, sends } = replicaWithHolders(['p', 'q'])
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    const before = sends.length
    replica.applyRemote('p', remoteState(101, { user: 'p' }))
    await settle()
    expect(sends.length, 'p holds our state: no answer').toBe(before)

    replica.untold('q') // q disconnected
    replica.applyRemote('q', remoteState(202, { user: 'q' }))
    await settle()
    expect(sends.at(-1)).toEqual(['q'])

    // p drops its client (closes the document): it is told again when it comes back
    replica.applyRemote('p', remoteState(101, null))
    replica.applyRemote('p', remoteState(102, { user: 'p again' }))
    await settle()
    expect(sends.at(-1)).toEqual(['p'])
  })

  it('sent by gossip (who got it unknown), the next announcement goes to everyone again', async () => {
    const sends: Array<'all' | string[]> = []
    let byGossip = true
    const replica = new AwarenessReplica(new Y.Doc(), async (_update, lacks) => {
      if (byGossip) { sends.push('all'); return undefined }
      const to = ['p', 'q'].filter(lacks)
      sends.push(to)
      return to
    }, 0, () => {})
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    byGossip = false
    replica.announce()
    await settle()
    replica.announce()
    await settle()
    expect(sends).toEqual(['all', ['p', 'q'], []])
  })

  it('holds its sends until the document\'s first catch-up is done, then sends once', async () => {
    const { replica, sends } = replicaWithHolders(['p'])
    let caughtUp!: () => void
    replica.holdUntil(new Promise<void>(resolve => { caughtUp = resolve }), 10_000)
    replica.awareness.setLocalState({ user: 'me' })
    replica.announce()
    replica.applyRemote('p', remoteState(101, { user: 'p' }))
    await settle()
    expect(sends).toEqual([])
    caughtUp()
    await settle()
    expect(sends).toEqual([['p']])
  })

  it('sends nothing while the application never set a state (no receiver applies the initial clock-0 state)', async () => {
    const { replica, sends } = replicaWithHolders(['p'])
    replica.announce()
    replica.applyRemote('p', remoteState(101, { user: 'p' }))
    await settle()
    expect(sends).toEqual([])
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    expect(sends).toEqual([['p']])
  })

  it('holds its sends for at most its limit when the catch-up takes longer (a peer that does not answer)', async () => {
    const { replica, sends } = replicaWithHolders(['p'])
    replica.holdUntil(new Promise<void>(() => {}), 100)
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    expect(sends).toEqual([])
    await sleep(150)
    expect(sends).toEqual([['p']])
  })

  it('its goodbye goes to every holder, told or not', async () => {
    const { replica, sends } = replicaWithHolders(['p', 'q'])
    replica.awareness.setLocalState({ user: 'me' })
    await settle()
    await replica.close()
    expect(sends.at(-1)).toEqual(['p', 'q'])
  })
})
