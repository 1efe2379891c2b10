import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import { Uint8ArrayList } from 'uint8arraylist'
import { nodeNoiseCrypto } from '../../src/net/noise-crypto.node.js'

const fixture = fileURLToPath(new URL('./fixtures/x25519-under-gc.ts', import.meta.url))

/** Runs the fixture in a process of its own: 'done', or 'hung' if it has not ended within `ms`. */
async function underGc (rounds: number, ms: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, String(rounds)], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  child.stdout.on('data', d => { out += String(d) })
  const timer = setTimeout(() => { child.kill('SIGKILL') }, ms)
  await new Promise(resolve => child.on('exit', resolve))
  clearTimeout(timer)
  return out.includes('done') ? 'done' : 'hung'
}

/** noise's bytes type (its own copy of uint8arraylist). */
type Bytes = Parameters<typeof nodeNoiseCrypto.generateX25519SharedKey>[0]
const hex = (b: Uint8Array | Uint8ArrayList): string => Buffer.from(b instanceof Uint8Array ? b : b.subarray()).toString('hex')

describe("noise's X25519 without re-importing keys (Node)", () => {
  it('agrees with noise\'s own crypto on every shared secret, whichever made the keys, both ways', () => {
    for (let i = 0; i < 20; i++) {
      const ours = nodeNoiseCrypto.generateX25519KeyPair()
      const theirs = defaultCrypto.generateX25519KeyPair()
      expect(ours.privateKey.byteLength).toBe(32)
      expect(ours.publicKey.byteLength).toBe(32)
      const secrets = [
        nodeNoiseCrypto.generateX25519SharedKey(ours.privateKey, theirs.publicKey),
        defaultCrypto.generateX25519SharedKey(ours.privateKey, theirs.publicKey),
        nodeNoiseCrypto.generateX25519SharedKey(theirs.privateKey, ours.publicKey),
        defaultCrypto.generateX25519SharedKey(theirs.privateKey, ours.publicKey),
        // keys handed over as lists (noise may pass either)
        nodeNoiseCrypto.generateX25519SharedKey(new Uint8ArrayList(theirs.privateKey.subarray(0, 10), theirs.privateKey.subarray(10)) as unknown as Bytes, new Uint8ArrayList(ours.publicKey) as unknown as Bytes)
      ].map(hex)
      expect(new Set(secrets).size).toBe(1)
    }
  })

  it('a key pair from a seed (a static noise key) gives the secrets noise\'s own does', () => {
    const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1)
    const ours = nodeNoiseCrypto.generateX25519KeyPairFromSeed(seed)
    const theirs = defaultCrypto.generateX25519KeyPairFromSeed(seed)
    expect(hex(ours.publicKey)).toBe(hex(theirs.publicKey))
    const other = defaultCrypto.generateX25519KeyPair()
    expect(hex(nodeNoiseCrypto.generateX25519SharedKey(ours.privateKey, other.publicKey))).toBe(hex(defaultCrypto.generateX25519SharedKey(theirs.privateKey, other.publicKey)))
  })

  // Found as a coord-agent that stopped answering at start (its main thread waiting on a
  // lock inside KeyObjectHandle::ExportJWK, gdb): a collection during the export of a key
  // from generateKeyPairSync freed the finished key job, whose destructor takes the lock the
  // export held. With a collection every 7 allocations the old code hung in 3 of 4 runs of
  // 60,000 key pairs, and in 1 of 2 of 20,000.
  it('makes key pairs and exchanges with a collection landing inside each call, and never hangs', async () => {
    const runs = await Promise.all([underGc(40_000, 40_000), underGc(40_000, 40_000)])
    expect(runs).toEqual(['done', 'done'])
  }, 60_000)
})
