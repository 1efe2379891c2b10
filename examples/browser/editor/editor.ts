/**
 * A collaborative text editor, run by a browser peer created in the page.
 *
 * The tab joins the mesh named by /config.json (or `?mesh=…&bootstrap=…`) with storage
 * 'memory', opens document `editor` with `peer.provider('editor')` and binds its Y.Text
 * `text` to CodeMirror 6 with y-codemirror.next: `yCollab(text, provider.awareness)`
 * replicates the edits, and shows the other participants' carets and selections from their
 * awareness states. This tab's state carries `user` ({ name, color, colorLight }, as the
 * binding reads it; the name from `?name=…`, else a random one) and the binding adds
 * `cursor`. The top bar shows `provider.status` and `provider.synced`; the side bar lists
 * every awareness state with a user: who is here, and on which line.
 */
import { createPeer, type DocProvider, type Peer, type ProviderStatus } from '../../../src/index.browser.js'
import { defaultKeymap, indentWithTab } from '@codemirror/commands'
import { EditorState } from '@codemirror/state'
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view'
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next'
import * as Y from 'yjs'
import { EDITOR_DOC, EDITOR_TEXT, editorUser, keepColorDistinct, type EditorKind, type EditorUser } from './shared.js'
import { loadConfig } from '../page-config.js'

const NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Leslie', 'Radia', 'Ken', 'Frances', 'Niklaus']

// ---------------------------------------------------------------- DOM helpers

function byTestId<T extends HTMLElement = HTMLElement> (id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (el == null) throw new Error(`no element with data-testid=${id}`)
  return el
}

function h<K extends keyof HTMLElementTagNameMap> (tag: K, attrs: Record<string, string | undefined> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v)
  el.append(...children)
  return el
}

/** A participant as a coloured dot and a name. The colour goes through setProperty, which ignores what is not a colour: states come from other peers. */
function personChip (user: EditorUser): HTMLElement {
  const dot = h('span', { class: 'pdot' })
  dot.style.setProperty('--c', user.color)
  return h('span', { class: 'person-chip' }, dot, user.name)
}

function setBadge (el: HTMLElement, kind: 'good' | 'warn' | 'bad', text: string): void {
  el.className = `badge ${kind}`
  el.textContent = text
}

function showError (message: string): void {
  const el = byTestId('error')
  el.textContent = message
  el.hidden = false
  setBadge(byTestId('status'), 'bad', 'error')
  document.body.dataset.state = 'error'
}

// ---------------------------------------------------------------- start

async function main (): Promise<void> {
  const config = await loadConfig('editor')
  byTestId('mesh').textContent = config.mesh
  byTestId('doc').textContent = EDITOR_DOC
  if (config.bootstrap.length === 0) {
    showError('No bootstrap address: serve this page with examples/browser/editor/serve.ts, or add ?bootstrap=<multiaddr>.')
    return
  }
  let peer: Peer
  try {
    // memory storage: several tabs of one origin would otherwise contend for one IndexedDB database
    peer = await createPeer({ mesh: config.mesh, bootstrap: config.bootstrap, storage: 'memory', capabilities: ['tab'] })
  } catch (err) {
    showError(`Could not join mesh ${config.mesh}: ${err instanceof Error ? err.message : String(err)}`)
    return
  }
  window.addEventListener('pagehide', () => { void peer.stop() }) // says goodbye: this tab's caret goes at once

  const provider = await peer.provider(EDITOR_DOC)
  const text = provider.doc.getText(EDITOR_TEXT)
  const { awareness } = provider
  const name = new URLSearchParams(location.search).get('name')?.slice(0, 40) ?? NAMES[Math.floor(Math.random() * NAMES.length)]!
  const user = editorUser(name, awareness.clientID)
  const kind: EditorKind = 'tab'
  awareness.setLocalStateField('user', user)
  awareness.setLocalStateField('kind', kind)
  const self = byTestId('self')
  self.replaceChildren(personChip(user))
  self.dataset.name = name
  self.dataset.peer = peer.id
  self.dataset.client = String(awareness.clientID)
  self.title = `peer ${peer.id}, awareness client ${awareness.clientID}`
  keepColorDistinct(awareness, recolored => { self.replaceChildren(personChip(recolored)) })

  showProvider(provider)
  const view = new EditorView({
    parent: byTestId('editor'),
    state: EditorState.create({
      doc: text.toString(), // y-codemirror.next expects the editor to start from the Y.Text's content
      extensions: [
        // yUndoManagerKeymap first: undo takes back this tab's own edits only, not the others'
        keymap.of([...yUndoManagerKeymap, ...defaultKeymap, indentWithTab]),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        EditorView.lineWrapping,
        theme,
        yCollab(text, awareness)
      ]
    })
  })
  ;(globalThis as unknown as { accord?: unknown }).accord = { peer, provider, text, view, Y } // for the console (and the test)

  const people = new PeopleList(provider, view)
  awareness.on('change', people.schedule)
  text.observe(people.schedule) // lines move under the carets
  people.render()
  view.focus()
  document.body.dataset.state = 'ready'
}

