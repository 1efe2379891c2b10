import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { editorUser, keepColorDistinct, type EditorUser } from '../../examples/browser/editor/shared.js'

/** An awareness whose client id is `id`, and what it holds of the others. */
function participant (id: number): Awareness {
  const doc = new Y.Doc()
  doc.clientID = id
  return new Awareness(doc)
}

/** Each one's local state to every other, until nothing changes (what a provider does). */
function exchange (all: Awareness[]): void {
  for (let round = 0; round < 5; round++) {
    for (const from of all) {
      const update = encodeAwarenessUpdate(from, [from.clientID])
      for (const to of all) if (to !== from) applyAwarenessUpdate(to, update, 'remote')
    }
  }
}

const colorOf = (a: Awareness): string => (a.getLocalState()?.user as EditorUser).color

/**
 * The example editor's colours (examples/browser/editor/shared.ts): y-codemirror.next
 * draws two carets of one colour with each other's name tags, so participants keep their
 * colours distinct. The judge is each participant's own view of everyone's colours.
 */
describe('editor colours', () => {
  it('two participants given one colour end with two, the lower client id keeping its own', () => {
    // 3 and 13 pick the same of the 10 colours
    const [a, b] = [participant(3), participant(13)]
    expect(editorUser('a', 3).color).toBe(editorUser('b', 13).color)
    a.setLocalStateField('user', editorUser('a', 3))
    b.setLocalStateField('user', editorUser('b', 13))
    const before = colorOf(a)
    const recolored: EditorUser[] = []
    keepColorDistinct(a)
    keepColorDistinct(b, user => recolored.push(user))
    exchange([a, b])
    expect(colorOf(a)).toBe(before)
    expect(colorOf(b)).not.toBe(before)
    expect(recolored.map(u => u.color)).toEqual([colorOf(b)])
    // and each sees the other's new colour
    expect((a.getStates().get(13)?.user as EditorUser).color).toBe(colorOf(b))
  })

  it('twelve participants of one colour end with twelve colours, past the palette of ten', () => {
    const all = Array.from({ length: 12 }, (_, i) => participant(100 + i * 10))
    for (const a of all) { a.setLocalStateField('user', { ...editorUser(`p${a.clientID}`, 0) }); keepColorDistinct(a) }
    exchange(all)
    expect(new Set(all.map(colorOf)).size).toBe(12)
    for (const a of all) expect(colorOf(a)).toMatch(/^#[0-9a-f]{6}$/)
  })
})
