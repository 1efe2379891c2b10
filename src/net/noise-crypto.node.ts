import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { defaultCrypto } from '@chainsafe/libp2p-noise/crypto'
import type { ICryptoInterface } from '@chainsafe/libp2p-noise'

/** Bytes as noise hands them over: an array, or a list of arrays (its own copy of uint8arraylist). */
type Bytes = Parameters<ICryptoInterface['generateX25519SharedKey']>[0]

/** The DER header of a PKCS#8 X25519 private key, before its 32 bytes (noise's own, for keys it did not make here). */
const PKCS8_X25519 = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20])

/** The private keys this process made (or imported once), by the bytes object noise holds them as. */
const keyObjects = new WeakMap<Uint8Array, KeyObject>()

/**
 * noise's Node crypto (ChaCha20-Poly1305, SHA-256, HKDF as it ships them) with X25519 done
 * without re-importing keys. noise keeps its keys as raw bytes and turned both keys of every
 * Diffie-Hellman back into Node key objects from DER: under OpenSSL 3 a private key's import
 * takes ~360 µs and a public key's ~80, against ~35 for the exchange itself, three exchanges
 * a handshake on each side (scratch microbenchmark, Node 20 here). Here a key pair made for
 * a handshake keeps its private key object (the handshake's three exchanges use its two
 * pairs), and a peer's public key comes in as JWK (~7 µs). The bytes on the wire are the same.
 */
export const nodeNoiseCrypto: ICryptoInterface = {
  ...defaultCrypto,
  generateX25519KeyPair: () => {
    const { privateKey } = generateKeyPairSync('x25519')
    const jwk = privateKey.export({ format: 'jwk' })
    const pair = { publicKey: fromBase64url(jwk.x!), privateKey: fromBase64url(jwk.d!) }
    keyObjects.set(pair.privateKey, privateKey)
    return pair
  },
  generateX25519SharedKey: (privateKey, publicKey) => {
    return diffieHellman({
      privateKey: keyObjectOf(privateKey),
      publicKey: createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: toBase64url(bytesOf(publicKey)) }, format: 'jwk' })
    })
  }
}

/** The key object of a private key: made here, or imported once from its bytes. */
function keyObjectOf (privateKey: Bytes): KeyObject {
  const bytes = bytesOf(privateKey)
  let key = keyObjects.get(bytes)
  if (key == null) {
    const der = new Uint8Array(PKCS8_X25519.byteLength + bytes.byteLength)
    der.set(PKCS8_X25519)
    der.set(bytes, PKCS8_X25519.byteLength)
    key = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' })
    if (bytes === privateKey) keyObjects.set(bytes, key) // a list's bytes are a copy: nothing to find it by later
  }
  return key
}

function bytesOf (data: Bytes): Uint8Array {
  return data instanceof Uint8Array ? data : data.subarray()
}

function fromBase64url (s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64url'))
}

function toBase64url (bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url')
}
