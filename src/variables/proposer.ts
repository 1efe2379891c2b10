import { AccordError } from '../errors.js'
import { answerProposal, checkProposeOptions, decisionBody, readDecision, tally, type Decision, type ProposalHandler, type ProposalOutcome, type ProposeOptions } from './proposals.js'
import type { Body, Message } from '../net/codec.js'
import type { Rpc } from '../net/rpc.js'
import type { PeerId } from '@libp2p/interface'

export interface ProposalsOptions {
  self: { id: string, peerId: PeerId }
  rpc: Rpc
  /** The gossip route, for members no stream reaches. */
  route: { request: (peer: PeerId, body: Body, options: { timeoutMs: number }) => Promise<Message> }
  /** The live members to ask (not this peer). */
  members: () => Array<{ id: string, peerId: PeerId }>
  /** Sets the variable once a proposal is accepted. */
  set: (variable: string, value: unknown) => Promise<void>
  /** Every outcome this peer hears of: its own, and those announced by other proposers. */
  announce: (outcome: ProposalOutcome) => void
}

/**
 * Both sides of proposals: this peer's handlers vote on what others propose, and
 * `propose` asks every live member directly (by gossip when no stream reaches one),
 * tallies, sets the variable on acceptance and tells everyone asked how it ended.
 */
export class Proposals {
  private readonly handlers = new Map<string, ProposalHandler<unknown>>()

  constructor (private readonly opts: ProposalsOptions) {
    opts.rpc.handle('proposalRequest', async msg => await answerProposal(msg, this.handlers))
    opts.rpc.handle('proposalDecision', async msg => { opts.announce(readDecision(msg)); return { ack: {} } })
  }

  /** Votes on proposals to change `variable` (one handler per variable; a new one replaces it). */
  on (variable: string, handler: ProposalHandler<unknown>): void {
    this.handlers.set(variable, handler)
  }

  async propose (variable: string, value: unknown, options: ProposeOptions): Promise<Decision> {
    checkProposeOptions(options)
    const { self } = this.opts
    const members = [self, ...this.opts.members()]
    const request = { proposalRequest: { id: crypto.randomUUID(), variable, valueJson: JSON.stringify(value) } }
    const decision = await tally(members, request, async (peer, body, timeoutMs) => await this.ask(peer, body, timeoutMs), options)
    if (decision.decision === 'accepted') await this.opts.set(variable, value)
    // tell everyone asked how it ended (best effort: a member that misses it can read the variable)
    const { id, valueJson } = request.proposalRequest
    this.opts.announce({ id, variable, value, proposer: self.id, ...decision })
    const announcement = decisionBody(id, variable, valueJson, decision)
    for (const m of members) if (m.id !== self.id) void this.ask(m.peerId, announcement, 5_000).catch(() => {})
    return decision
  }

  private async ask (peer: PeerId, body: Body, timeoutMs: number): Promise<Message> {
    try {
      return await this.opts.rpc.request(peer, body, { timeoutMs })
    } catch (err) {
      if (err instanceof AccordError) throw err
      return await this.opts.route.request(peer, body, { timeoutMs }) // no stream to it: by gossip
    }
  }
}
