import { describe, expect, it } from 'vitest'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { tally, type AskVote } from '../../src/variables/proposals.js'
import { AbortedError, TimeoutError } from '../../src/errors.js'
import type { Message } from '../../src/net/codec.js'

async function members (n: number): Promise<Array<{ id: string, peerId: Awaited<ReturnType<typeof peerIdFromPrivateKey>> }>> {
  return await Promise.all(Array.from({ length: n }, async (_, i) => ({ id: `m${i}`, peerId: peerIdFromPrivateKey(await generateKeyPair('Ed25519')) })))
}

const request = { proposalRequest: { id: 'p', variable: 'lr', valueJson: '1' } }

/** The first member accepts at once; every other ask fails with `error` at once. */
function oneVoteThen (error: () => Error): AskVote {
  let n = 0
  return async (peer) => {
    if (n++ > 0) throw error()
    const vote: Message<'proposalVote'> = { kind: 'proposalVote', from: peer, body: { abstain: false, accept: true, confidence: 1, rationale: '' } }
    return vote
  }
}

describe('tally', () => {
  // CI failure at 7f643bb: the asks' timers fired, but a clock read after them was still a
  // fraction of a millisecond short of timeoutMs, and the proposal said no-majority. Here the
  // asks time out at once: only their errors can say it was a timeout.
  it('too few votes because answers ran out of time is a timeout, however little time the clock saw pass', async () => {
    const d = await tally(await members(4), request, oneVoteThen(() => new TimeoutError('no answer in time')), { timeoutMs: 60_000 })
    expect(d.decision).toBe('timeout')
    expect(d.votes.map(v => v.voter)).toEqual(['m0'])
  })

  it('too few votes because members could not be asked (not time) is no-majority', async () => {
    const d = await tally(await members(4), request, oneVoteThen(() => new AbortedError('gone')), { timeoutMs: 60_000 })
    expect(d.decision).toBe('no-majority')
    expect(d.votes.length).toBe(1)
  })
})
