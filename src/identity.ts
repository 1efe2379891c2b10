import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { decodeRecord, encodeRecord } from './store/versioned.js'
import type { Storage } from './store/storage.js'
import type { PrivateKey } from '@libp2p/interface'

/** ['identity', 'privateKey']: u8 1, then the key in libp2p's protobuf form (store/schema.ts). */
const KEY = ['identity', 'privateKey']

/**
 * The peer's private key kept in `storage`, created (Ed25519) and saved on first use: a
 * restarted peer keeps its peer id, so addresses and voter lists naming it stay valid.
 */
export async function storedIdentity (storage: Storage): Promise<PrivateKey> {
  const raw = await storage.load(KEY)
  if (raw !== undefined) return decodeRecord('identity', raw, dec => privateKeyFromProtobuf(decoding.readTailAsUint8Array(dec)))
  const key = await generateKeyPair('Ed25519')
  await storage.save(KEY, encodeRecord(enc => { encoding.writeUint8Array(enc, privateKeyToProtobuf(key)) }))
  return key
}
