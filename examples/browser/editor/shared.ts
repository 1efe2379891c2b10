/**
 * What the editor page (editor.ts, bundled for browsers) and its Node side (serve.ts,
 * agent.ts) agree on: the document, the text in it, and how a participant presents
 * itself in the document's awareness.
 */
import type { Awareness } from 'y-protocols/awareness'

/** The document the editor edits. */
export const EDITOR_DOC = 'editor'
/** The Y.Text of that document that CodeMirror shows. */
export const EDITOR_TEXT = 'text'

/**
 * The awareness field `user`, as y-codemirror.next reads it for remote carets and
 * selections: `color` for the caret and its name tag, `colorLight` for the selection.
 */
export interface EditorUser {
  name: string
  color: string
  colorLight: string
}

/** This example's own awareness field beside `user` and `cursor`: who is at the keyboard. */
export type EditorKind = 'tab' | 'agent'

/** Caret colours, light enough for the dark name tag on them. */
const COLORS = ['#30bced', '#6eeb83', '#ffbc42', '#ee6352', '#9ac2c9', '#8acb88', '#1be7ff', '#e07be0', '#f4a259', '#5b8e7d']

/** A participant's look: a colour picked by `seed` (the awareness client id, so two tabs named alike still differ). */
export function editorUser (name: string, seed: number): EditorUser {
  const color = COLORS[Math.abs(seed) % COLORS.length]!
  // hex with an alpha byte: y-codemirror.next's own fallback for colorLight is the same
  return { name, color, colorLight: `${color}33` }
}

/**
 * Keeps this participant's colour one that nobody else present shows. Of two who share a
 * colour, the one with the higher client id moves to the first colour nobody uses (one
 * made from its client id once the palette runs out); `onChange` gets the new look.
 * People tell carets apart by colour, and y-codemirror.next does too: its caret widgets
 * are equal when their colours are, so CodeMirror may keep one's DOM for the other and
 * show two carets of one colour with each other's names (with 10 colours, about one
 * editor test run in six did). Returns what stops it.
 */
export function keepColorDistinct (awareness: Awareness, onChange: (user: EditorUser) => void = () => {}): () => void {
  const check = (): void => {
    const me = awareness.getLocalState()?.user as EditorUser | undefined
    if (me == null) return
    const others = [...awareness.getStates()].filter(([id]) => id !== awareness.clientID)
    if (!others.some(([id, state]) => (state.user as EditorUser | undefined)?.color === me.color && id < awareness.clientID)) return
    const used = new Set(others.map(([, state]) => (state.user as EditorUser | undefined)?.color))
    let color = COLORS.find(c => !used.has(c))
    for (let seed = awareness.clientID; color == null || used.has(color); seed++) color = colorOf(seed)
    const user = { ...me, color, colorLight: `${color}33` }
    awareness.setLocalStateField('user', user)
    onChange(user)
  }
  awareness.on('change', check)
  check()
  return () => { awareness.off('change', check) }
}

/** A light colour (each channel at least 0x80, for the dark name tag) from `seed`. */
function colorOf (seed: number): string {
  const bits = (Math.imul(seed, 2654435761) >>> 8) & 0x7f7f7f
  return `#${(bits | 0x808080).toString(16)}`
}
