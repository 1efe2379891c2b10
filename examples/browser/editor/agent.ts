/**
 * A scripted Node agent that edits the editor's text beside the people in the tabs: every
 * few seconds it appends a line `agent: step N done` and selects it in its presence, so the
 * tabs show its caret (and the line selected) in its colour, named `node-agent`. It keeps
 * only its latest lines, deleting its oldest one as it writes a new one, so the text does not
 * grow for as long as the server runs.
 */
import { createPeer, type DocProvider, type Peer } from '../../../src/index.node.js' // first: loads the Node polyfills
import * as Y from 'yjs'
import { EDITOR_DOC, EDITOR_TEXT, editorUser, keepColorDistinct, type EditorKind } from './shared.js'

export interface EditorAgentOptions {
  mesh: string
  /** Multiaddrs to join the mesh through. */
  bootstrap: string[]
  /** How often it writes a line, in ms. Default 3000. */
  intervalMs?: number
  /** Its name in the tabs. Default 'node-agent'. */
  name?: string
  /** How many of its lines it keeps. Default 12. */
  keep?: number
  /** Progress lines; default none. */
  log?: (line: string) => void
}

export interface EditorAgent {
  peer: Peer
  provider: DocProvider
  text: Y.Text
  /** Steps written so far, and when the last one was (Date.now()). */
  readonly steps: number
  readonly lastStepAt: number
  /** Writes the next line now. */
  step: () => void
  stop: () => Promise<void>
}

/** The origin of the agent's own transactions. */
const AGENT = Symbol('node-agent')
const LINE = /^agent: step \d+ done$/

export async function startEditorAgent (options: EditorAgentOptions): Promise<EditorAgent> {
  const log = options.log ?? (() => {})
  const name = options.name ?? 'node-agent'
  const keep = options.keep ?? 12
  const peer = await createPeer({ mesh: options.mesh, bootstrap: options.bootstrap, capabilities: ['agent'] })
  try {
    const provider = await peer.provider(EDITOR_DOC)
    const text = provider.doc.getText(EDITOR_TEXT)
    const { awareness } = provider
    const kind: EditorKind = 'agent'
    awareness.setLocalState({ user: editorUser(name, awareness.clientID), kind, activity: 'catching up' })
    keepColorDistinct(awareness)
    // it writes below what is there: catch up first, or its first line lands above text it has not seen yet
    await provider.whenSynced()
    log(`  agent '${name}': peer ${peer.id}, ${text.length} characters in the text`)

    let steps = 0
    let lastStepAt = 0
    const step = (): void => {
      steps++
      lastStepAt = Date.now()
      const line = `agent: step ${steps} done`
      let start = 0
      provider.doc.transact(() => {
        const before = text.toString()
        const mine = linesOf(before).filter(l => LINE.test(l.text))
        const oldest = mine.length >= keep ? mine[0]! : undefined
        if (oldest != null) text.delete(oldest.from, Math.min(oldest.text.length + 1, before.length - oldest.from)) // newline included
        const sep = text.length > 0 && !text.toString().endsWith('\n') ? '\n' : ''
        start = text.length + sep.length
        text.insert(text.length, `${sep}${line}\n`)
      }, AGENT)
      // The line selected, the caret at its end: y-codemirror.next's `cursor` field, whose
      // anchor and head are Y.RelativePositions as they are (the awareness sends them as
      // JSON.stringify writes them, null fields included; Y.relativePositionToJSON drops
      // those, and the binding reads a missing `item` as an ID). Tied to the characters
      // (the head to the last one, assoc -1), so others' typing around it does not move it.
      const anchor = Y.createRelativePositionFromTypeIndex(text, start)
      const head = Y.createRelativePositionFromTypeIndex(text, start + line.length, -1)
      awareness.setLocalState({ ...awareness.getLocalState(), cursor: { anchor, head }, activity: `step ${steps} done` })
    }

    step()
    const timer = setInterval(step, options.intervalMs ?? 3_000)
    return {
      peer,
      provider,
      text,
      get steps () { return steps },
      get lastStepAt () { return lastStepAt },
      step,
      stop: async () => {
        clearInterval(timer)
        await peer.stop() // closes the document: its presence goes (null) before the peer leaves
      }
    }
  } catch (err) {
    await peer.stop().catch(() => {})
    throw err
  }
}

/** The lines of `s`, each with the index it starts at. */
function linesOf (s: string): Array<{ from: number, text: string }> {
  const lines: Array<{ from: number, text: string }> = []
  let from = 0
  for (const text of s.split('\n')) {
    lines.push({ from, text })
    from += text.length + 1
  }
  return lines
}
