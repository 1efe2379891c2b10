// Checks of a caller's arguments, shared by every layer (like errors.ts). Each check runs
// where the option is given, before any traffic, and throws InvalidArgumentError naming the
// option, what it allows and what it got: a caller's mistake must never travel to the lease
// holder and come back as a RemoteError, nor be counted there as a bad message.
import { InvalidArgumentError } from './errors.js'

/** The largest duration in ms the wire carries (uint32): about 49.7 days. */
export const MAX_MS = 0xffffffff

/** A value as a message shows it: `undefined`, `NaN`, `"text"`, `an array`, `a Map`. */
export function shown (value: unknown): string {
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'function') return 'a function'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name
    return name == null || name === 'Object' ? 'an object' : `a ${name}`
  }
  return typeof value
}

/** The error for option `option`, which allows `allowed` and was given `value`. */
export function invalid (option: string, allowed: string, value: unknown): InvalidArgumentError {
  return new InvalidArgumentError(`${option} must be ${allowed}, not ${shown(value)}`, { option, allowed })
}

/** A finite number of ms from `min` (default 1) to MAX_MS. */
export function checkMs (option: string, value: unknown, min = 1, max = MAX_MS): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(option, `a number of ms from ${min} to ${max}`, value)
  }
  return value
}

/** An integer from `min` to `max`. */
export function checkInteger (option: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(option, max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer from ${min} to ${max}`, value)
  }
  return value
}

export function checkBoolean (option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw invalid(option, 'true or false', value)
  return value
}

/** A string of at most `maxLength` characters (and at least one, unless `allowEmpty`). */
export function checkString (option: string, value: unknown, maxLength = 256, allowEmpty = false): string {
  if (typeof value !== 'string' || (!allowEmpty && value === '') || value.length > maxLength) {
    throw invalid(option, `a string of ${allowEmpty ? 0 : 1} to ${maxLength} characters`, value)
  }
  return value
}

/** One of `values`. */
export function checkOneOf<T extends string> (option: string, value: unknown, values: readonly T[]): T {
  if (!values.includes(value as T)) throw invalid(option, `one of ${values.map(v => `'${v}'`).join(', ')}`, value)
  return value as T
}

/** A function (a handler or a callback). */
export function checkFunction (option: string, value: unknown, shape = 'a function'): void {
  if (typeof value !== 'function') throw invalid(option, shape, value)
}

/** An AbortSignal (anything with `aborted` and `addEventListener`, as polyfills are). */
export function checkSignal (option: string, value: unknown): AbortSignal {
  const s = value as AbortSignal | null
  if (typeof s !== 'object' || s === null || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function') {
    throw invalid(option, 'an AbortSignal', value)
  }
  return s
}

/**
 * An options object (or undefined) with no key but `known`: a misspelt option (`ttl` for
 * `ttlMs`) is refused rather than silently ignored.
 */
export function checkKeys<T extends object> (what: string, options: T | undefined, known: ReadonlyArray<keyof T & string>): void {
  if (options === undefined) return
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw invalid(what, 'an options object', options)
  for (const key of Object.keys(options)) {
    if (known.includes(key as keyof T & string)) continue
    const allowed = `one of ${known.map(k => `'${k}'`).join(', ')}`
    throw new InvalidArgumentError(`${what}.${key} is not an option (misspelt?): an option is ${allowed}`, { option: `${what}.${key}`, allowed })
  }
}

/**
 * Checks each option of `options` that is set (not undefined) with its checker; the option's
 * name in an error is `what.key`. Unknown keys are refused (see checkKeys).
 */
export function checkOptions<T extends object> (what: string, options: T | undefined, checks: { [K in keyof T & string]-?: (option: string, value: unknown) => unknown }): void {
  checkKeys(what, options, Object.keys(checks) as Array<keyof T & string>)
  if (options == null) return
  for (const [key, check] of Object.entries(checks) as Array<[string, (option: string, value: unknown) => unknown]>) {
    const value = (options as Record<string, unknown>)[key]
    if (value !== undefined) check(`${what}.${key}`, value)
  }
}
