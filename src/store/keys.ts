import { StorageError } from '../errors.js'
import type { StorageKey } from './storage.js'

/** Refuses what is not a non-empty array of non-empty strings (a prefix may be empty). */
export function checkKey (key: unknown, what = 'key', allowEmpty = false): string[] {
  if (!Array.isArray(key) || (key.length === 0 && !allowEmpty)) {
    throw new StorageError(`${what} must be a non-empty array of strings`)
  }
  for (const part of key) {
    if (typeof part !== 'string' || part === '') throw new StorageError(`${what} parts must be non-empty strings: ${JSON.stringify(key)}`)
  }
  return [...key] as string[]
}

export function checkPrefix (prefix: unknown): string[] {
  return checkKey(prefix, 'prefix', true)
}

export function checkData (data: unknown): Uint8Array {
  if (!(data instanceof Uint8Array)) throw new StorageError('a stored value must be a Uint8Array')
  return data
}

export function hasPrefix (key: StorageKey, prefix: StorageKey): boolean {
  if (key.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false
  return true
}

/** Component by component, each by UTF-16 code units (IndexedDB's order for string arrays). */
export function compareKeys (a: StorageKey, b: StorageKey): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1
  }
  return a.length - b.length
}

/** A string that identifies a key, for maps. */
export function keyId (key: StorageKey): string {
  return JSON.stringify(key)
}
