import { StorageError } from '../errors.js'
import type { Storage } from './storage.js'

/**
 * The persisted key layout, version 1. Each layer owns its keys and encodings; this is
 * the one place that lists them all.
 *
 *   ['meta', 'schema']            u8: the layout version (SCHEMA_VERSION)
 *   ['doc', name, 'snapshot']     a Yjs update: the document's state at its last compaction
 *   ['doc', name, 'updates', seq] one appended batch of Yjs updates: u8 1, varuint count,
 *                                 then each update as a varUint8Array (lib0); seq is a
 *                                 16-digit zero-padded decimal, increasing (docs/doc-log.ts)
 *   ['election', 'vote']          u8 version 1, varuint epoch, varstring candidate
 *   ['election', 'state']         u8 version 1, varuint epoch, varuint version, the bytes
 *                                 (election/votes.ts)
 *
 * Version 0 (no schema record) is the layout before the key/value port, as IndexedDB held
 * it (FsStorage imports its old files into these keys when it opens a directory, see
 * store/fs-v0.ts). Version 1 reads it in place, so nothing is rewritten on upgrade:
 *
 *   ['doc', name, 'snap']         a Yjs update, read like the snapshot  } both removed by the
 *   ['doc', name, 'log', n]       a Yjs update (n: a number in IndexedDB) } next compaction
 *   ['meta', 'election/vote']     JSON {epoch, candidate}; read while ['election','vote'] is absent
 *   ['meta', 'election/state']    float64 BE epoch, float64 BE version, the bytes; likewise
 */
export const SCHEMA_KEY = ['meta', 'schema'] as const
export const SCHEMA_VERSION = 1

/**
 * Checks the layout version of `storage` and records the current one; returns the version
 * found (0 for data written before versioning, or for an empty store). Data written by a
 * newer release is refused rather than misread.
 */
export async function openSchema (storage: Storage): Promise<number> {
  const raw = await storage.load(SCHEMA_KEY)
  const found = raw === undefined ? 0 : raw[0] ?? 0
  if (raw !== undefined && (raw.byteLength !== 1 || found < 1)) throw new StorageError('corrupt schema record')
  if (found > SCHEMA_VERSION) {
    throw new StorageError(`storage has layout version ${found}, written by a newer release; this one reads up to ${SCHEMA_VERSION}`)
  }
  // Version 0 needs no rewrite (see above): recording the version is the whole upgrade.
  if (found < SCHEMA_VERSION) await storage.save(SCHEMA_KEY, Uint8Array.of(SCHEMA_VERSION))
  return found
}
