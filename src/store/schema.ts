import { StorageError } from '../errors.js'
import type { Storage } from './storage.js'

/**
 * The persisted key layout, version 2. Each layer owns its keys and encodings; this is
 * the one place that lists them all.
 *
 *   ['meta', 'schema']            u8: the layout version (SCHEMA_VERSION)
 *   ['doc', name, 'snapshot']     a Yjs update: the document's state at its last compaction
 *   ['doc', name, 'updates', seq] one appended batch of Yjs updates: u8 1, varuint count,
 *                                 then each update as a varUint8Array (lib0); seq is a
 *                                 16-digit zero-padded decimal, increasing (docs/doc-log.ts)
 *   ['election', 'vote']          u8 version 1, varuint epoch, varstring candidate
 *                                 (election/votes.ts)
 *   ['election', 'state']         u8 version 1, varuint epoch, varuint version, the whole
 *                                 replicated state (its records joined, election/replica.ts)
 *   ['election', 'changes', v]    one change applied since: u8 1, varuint epoch, varuint
 *                                 base version, varuint version, the records put and the
 *                                 keys deleted; v is the version, 16 zero-padded digits
 *                                 (election/replica-store.ts)
 *   ['identity', 'privateKey']    u8 1, the peer's libp2p private key as protobuf (identity.ts;
 *                                 Node peers with a storage directory keep their id)
 *
 * Version 2 added the changes (and the identity). Version 1 is read as it is (no changes yet); a release that
 * reads only version 1 must refuse version 2, which it does, since it would load the whole
 * state without the changes after it.
 *
 * Version 0 (no schema record) is the layout before the key/value port, as IndexedDB held
 * it (FsStorage imports its old files into these keys when it opens a directory, see
 * store/fs-v0.ts). Versions 1 and 2 read it in place, so nothing is rewritten on upgrade:
 *
 *   ['doc', name, 'snap']         a Yjs update, read like the snapshot  } both removed by the
 *   ['doc', name, 'log', n]       a Yjs update (n: a number in IndexedDB) } next compaction
 *   ['meta', 'election/vote']     JSON {epoch, candidate}; read while ['election','vote'] is absent
 *   ['meta', 'election/state']    float64 BE epoch, float64 BE version, the bytes; likewise
 */
export const SCHEMA_KEY = ['meta', 'schema'] as const
/**
 * The layout version of persisted state this release writes (and the newest it reads).
 * Opening storage written by a newer release fails with StorageError rather than misread it.
 */
export const SCHEMA_VERSION = 2

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
  // Versions 0 and 1 need no rewrite (see above): recording the version is the whole upgrade.
  if (found < SCHEMA_VERSION) await storage.save(SCHEMA_KEY, Uint8Array.of(SCHEMA_VERSION))
  return found
}
