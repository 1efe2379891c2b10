import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { StorageError } from './errors.js'
import type { Storage } from './store/storage.js'
import type { PrivateKey } from '@libp2p/interface'

/** ['identity', 'privateKey']: u8 1, then the key in libp2p's protobuf form (store/schema.ts). */
const KEY = ['identity', 'privateKey']
const RECORD_VERSION = 1

/**
 * The peer's private key kept in `storage`, created (Ed25519) and saved on first use: a
 * restarted peer keeps its peer id, so addresses and voter lists naming it stay valid.
 */
export async function storedIdentity (storage: Storage): Promise<PrivateKey> {
  const raw = await storage.load(KEY)
  if (raw !== undefined) {
    if (raw[0] !== RECORD_VERSION) throw new StorageError(`stored identity has record version ${String(raw[0])}; this release reads ${RECORD_VERSION}`)
    try {
      return privateKeyFromProtobuf(raw.subarray(1))
    } catch (err) {
      throw new StorageError('stored identity is corrupt', { cause: err })
    }
  }
  const key = await generateKeyPair('Ed25519')
  const bytes = privateKeyToProtobuf(key)
  const record = new Uint8Array(1 + bytes.byteLength)
  record[0] = RECORD_VERSION
  record.set(bytes, 1)
  await storage.save(KEY, record)
  return key
}
