import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import { fromString as bytesFromString } from 'uint8arrays/from-string'
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
  generateX25519KeyPair: () => {
    const { privateKey } = generateKeyPairSync('x25519')
    const jwk = privateKey.export({ format: 'jwk' })
    const pair = { publicKey: bytesFromString(jwk.x!, 'base64url'), privateKey: bytesFromString(jwk.d!, 'base64url') }
    keyObjects.set(pair.privateKey, privateKey)
    return pair
  },
  generateX25519KeyPairFromSeed: seed => {
    const pair = defaultCrypto.generateX25519KeyPairFromSeed(seed)
    keyObjects.set(pair.privateKey, createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: bytesToString(pair.privateKey, 'base64url'), x: bytesToString(pair.publicKey, 'base64url') }, format: 'jwk' }))
    return pair
  },
  generateX25519SharedKey: (privateKey, publicKey) => {
    const key = privateKey instanceof Uint8Array ? keyObjects.get(privateKey) : undefined
    if (key == null) return defaultCrypto.generateX25519SharedKey(privateKey, publicKey) // not made here: noise's own way
    return diffieHellman({ privateKey: key, publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: bytesToString(bytesOf(publicKey), 'base64url') }, format: 'jwk' }) })
  }
}

function bytesOf (data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : data.subarray()
}

