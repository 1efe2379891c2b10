import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface VariablesBody {
  proposalRequest?: ProposalRequest
  proposalVote?: ProposalVote
  proposalDecision?: ProposalDecision
}

export namespace VariablesBody {
  let _codec: Codec<VariablesBody>

  export const codec = (): Codec<VariablesBody> => {
    if (_codec == null) {
      _codec = message<VariablesBody>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.proposalRequest != null) {
          w.uint32(402)
          ProposalRequest.codec().encode(obj.proposalRequest, w)
        }

        if (obj.proposalVote != null) {
          w.uint32(410)
          ProposalVote.codec().encode(obj.proposalVote, w)
        }

        if (obj.proposalDecision != null) {
          w.uint32(418)
          ProposalDecision.codec().encode(obj.proposalDecision, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {}

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 50: {
              obj.proposalRequest = ProposalRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.proposalRequest
              })
              break
            }
            case 51: {
              obj.proposalVote = ProposalVote.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.proposalVote
              })
              break
            }
            case 52: {
              obj.proposalDecision = ProposalDecision.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.proposalDecision
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 50: {
              yield * ProposalRequest.codec().stream(reader, reader.uint32(), `${prefix}.proposalRequest`, {
                limits: opts.limits?.proposalRequest
              })

              break
            }
            case 51: {
              yield * ProposalVote.codec().stream(reader, reader.uint32(), `${prefix}.proposalVote`, {
                limits: opts.limits?.proposalVote
              })

              break
            }
            case 52: {
              yield * ProposalDecision.codec().stream(reader, reader.uint32(), `${prefix}.proposalDecision`, {
                limits: opts.limits?.proposalDecision
              })

              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface VariablesBodyProposalRequestIdFieldEvent {
    field: '$.proposalRequest.id'
    value: string
  }

  export interface VariablesBodyProposalRequestVariableFieldEvent {
    field: '$.proposalRequest.variable'
    value: string
  }

  export interface VariablesBodyProposalRequestValueJsonFieldEvent {
    field: '$.proposalRequest.valueJson'
    value: string
  }

  export interface VariablesBodyProposalVoteAbstainFieldEvent {
    field: '$.proposalVote.abstain'
    value: boolean
  }

  export interface VariablesBodyProposalVoteAcceptFieldEvent {
    field: '$.proposalVote.accept'
    value: boolean
  }

  export interface VariablesBodyProposalVoteConfidenceFieldEvent {
    field: '$.proposalVote.confidence'
    value: number
  }

  export interface VariablesBodyProposalVoteRationaleFieldEvent {
    field: '$.proposalVote.rationale'
    value: string
  }

  export interface VariablesBodyProposalDecisionIdFieldEvent {
    field: '$.proposalDecision.id'
    value: string
  }

  export interface VariablesBodyProposalDecisionVariableFieldEvent {
    field: '$.proposalDecision.variable'
    value: string
  }

  export interface VariablesBodyProposalDecisionValueJsonFieldEvent {
    field: '$.proposalDecision.valueJson'
    value: string
  }

  export interface VariablesBodyProposalDecisionDecisionFieldEvent {
    field: '$.proposalDecision.decision'
    value: string
  }

  export interface VariablesBodyProposalDecisionVotesVoterFieldEvent {
    field: '$.proposalDecision.votes[].voter'
    value: string
    index: number
  }

  export interface VariablesBodyProposalDecisionVotesAcceptFieldEvent {
    field: '$.proposalDecision.votes[].accept'
    value: boolean
    index: number
  }

  export interface VariablesBodyProposalDecisionVotesConfidenceFieldEvent {
    field: '$.proposalDecision.votes[].confidence'
    value: number
    index: number
  }

  export interface VariablesBodyProposalDecisionVotesRationaleFieldEvent {
    field: '$.proposalDecision.votes[].rationale'
    value: string
    index: number
  }

  export function encode (obj: Partial<VariablesBody>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VariablesBody.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VariablesBody>): VariablesBody {
    return decodeMessage(buf, VariablesBody.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VariablesBody>): Generator<VariablesBodyProposalRequestIdFieldEvent | VariablesBodyProposalRequestVariableFieldEvent | VariablesBodyProposalRequestValueJsonFieldEvent | VariablesBodyProposalVoteAbstainFieldEvent | VariablesBodyProposalVoteAcceptFieldEvent | VariablesBodyProposalVoteConfidenceFieldEvent | VariablesBodyProposalVoteRationaleFieldEvent | VariablesBodyProposalDecisionIdFieldEvent | VariablesBodyProposalDecisionVariableFieldEvent | VariablesBodyProposalDecisionValueJsonFieldEvent | VariablesBodyProposalDecisionDecisionFieldEvent | VariablesBodyProposalDecisionVotesVoterFieldEvent | VariablesBodyProposalDecisionVotesAcceptFieldEvent | VariablesBodyProposalDecisionVotesConfidenceFieldEvent | VariablesBodyProposalDecisionVotesRationaleFieldEvent> {
    return streamMessage(buf, VariablesBody.codec(), opts)
  }
}

export interface ProposalRequest {
  id: string
  variable: string
  valueJson: string
}

export namespace ProposalRequest {
  let _codec: Codec<ProposalRequest>

  export const codec = (): Codec<ProposalRequest> => {
    if (_codec == null) {
      _codec = message<ProposalRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if ((obj.variable != null && obj.variable !== '')) {
          w.uint32(18)
          w.string(obj.variable)
        }

        if ((obj.valueJson != null && obj.valueJson !== '')) {
          w.uint32(26)
          w.string(obj.valueJson)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: '',
          variable: '',
          valueJson: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.string()
              break
            }
            case 2: {
              obj.variable = reader.string()
              break
            }
            case 3: {
              obj.valueJson = reader.string()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.variable`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.valueJson`,
                value: reader.string()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ProposalRequestIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface ProposalRequestVariableFieldEvent {
    field: '$.variable'
    value: string
  }

  export interface ProposalRequestValueJsonFieldEvent {
    field: '$.valueJson'
    value: string
  }

  export function encode (obj: Partial<ProposalRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ProposalRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalRequest>): ProposalRequest {
    return decodeMessage(buf, ProposalRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalRequest>): Generator<ProposalRequestIdFieldEvent | ProposalRequestVariableFieldEvent | ProposalRequestValueJsonFieldEvent> {
    return streamMessage(buf, ProposalRequest.codec(), opts)
  }
}

export interface ProposalDecision {
  id: string
  variable: string
  valueJson: string
  decision: string
  votes: CastVoteWire[]
}

export namespace ProposalDecision {
  let _codec: Codec<ProposalDecision>

  export const codec = (): Codec<ProposalDecision> => {
    if (_codec == null) {
      _codec = message<ProposalDecision>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if ((obj.variable != null && obj.variable !== '')) {
          w.uint32(18)
          w.string(obj.variable)
        }

        if ((obj.valueJson != null && obj.valueJson !== '')) {
          w.uint32(26)
          w.string(obj.valueJson)
        }

        if ((obj.decision != null && obj.decision !== '')) {
          w.uint32(34)
          w.string(obj.decision)
        }

        if (obj.votes != null && obj.votes.length > 0) {
          for (const value of obj.votes) {
            w.uint32(42)
            CastVoteWire.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: '',
          variable: '',
          valueJson: '',
          decision: '',
          votes: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.string()
              break
            }
            case 2: {
              obj.variable = reader.string()
              break
            }
            case 3: {
              obj.valueJson = reader.string()
              break
            }
            case 4: {
              obj.decision = reader.string()
              break
            }
            case 5: {
              if (opts.limits?.votes != null && obj.votes.length === opts.limits.votes) {
                throw new MaxLengthError('Decode error - repeated field "votes" had too many elements')
              }

              obj.votes.push(CastVoteWire.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.votes$
              }))
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const obj = {
          votes: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.variable`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.valueJson`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.decision`,
                value: reader.string()
              }
              break
            }
            case 5: {
              if (opts.limits?.votes != null && obj.votes === opts.limits.votes) {
                throw new MaxLengthError('Streaming decode error - repeated field "votes" had too many elements')
              }

              for (const evt of CastVoteWire.codec().stream(reader, reader.uint32(), `${prefix}.votes[]`, {
                limits: opts.limits?.votes$
              })) {
                yield {
                  ...evt,
                  index: obj.votes
                }
              }

              obj.votes++

              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ProposalDecisionIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface ProposalDecisionVariableFieldEvent {
    field: '$.variable'
    value: string
  }

  export interface ProposalDecisionValueJsonFieldEvent {
    field: '$.valueJson'
    value: string
  }

  export interface ProposalDecisionDecisionFieldEvent {
    field: '$.decision'
    value: string
  }

  export interface ProposalDecisionVotesVoterFieldEvent {
    field: '$.votes[].voter'
    value: string
    index: number
  }

  export interface ProposalDecisionVotesAcceptFieldEvent {
    field: '$.votes[].accept'
    value: boolean
    index: number
  }

  export interface ProposalDecisionVotesConfidenceFieldEvent {
    field: '$.votes[].confidence'
    value: number
    index: number
  }

  export interface ProposalDecisionVotesRationaleFieldEvent {
    field: '$.votes[].rationale'
    value: string
    index: number
  }

  export function encode (obj: Partial<ProposalDecision>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ProposalDecision.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalDecision>): ProposalDecision {
    return decodeMessage(buf, ProposalDecision.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalDecision>): Generator<ProposalDecisionIdFieldEvent | ProposalDecisionVariableFieldEvent | ProposalDecisionValueJsonFieldEvent | ProposalDecisionDecisionFieldEvent | ProposalDecisionVotesVoterFieldEvent | ProposalDecisionVotesAcceptFieldEvent | ProposalDecisionVotesConfidenceFieldEvent | ProposalDecisionVotesRationaleFieldEvent> {
    return streamMessage(buf, ProposalDecision.codec(), opts)
  }
}

export interface CastVoteWire {
  voter: string
  accept: boolean
  confidence: number
  rationale: string
}

export namespace CastVoteWire {
  let _codec: Codec<CastVoteWire>

  export const codec = (): Codec<CastVoteWire> => {
    if (_codec == null) {
      _codec = message<CastVoteWire>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.voter != null && obj.voter !== '')) {
          w.uint32(10)
          w.string(obj.voter)
        }

        if ((obj.accept != null && obj.accept !== false)) {
          w.uint32(16)
          w.bool(obj.accept)
        }

        if ((obj.confidence != null && obj.confidence !== 0)) {
          w.uint32(25)
          w.double(obj.confidence)
        }

        if ((obj.rationale != null && obj.rationale !== '')) {
          w.uint32(34)
          w.string(obj.rationale)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          voter: '',
          accept: false,
          confidence: 0,
          rationale: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.voter = reader.string()
              break
            }
            case 2: {
              obj.accept = reader.bool()
              break
            }
            case 3: {
              obj.confidence = reader.double()
              break
            }
            case 4: {
              obj.rationale = reader.string()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.voter`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.accept`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.confidence`,
                value: reader.double()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.rationale`,
                value: reader.string()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface CastVoteWireVoterFieldEvent {
    field: '$.voter'
    value: string
  }

  export interface CastVoteWireAcceptFieldEvent {
    field: '$.accept'
    value: boolean
  }

  export interface CastVoteWireConfidenceFieldEvent {
    field: '$.confidence'
    value: number
  }

  export interface CastVoteWireRationaleFieldEvent {
    field: '$.rationale'
    value: string
  }

  export function encode (obj: Partial<CastVoteWire>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CastVoteWire.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CastVoteWire>): CastVoteWire {
    return decodeMessage(buf, CastVoteWire.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CastVoteWire>): Generator<CastVoteWireVoterFieldEvent | CastVoteWireAcceptFieldEvent | CastVoteWireConfidenceFieldEvent | CastVoteWireRationaleFieldEvent> {
    return streamMessage(buf, CastVoteWire.codec(), opts)
  }
}

export interface ProposalVote {
  abstain: boolean
  accept: boolean
  confidence: number
  rationale: string
}

export namespace ProposalVote {
  let _codec: Codec<ProposalVote>

  export const codec = (): Codec<ProposalVote> => {
    if (_codec == null) {
      _codec = message<ProposalVote>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.abstain != null && obj.abstain !== false)) {
          w.uint32(8)
          w.bool(obj.abstain)
        }

        if ((obj.accept != null && obj.accept !== false)) {
          w.uint32(16)
          w.bool(obj.accept)
        }

        if ((obj.confidence != null && obj.confidence !== 0)) {
          w.uint32(25)
          w.double(obj.confidence)
        }

        if ((obj.rationale != null && obj.rationale !== '')) {
          w.uint32(34)
          w.string(obj.rationale)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          abstain: false,
          accept: false,
          confidence: 0,
          rationale: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.abstain = reader.bool()
              break
            }
            case 2: {
              obj.accept = reader.bool()
              break
            }
            case 3: {
              obj.confidence = reader.double()
              break
            }
            case 4: {
              obj.rationale = reader.string()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.abstain`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.accept`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.confidence`,
                value: reader.double()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.rationale`,
                value: reader.string()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ProposalVoteAbstainFieldEvent {
    field: '$.abstain'
    value: boolean
  }

  export interface ProposalVoteAcceptFieldEvent {
    field: '$.accept'
    value: boolean
  }

  export interface ProposalVoteConfidenceFieldEvent {
    field: '$.confidence'
    value: number
  }

  export interface ProposalVoteRationaleFieldEvent {
    field: '$.rationale'
    value: string
  }

  export function encode (obj: Partial<ProposalVote>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ProposalVote.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalVote>): ProposalVote {
    return decodeMessage(buf, ProposalVote.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProposalVote>): Generator<ProposalVoteAbstainFieldEvent | ProposalVoteAcceptFieldEvent | ProposalVoteConfidenceFieldEvent | ProposalVoteRationaleFieldEvent> {
    return streamMessage(buf, ProposalVote.codec(), opts)
  }
}
