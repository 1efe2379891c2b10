/**
 * A live dashboard of an accord mesh, run by a browser peer created in the page.
 *
 * The tab joins the mesh named by /config.json (or `?mesh=…&bootstrap=…`), with storage
 * 'memory' so that several tabs of one origin do not contend for one IndexedDB database.
 * Every 500 ms it calls `peer.inspect()` (members, the leader, the lease holder's lock
 * and barrier tables, every variable with its siblings) and redraws; membership and
 * leader events land in the activity log as they happen. The controls use the public
 * API: `peer.lock`, `peer.semaphore(...).acquire`, `peer.election(...).campaign`,
 * `peer.barrier(...).arrive()`, `peer.variable(...).set`, and a textarea bound both ways
 * to the Y.Text `notes` of document `dashboard`.
 */
import { createPeer, tokenParts, type BarrierView, type ElectionView, type Leadership, type Lock, type LockView, type MeshView, type MemberView, type Peer, type Permit, type SemaphoreView } from '../../src/index.browser.js'
import type * as Y from 'yjs'
import { loadConfig } from './page-config.js'

const POLL_MS = 500
const LOG_MAX = 80

// ---------------------------------------------------------------- DOM helpers

function byTestId<T extends HTMLElement = HTMLElement> (id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (el == null) throw new Error(`no element with data-testid=${id}`)
  return el
}

type Child = Node | string | number | null | undefined | false
type Attrs = Record<string, string | number | boolean | undefined>

/** document.createElement with attributes (`class`, `title`, `data-*`, `style`…) and children. */
function h<K extends keyof HTMLElementTagNameMap> (tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue
    el.setAttribute(k, v === true ? '' : String(v))
  }
  for (const c of children) {
    if (c == null || c === false) continue
    el.append(typeof c === 'number' ? String(c) : c)
  }
  return el
}

/** A stable colour per peer id, so one peer looks the same in every table. */
function hue (id: string): number {
  let x = 2166136261
  for (let i = 0; i < id.length; i++) x = Math.imul(x ^ id.charCodeAt(i), 16777619)
  return (x >>> 0) % 360
}

const short = (id: string): string => `…${id.slice(-8)}`

let selfId = ''

/** A peer as a coloured chip: short id, full id on hover. */
function peerChip (id: string, extra?: string): HTMLElement {
  const you = id === selfId
  return h('span', { class: `peer${you ? ' you' : ''}`, title: id, 'data-peer': id, style: `--hue:${hue(id)}` },
    h('span', { class: 'pdot' }), short(id), you && h('span', { class: 'you-tag' }, 'you'), extra != null && extra !== '' && h('span', { class: 'owner' }, extra))
}

function badge (text: string, kind: string, title?: string): HTMLElement {
  return h('span', { class: `badge ${kind}`, title }, text)
}

/** A fencing token is epoch · 2^32 + counter: shown as both parts, the number on hover. */
function tokenCell (token: bigint): HTMLElement {
  const { epoch, n: counter } = tokenParts(token)
  return h('span', { class: 'token', title: `token ${token} = epoch ${epoch} · 2^32 + ${counter}` },
    h('span', { class: 'tok-epoch' }, `e${epoch}`), h('span', { class: 'tok-sep' }, '·'), h('span', { class: 'tok-n' }, `#${counter}`))
}

function json (value: unknown, max = 60): HTMLElement {
  let text: string
  try { text = JSON.stringify(value) ?? 'undefined' } catch { text = String(value) }
  const cut = text.length > max ? text.slice(0, max - 1) + '…' : text
  return h('code', { class: 'json', title: text }, cut)
}

/** Sets the text only when it changed: no needless style and layout work on every poll. */
function setText (el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text
}

/**
 * Like replaceChildren, but keeps every child that renders identically, so a poll that
 * changes nothing touches nothing (and a tooltip under the mouse stays open).
 */
function patch (parent: Element, ...items: Array<Node | string>): void {
  const children = items.map(c => typeof c === 'string' ? document.createTextNode(c) : c)
  const html = (n: Node | null | undefined): string | undefined => n == null ? undefined : n instanceof Element ? n.outerHTML : n.textContent ?? ''
  children.forEach((child, i) => {
    const current = parent.childNodes[i]
    if (current == null) parent.append(child)
    else if (html(current) !== html(child)) current.replaceWith(child)
  })
  while (parent.childNodes.length > children.length) parent.lastChild?.remove()
}

function emptyRow (cols: number, text: string): HTMLTableRowElement {
  return h('tr', { class: 'empty' }, h('td', { colspan: cols }, text))
}

function clock (): string {
  const d = new Date()
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map(n => String(n).padStart(2, '0')).join(':')
}

// ---------------------------------------------------------------- activity log

type LogKind = 'info' | 'good' | 'warn' | 'bad' | 'lock' | 'sem' | 'elect' | 'barrier' | 'var'

function log (kind: LogKind, ...parts: Child[]): void {
  const list = byTestId<HTMLOListElement>('log')
  list.prepend(h('li', { class: `log-${kind}` }, h('time', {}, clock()), h('span', { class: 'log-dot' }), h('span', { class: 'log-text' }, ...parts)))
  while (list.children.length > LOG_MAX) list.lastElementChild?.remove()
}

function describe (err: unknown): string {
  if (err instanceof Error) return `${(err as { code?: string }).code ?? err.name}: ${err.message}`
  return String(err)
}

// ---------------------------------------------------------------- start

function setStatus (state: 'starting' | 'live' | 'electing' | 'offline' | 'error', label: string): void {
  const el = byTestId('status')
  el.dataset.state = state
  const text = el.querySelector<HTMLElement>('.label')
  if (text != null) setText(text, label)
}

