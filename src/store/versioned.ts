import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { StorageError } from '../errors.js'

/**
 * The form of the records the layers above keep in Storage (store/schema.ts): a version
 * byte, then the record's fields in lib0's encoding. A record of another version, or one
 * that does not decode, is refused with StorageError, never misread.
 */
const RECORD_VERSION = 1

export function encodeRecord (write: (enc: encoding.Encoder) => void): Uint8Array {
  const enc = encoding.createEncoder()
  encoding.writeUint8(enc, RECORD_VERSION)
  write(enc)
  return encoding.toUint8Array(enc)
}

export function decodeRecord<T> (what: string, raw: Uint8Array, read: (dec: decoding.Decoder) => T): T {
  const version = raw[0]
  if (version !== RECORD_VERSION) throw new StorageError(`stored ${what} has record version ${String(version)}; this release reads ${RECORD_VERSION}`)
  try {
    return read(decoding.createDecoder(raw.subarray(1)))
  } catch (err) {
    throw new StorageError(`stored ${what} is corrupt`, { cause: err })
  }
}
