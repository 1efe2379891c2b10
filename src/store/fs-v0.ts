import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { StorageError } from '../errors.js'
import { fsyncDir, readOptional } from './fs-files.js'
import { parseRecords } from './records.js'
import type { Storage, StorageEntry } from './storage.js'

/**
 * FsStorage before the key/value port (layout version 0) kept, per document, a folder
 * `docs/<name>/` with a `snapshot` (one framed record) and a `log` (framed records, maybe
 * with a torn tail), and one file `meta/<key>` per metadata record, names escaped with
 * encodeURIComponent. Opening such a directory imports those files into keys as
 * IndexedDB held the same data (see schema.ts), which the layers above read in place:
 *
 *   docs/<name>/snapshot      → ['doc', name, 'snap']
 *   docs/<name>/log, record i → ['doc', name, 'log', String(i)]
 *   meta/<key>                → ['meta', key]
 *
 * then removes the old folders. A crash in between imports them again on the next open:
 * the same keys get the same values.
 */
export async function importV0 (dir: string, storage: Storage): Promise<void> {
  let entries: StorageEntry[]
  try {
    entries = [...await readDocs(join(dir, 'docs')), ...await readMeta(join(dir, 'meta'))]
  } catch (err) {
    if (err instanceof StorageError) throw err
    throw new StorageError(`cannot read the old layout in ${dir}: ${(err as Error).message}`, { cause: err })
  }
  if (entries.length > 0) await Promise.all(entries.map(async e => { await storage.save(e.key, e.data) }))
  try {
    const hadOld = (await Promise.all(['docs', 'meta'].map(async sub => await exists(join(dir, sub))))).some(Boolean)
    if (!hadOld) return
    await rm(join(dir, 'docs'), { recursive: true, force: true })
    await rm(join(dir, 'meta'), { recursive: true, force: true })
    await fsyncDir(dir)
  } catch (err) {
    throw new StorageError(`cannot remove the old layout in ${dir}: ${(err as Error).message}`, { cause: err })
  }
}

async function readDocs (docsDir: string): Promise<StorageEntry[]> {
  const out: StorageEntry[] = []
  for (const folder of await list(docsDir)) {
    const name = decodeURIComponent(folder)
    const snap = await readOptional(join(docsDir, folder, 'snapshot'))
    if (snap !== undefined) {
      const { records, end } = parseRecords(snap)
      // The snapshot was renamed into place whole, so damage here is not a torn write we may skip.
      if (records.length !== 1 || end !== snap.length) throw new StorageError(`corrupt snapshot for document ${name}`)
      out.push({ key: ['doc', name, 'snap'], data: records[0]!.payload })
    }
    const log = await readOptional(join(docsDir, folder, 'log'))
    // A torn tail is an append that was never acknowledged: the good records before it are the log.
    parseRecords(log ?? Buffer.alloc(0)).records.forEach((r, i) => out.push({ key: ['doc', name, 'log', String(i)], data: r.payload }))
  }
  return out
}

async function readMeta (metaDir: string): Promise<StorageEntry[]> {
  const out: StorageEntry[] = []
  for (const file of await list(metaDir)) {
    const data = await readOptional(join(metaDir, file))
    if (data !== undefined) out.push({ key: ['meta', decodeURIComponent(file)], data })
  }
  return out
}

/** Entries of `dir` without the dot-prefixed temp files of interrupted writes; [] if it is missing. */
async function list (dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter(f => !f.startsWith('.'))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw err
  }
}

async function exists (path: string): Promise<boolean> {
  return await stat(path).then(() => true, () => false)
}
