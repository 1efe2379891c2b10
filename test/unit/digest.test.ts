import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { remoteIsAhead, sameStateVector, stateOf } from '../../src/docs/digest.js'

/** A state vector as { client: clock }, for messages. */
const sv = (v: Uint8Array): string => JSON.stringify(Object.fromEntries(Y.decodeStateVector(v)))

function pair (): [Y.Doc, Y.Doc] {
  const a = new Y.Doc(); const b = new Y.Doc()
  a.getMap('m').set('x', 1)
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b]
}

describe('anti-entropy digest', () => {
  it('equal documents have equal digests', () => {
    const [a, b] = pair()
    expect(sameStateVector(stateOf(a).stateVector, stateOf(b).stateVector), `${sv(stateOf(a).stateVector)} vs ${sv(stateOf(b).stateVector)}`).toBe(true)
    expect(stateOf(a).deleteSetHash).toBe(stateOf(b).deleteSetHash)
  })

  it('an insert shows in the state vector', () => {
    const [a, b] = pair()
    a.getMap('m').set('y', 2)
    const [va, vb] = [stateOf(a).stateVector, stateOf(b).stateVector]
    expect(remoteIsAhead(vb, va), `remote ${sv(va)} ahead of local ${sv(vb)}`).toBe(true)
    expect(remoteIsAhead(va, vb), `remote ${sv(vb)} not ahead of local ${sv(va)}`).toBe(false)
  })

  it('a deletion leaves the state vector alone but changes the delete-set hash', () => {
    const [a, b] = pair()
    const t = a.getText('t'); t.insert(0, 'hello')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    t.delete(0, 2)
    expect(sameStateVector(stateOf(a).stateVector, stateOf(b).stateVector), `${sv(stateOf(a).stateVector)} vs ${sv(stateOf(b).stateVector)}`).toBe(true)
    expect(stateOf(a).deleteSetHash).not.toBe(stateOf(b).deleteSetHash)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    expect(stateOf(a).deleteSetHash).toBe(stateOf(b).deleteSetHash)
  })
})
