import { AbortedError, TimeoutError, type AccordError } from '../errors.js'
import type { PeerId } from '@libp2p/interface'

export function anySignal (signals: Array<AbortSignal | undefined>): AbortSignal {
  return AbortSignal.any(signals.filter((s): s is AbortSignal => s != null))
}

/** Rejects with a typed error as soon as `signal` fires, whatever `p` is doing. */
export function raceAbort<T> (p: Promise<T>, signal: AbortSignal, peer: PeerId): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal, peer))
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal, peer))
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** The typed error for a request to `peer` that `signal` ended: TimeoutError if it timed out, else AbortedError. */
export function abortError (signal: AbortSignal, peer: PeerId): AccordError {
  const reason = signal.reason as Error | undefined
  if (reason?.name === 'TimeoutError') return new TimeoutError(`no answer from ${peer.toString()} in time`)
  return new AbortedError(`request to ${peer.toString()} aborted`, { cause: reason })
}
