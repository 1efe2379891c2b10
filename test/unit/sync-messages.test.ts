import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as sync from 'y-protocols/sync'
import { answer, stepOne } from '../../src/docs/sync-messages.js'

/** A document of `n` keys. */
function docOf (n: number): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => { for (let i = 0; i < n; i++) doc.getMap('m').set(`k${i}`, i) })
  return doc
}

/** What a peer answers a step 1 with: its step 2 (what the asker lacks) and its own step 1. */
function stepTwoAndOne (from: Y.Doc, askerStateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  sync.writeSyncStep2(encoder, from, askerStateVector)
  sync.writeSyncStep1(encoder, from)
  return encoding.toUint8Array(encoder)
}

describe('sync messages', () => {
  it('answers a step 1 with what the asker lacks, and applies a step 2', () => {
    const holder = docOf(100)
    const joiner = new Y.Doc()
    const reply = answer(stepOne(joiner), holder, () => { throw new Error('nothing to apply') }, true)
    expect(reply.askedForState).toBe(true)
    expect(reply.hasContent).toBe(true)
    const back = answer(reply.reply, joiner, update => { Y.applyUpdate(joiner, update) }, false)
    expect(back.gaveState).toBe(true)
    expect(joiner.getMap('m').size).toBe(100)
  })

  it('in a pull (the step 1 left unanswered), applies what the peer sent and never reads the document to answer it', () => {
    const holder = docOf(10)
    const joiner = docOf(0)
    joiner.getMap('m').set('offline', 1) // what the joiner had that the holder lacked
    // the joiner's answer to the holder's step 1: its step 2 and its step 1 (it has almost nothing)
    const message = stepTwoAndOne(joiner, Y.encodeStateVector(holder))
    const applied: Uint8Array[] = []
    // a stand-in for the holder's document that throws if answering reads it: a step 2 for an
    // empty asker is the whole document, which each holder made and dropped when a peer joined
    const untouchable = new Proxy(holder, { get: () => { throw new Error('the document was read') } })
    const pulled = answer(message, untouchable, update => { applied.push(update) }, false, false)
    expect(pulled).toMatchObject({ askedForState: true, gaveState: true, hasContent: false })
    expect(pulled.reply.byteLength).toBe(0)
    for (const u of applied) Y.applyUpdate(holder, u)
    expect(holder.getMap('m').get('offline')).toBe(1)
    // answering it (a push) does read it, and carries the whole document to the joiner
    const pushed = answer(message, holder, () => {}, false)
    expect(pushed.hasContent).toBe(true)
    expect(() => answer(message, untouchable, () => {}, false)).toThrow()
  })
})