/** Keeps the top bar's badges on `provider.status` and `provider.synced`. */
function showProvider (provider: DocProvider): void {
  const status = byTestId('status')
  const synced = byTestId('synced')
  const onStatus = (s: ProviderStatus): void => {
    status.dataset.status = s
    if (s === 'connected') setBadge(status, 'good', 'connected')
    else if (s === 'connecting') setBadge(status, 'warn', 'connecting…')
    else setBadge(status, 'bad', 'no peer has it open: editing alone')
  }
  const onSynced = (s: boolean): void => {
    synced.dataset.synced = String(s)
    if (s) setBadge(synced, 'good', 'synced')
    else setBadge(synced, 'warn', 'catching up…')
  }
  provider.on('status', e => { onStatus(e.status) })
  provider.on('sync', onSynced)
  onStatus(provider.status)
  onSynced(provider.synced)
}

/** The side bar: every awareness state with a `user`, this tab first, with the line its caret is on. */
class PeopleList {
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly list = byTestId<HTMLUListElement>('people')
  private readonly count = byTestId('count')

  constructor (private readonly provider: DocProvider, private readonly view: EditorView) {}

  /** Renders soon, once for a burst of changes (a remote paste is many Y.Text events). */
  readonly schedule = (): void => {
    if (this.timer != null) return
    this.timer = setTimeout(() => { this.timer = undefined; this.render() }, 30)
  }

  render (): void {
    const { awareness, doc } = this.provider
    const me = awareness.clientID
    const rows: Array<{ client: number, user: EditorUser, kind: string, doing?: string, line?: number }> = []
    for (const [client, state] of awareness.getStates()) {
      const user = readUser(state.user)
      if (user == null) continue
      rows.push({
        client,
        user,
        kind: typeof state.kind === 'string' ? state.kind : 'tab',
        doing: typeof state.activity === 'string' ? state.activity : undefined,
        line: this.lineOf((state.cursor as { head?: unknown } | null | undefined)?.head, doc)
      })
    }
    rows.sort((a, b) => Number(b.client === me) - Number(a.client === me) || a.user.name.localeCompare(b.user.name) || a.client - b.client)
    this.list.replaceChildren(...rows.map(r => h('li', { 'data-testid': 'person', 'data-name': r.user.name, 'data-client': String(r.client), 'data-kind': r.kind, 'data-self': String(r.client === me) },
      personChip(r.user),
      ...(r.client === me ? [h('span', { class: 'tag you' }, 'you')] : []),
      ...(r.kind !== 'tab' ? [h('span', { class: 'tag' }, r.kind)] : []),
      ...(r.doing != null ? [h('span', { class: 'doing' }, r.doing)] : []),
      h('span', { class: 'where', title: 'the line of their caret' }, r.line != null ? `line ${r.line}` : '')
    )))
    const d = this.view.state.doc
    this.count.textContent = `${d.length} character${d.length === 1 ? '' : 's'} · ${d.lines} line${d.lines === 1 ? '' : 's'} · ${rows.length} here`
  }

  /** The line of a caret (a Y.RelativePosition as JSON), if it is in this text. */
  private lineOf (head: unknown, doc: Y.Doc): number | undefined {
    if (head == null || typeof head !== 'object') return undefined
    try {
      const abs = Y.createAbsolutePositionFromRelativePosition(head as Y.RelativePosition, doc)
      const d = this.view.state.doc
      if (abs == null || abs.type !== doc.getText(EDITOR_TEXT) || abs.index > d.length) return undefined
      return d.lineAt(abs.index).number
    } catch {
      return undefined // another peer's malformed state: no line, but the list still renders
    }
  }
}

function readUser (value: unknown): EditorUser | undefined {
  const u = value as Partial<EditorUser> | null | undefined
  if (u == null || typeof u !== 'object' || typeof u.name !== 'string' || typeof u.color !== 'string') return undefined
  return { name: u.name.slice(0, 40), color: u.color, colorLight: typeof u.colorLight === 'string' ? u.colorLight : u.color }
}

const theme = EditorView.theme({
  '&': { height: '100%', color: '#e6ebf5', backgroundColor: 'transparent', fontSize: '14px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, "JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace', lineHeight: '1.6' },
  '.cm-content': { caretColor: '#7c9cff', padding: '12px 0' },
  '&.cm-focused .cm-cursor': { borderLeftColor: '#7c9cff' },
  '.cm-gutters': { backgroundColor: 'transparent', color: '#4b566b', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'rgba(124, 156, 255, .06)' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: '#a8b3c7' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'rgba(124, 156, 255, .28)' },
  // the binding's name tags show only on hover; a shared editor reads better with them always on
  '.cm-ySelectionInfo': { opacity: '1', color: '#0b0f17', fontFamily: 'inherit', fontWeight: '600', borderRadius: '3px 3px 3px 0', top: '-1.25em' }
}, { dark: true })

main().catch((err: unknown) => {
  console.error(err)
  showError(err instanceof Error ? err.message : String(err))
})
