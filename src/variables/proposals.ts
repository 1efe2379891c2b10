import { InvalidArgumentError, InvalidMessageError, TimeoutError } from '../errors.js'
import type { Body, Message } from '../net/codec.js'
import type { PeerId } from '@libp2p/interface'
import { checkMs, checkOneOf, checkOptions, invalid } from '../arguments.js'

/** A member's answer to a proposal, returned by its ProposalHandler. */
export interface Ballot {
  /** The vote; anything else makes the handler's answer an error, and the member does not vote. */
  vote: 'accept' | 'reject'
  /** How sure the voter is, reported with its vote (not weighed in the tally). Default 1. */
  confidence?: number
  /** Why, in a few words, reported with its vote. Default ''. */
  rationale?: string
}

/**
 * Votes on a proposal to set `variable` to `value` (`peer.onProposal`): called on each
 * member asked, with the proposer's peer id. A handler that throws or does not answer
 * within the proposal's `timeoutMs` costs its member the vote.
 */
export type ProposalHandler<T> = (proposal: { variable: string, value: T, proposer: string }) => Ballot | Promise<Ballot>

/** Options of `peer.propose`. */
export interface ProposeOptions {
  /** Accepted when at least this fraction of the votes accept. Default 0.6. */
  acceptRatio?: number
  /** Rejected when at least this fraction of the votes reject. Default 0.4. */
  rejectRatio?: number
  /** Votes needed for any decision: a majority of live members. */
  quorum?: 'majority'
  /** Decide with what has arrived by then. Default 30 s. */
  timeoutMs?: number
}

/** A Ballot as the tally counted it. */
export interface CastVote extends Ballot {
  /** Peer id of the member that voted. */
  voter: string
}

/** How a proposal ended (`peer.propose`). */
export interface Decision {
  /**
   * `accepted` (and the variable was set, by the proposer), `rejected`, `no-majority`
   * (too few members voted, or neither ratio was reached), or `timeout` (too few votes
   * had arrived when `timeoutMs` ran out).
   */
  decision: 'accepted' | 'rejected' | 'no-majority' | 'timeout'
  /** The votes cast, sorted by voter id; members without a handler abstain and are not listed. */
  votes: CastVote[]
}

/** How a proposal ended, as every member it asked hears it (`peer` event `proposal`). */
export interface ProposalOutcome extends Decision {
  /** The proposal's id (a UUID), the same on every member. */
  id: string
  /** The variable it proposed to set. */
  variable: string
  /** The proposed value. */
  value: unknown
  /** Peer id of the proposer. */
  proposer: string
}

const fraction = (option: string, value: unknown): void => {
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) throw invalid(option, 'a fraction of the votes in (0, 1]', value)
}

/** Refuses propose options a caller got wrong (InvalidArgumentError), before any vote is asked. */
export function checkProposeOptions (options: ProposeOptions | undefined): void {
  checkOptions('propose options', options, {
    acceptRatio: fraction,
    rejectRatio: fraction,
    quorum: (option, value) => checkOneOf(option, value, ['majority']),
    timeoutMs: checkMs
  })
}

const DECISIONS = new Set(['accepted', 'rejected', 'no-majority', 'timeout'])

export function decisionBody (id: string, variable: string, valueJson: string, d: Decision): Body {
  return {
    proposalDecision: {
      id, variable, valueJson, decision: d.decision,
      votes: d.votes.map(v => ({ voter: v.voter, accept: v.vote === 'accept', confidence: v.confidence ?? 1, rationale: v.rationale ?? '' }))
    }
  }
}

/** A proposer's announcement, checked: a malformed one is an InvalidMessageError. */
export function readDecision (msg: Message<'proposalDecision'>): ProposalOutcome {
  const { id, variable, valueJson, decision, votes } = msg.body
  if (!DECISIONS.has(decision)) throw new InvalidMessageError('malformed', `unknown decision '${decision}'`)
  let value: unknown
  try { value = JSON.parse(valueJson) } catch (err) { throw new InvalidMessageError('malformed', 'proposal value is not JSON', { cause: err }) }
  return {
    id, variable, value, proposer: msg.from.toString(), decision: decision as Decision['decision'],
    votes: votes.map(v => ({ voter: v.voter, vote: v.accept ? 'accept' : 'reject', confidence: v.confidence, rationale: v.rationale }))
  }
}

/** Asks one member for its vote; a member that fails to answer simply does not vote. */
export type AskVote = (member: PeerId, body: Body, timeoutMs: number) => Promise<Message>

/**
 * The tally of one proposal. Every live member is asked directly (one round trip each,
 * in parallel); members without a handler abstain. Participation must reach a majority of
 * live members; then the accept and reject ratios are taken over the votes cast. The
 * proposal is decided once, when every member has answered or the time is up, so a voter
 * that dies mid-proposal only costs its vote.
 */
export async function tally (members: Array<{ id: string, peerId: PeerId }>, request: Body, ask: AskVote, options: ProposeOptions): Promise<Decision> {
  const acceptRatio = options.acceptRatio ?? 0.6
  const rejectRatio = options.rejectRatio ?? 0.4
  const timeoutMs = options.timeoutMs ?? 30_000
  const votes: CastVote[] = []
  const started = performance.now()
  const outcomes = await Promise.allSettled(members.map(async m => {
    const reply = await ask(m.peerId, request, timeoutMs)
    if (reply.kind !== 'proposalVote' || reply.body.abstain) return
    votes.push({ voter: m.id, vote: reply.body.accept ? 'accept' : 'reject', confidence: reply.body.confidence, rationale: reply.body.rationale })
  }))
  // A member whose answer ran out of time makes it a timeout. The ask's own deadline says so,
  // not the clock read here: a timer may fire a fraction of a millisecond before
  // performance.now() reaches the deadline (Node's loop time is read at the turn's start).
  const timedOut = outcomes.some(o => o.status === 'rejected' && o.reason instanceof TimeoutError) ||
    performance.now() - started >= timeoutMs
  const needed = Math.floor(members.length / 2) + 1
  votes.sort((a, b) => (a.voter < b.voter ? -1 : a.voter > b.voter ? 1 : 0))
  if (votes.length < needed) return { decision: timedOut ? 'timeout' : 'no-majority', votes }
  const accepts = votes.filter(v => v.vote === 'accept').length
  if (accepts / votes.length >= acceptRatio) return { decision: 'accepted', votes }
  if ((votes.length - accepts) / votes.length >= rejectRatio) return { decision: 'rejected', votes }
  return { decision: 'no-majority', votes }
}

/** A member's side: runs its handler for the variable, or abstains. */
export async function answerProposal (msg: Message<'proposalRequest'>, handlers: Map<string, ProposalHandler<unknown>>): Promise<Body> {
  const handler = handlers.get(msg.body.variable)
  if (handler == null) return { proposalVote: { abstain: true, accept: false, confidence: 0, rationale: '' } }
  let value: unknown
  try {
    value = JSON.parse(msg.body.valueJson)
  } catch (err) {
    throw new InvalidMessageError('malformed', 'proposal value is not JSON', { cause: err })
  }
  const ballot = await handler({ variable: msg.body.variable, value, proposer: msg.from.toString() })
  if (ballot?.vote !== 'accept' && ballot?.vote !== 'reject') throw new InvalidArgumentError('a proposal handler must return { vote: "accept" | "reject" }')
  return { proposalVote: { abstain: false, accept: ballot.vote === 'accept', confidence: ballot.confidence ?? 1, rationale: ballot.rationale ?? '' } }
}
