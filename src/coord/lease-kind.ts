import { InvalidMessageError, type AcquireKind } from '../errors.js'

/** What the lease holder leases: a lock, a semaphore's permits, a named election's leadership. */
export type LeaseKind = AcquireKind

/** The `kind` field of release, renew and cancel: a lock is '' there (wire version 1). */
export function wireKind (kind: LeaseKind): string {
  return kind === 'lock' ? '' : kind
}

export function leaseKindOf (wire: string): LeaseKind {
  if (wire === '') return 'lock'
  if (wire === 'semaphore' || wire === 'election') return wire
  throw new InvalidMessageError('type', `unknown lease kind '${wire}'`)
}