async function main (): Promise<void> {
  const config = await loadConfig('demo')
  byTestId('mesh').textContent = config.mesh
  if (config.bootstrap.length === 0) {
    setStatus('error', 'no bootstrap address')
    log('bad', 'No bootstrap address: serve this page with examples/browser/serve.ts, or add ?bootstrap=<multiaddr>.')
    return
  }
  setStatus('starting', 'joining…')
  log('info', `Joining mesh `, h('code', {}, config.mesh), ' through ', h('code', { title: config.bootstrap.join('\n') }, short(config.bootstrap[0]!)))
  let peer: Peer
  try {
    peer = await createPeer({ mesh: config.mesh, bootstrap: config.bootstrap, storage: 'memory', capabilities: ['tab'] })
  } catch (err) {
    setStatus('error', 'could not join')
    log('bad', `Could not join: ${describe(err)}`)
    document.body.dataset.state = 'error'
    return
  }
  selfId = peer.id
  const self = byTestId('self-id')
  self.replaceChildren(peerChip(peer.id))
  self.dataset.peer = peer.id
  ;(globalThis as unknown as { accord?: unknown }).accord = { peer } // for the console
  log('good', 'Joined as ', peerChip(peer.id))

  peer.addEventListener('member:join', evt => { log('good', peerChip(evt.detail.id), ' joined', evt.detail.rank != null ? ` (rank ${evt.detail.rank})` : '') })
  peer.addEventListener('member:leave', evt => { log('warn', peerChip(evt.detail.id), ' left') })
  peer.addEventListener('leader', evt => {
    const l = evt.detail
    if (l == null) log('warn', 'No leader: election under way')
    else log('info', 'Leader is ', peerChip(l.id), ` · epoch ${l.epoch}`)
  })
  window.addEventListener('pagehide', () => { void peer.stop() })

  const locks = new LockControls(peer)
  const barriers = new BarrierControls(peer)
  const semaphores = new SemaphoreControls(peer)
  const elections = new ElectionControls(peer)
  new VariableControls(peer).bind()
  locks.bind()
  semaphores.bind()
  elections.bind()
  barriers.bind()
  const view = new MeshRenderer(peer, locks, barriers)
  void view.poll()
  await bindNotes(peer)
  document.body.dataset.state = 'ready'
}

// ---------------------------------------------------------------- locks

interface MyLock { name: string, state: 'waiting' | 'held' | 'lost', lock?: Lock, abort: AbortController, since: number }

class LockControls {
  readonly mine = new Map<string, MyLock>()
  constructor (private readonly peer: Peer) {}

  bind (): void {
    const form = byTestId<HTMLFormElement>('lock-form')
    const name = byTestId<HTMLInputElement>('lock-name')
    const ttl = byTestId<HTMLInputElement>('lock-ttl')
    form.addEventListener('submit', evt => {
      evt.preventDefault()
      void this.acquire(name.value.trim(), Math.max(1, Number(ttl.value) || 15) * 1000)
    })
    byTestId('lock-release').addEventListener('click', () => { void this.release(name.value.trim()) })
  }

  async acquire (name: string, ttlMs: number): Promise<void> {
    if (name === '') return
    const existing = this.mine.get(name)
    if (existing != null && existing.state !== 'lost') {
      log('info', `Lock ${name}: this tab is ${existing.state === 'held' ? 'already holding it' : 'already waiting for it'}`)
      return
    }
    const entry: MyLock = { name, state: 'waiting', abort: new AbortController(), since: performance.now() }
    this.mine.set(name, entry)
    this.render()
    try {
      const lock = await this.peer.lock(name, { ttlMs, signal: entry.abort.signal })
      if (this.mine.get(name) !== entry) { await lock.release(); return }
      entry.lock = lock
      entry.state = 'held'
      entry.since = performance.now()
      log('lock', 'This tab holds ', h('b', {}, name), ' with token ', tokenCell(lock.token))
      lock.onLost(() => {
        if (this.mine.get(name) !== entry || entry.state !== 'held') return
        entry.state = 'lost'
        log('bad', `Lost lock ${name}: its lease can no longer be trusted`)
        this.render()
      })
    } catch (err) {
      if (this.mine.get(name) === entry) this.mine.delete(name)
      if (entry.abort.signal.aborted) log('info', `Stopped waiting for lock ${name}`)
      else log('bad', `Lock ${name}: ${describe(err)}`)
    }
    this.render()
  }

  async release (name: string): Promise<void> {
    const entry = this.mine.get(name)
    if (entry == null) { log('info', `Lock ${name}: this tab neither holds nor waits for it`); return }
    this.mine.delete(name)
    this.render()
    if (entry.state === 'waiting') { entry.abort.abort(); return }
    if (entry.lock == null) return
    try {
      await entry.lock.release()
      log('lock', 'This tab released ', h('b', {}, name))
    } catch (err) {
      log('bad', `Release of ${name}: ${describe(err)}`)
    }
  }

  render (): void {
    const box = byTestId('my-locks')
    box.replaceChildren(...[...this.mine.values()].map(m => {
      const state = m.state === 'held' ? badge('held', 'good') : m.state === 'waiting' ? badge('waiting…', 'warn pulse') : badge('lost', 'bad')
      return h('span', { class: 'mine-item', 'data-testid': 'my-lock', 'data-lock': m.name, 'data-state': m.state, 'data-token': m.lock?.token.toString() },
        h('b', {}, m.name), state, m.lock != null && tokenCell(m.lock.token),
        h('button', { class: 'link', type: 'button', title: m.state === 'waiting' ? 'stop waiting' : 'release' }, m.state === 'waiting' ? 'cancel' : 'release'))
    }))
    box.querySelectorAll<HTMLButtonElement>('button').forEach(b => {
      b.addEventListener('click', () => { void this.release(b.parentElement?.dataset.lock ?? '') })
    })
    box.hidden = this.mine.size === 0
  }
}

