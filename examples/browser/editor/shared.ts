/**
 * What the editor page (editor.ts, bundled for browsers) and its Node side (serve.ts,
 * agent.ts) agree on: the document, the text in it, and how a participant presents
 * itself in the document's awareness.
 */

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
