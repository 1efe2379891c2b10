/**
 * Diagnostic of noise's key agreement in Node: accord's X25519 (src/net/noise-crypto.node.ts)
 * beside noise's own, in the same run. Not a comparison with another system: it says what a
 * handshake costs before the connection carries anything.
 *
 *   npx tsx bench/noise-handshake.ts [handshakes=1000]
 *
 * 1. One side of a handshake's key agreement (a key pair of its own, then the three
 *    exchanges of noise's XX pattern with the peer's two keys), `handshakes` times with each
 *    crypto, twice, alternating: µs of CPU per handshake side.
 * 2. A ten-peer mesh started in this process (every peer linked to the nine others) with
 *    each crypto: how many exchanges and key pairs it made, and their ms. The peers take
 *    their crypto from the Node platform's object, whose functions this run swaps for noise's
 *    own for the second start (and puts back).
 *
 * Writes nothing. Takes about 15 s.
 */
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import type { ICryptoInterface } from '@chainsafe/libp2p-noise'
import { nodeNoiseCrypto } from '../src/net/noise-crypto.node.js'
import { startReadyMesh, stopAll } from './mesh.js'
import { fmt, table } from './stats.js'

const handshakes = Number(process.argv[2] ?? 1000)
if (!Number.isInteger(handshakes) || handshakes < 10) throw new Error('usage: npx tsx bench/noise-handshake.ts [handshakes >= 10]')

/** µs per handshake side: our key pair, then dh(e, re), dh(e, rs), dh(s, re). */
function oneSide (crypto: ICryptoInterface): number {
  const s = crypto.generateX25519KeyPair()
  const rs = defaultCrypto.generateX25519KeyPair()
  const res = Array.from({ length: handshakes }, () => defaultCrypto.generateX25519KeyPair()) // the peer's, made outside the timing
  const t0 = performance.now()
  for (const re of res) {
    const e = crypto.generateX25519KeyPair()
    crypto.generateX25519SharedKey(e.privateKey, re.publicKey)
    crypto.generateX25519SharedKey(e.privateKey, rs.publicKey)
    crypto.generateX25519SharedKey(s.privateKey, re.publicKey)
  }
  return (performance.now() - t0) * 1000 / handshakes
}

const sides: Record<string, number[]> = { 'noise default': [], accord: [] }
for (let round = 0; round < 2; round++) {
  sides['noise default']!.push(oneSide(defaultCrypto))
  sides.accord!.push(oneSide(nodeNoiseCrypto))
}

/** Starts a ten-peer mesh with the platform's crypto doing what `crypto` does; counts its key agreement. */
async function meshStart (crypto: ICryptoInterface): Promise<{ exchanges: number, exchangeMs: number, pairs: number, pairMs: number, startMs: number }> {
  const saved = { ...nodeNoiseCrypto }
  const counts = { exchanges: 0, exchangeMs: 0, pairs: 0, pairMs: 0, startMs: 0 }
  nodeNoiseCrypto.generateX25519SharedKey = (a, b) => { const t = performance.now(); try { return crypto.generateX25519SharedKey(a, b) } finally { counts.exchanges++; counts.exchangeMs += performance.now() - t } }
  nodeNoiseCrypto.generateX25519KeyPair = () => { const t = performance.now(); try { return crypto.generateX25519KeyPair() } finally { counts.pairs++; counts.pairMs += performance.now() - t } }
  try {
    const t0 = performance.now()
    const { peers } = await startReadyMesh(10, () => {}, 9)
    counts.startMs = performance.now() - t0
    await stopAll(peers)
  } finally {
    Object.assign(nodeNoiseCrypto, saved)
  }
  return counts
}

const accordMesh = await meshStart({ ...nodeNoiseCrypto })
const defaultMesh = await meshStart(defaultCrypto)

console.log(table(['crypto', 'one handshake side, µs (two rounds)', 'ten-peer mesh start: exchanges, ms', 'key pairs, ms', 'mesh linked in, ms'], [
  ['noise default', sides['noise default']!.map(x => fmt(x)).join(', '), `${defaultMesh.exchanges}, ${fmt(defaultMesh.exchangeMs)}`, `${defaultMesh.pairs}, ${fmt(defaultMesh.pairMs)}`, fmt(defaultMesh.startMs)],
  ['accord (noise-crypto.node.ts)', sides.accord!.map(x => fmt(x)).join(', '), `${accordMesh.exchanges}, ${fmt(accordMesh.exchangeMs)}`, `${accordMesh.pairs}, ${fmt(accordMesh.pairMs)}`, fmt(accordMesh.startMs)]
]))
process.exit(0)