// ---------------------------------------------------------------- semaphores

interface MyPermit { id: number, name: string, permits: number, state: 'waiting' | 'held' | 'lost', permit?: Permit, abort: AbortController }

/** This tab's grants of semaphores (and requests still waiting), oldest first. */
class SemaphoreControls {
  private readonly mine: MyPermit[] = []
  private next = 0
  constructor (private readonly peer: Peer) {}

  bind (): void {
    const form = byTestId<HTMLFormElement>('semaphore-form')
    const name = byTestId<HTMLInputElement>('semaphore-name')
    const size = byTestId<HTMLInputElement>('semaphore-size')
    const permits = byTestId<HTMLInputElement>('semaphore-permits')
    form.addEventListener('submit', evt => {
      evt.preventDefault()
      void this.acquire(name.value.trim(), Math.floor(Number(size.value) || 1), Math.floor(Number(permits.value) || 1))
    })
    byTestId('semaphore-release').addEventListener('click', () => { void this.releaseLatest(name.value.trim()) })
  }

  async acquire (name: string, size: number, permits: number): Promise<void> {
    if (name === '') return
    const error = byTestId('semaphore-error')
    error.textContent = ''
    const entry: MyPermit = { id: this.next++, name, permits, state: 'waiting', abort: new AbortController() }
    try {
      const sem = this.peer.semaphore(name, { permits: size }) // throws on a bad size
      this.mine.push(entry)
      this.render()
      const permit = await sem.acquire({ permits, ttlMs: 15_000, signal: entry.abort.signal })
      if (!this.mine.includes(entry)) { await permit.release(); return }
      entry.permit = permit
      entry.state = 'held'
      log('sem', 'This tab holds ', h('b', {}, name), ` ×${permit.permits} with token `, tokenCell(permit.token))
      permit.onLost(() => {
        if (!this.mine.includes(entry) || entry.state !== 'held') return
        entry.state = 'lost'
        log('bad', `Lost a permit of ${name}: its lease can no longer be trusted`)
        this.render()
      })
    } catch (err) {
      const i = this.mine.indexOf(entry)
      if (i >= 0) this.mine.splice(i, 1)
      if (entry.abort.signal.aborted) log('info', `Stopped waiting for semaphore ${name}`)
      else {
        error.textContent = describe(err)
        log('bad', `Semaphore ${name}: ${describe(err)}`)
      }
    }
    this.render()
  }

  /** Releases this tab's most recent grant of `name` (or stops its most recent wait). */
  async releaseLatest (name: string): Promise<void> {
    const entry = [...this.mine].reverse().find(m => m.name === name)
    if (entry == null) { log('info', `Semaphore ${name}: this tab neither holds nor waits for a permit`); return }
    await this.release(entry)
  }

  private async release (entry: MyPermit): Promise<void> {
    const i = this.mine.indexOf(entry)
    if (i < 0) return
    this.mine.splice(i, 1)
    this.render()
    if (entry.state === 'waiting') { entry.abort.abort(); return }
    if (entry.permit == null) return
    try {
      await entry.permit.release()
      log('sem', 'This tab released ', h('b', {}, entry.name), ` ×${entry.permits}`)
    } catch (err) {
      log('bad', `Release of ${entry.name}: ${describe(err)}`)
    }
  }

  render (): void {
    const box = byTestId('my-permits')
    box.replaceChildren(...this.mine.map(m => {
      const state = m.state === 'held' ? badge('held', 'good') : m.state === 'waiting' ? badge('waiting…', 'warn pulse') : badge('lost', 'bad')
      return h('span', { class: 'mine-item', 'data-testid': 'my-permit', 'data-semaphore': m.name, 'data-state': m.state, 'data-permits': m.permits, 'data-token': m.permit?.token.toString(), 'data-id': m.id },
        h('b', {}, m.name), h('span', { class: 'permits', title: 'permits' }, `×${m.permits}`), state, m.permit != null && tokenCell(m.permit.token),
        h('button', { class: 'link', type: 'button', title: m.state === 'waiting' ? 'stop waiting' : 'release' }, m.state === 'waiting' ? 'cancel' : 'release'))
    }))
    box.querySelectorAll<HTMLButtonElement>('button').forEach(b => {
      b.addEventListener('click', () => {
        const entry = this.mine.find(m => String(m.id) === b.parentElement?.dataset.id)
        if (entry != null) void this.release(entry)
      })
    })
    box.hidden = this.mine.length === 0
  }
}

// ---------------------------------------------------------------- named elections

interface MyCampaign { name: string, rank?: number, state: 'campaigning' | 'leading' | 'lost', leadership?: Leadership, abort: AbortController }

class ElectionControls {
  private readonly mine = new Map<string, MyCampaign>()
  constructor (private readonly peer: Peer) {}

  bind (): void {
    const form = byTestId<HTMLFormElement>('election-form')
    const name = byTestId<HTMLInputElement>('election-name')
    const rank = byTestId<HTMLInputElement>('election-rank')
    form.addEventListener('submit', evt => {
      evt.preventDefault()
      const r = rank.value.trim() === '' ? undefined : Math.max(0, Math.floor(Number(rank.value)))
      void this.campaign(name.value.trim(), Number.isFinite(r) ? r : undefined)
    })
    byTestId('election-resign').addEventListener('click', () => { void this.resign(name.value.trim()) })
  }

