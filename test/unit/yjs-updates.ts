import * as Y from 'yjs'

/** Yjs updates setting k<from>..k<to-1> in map 'm', one update each. */
export function updates (from: number, to: number, ydoc = new Y.Doc()): Uint8Array[] {
  const out: Uint8Array[] = []
  const onUpdate = (u: Uint8Array): void => { out.push(u) }
  ydoc.on('update', onUpdate)
  for (let i = from; i < to; i++) ydoc.getMap('m').set('k' + i, i)
  ydoc.off('update', onUpdate)
  return out
}
