import { VariablesBody } from './variables-wire.js'
import type { WireLayer } from '../net/codec.js'

declare module '../net/codec.js' {
  interface BodyMap {
    proposalRequest: VariablesBody['proposalRequest']
    proposalVote: VariablesBody['proposalVote']
    proposalDecision: VariablesBody['proposalDecision']
  }
}

/**
 * The variables layer's protocol: proposals asked of every member, their votes and the
 * decision, on the "coord" stream protocol.
 * Version history: 1.0 — wire version 1 (variables/variables-wire.proto).
 */
export const VARIABLES_PROTOCOL = { name: 'variables', major: 1, minor: 0, body: VariablesBody, kinds: ['proposalRequest', 'proposalVote', 'proposalDecision'] } satisfies WireLayer
