import { createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from 'node:crypto'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import { toString as bytesToString } from 'uint8arrays/to-string'
import type { ICryptoInterface } from '@chainsafe/libp2p-noise'

/** Bytes as noise hands them over: an array, or a list of arrays (its own copy of uint8arraylist). */
type Bytes = Parameters<ICryptoInterface['generateX25519SharedKey']>[0]

/** The private keys made here, by the bytes object noise holds them as. */
const keyObjects = new WeakMap<Uint8Array, KeyObject>()

/**
 * noise's Node crypto (ChaCha20-Poly1305, SHA-256, HKDF as it ships them) with X25519 done
 * without re-importing keys. noise keeps its keys as raw bytes and turned both keys of every
 * Diffie-Hellman back into Node key objects from DER: under OpenSSL 3 a private key's import
 * takes ~360 µs and a public key's ~80, against ~35 for the exchange itself, three exchanges
 * a handshake on each side (Node 20 here; bench/noise-handshake.ts measures both). Here a key pair made for
 * a handshake keeps its private key object (the handshake's three exchanges use its two
 * pairs), and a peer's public key comes in as JWK (~7 µs). A key made elsewhere (noise's
 * static key from a seed) is imported once, the same way. The bytes on the wire are the same.
 */
export const nodeNoiseCrypto: ICryptoInterface = {
  ...defaultCrypto,
  // The pair as noise's own code makes it (raw bytes cut from DER, made by the key job
  // itself), then imported as JWK. Not the key object generateKeyPairSync can return: its
  // export to JWK deadlocked Node 20 when a collection during the export freed the
  // finished key job, whose destructor takes the lock the export holds (a test agent hung
  // at start; test/unit/noise-crypto.test.ts). Costs ~0.15 ms more a key pair
  // (bench/noise-handshake.ts: a handshake side 286–292 µs against 140–172; noise's own 1,380).
  generateX25519KeyPair: () => withKeyObject(defaultCrypto.generateX25519KeyPair()),
  generateX25519KeyPairFromSeed: seed => withKeyObject(defaultCrypto.generateX25519KeyPairFromSeed(seed)),
  generateX25519SharedKey: (privateKey, publicKey) => {
    const key = privateKey instanceof Uint8Array ? keyObjects.get(privateKey) : undefined
    if (key == null) return defaultCrypto.generateX25519SharedKey(privateKey, publicKey) // not made here: noise's own way
    return diffieHellman({ privateKey: key, publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: bytesToString(bytesOf(publicKey), 'base64url') }, format: 'jwk' }) })
  }
}

/** `pair`, its private key object kept for the exchanges (a JWK import, ~µs: DER's is ~360). */
function withKeyObject<P extends { publicKey: Uint8Array, privateKey: Uint8Array }> (pair: P): P {
  keyObjects.set(pair.privateKey, createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: bytesToString(pair.privateKey, 'base64url'), x: bytesToString(pair.publicKey, 'base64url') }, format: 'jwk' }))
  return pair
}

function bytesOf (data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : data.subarray()
}