  async campaign (name: string, rank: number | undefined): Promise<void> {
    if (name === '') return
    const existing = this.mine.get(name)
    if (existing != null && existing.state !== 'lost') {
      log('info', `Election ${name}: this tab is ${existing.state === 'leading' ? 'already leading' : 'already campaigning'}`)
      return
    }
    const entry: MyCampaign = { name, rank, state: 'campaigning', abort: new AbortController() }
    this.mine.set(name, entry)
    this.render()
    log('elect', 'This tab campaigns in ', h('b', {}, name), rank != null ? ` with rank ${rank}` : ' unranked')
    try {
      const leadership = await this.peer.election(name).campaign({ rank, signal: entry.abort.signal })
      if (this.mine.get(name) !== entry) { await leadership.resign(); return }
      entry.leadership = leadership
      entry.state = 'leading'
      log('elect', 'This tab leads ', h('b', {}, name), ' with token ', tokenCell(leadership.token))
      leadership.onLost(() => {
        if (this.mine.get(name) !== entry || entry.state !== 'leading') return
        entry.state = 'lost'
        log('bad', `Lost the lead of ${name}: pre-empted, or its lease lapsed`)
        this.render()
      })
    } catch (err) {
      if (this.mine.get(name) === entry) this.mine.delete(name)
      if (entry.abort.signal.aborted) log('info', `Withdrew from election ${name}`)
      else log('bad', `Election ${name}: ${describe(err)}`)
    }
    this.render()
  }

  async resign (name: string): Promise<void> {
    const entry = this.mine.get(name)
    if (entry == null) { log('info', `Election ${name}: this tab neither leads nor campaigns`); return }
    this.mine.delete(name)
    this.render()
    if (entry.state === 'campaigning') { entry.abort.abort(); return }
    if (entry.leadership == null) return
    try {
      await entry.leadership.resign()
      log('elect', 'This tab resigned from ', h('b', {}, name))
    } catch (err) {
      log('bad', `Resigning from ${name}: ${describe(err)}`)
    }
  }

  render (): void {
    const box = byTestId('my-campaigns')
    box.replaceChildren(...[...this.mine.values()].map(m => {
      const state = m.state === 'leading' ? badge('leading', 'good') : m.state === 'campaigning' ? badge('campaigning…', 'warn pulse') : badge('lost', 'bad')
      return h('span', { class: 'mine-item', 'data-testid': 'my-campaign', 'data-election': m.name, 'data-state': m.state, 'data-token': m.leadership?.token.toString() },
        h('b', {}, m.name), h('span', { class: 'muted' }, m.rank != null ? `rank ${m.rank}` : 'unranked'), state, m.leadership != null && tokenCell(m.leadership.token),
        h('button', { class: 'link', type: 'button', title: m.state === 'campaigning' ? 'withdraw the campaign' : 'step down' }, m.state === 'campaigning' ? 'withdraw' : 'resign'))
    }))
    box.querySelectorAll<HTMLButtonElement>('button').forEach(b => {
      b.addEventListener('click', () => { void this.resign(b.parentElement?.dataset.election ?? '') })
    })
    box.hidden = this.mine.size === 0
  }
}

// ---------------------------------------------------------------- barriers

interface MyArrival { id: number, name: string, parties: number, state: 'waiting' | 'passed' | 'failed', text?: string, abort: AbortController }

class BarrierControls {
  private readonly mine: MyArrival[] = []
  private next = 0
  constructor (private readonly peer: Peer) {}

  bind (): void {
    const form = byTestId<HTMLFormElement>('barrier-form')
    const name = byTestId<HTMLInputElement>('barrier-name')
    const parties = byTestId<HTMLInputElement>('barrier-parties')
    form.addEventListener('submit', evt => {
      evt.preventDefault()
      void this.arrive(name.value.trim(), Math.max(1, Math.floor(Number(parties.value) || 1)))
    })
  }

  /** Whether this tab waits at `name` now. */
  waiting (name: string): boolean { return this.mine.some(a => a.name === name && a.state === 'waiting') }

  async arrive (name: string, parties: number): Promise<void> {
    if (name === '') return
    if (this.waiting(name)) { log('info', `Barrier ${name}: this tab is already waiting there`); return }
    const a: MyArrival = { id: this.next++, name, parties, state: 'waiting', abort: new AbortController() }
    this.mine.unshift(a)
    this.mine.splice(4)
    this.render()
    log('barrier', 'This tab arrived at ', h('b', {}, name), ` (${parties} parties)`)
    try {
      const r = await this.peer.barrier(name, { parties }).arrive({ signal: a.abort.signal })
      a.state = 'passed'
      a.text = `gen ${r.generation} · ${r.outcome} · ${r.arrived.length} arrived`
      log('barrier', h('b', {}, name), ` released this tab: ${r.outcome}, generation ${r.generation}, `, ...r.arrived.map(p => peerChip(p)))
    } catch (err) {
      a.state = 'failed'
      a.text = a.abort.signal.aborted ? 'left' : describe(err)
      if (!a.abort.signal.aborted) log('bad', `Barrier ${name}: ${describe(err)}`)
    }
    this.render()
  }

  render (): void {
    const box = byTestId('my-barriers')
    box.replaceChildren(...this.mine.map(a => {
      const state = a.state === 'waiting' ? badge('waiting…', 'warn pulse') : a.state === 'passed' ? badge('passed', 'good') : badge('failed', 'bad')
      return h('span', { class: 'mine-item', 'data-testid': 'my-barrier', 'data-barrier': a.name, 'data-state': a.state, 'data-id': a.id },
        h('b', {}, a.name), state, a.text != null && h('span', { class: 'muted' }, a.text),
        a.state === 'waiting' && h('button', { class: 'link', type: 'button', title: 'withdraw the arrival' }, 'leave'))
    }))
    box.querySelectorAll<HTMLButtonElement>('button').forEach(b => {
      b.addEventListener('click', () => { this.mine.find(a => String(a.id) === b.parentElement?.dataset.id)?.abort.abort() })
    })
    box.hidden = this.mine.length === 0
  }
}

