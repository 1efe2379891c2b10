import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { InvalidArgumentError, type Peer, type ProviderStatus } from '../../src/index.node.js'
import { startMesh, stopAll, waitFor } from './helpers.js'

/**
 * Issue 15: documents the way Yjs providers have them. An application's own Y.Doc can be
 * attached; a document can be closed (and opens again from storage); a provider reports
 * `synced` and `status` with y-websocket's events.
 */
describe('documents as a Yjs provider has them', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('attaches the application\'s Y.Doc (same instance, its content shared), refuses a second one while open, and a closed document opens again from storage', async () => {
    peers = await startMesh(2)
    const [a, b] = peers as [Peer, Peer]
    const mine = new Y.Doc()
    mine.getText('t').insert(0, 'written before attaching')
    expect(await a.doc('notes', { doc: mine })).toBe(mine)
    expect(await a.doc('notes')).toBe(mine)
    const other = await b.doc('notes')
    await waitFor('b has the text', () => other.getText('t').toString() === 'written before attaching', 10_000)

    const err = await a.doc('notes', { doc: new Y.Doc() }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(InvalidArgumentError)
    expect((err as InvalidArgumentError).option).toBe('doc options.doc')
    expect(await a.doc('n2', { doc: { getMap: () => {} } as never }).catch((e: unknown) => e)).toBeInstanceOf(InvalidArgumentError)

    mine.getText('t').insert(0, '> ')
    await waitFor('b has the edit', () => other.getText('t').toString() === '> written before attaching', 10_000)
    await a.closeDoc('notes')
    mine.getText('t').insert(0, 'after close: local only. ')
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(other.getText('t').toString()).toBe('> written before attaching') // no longer replicated
    const reopened = await a.doc('notes')
    expect(reopened).not.toBe(mine)
    expect(reopened.getText('t').toString()).toBe('> written before attaching') // from storage, then synced
    reopened.getText('t').insert(reopened.getText('t').length, '!')
    await waitFor('replicated again', () => other.getText('t').toString() === '> written before attaching!', 10_000)
  })

  it('destroying the Y.Doc closes the document: the next doc() is a new one', async () => {
    peers = await startMesh(1)
    const [a] = peers as [Peer]
    const d = await a.doc('gone')
    d.getMap('m').set('k', 1)
    d.destroy()
    await waitFor('a new doc', async () => (await a.doc('gone')) !== d, 5_000)
    const again = await a.doc('gone')
    await waitFor('loaded from storage', () => again.getMap('m').get('k') === 1, 5_000)
  })

  it('a provider: synced and its events, status connected while another peer has the document, disconnected when it leaves', async () => {
    peers = await startMesh(2)
    const [a, b] = peers as [Peer, Peer]
    const p = await a.provider('shared')
    const statuses: ProviderStatus[] = []
    p.on('status', e => { statuses.push(e.status) })
    await p.whenSynced()
    expect(p.synced).toBe(true)
    expect(p.doc).toBe(await a.doc('shared'))
    expect(p.awareness).toBe(await a.awareness('shared'))
    const q = await b.provider('shared')
    await q.whenSynced()
    await waitFor('both connected', () => p.status === 'connected' && q.status === 'connected', 10_000)
    await q.destroy()
    await waitFor('a alone again', () => p.status === 'disconnected', 10_000)
    expect(statuses.at(-1)).toBe('disconnected')
    expect(statuses).toContain('connected')
  })
})
