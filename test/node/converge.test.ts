import { afterEach, describe, expect, it } from 'vitest'
import { startMesh, stopAll, waitConverged, waitFor } from './helpers.js'
import type { Peer } from '../../src/index.node.js'

describe('documents converge over a real libp2p mesh', () => {
  let peers: Peer[] = []
  afterEach(async () => { await stopAll(peers); peers = [] })

  it('2 peers: concurrent edits converge', async () => {
    peers = await startMesh(2)
    const [a, b] = await Promise.all(peers.map(async p => await p.doc('board')))
    for (let i = 0; i < 50; i++) {
      a!.getMap('m').set(`a${i}`, i)
      b!.getMap('m').set(`b${i}`, i)
      b!.getMap('m').set('shared', `b${i}`) // same key, concurrent: Yjs picks one everywhere
      a!.getMap('m').set('shared', `a${i}`)
    }
    await waitConverged(peers, 'board', 101)
  })

  it('5 peers: concurrent edits from everyone converge', async () => {
    peers = await startMesh(5)
    const docs = await Promise.all(peers.map(async p => await p.doc('board')))
    docs.forEach((d, i) => { for (let k = 0; k < 20; k++) d.getMap('m').set(`p${i}-${k}`, k) })
    await waitConverged(peers, 'board', 100)
    // text too: interleaved inserts keep every character
    docs.forEach((d, i) => d.getText('t').insert(0, `<${i}>`))
    await waitFor('text converged', () => docs.every(d => d.getText('t').length === 15 && d.getText('t').toString() === docs[0]!.getText('t').toString()))
  })
})