// ---------------------------------------------------------------- variables

class VariableControls {
  constructor (private readonly peer: Peer) {}

  bind (): void {
    const form = byTestId<HTMLFormElement>('variable-form')
    const name = byTestId<HTMLInputElement>('variable-name')
    const value = byTestId<HTMLInputElement>('variable-value')
    const error = byTestId('variable-error')
    form.addEventListener('submit', evt => {
      evt.preventDefault()
      error.textContent = ''
      const n = name.value.trim()
      if (n === '') return
      let parsed: unknown
      try { parsed = JSON.parse(value.value) } catch {
        error.textContent = 'Not JSON: write strings in quotes, e.g. "fast".'
        return
      }
      this.peer.variable<unknown>(n).set(parsed).then(() => {
        log('var', 'This tab set ', h('b', {}, n), ' = ', json(parsed))
      }, err => {
        error.textContent = describe(err)
      })
    })
  }
}

// ---------------------------------------------------------------- shared notes

/** Binds the textarea to Y.Text `notes` of doc `dashboard`, both ways, keeping the caret in place. */
async function bindNotes (peer: Peer): Promise<void> {
  const area = byTestId<HTMLTextAreaElement>('notes')
  const state = byTestId('notes-state')
  const count = byTestId('notes-count')
  const doc: Y.Doc = await peer.doc('dashboard')
  const text = doc.getText('notes')
  const LOCAL = Symbol('textarea')
  let shown = text.toString()
  const showCount = (): void => { count.textContent = `${shown.length} character${shown.length === 1 ? '' : 's'}` }
  area.value = shown
  showCount()
  area.disabled = false
  state.textContent = 'catching up…'
  state.className = 'badge warn'
  peer.synced('dashboard').then(() => {
    state.textContent = 'live'
    state.className = 'badge good'
  }, () => {
    state.textContent = 'live (no peer to catch up from)'
    state.className = 'badge good'
  })

  area.addEventListener('input', () => {
    const next = area.value
    // the edit is one contiguous change: common prefix and suffix around it stay
    let start = 0
    const max = Math.min(shown.length, next.length)
    while (start < max && shown.charCodeAt(start) === next.charCodeAt(start)) start++
    let end = 0
    while (end < max - start && shown.charCodeAt(shown.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++
    const removed = shown.length - start - end
    const inserted = next.slice(start, next.length - end)
    doc.transact(() => {
      if (removed > 0) text.delete(start, removed)
      if (inserted.length > 0) text.insert(start, inserted)
    }, LOCAL)
    shown = next
    showCount()
  })

  text.observe((evt, tr) => {
    if (tr.origin === LOCAL) return
    // move the caret and selection through the remote change
    let selStart = area.selectionStart
    let selEnd = area.selectionEnd
    let index = 0
    for (const op of evt.delta) {
      if (op.retain != null) {
        index += op.retain
      } else if (op.insert != null) {
        const n = typeof op.insert === 'string' ? op.insert.length : 1
        if (index < selStart) selStart += n
        if (index < selEnd) selEnd += n
        index += n
      } else if (op.delete != null) {
        const n = op.delete
        selStart = selStart > index ? Math.max(index, selStart - n) : selStart
        selEnd = selEnd > index ? Math.max(index, selEnd - n) : selEnd
      }
    }
    shown = text.toString()
    const focused = document.activeElement === area
    area.value = shown
    if (focused) area.setSelectionRange(selStart, selEnd)
    showCount()
    area.classList.remove('flash')
    void area.offsetWidth // restart the animation
    area.classList.add('flash')
  })
}

// ---------------------------------------------------------------- the mesh view

class MeshRenderer {
  private lastLocks = new Map<string, string>()
  private lastGrants = new Set<string>()
  private lastLeaders = new Map<string, string>()
  private lastReleases = new Map<string, number>()
  private lastVars = new Map<string, string>()
  private first = true

  constructor (private readonly peer: Peer, private readonly locks: LockControls, private readonly barriers: BarrierControls) {}

  async poll (): Promise<void> {
    while (true) {
      const t0 = performance.now()
      try {
        const view = await this.peer.inspect({ timeoutMs: 1_500 })
        const ms = performance.now() - t0
        this.render(view, ms)
      } catch (err) {
        setStatus('error', describe(err))
        if ((err as { code?: string }).code === 'ERR_STOPPED') return
      }
      await new Promise(resolve => setTimeout(resolve, Math.max(50, POLL_MS - (performance.now() - t0))))
    }
  }

  private render (view: MeshView, ms: number): void {
    const connections = links(this.peer)
    const members = [...view.members].sort((a, b) => order(a, view) - order(b, view) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.id < b.id ? -1 : 1))
    if (connections.size === 0) setStatus('offline', 'disconnected · redialling')
    // (alone only while it knows no leader either: a tab whose member heartbeats are late
    // but whose requests reach the leader is still in the mesh)
    else if (view.leader == null && this.peer.status === 'isolated') setStatus('offline', 'alone · no other member answers')
    else if (view.leader == null) setStatus('electing', 'electing a leader…')
    else if (view.coord == null) setStatus('electing', 'leader not answering…')
    else setStatus('live', `live · ${members.length} peer${members.length === 1 ? '' : 's'}`)
    setText(byTestId('inspect-latency'), `inspect ${ms.toFixed(0)} ms · ${connections.size} connection${connections.size === 1 ? '' : 's'}`)

    this.renderTiles(view, members)
    this.renderPeers(view, members, connections)
    this.renderLocks(view.coord?.locks)
    this.renderSemaphores(view.coord?.semaphores)
    this.renderElections(view.coord?.elections)
    this.renderBarriers(view.coord?.barriers)
    this.renderVariables(view.variables)
    this.first = false
  }

  private renderTiles (view: MeshView, members: MemberView[]): void {
    setText(byTestId('tile-peers'), String(members.length))
    const ranked = members.filter(m => m.rank != null).length
    setText(byTestId('tile-peers-sub'), `${ranked} ranked · ${members.length - ranked} unranked`)
    const leader = byTestId('leader')
    if (view.leader == null) {
      patch(leader, 'none')
      setText(byTestId('leader-sub'), 'election under way')
    } else {
      patch(leader, peerChip(view.leader.id))
      leader.dataset.peer = view.leader.id
      // peer.leader can lack the rank when the leader was learned from its lease renewal
      // before its first heartbeat: take it from the member list then
      const rank = view.leader.rank ?? members.find(m => m.id === view.leader?.id)?.rank
      setText(byTestId('leader-sub'), rank != null ? `rank ${rank}` : 'unranked')
    }
    setText(byTestId('epoch'), view.leader != null ? String(view.leader.epoch) : '–')
    byTestId('epoch-part').hidden = view.leader == null
    const locks = view.coord?.locks ?? []
    setText(byTestId('tile-locks'), view.coord == null ? '–' : String(locks.filter(l => l.holder != null).length))
    const waiting = locks.reduce((n, l) => n + l.queue.length, 0)
    setText(byTestId('tile-locks-sub'), `${waiting} waiting · ${locks.length} known`)
    const sems = view.coord?.semaphores ?? []
    const used = sems.reduce((n, x) => n + x.holders.reduce((m, g) => m + g.permits, 0), 0)
    const size = sems.reduce((n, x) => n + x.size, 0)
    setText(byTestId('tile-semaphores'), view.coord == null ? '–' : sems.length === 0 ? '0' : `${used}/${size}`)
    setText(byTestId('tile-semaphores-sub'), `${sems.reduce((n, x) => n + x.queue.length, 0)} waiting · ${sems.length} known`)
    const elections = view.coord?.elections ?? []
    setText(byTestId('tile-elections'), view.coord == null ? '–' : String(elections.length))
    setText(byTestId('tile-elections-sub'), `${elections.filter(e => e.leader != null).length} led · ${elections.reduce((n, e) => n + e.campaigners.length, 0)} campaigning`)
    const barriers = view.coord?.barriers ?? []
    setText(byTestId('tile-barriers'), view.coord == null ? '–' : String(barriers.length))
    setText(byTestId('tile-barriers-sub'), `${barriers.reduce((n, b) => n + b.arrived.length, 0)} waiting at them`)
    setText(byTestId('tile-variables'), String(view.variables.length))
    const conflicts = view.variables.filter(v => v.siblings.length > 1).length
    const sub = byTestId('tile-variables-sub')
    setText(sub, conflicts === 0 ? 'no conflicts' : `${conflicts} in conflict`)
    sub.classList.toggle('warn-text', conflicts > 0)
  }

  private renderPeers (view: MeshView, members: MemberView[], connections: Map<string, Link>): void {
    patch(byTestId('peers'), ...members.map(m => {
      const leading = view.leader?.id === m.id
      const role: Child[] = [
        leading && badge('leader', 'accent'),
        !m.candidate && badge('client', 'muted', 'never stands for election'),
        ...m.capabilities.map(c => badge(c, 'outline', 'advertised capability'))
      ]
      const kind = connections.get(m.id)
      const link = m.self
        ? h('span', { class: 'muted' }, 'self')
        : kind == null
          ? h('span', { class: 'muted', 'data-link': 'none', title: 'no connection of its own: heard through the mesh\'s gossip' }, 'via mesh')
          : h('span', { class: `link link-${kind.toLowerCase().replace('…', '-pending')}`, 'data-link': kind, title: LINK_TITLES[kind] }, kind)
      // heartbeats come every 200 ms and a member is suspected after 600 ms of silence
      const heard = m.self ? h('span', { class: 'muted' }, '—') : m.lastSeenMs < 450 ? h('span', { class: 'hb ok' }, 'live') : h('span', { class: 'hb late' }, `${(m.lastSeenMs / 1000).toFixed(1)} s ago`)
      return h('tr', { 'data-peer': m.id, class: leading ? 'row-leader' : undefined },
        h('td', {}, peerChip(m.id)), h('td', { class: 'num-left' }, m.rank ?? h('span', { class: 'muted' }, '–')),
        h('td', {}, h('span', { class: 'roles' }, ...role)), h('td', {}, link), h('td', { class: 'num' }, heard))
    }))
  }

  private renderLocks (locks: LockView[] | undefined): void {
    const body = byTestId('locks')
    if (locks == null) { patch(body, emptyRow(5, 'No answer from the lease holder.')); return }
    const sorted = [...locks].sort((a, b) => a.name < b.name ? -1 : 1)
    for (const l of sorted) {
      const key = l.holder == null ? '' : `${l.holder.peer} ${l.holder.token}`
      const before = this.lastLocks.get(l.name)
      if (!this.first && before !== key && l.holder != null && l.holder.peer !== selfId) log('lock', h('b', {}, l.name), ' granted to ', peerChip(l.holder.peer), ' ', tokenCell(l.holder.token))
      this.lastLocks.set(l.name, key)
    }
    if (sorted.length === 0) { patch(body, emptyRow(5, 'No locks held or awaited. Acquire one above.')); return }
    patch(body, ...sorted.map(l => {
      const holder = l.holder
      return h('tr', { 'data-testid': 'lock-row', 'data-lock': l.name, 'data-holder': holder?.peer ?? '', 'data-token': holder?.token.toString() ?? '', class: holder?.peer === selfId ? 'row-mine' : undefined },
        h('td', {}, h('b', {}, l.name)),
        h('td', {}, holder != null ? peerChip(holder.peer, holder.owner) : badge('free', 'muted'), holder != null && holder.reentry > 1 && badge(`×${holder.reentry}`, 'outline', 're-entry depth')),
        h('td', {}, holder != null ? tokenCell(holder.token) : ''),
        h('td', { class: 'num' }, holder != null ? `${(holder.ttlMs / 1000).toFixed(0)} s` : ''),
        h('td', { class: 'queue' }, l.queue.length === 0 ? h('span', { class: 'muted' }, 'empty') : h('span', { class: 'chips' }, ...l.queue.map((w, i) => h('span', { class: 'qpos' }, h('span', { class: 'qn' }, i + 1), peerChip(w.peer, w.owner))))))
    }))
  }

  private renderSemaphores (semaphores: SemaphoreView[] | undefined): void {
    const body = byTestId('semaphores')
    if (semaphores == null) { patch(body, emptyRow(4, 'No answer from the lease holder.')); return }
    const sorted = [...semaphores].sort((a, b) => a.name < b.name ? -1 : 1)
    const grants = new Set<string>()
    for (const x of sorted) {
      for (const g of x.holders) {
        const key = `${x.name} ${g.token}`
        grants.add(key)
        if (!this.first && !this.lastGrants.has(key) && g.peer !== selfId) log('sem', h('b', {}, x.name), ` ×${g.permits} granted to `, peerChip(g.peer, g.owner), ' ', tokenCell(g.token))
      }
    }
    this.lastGrants = grants
    if (sorted.length === 0) { patch(body, emptyRow(4, 'No permits held or awaited. Acquire one above.')); return }
    patch(body, ...sorted.map(x => {
      const used = x.holders.reduce((n, g) => n + g.permits, 0)
      const pct = x.size === 0 ? 0 : Math.min(100, (used / x.size) * 100)
      return h('tr', { 'data-testid': 'semaphore-row', 'data-semaphore': x.name, 'data-used': used, 'data-size': x.size, 'data-holders': x.holders.map(g => g.peer).join(' '), 'data-queue': x.queue.length, class: x.holders.some(g => g.peer === selfId) ? 'row-mine' : undefined },
        h('td', {}, h('b', {}, x.name)),
        h('td', {}, h('div', { class: 'progress-line' },
          h('span', { class: `progress${used >= x.size ? ' full' : ''}` }, h('span', { class: 'bar', style: `width:${pct}%` })),
          h('span', { class: 'frac' }, `${used}/${x.size}`))),
        h('td', {}, x.holders.length === 0
          ? h('span', { class: 'muted' }, 'none')
          : h('span', { class: 'grants' }, ...x.holders.map(g => h('span', { class: 'grant', 'data-peer': g.peer, 'data-token': g.token.toString(), 'data-permits': g.permits },
            peerChip(g.peer, g.owner), h('span', { class: 'permits', title: `${g.permits} permit${g.permits === 1 ? '' : 's'}` }, `×${g.permits}`), tokenCell(g.token))))),
        h('td', { class: 'queue' }, x.queue.length === 0
          ? h('span', { class: 'muted' }, 'empty')
          : h('span', { class: 'chips' }, ...x.queue.map((w, i) => h('span', { class: 'qpos', 'data-peer': w.peer }, h('span', { class: 'qn' }, i + 1), peerChip(w.peer, w.owner), h('span', { class: 'permits' }, `×${w.permits}`))))))
    }))
  }

  private renderElections (elections: ElectionView[] | undefined): void {
    const body = byTestId('elections')
    if (elections == null) { patch(body, emptyRow(4, 'No answer from the lease holder.')); return }
    const sorted = [...elections].sort((a, b) => a.name < b.name ? -1 : 1)
    for (const e of sorted) {
      const key = e.leader == null ? '' : `${e.leader.peer} ${e.leader.token}`
      const before = this.lastLeaders.get(e.name)
      if (!this.first && before !== key && e.leader != null && e.leader.peer !== selfId) log('elect', h('b', {}, e.name), ' is led by ', peerChip(e.leader.peer), e.leader.rank != null ? ` (rank ${e.leader.rank}) ` : ' ', tokenCell(e.leader.token))
      this.lastLeaders.set(e.name, key)
    }
    if (sorted.length === 0) { patch(body, emptyRow(4, 'No named elections. Campaign in one above.')); return }
    patch(body, ...sorted.map(e => {
      const leader = e.leader
      // the order the lease holder would pick them in: lowest rank, then lowest peer id
      const campaigners = [...e.campaigners].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.peer < b.peer ? -1 : 1))
      return h('tr', { 'data-testid': 'election-row', 'data-election': e.name, 'data-leader': leader?.peer ?? '', 'data-rank': leader?.rank ?? '', 'data-token': leader?.token.toString() ?? '', 'data-campaigners': campaigners.map(c => c.peer).join(' '), class: leader?.peer === selfId ? 'row-mine' : undefined },
        h('td', {}, h('b', {}, e.name)),
        h('td', {}, leader != null
          ? h('span', { class: 'grant' }, peerChip(leader.peer, leader.rank != null ? `rank ${leader.rank}` : undefined))
          : badge('vacant', 'muted', 'nobody leads: the next campaigner is elected')),
        h('td', {}, leader != null ? tokenCell(leader.token) : ''),
        h('td', { class: 'queue' }, campaigners.length === 0
          ? h('span', { class: 'muted' }, 'none')
          : h('span', { class: 'chips' }, ...campaigners.map(c => h('span', { class: 'qpos', 'data-peer': c.peer },
            peerChip(c.peer, c.rank != null ? `rank ${c.rank}` : 'unranked'), c.preempt && badge('preempt', 'outline', 'takes over at once from a leader of higher rank'))))))
    }))
  }

  private renderBarriers (barriers: BarrierView[] | undefined): void {
    const body = byTestId('barriers')
    if (barriers == null) { patch(body, emptyRow(4, 'No answer from the lease holder.')); return }
    const sorted = [...barriers].sort((a, b) => a.name < b.name ? -1 : 1)
    for (const b of sorted) {
      const last = b.releases.at(-1)
      const seen = this.lastReleases.get(b.name)
      if (!this.first && last != null && seen !== last.generation && !this.barriers.waiting(b.name)) {
        log('barrier', h('b', {}, b.name), ` generation ${last.generation} released: ${last.outcome} (${last.arrived.length} arrived)`)
      }
      if (last != null) this.lastReleases.set(b.name, last.generation)
    }
    if (sorted.length === 0) { patch(body, emptyRow(4, 'No barriers yet. Arrive at one above.')); return }
    patch(body, ...sorted.map(b => {
      const parties = b.parties
      const pct = parties == null || parties === 0 ? 0 : Math.min(100, (b.arrived.length / parties) * 100)
      const last = b.releases.at(-1)
      const kind = last == null ? 'muted' : last.outcome === 'all' ? 'good' : last.outcome === 'threshold' ? 'warn' : 'bad'
      const idle = parties == null && b.arrived.length === 0 // configured by the generation's first arrival
      return h('tr', { 'data-testid': 'barrier-row', 'data-barrier': b.name, 'data-generation': b.generation, 'data-arrived': b.arrived.length, 'data-parties': parties ?? '', class: b.arrived.includes(selfId) ? 'row-mine' : undefined },
        h('td', {}, h('b', {}, b.name)),
        h('td', { class: 'num' }, b.generation),
        h('td', {},
          idle
            ? h('span', { class: 'muted', title: 'the next generation opens with its first arrival' }, 'idle · nobody waiting')
            : h('div', { class: 'progress-line' },
              h('span', { class: 'progress' }, h('span', { class: 'bar', style: `width:${pct}%` })),
              h('span', { class: 'frac' }, `${b.arrived.length}/${parties ?? '?'}`)),
          b.arrived.length > 0 && h('span', { class: 'chips' }, ...b.arrived.map(p => peerChip(p)))),
        h('td', {}, last == null ? h('span', { class: 'muted' }, 'none yet') : h('span', { class: 'release' }, badge(last.outcome, kind), h('span', { class: 'muted' }, ` gen ${last.generation} · ${last.arrived.length} passed`))))
    }))
  }

  private renderVariables (variables: MeshView['variables']): void {
    const sorted = [...variables].sort((a, b) => a.name < b.name ? -1 : 1)
    for (const v of sorted) {
      const key = JSON.stringify(v.value) + (v.siblings.length > 1 ? ` ${v.siblings.length}` : '')
      const before = this.lastVars.get(v.name)
      if (!this.first && before !== key && v.siblings.length > 1) log('warn', h('b', {}, v.name), `has ${v.siblings.length} concurrent writes, resolved to`, json(v.value))
      this.lastVars.set(v.name, key)
    }
    const body = byTestId('variables')
    if (sorted.length === 0) { patch(body, emptyRow(3, 'No variables yet. Set one above.')); return }
    patch(body, ...sorted.map(v => {
      const conflict = v.siblings.length > 1
      return h('tr', { 'data-testid': 'variable-row', 'data-variable': v.name, 'data-value': JSON.stringify(v.value) ?? '', 'data-siblings': v.siblings.length, class: conflict ? 'row-conflict' : undefined },
        h('td', {}, h('b', {}, v.name)),
        h('td', {}, json(v.value)),
        h('td', {},
          conflict && badge(`conflict ×${v.siblings.length}`, 'warn', 'concurrent writes no vector clock orders; the strategy picked the value'),
          h('span', { class: 'siblings' }, ...v.siblings.map(s => h('span', { class: 'sibling' }, peerChip(s.writer), conflict && json(s.value, 24))))))
    }))
  }
}

