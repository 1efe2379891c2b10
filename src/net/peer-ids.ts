import { InvalidArgumentError } from '../errors.js'

/** `ids` as peer ids (base58btc, as peer.id prints them, none twice), or InvalidArgumentError naming `what`. */
export function checkPeerIds (what: string, ids: unknown): string[] {
  if (!Array.isArray(ids)) throw new InvalidArgumentError(`${what} must be an array of peer ids`)
  for (const v of ids) {
    // base58btc peer ids (12D3Koo…, Qm…), as peer.id prints them
    if (typeof v !== 'string' || !/^[1-9A-HJ-NP-Za-km-z]{40,100}$/.test(v)) throw new InvalidArgumentError(`${what}: not a peer id: ${JSON.stringify(v)}`)
  }
  if (new Set(ids).size !== ids.length) throw new InvalidArgumentError(`${what}: a peer id is listed twice`)
  return [...ids] as string[]
}