type Link = 'WebRTC' | 'WebSocket' | 'TCP' | 'relayed' | 'WebRTC…'

const LINK_TITLES: Record<Link, string> = {
  WebRTC: 'a direct WebRTC connection (tab to tab)',
  WebSocket: 'a direct WebSocket connection',
  TCP: 'a direct TCP connection',
  relayed: 'a limited connection through a circuit relay, which sets up WebRTC',
  'WebRTC…': 'a WebRTC connection that has negotiated no stream yet: ICE may still be trying, or have failed'
}

/** This peer's best connection to each peer it is connected to. */
function links (peer: Peer): Map<string, Link> {
  const rank: Link[] = ['WebRTC', 'WebSocket', 'TCP', 'relayed', 'WebRTC…']
  const best = new Map<string, Link>()
  for (const c of peer.node.getConnections()) {
    const addr = c.remoteAddr.toString()
    let kind: Link
    if (addr.includes('/p2p-circuit') && (c.limits != null || !addr.includes('/webrtc'))) kind = 'relayed'
    // libp2p lists an inbound WebRTC connection as open before ICE has connected (and
    // whether or not it ever does): only one with a negotiated stream is really up
    else if (addr.includes('/webrtc')) kind = c.streams.some(st => st.protocol !== '' && st.protocol != null) ? 'WebRTC' : 'WebRTC…'
    else kind = addr.includes('/ws') ? 'WebSocket' : 'TCP'
    const id = c.remotePeer.toString()
    const had = best.get(id)
    if (had == null || rank.indexOf(kind) < rank.indexOf(had)) best.set(id, kind)
  }
  return best
}

/** Leader first, then this tab, then the rest. */
function order (m: MemberView, view: MeshView): number {
  if (view.leader?.id === m.id) return 0
  if (m.self) return 1
  return 2
}

main().catch(err => {
  setStatus('error', 'failed')
  log('bad', describe(err))
})
