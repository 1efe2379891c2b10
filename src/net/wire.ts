/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface Envelope {
  version: number
  sender: Uint8Array<ArrayBuffer>
  docUpdate?: DocUpdate
  docDigest?: DocDigest
  syncRequest?: SyncRequest
  syncReply?: SyncReply
  syncPush?: SyncPush
  ack?: Ack
  heartbeat?: Heartbeat
  voteRequest?: VoteRequest
  voteReply?: VoteReply
  lease?: Lease
  leaseAck?: LeaseAck
  resign?: Resign
  lockRequest?: LockRequest
  lockReply?: LockReply
  lockRelease?: LockRelease
  lockRenew?: LockRenew
  lockCancel?: LockCancel
  barrierArrive?: BarrierArrive
  barrierReply?: BarrierReply
  barrierParties?: BarrierParties
  casRequest?: CasRequest
  casReply?: CasReply
  routed?: Routed
  coordViewRequest?: CoordViewRequest
  coordView?: CoordView
  semaphoreAcquire?: SemaphoreAcquire
  campaign?: Campaign
  electionWatch?: ElectionWatch
  electionLeader?: ElectionLeader
  proposalRequest?: ProposalRequest
  proposalVote?: ProposalVote
  proposalDecision?: ProposalDecision
}

export namespace Envelope {
  let _codec: Codec<Envelope>

  export const codec = (): Codec<Envelope> => {
    if (_codec == null) {
      _codec = message<Envelope>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.version != null && obj.version !== 0)) {
          w.uint32(8)
          w.uint32(obj.version)
        }

        if ((obj.sender != null && obj.sender.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.sender)
        }

        if (obj.docUpdate != null) {
          w.uint32(82)
          DocUpdate.codec().encode(obj.docUpdate, w)
        }

        if (obj.docDigest != null) {
          w.uint32(90)
          DocDigest.codec().encode(obj.docDigest, w)
        }

        if (obj.syncRequest != null) {
          w.uint32(98)
          SyncRequest.codec().encode(obj.syncRequest, w)
        }

        if (obj.syncReply != null) {
          w.uint32(106)
          SyncReply.codec().encode(obj.syncReply, w)
        }

        if (obj.syncPush != null) {
          w.uint32(114)
          SyncPush.codec().encode(obj.syncPush, w)
        }

        if (obj.ack != null) {
          w.uint32(122)
          Ack.codec().encode(obj.ack, w)
        }

        if (obj.heartbeat != null) {
          w.uint32(162)
          Heartbeat.codec().encode(obj.heartbeat, w)
        }

        if (obj.voteRequest != null) {
          w.uint32(170)
          VoteRequest.codec().encode(obj.voteRequest, w)
        }

        if (obj.voteReply != null) {
          w.uint32(178)
          VoteReply.codec().encode(obj.voteReply, w)
        }

        if (obj.lease != null) {
          w.uint32(186)
          Lease.codec().encode(obj.lease, w)
        }

        if (obj.leaseAck != null) {
          w.uint32(194)
          LeaseAck.codec().encode(obj.leaseAck, w)
        }

        if (obj.resign != null) {
          w.uint32(202)
          Resign.codec().encode(obj.resign, w)
        }

        if (obj.lockRequest != null) {
          w.uint32(242)
          LockRequest.codec().encode(obj.lockRequest, w)
        }

        if (obj.lockReply != null) {
          w.uint32(250)
          LockReply.codec().encode(obj.lockReply, w)
        }

        if (obj.lockRelease != null) {
          w.uint32(258)
          LockRelease.codec().encode(obj.lockRelease, w)
        }

        if (obj.lockRenew != null) {
          w.uint32(266)
          LockRenew.codec().encode(obj.lockRenew, w)
        }

        if (obj.lockCancel != null) {
          w.uint32(274)
          LockCancel.codec().encode(obj.lockCancel, w)
        }

        if (obj.barrierArrive != null) {
          w.uint32(282)
          BarrierArrive.codec().encode(obj.barrierArrive, w)
        }

        if (obj.barrierReply != null) {
          w.uint32(290)
          BarrierReply.codec().encode(obj.barrierReply, w)
        }

        if (obj.barrierParties != null) {
          w.uint32(298)
          BarrierParties.codec().encode(obj.barrierParties, w)
        }

        if (obj.casRequest != null) {
          w.uint32(306)
          CasRequest.codec().encode(obj.casRequest, w)
        }

        if (obj.casReply != null) {
          w.uint32(314)
          CasReply.codec().encode(obj.casReply, w)
        }

        if (obj.routed != null) {
          w.uint32(322)
          Routed.codec().encode(obj.routed, w)
        }

        if (obj.coordViewRequest != null) {
          w.uint32(330)
          CoordViewRequest.codec().encode(obj.coordViewRequest, w)
        }

        if (obj.coordView != null) {
          w.uint32(338)
          CoordView.codec().encode(obj.coordView, w)
        }

        if (obj.semaphoreAcquire != null) {
          w.uint32(346)
          SemaphoreAcquire.codec().encode(obj.semaphoreAcquire, w)
        }

        if (obj.campaign != null) {
          w.uint32(354)
          Campaign.codec().encode(obj.campaign, w)
        }

        if (obj.electionWatch != null) {
          w.uint32(362)
          ElectionWatch.codec().encode(obj.electionWatch, w)
        }

        if (obj.electionLeader != null) {
          w.uint32(370)
          ElectionLeader.codec().encode(obj.electionLeader, w)
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
        const obj: any = {
          version: 0,
          sender: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.version = reader.uint32()
              break
            }
            case 2: {
              obj.sender = reader.bytes()
              break
            }
            case 10: {
              obj.docUpdate = DocUpdate.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.docUpdate
              })
              break
            }
            case 11: {
              obj.docDigest = DocDigest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.docDigest
              })
              break
            }
            case 12: {
              obj.syncRequest = SyncRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncRequest
              })
              break
            }
            case 13: {
              obj.syncReply = SyncReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncReply
              })
              break
            }
            case 14: {
              obj.syncPush = SyncPush.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.syncPush
              })
              break
            }
            case 15: {
              obj.ack = Ack.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.ack
              })
              break
            }
            case 20: {
              obj.heartbeat = Heartbeat.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.heartbeat
              })
              break
            }
            case 21: {
              obj.voteRequest = VoteRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voteRequest
              })
              break
            }
            case 22: {
              obj.voteReply = VoteReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voteReply
              })
              break
            }
            case 23: {
              obj.lease = Lease.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lease
              })
              break
            }
            case 24: {
              obj.leaseAck = LeaseAck.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.leaseAck
              })
              break
            }
            case 25: {
              obj.resign = Resign.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.resign
              })
              break
            }
            case 30: {
              obj.lockRequest = LockRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lockRequest
              })
              break
            }
            case 31: {
              obj.lockReply = LockReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lockReply
              })
              break
            }
            case 32: {
              obj.lockRelease = LockRelease.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lockRelease
              })
              break
            }
            case 33: {
              obj.lockRenew = LockRenew.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lockRenew
              })
              break
            }
            case 34: {
              obj.lockCancel = LockCancel.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.lockCancel
              })
              break
            }
            case 35: {
              obj.barrierArrive = BarrierArrive.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.barrierArrive
              })
              break
            }
            case 36: {
              obj.barrierReply = BarrierReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.barrierReply
              })
              break
            }
            case 37: {
              obj.barrierParties = BarrierParties.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.barrierParties
              })
              break
            }
            case 38: {
              obj.casRequest = CasRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.casRequest
              })
              break
            }
            case 39: {
              obj.casReply = CasReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.casReply
              })
              break
            }
            case 40: {
              obj.routed = Routed.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.routed
              })
              break
            }
            case 41: {
              obj.coordViewRequest = CoordViewRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.coordViewRequest
              })
              break
            }
            case 42: {
              obj.coordView = CoordView.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.coordView
              })
              break
            }
            case 43: {
              obj.semaphoreAcquire = SemaphoreAcquire.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.semaphoreAcquire
              })
              break
            }
            case 44: {
              obj.campaign = Campaign.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.campaign
              })
              break
            }
            case 45: {
              obj.electionWatch = ElectionWatch.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.electionWatch
              })
              break
            }
            case 46: {
              obj.electionLeader = ElectionLeader.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.electionLeader
              })
              break
            }
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
            case 1: {
              yield {
                field: `${prefix}.version`,
                value: reader.uint32()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.sender`,
                value: reader.bytes()
              }
              break
            }
            case 10: {
              yield * DocUpdate.codec().stream(reader, reader.uint32(), `${prefix}.docUpdate`, {
                limits: opts.limits?.docUpdate
              })

              break
            }
            case 11: {
              yield * DocDigest.codec().stream(reader, reader.uint32(), `${prefix}.docDigest`, {
                limits: opts.limits?.docDigest
              })

              break
            }
            case 12: {
              yield * SyncRequest.codec().stream(reader, reader.uint32(), `${prefix}.syncRequest`, {
                limits: opts.limits?.syncRequest
              })

              break
            }
            case 13: {
              yield * SyncReply.codec().stream(reader, reader.uint32(), `${prefix}.syncReply`, {
                limits: opts.limits?.syncReply
              })

              break
            }
            case 14: {
              yield * SyncPush.codec().stream(reader, reader.uint32(), `${prefix}.syncPush`, {
                limits: opts.limits?.syncPush
              })

              break
            }
            case 15: {
              yield * Ack.codec().stream(reader, reader.uint32(), `${prefix}.ack`, {
                limits: opts.limits?.ack
              })

              break
            }
            case 20: {
              yield * Heartbeat.codec().stream(reader, reader.uint32(), `${prefix}.heartbeat`, {
                limits: opts.limits?.heartbeat
              })

              break
            }
            case 21: {
              yield * VoteRequest.codec().stream(reader, reader.uint32(), `${prefix}.voteRequest`, {
                limits: opts.limits?.voteRequest
              })

              break
            }
            case 22: {
              yield * VoteReply.codec().stream(reader, reader.uint32(), `${prefix}.voteReply`, {
                limits: opts.limits?.voteReply
              })

              break
            }
            case 23: {
              yield * Lease.codec().stream(reader, reader.uint32(), `${prefix}.lease`, {
                limits: opts.limits?.lease
              })

              break
            }
            case 24: {
              yield * LeaseAck.codec().stream(reader, reader.uint32(), `${prefix}.leaseAck`, {
                limits: opts.limits?.leaseAck
              })

              break
            }
            case 25: {
              yield * Resign.codec().stream(reader, reader.uint32(), `${prefix}.resign`, {
                limits: opts.limits?.resign
              })

              break
            }
            case 30: {
              yield * LockRequest.codec().stream(reader, reader.uint32(), `${prefix}.lockRequest`, {
                limits: opts.limits?.lockRequest
              })

              break
            }
            case 31: {
              yield * LockReply.codec().stream(reader, reader.uint32(), `${prefix}.lockReply`, {
                limits: opts.limits?.lockReply
              })

              break
            }
            case 32: {
              yield * LockRelease.codec().stream(reader, reader.uint32(), `${prefix}.lockRelease`, {
                limits: opts.limits?.lockRelease
              })

              break
            }
            case 33: {
              yield * LockRenew.codec().stream(reader, reader.uint32(), `${prefix}.lockRenew`, {
                limits: opts.limits?.lockRenew
              })

              break
            }
            case 34: {
              yield * LockCancel.codec().stream(reader, reader.uint32(), `${prefix}.lockCancel`, {
                limits: opts.limits?.lockCancel
              })

              break
            }
            case 35: {
              yield * BarrierArrive.codec().stream(reader, reader.uint32(), `${prefix}.barrierArrive`, {
                limits: opts.limits?.barrierArrive
              })

              break
            }
            case 36: {
              yield * BarrierReply.codec().stream(reader, reader.uint32(), `${prefix}.barrierReply`, {
                limits: opts.limits?.barrierReply
              })

              break
            }
            case 37: {
              yield * BarrierParties.codec().stream(reader, reader.uint32(), `${prefix}.barrierParties`, {
                limits: opts.limits?.barrierParties
              })

              break
            }
            case 38: {
              yield * CasRequest.codec().stream(reader, reader.uint32(), `${prefix}.casRequest`, {
                limits: opts.limits?.casRequest
              })

              break
            }
            case 39: {
              yield * CasReply.codec().stream(reader, reader.uint32(), `${prefix}.casReply`, {
                limits: opts.limits?.casReply
              })

              break
            }
            case 40: {
              yield * Routed.codec().stream(reader, reader.uint32(), `${prefix}.routed`, {
                limits: opts.limits?.routed
              })

              break
            }
            case 41: {
              yield * CoordViewRequest.codec().stream(reader, reader.uint32(), `${prefix}.coordViewRequest`, {
                limits: opts.limits?.coordViewRequest
              })

              break
            }
            case 42: {
              yield * CoordView.codec().stream(reader, reader.uint32(), `${prefix}.coordView`, {
                limits: opts.limits?.coordView
              })

              break
            }
            case 43: {
              yield * SemaphoreAcquire.codec().stream(reader, reader.uint32(), `${prefix}.semaphoreAcquire`, {
                limits: opts.limits?.semaphoreAcquire
              })

              break
            }
            case 44: {
              yield * Campaign.codec().stream(reader, reader.uint32(), `${prefix}.campaign`, {
                limits: opts.limits?.campaign
              })

              break
            }
            case 45: {
              yield * ElectionWatch.codec().stream(reader, reader.uint32(), `${prefix}.electionWatch`, {
                limits: opts.limits?.electionWatch
              })

              break
            }
            case 46: {
              yield * ElectionLeader.codec().stream(reader, reader.uint32(), `${prefix}.electionLeader`, {
                limits: opts.limits?.electionLeader
              })

              break
            }
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

  export interface EnvelopeVersionFieldEvent {
    field: '$.version'
    value: number
  }

  export interface EnvelopeSenderFieldEvent {
    field: '$.sender'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeDocUpdateDocFieldEvent {
    field: '$.docUpdate.doc'
    value: string
  }

  export interface EnvelopeDocUpdateUpdateFieldEvent {
    field: '$.docUpdate.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeDocDigestDocFieldEvent {
    field: '$.docDigest.doc'
    value: string
  }

  export interface EnvelopeDocDigestStateVectorFieldEvent {
    field: '$.docDigest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeDocDigestDeleteSetHashFieldEvent {
    field: '$.docDigest.deleteSetHash'
    value: number
  }

  export interface EnvelopeSyncRequestDocFieldEvent {
    field: '$.syncRequest.doc'
    value: string
  }

  export interface EnvelopeSyncRequestStateVectorFieldEvent {
    field: '$.syncRequest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeSyncReplyDocFieldEvent {
    field: '$.syncReply.doc'
    value: string
  }

  export interface EnvelopeSyncReplyOpenFieldEvent {
    field: '$.syncReply.open'
    value: boolean
  }

  export interface EnvelopeSyncReplyUpdateFieldEvent {
    field: '$.syncReply.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeSyncReplyStateVectorFieldEvent {
    field: '$.syncReply.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeSyncPushDocFieldEvent {
    field: '$.syncPush.doc'
    value: string
  }

  export interface EnvelopeSyncPushUpdateFieldEvent {
    field: '$.syncPush.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeHeartbeatHasRankFieldEvent {
    field: '$.heartbeat.hasRank'
    value: boolean
  }

  export interface EnvelopeHeartbeatRankFieldEvent {
    field: '$.heartbeat.rank'
    value: bigint
  }

  export interface EnvelopeHeartbeatCandidateFieldEvent {
    field: '$.heartbeat.candidate'
    value: boolean
  }

  export interface EnvelopeHeartbeatEpochFieldEvent {
    field: '$.heartbeat.epoch'
    value: bigint
  }

  export interface EnvelopeHeartbeatLeadingFieldEvent {
    field: '$.heartbeat.leading'
    value: boolean
  }

  export interface EnvelopeHeartbeatCapabilitiesFieldEvent {
    field: '$.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface EnvelopeHeartbeatAddrsFieldEvent {
    field: '$.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface EnvelopeHeartbeatPreemptFieldEvent {
    field: '$.heartbeat.preempt'
    value: boolean
  }

  export interface EnvelopeHeartbeatMembersFieldEvent {
    field: '$.heartbeat.members'
    value: number
  }

  export interface EnvelopeVoteRequestEpochFieldEvent {
    field: '$.voteRequest.epoch'
    value: bigint
  }

  export interface EnvelopeVoteRequestHasRankFieldEvent {
    field: '$.voteRequest.hasRank'
    value: boolean
  }

  export interface EnvelopeVoteRequestRankFieldEvent {
    field: '$.voteRequest.rank'
    value: bigint
  }

  export interface EnvelopeVoteRequestPreFieldEvent {
    field: '$.voteRequest.pre'
    value: boolean
  }

  export interface EnvelopeVoteReplyGrantedFieldEvent {
    field: '$.voteReply.granted'
    value: boolean
  }

  export interface EnvelopeVoteReplyEpochFieldEvent {
    field: '$.voteReply.epoch'
    value: bigint
  }

  export interface EnvelopeVoteReplyReasonFieldEvent {
    field: '$.voteReply.reason'
    value: string
  }

  export interface EnvelopeVoteReplyStateEpochFieldEvent {
    field: '$.voteReply.stateEpoch'
    value: bigint
  }

  export interface EnvelopeVoteReplyStateVersionFieldEvent {
    field: '$.voteReply.stateVersion'
    value: bigint
  }

  export interface EnvelopeVoteReplyStateFieldEvent {
    field: '$.voteReply.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeLeaseEpochFieldEvent {
    field: '$.lease.epoch'
    value: bigint
  }

  export interface EnvelopeLeaseHasStateFieldEvent {
    field: '$.lease.hasState'
    value: boolean
  }

  export interface EnvelopeLeaseStateVersionFieldEvent {
    field: '$.lease.stateVersion'
    value: bigint
  }

  export interface EnvelopeLeaseStateFieldEvent {
    field: '$.lease.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeLeaseAckAcceptedFieldEvent {
    field: '$.leaseAck.accepted'
    value: boolean
  }

  export interface EnvelopeLeaseAckEpochFieldEvent {
    field: '$.leaseAck.epoch'
    value: bigint
  }

  export interface EnvelopeResignEpochFieldEvent {
    field: '$.resign.epoch'
    value: bigint
  }

  export interface EnvelopeLockRequestNameFieldEvent {
    field: '$.lockRequest.name'
    value: string
  }

  export interface EnvelopeLockRequestRequestIdFieldEvent {
    field: '$.lockRequest.requestId'
    value: string
  }

  export interface EnvelopeLockRequestOwnerFieldEvent {
    field: '$.lockRequest.owner'
    value: string
  }

  export interface EnvelopeLockRequestTtlMsFieldEvent {
    field: '$.lockRequest.ttlMs'
    value: number
  }

  export interface EnvelopeLockRequestWaitMsFieldEvent {
    field: '$.lockRequest.waitMs'
    value: number
  }

  export interface EnvelopeLockRequestNamesFieldEvent {
    field: '$.lockRequest.names[]'
    index: number
    value: string
  }

  export interface EnvelopeLockRequestSessionFieldEvent {
    field: '$.lockRequest.session'
    value: string
  }

  export interface EnvelopeLockRequestSeqFieldEvent {
    field: '$.lockRequest.seq'
    value: bigint
  }

  export interface EnvelopeLockRequestReenterFieldEvent {
    field: '$.lockRequest.reenter'
    value: bigint
  }

  export interface EnvelopeLockReplyTokenFieldEvent {
    field: '$.lockReply.token'
    value: bigint
  }

  export interface EnvelopeLockReplyTtlMsFieldEvent {
    field: '$.lockReply.ttlMs'
    value: number
  }

  export interface EnvelopeLockReplyReentryFieldEvent {
    field: '$.lockReply.reentry'
    value: number
  }

  export interface EnvelopeLockReplyGrantsNameFieldEvent {
    field: '$.lockReply.grants[].name'
    value: string
    index: number
  }

  export interface EnvelopeLockReplyGrantsTokenFieldEvent {
    field: '$.lockReply.grants[].token'
    value: bigint
    index: number
  }

  export interface EnvelopeLockReleaseNameFieldEvent {
    field: '$.lockRelease.name'
    value: string
  }

  export interface EnvelopeLockReleaseTokenFieldEvent {
    field: '$.lockRelease.token'
    value: bigint
  }

  export interface EnvelopeLockReleaseRequestIdFieldEvent {
    field: '$.lockRelease.requestId'
    value: string
  }

  export interface EnvelopeLockReleaseOwnerFieldEvent {
    field: '$.lockRelease.owner'
    value: string
  }

  export interface EnvelopeLockReleaseKindFieldEvent {
    field: '$.lockRelease.kind'
    value: string
  }

  export interface EnvelopeLockRenewNameFieldEvent {
    field: '$.lockRenew.name'
    value: string
  }

  export interface EnvelopeLockRenewTokenFieldEvent {
    field: '$.lockRenew.token'
    value: bigint
  }

  export interface EnvelopeLockRenewKindFieldEvent {
    field: '$.lockRenew.kind'
    value: string
  }

  export interface EnvelopeLockCancelNameFieldEvent {
    field: '$.lockCancel.name'
    value: string
  }

  export interface EnvelopeLockCancelRequestIdFieldEvent {
    field: '$.lockCancel.requestId'
    value: string
  }

  export interface EnvelopeLockCancelNamesFieldEvent {
    field: '$.lockCancel.names[]'
    index: number
    value: string
  }

  export interface EnvelopeLockCancelKindFieldEvent {
    field: '$.lockCancel.kind'
    value: string
  }

  export interface EnvelopeBarrierArriveNameFieldEvent {
    field: '$.barrierArrive.name'
    value: string
  }

  export interface EnvelopeBarrierArriveRequestIdFieldEvent {
    field: '$.barrierArrive.requestId'
    value: string
  }

  export interface EnvelopeBarrierArriveHasGenerationFieldEvent {
    field: '$.barrierArrive.hasGeneration'
    value: boolean
  }

  export interface EnvelopeBarrierArriveGenerationFieldEvent {
    field: '$.barrierArrive.generation'
    value: bigint
  }

  export interface EnvelopeBarrierArrivePartiesFieldEvent {
    field: '$.barrierArrive.parties'
    value: number
  }

  export interface EnvelopeBarrierArriveThresholdCountFieldEvent {
    field: '$.barrierArrive.thresholdCount'
    value: number
  }

  export interface EnvelopeBarrierArriveThresholdPermilleFieldEvent {
    field: '$.barrierArrive.thresholdPermille'
    value: number
  }

  export interface EnvelopeBarrierArriveTimeoutMsFieldEvent {
    field: '$.barrierArrive.timeoutMs'
    value: number
  }

  export interface EnvelopeBarrierArriveFailOnTimeoutFieldEvent {
    field: '$.barrierArrive.failOnTimeout'
    value: boolean
  }

  export interface EnvelopeBarrierReplyGenerationFieldEvent {
    field: '$.barrierReply.generation'
    value: bigint
  }

  export interface EnvelopeBarrierReplyOutcomeFieldEvent {
    field: '$.barrierReply.outcome'
    value: string
  }

  export interface EnvelopeBarrierReplyArrivedFieldEvent {
    field: '$.barrierReply.arrived[]'
    index: number
    value: string
  }

  export interface EnvelopeBarrierReplyFailOnTimeoutFieldEvent {
    field: '$.barrierReply.failOnTimeout'
    value: boolean
  }

  export interface EnvelopeBarrierPartiesNameFieldEvent {
    field: '$.barrierParties.name'
    value: string
  }

  export interface EnvelopeBarrierPartiesPartiesFieldEvent {
    field: '$.barrierParties.parties'
    value: number
  }

  export interface EnvelopeCasRequestNameFieldEvent {
    field: '$.casRequest.name'
    value: string
  }

  export interface EnvelopeCasRequestRequestIdFieldEvent {
    field: '$.casRequest.requestId'
    value: string
  }

  export interface EnvelopeCasRequestExpectedFieldEvent {
    field: '$.casRequest.expected'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeCasReplyClockFieldEvent {
    field: '$.casReply.clock'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeCasReplyTokenFieldEvent {
    field: '$.casReply.token'
    value: bigint
  }

  export interface EnvelopeRoutedToFieldEvent {
    field: '$.routed.to'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeRoutedIdFieldEvent {
    field: '$.routed.id'
    value: bigint
  }

  export interface EnvelopeRoutedResponseFieldEvent {
    field: '$.routed.response'
    value: boolean
  }

  export interface EnvelopeRoutedBodyFieldEvent {
    field: '$.routed.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeRoutedErrorCodeFieldEvent {
    field: '$.routed.errorCode'
    value: string
  }

  export interface EnvelopeRoutedErrorMessageFieldEvent {
    field: '$.routed.errorMessage'
    value: string
  }

  export interface EnvelopeRoutedErrorDetailsSubjectFieldEvent {
    field: '$.routed.errorDetails.subject'
    value: string
  }

  export interface EnvelopeRoutedErrorDetailsLimitFieldEvent {
    field: '$.routed.errorDetails.limit'
    value: number
  }

  export interface EnvelopeRoutedErrorDetailsLeaderFieldEvent {
    field: '$.routed.errorDetails.leader'
    value: string
  }

  export interface EnvelopeRoutedErrorDetailsCycleAgentFieldEvent {
    field: '$.routed.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface EnvelopeRoutedErrorDetailsCycleResourceFieldEvent {
    field: '$.routed.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface EnvelopeRoutedErrorDetailsCycleHeldByFieldEvent {
    field: '$.routed.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface EnvelopeRoutedErrorDetailsArrivedFieldEvent {
    field: '$.routed.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface EnvelopeRoutedErrorDetailsGenerationFieldEvent {
    field: '$.routed.errorDetails.generation'
    value: bigint
  }

  export interface EnvelopeRoutedErrorDetailsTokenFieldEvent {
    field: '$.routed.errorDetails.token'
    value: bigint
  }

  export interface EnvelopeRoutedErrorDetailsHighestFieldEvent {
    field: '$.routed.errorDetails.highest'
    value: bigint
  }

  export interface EnvelopeCoordViewEpochFieldEvent {
    field: '$.coordView.epoch'
    value: bigint
  }

  export interface EnvelopeCoordViewStateFieldEvent {
    field: '$.coordView.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface EnvelopeSemaphoreAcquireNameFieldEvent {
    field: '$.semaphoreAcquire.name'
    value: string
  }

  export interface EnvelopeSemaphoreAcquireRequestIdFieldEvent {
    field: '$.semaphoreAcquire.requestId'
    value: string
  }

  export interface EnvelopeSemaphoreAcquireOwnerFieldEvent {
    field: '$.semaphoreAcquire.owner'
    value: string
  }

  export interface EnvelopeSemaphoreAcquireSizeFieldEvent {
    field: '$.semaphoreAcquire.size'
    value: number
  }

  export interface EnvelopeSemaphoreAcquirePermitsFieldEvent {
    field: '$.semaphoreAcquire.permits'
    value: number
  }

  export interface EnvelopeSemaphoreAcquireTtlMsFieldEvent {
    field: '$.semaphoreAcquire.ttlMs'
    value: number
  }

  export interface EnvelopeSemaphoreAcquireWaitMsFieldEvent {
    field: '$.semaphoreAcquire.waitMs'
    value: number
  }

  export interface EnvelopeSemaphoreAcquireSessionFieldEvent {
    field: '$.semaphoreAcquire.session'
    value: string
  }

  export interface EnvelopeCampaignNameFieldEvent {
    field: '$.campaign.name'
    value: string
  }

  export interface EnvelopeCampaignRequestIdFieldEvent {
    field: '$.campaign.requestId'
    value: string
  }

  export interface EnvelopeCampaignHasRankFieldEvent {
    field: '$.campaign.hasRank'
    value: boolean
  }

  export interface EnvelopeCampaignRankFieldEvent {
    field: '$.campaign.rank'
    value: bigint
  }

  export interface EnvelopeCampaignPreemptFieldEvent {
    field: '$.campaign.preempt'
    value: boolean
  }

  export interface EnvelopeCampaignTtlMsFieldEvent {
    field: '$.campaign.ttlMs'
    value: number
  }

  export interface EnvelopeElectionWatchNameFieldEvent {
    field: '$.electionWatch.name'
    value: string
  }

  export interface EnvelopeElectionWatchRequestIdFieldEvent {
    field: '$.electionWatch.requestId'
    value: string
  }

  export interface EnvelopeElectionWatchKnownTokenFieldEvent {
    field: '$.electionWatch.knownToken'
    value: bigint
  }

  export interface EnvelopeElectionLeaderPeerFieldEvent {
    field: '$.electionLeader.peer'
    value: string
  }

  export interface EnvelopeElectionLeaderHasRankFieldEvent {
    field: '$.electionLeader.hasRank'
    value: boolean
  }

  export interface EnvelopeElectionLeaderRankFieldEvent {
    field: '$.electionLeader.rank'
    value: bigint
  }

  export interface EnvelopeElectionLeaderTokenFieldEvent {
    field: '$.electionLeader.token'
    value: bigint
  }

  export interface EnvelopeProposalRequestIdFieldEvent {
    field: '$.proposalRequest.id'
    value: string
  }

  export interface EnvelopeProposalRequestVariableFieldEvent {
    field: '$.proposalRequest.variable'
    value: string
  }

  export interface EnvelopeProposalRequestValueJsonFieldEvent {
    field: '$.proposalRequest.valueJson'
    value: string
  }

  export interface EnvelopeProposalVoteAbstainFieldEvent {
    field: '$.proposalVote.abstain'
    value: boolean
  }

  export interface EnvelopeProposalVoteAcceptFieldEvent {
    field: '$.proposalVote.accept'
    value: boolean
  }

  export interface EnvelopeProposalVoteConfidenceFieldEvent {
    field: '$.proposalVote.confidence'
    value: number
  }

  export interface EnvelopeProposalVoteRationaleFieldEvent {
    field: '$.proposalVote.rationale'
    value: string
  }

  export interface EnvelopeProposalDecisionIdFieldEvent {
    field: '$.proposalDecision.id'
    value: string
  }

  export interface EnvelopeProposalDecisionVariableFieldEvent {
    field: '$.proposalDecision.variable'
    value: string
  }

  export interface EnvelopeProposalDecisionValueJsonFieldEvent {
    field: '$.proposalDecision.valueJson'
    value: string
  }

  export interface EnvelopeProposalDecisionDecisionFieldEvent {
    field: '$.proposalDecision.decision'
    value: string
  }

  export interface EnvelopeProposalDecisionVotesVoterFieldEvent {
    field: '$.proposalDecision.votes[].voter'
    value: string
    index: number
  }

  export interface EnvelopeProposalDecisionVotesAcceptFieldEvent {
    field: '$.proposalDecision.votes[].accept'
    value: boolean
    index: number
  }

  export interface EnvelopeProposalDecisionVotesConfidenceFieldEvent {
    field: '$.proposalDecision.votes[].confidence'
    value: number
    index: number
  }

  export interface EnvelopeProposalDecisionVotesRationaleFieldEvent {
    field: '$.proposalDecision.votes[].rationale'
    value: string
    index: number
  }

  export function encode (obj: Partial<Envelope>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Envelope.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Envelope>): Envelope {
    return decodeMessage(buf, Envelope.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Envelope>): Generator<EnvelopeVersionFieldEvent | EnvelopeSenderFieldEvent | EnvelopeDocUpdateDocFieldEvent | EnvelopeDocUpdateUpdateFieldEvent | EnvelopeDocDigestDocFieldEvent | EnvelopeDocDigestStateVectorFieldEvent | EnvelopeDocDigestDeleteSetHashFieldEvent | EnvelopeSyncRequestDocFieldEvent | EnvelopeSyncRequestStateVectorFieldEvent | EnvelopeSyncReplyDocFieldEvent | EnvelopeSyncReplyOpenFieldEvent | EnvelopeSyncReplyUpdateFieldEvent | EnvelopeSyncReplyStateVectorFieldEvent | EnvelopeSyncPushDocFieldEvent | EnvelopeSyncPushUpdateFieldEvent | EnvelopeHeartbeatHasRankFieldEvent | EnvelopeHeartbeatRankFieldEvent | EnvelopeHeartbeatCandidateFieldEvent | EnvelopeHeartbeatEpochFieldEvent | EnvelopeHeartbeatLeadingFieldEvent | EnvelopeHeartbeatCapabilitiesFieldEvent | EnvelopeHeartbeatAddrsFieldEvent | EnvelopeHeartbeatPreemptFieldEvent | EnvelopeHeartbeatMembersFieldEvent | EnvelopeVoteRequestEpochFieldEvent | EnvelopeVoteRequestHasRankFieldEvent | EnvelopeVoteRequestRankFieldEvent | EnvelopeVoteRequestPreFieldEvent | EnvelopeVoteReplyGrantedFieldEvent | EnvelopeVoteReplyEpochFieldEvent | EnvelopeVoteReplyReasonFieldEvent | EnvelopeVoteReplyStateEpochFieldEvent | EnvelopeVoteReplyStateVersionFieldEvent | EnvelopeVoteReplyStateFieldEvent | EnvelopeLeaseEpochFieldEvent | EnvelopeLeaseHasStateFieldEvent | EnvelopeLeaseStateVersionFieldEvent | EnvelopeLeaseStateFieldEvent | EnvelopeLeaseAckAcceptedFieldEvent | EnvelopeLeaseAckEpochFieldEvent | EnvelopeResignEpochFieldEvent | EnvelopeLockRequestNameFieldEvent | EnvelopeLockRequestRequestIdFieldEvent | EnvelopeLockRequestOwnerFieldEvent | EnvelopeLockRequestTtlMsFieldEvent | EnvelopeLockRequestWaitMsFieldEvent | EnvelopeLockRequestNamesFieldEvent | EnvelopeLockRequestSessionFieldEvent | EnvelopeLockRequestSeqFieldEvent | EnvelopeLockRequestReenterFieldEvent | EnvelopeLockReplyTokenFieldEvent | EnvelopeLockReplyTtlMsFieldEvent | EnvelopeLockReplyReentryFieldEvent | EnvelopeLockReplyGrantsNameFieldEvent | EnvelopeLockReplyGrantsTokenFieldEvent | EnvelopeLockReleaseNameFieldEvent | EnvelopeLockReleaseTokenFieldEvent | EnvelopeLockReleaseRequestIdFieldEvent | EnvelopeLockReleaseOwnerFieldEvent | EnvelopeLockReleaseKindFieldEvent | EnvelopeLockRenewNameFieldEvent | EnvelopeLockRenewTokenFieldEvent | EnvelopeLockRenewKindFieldEvent | EnvelopeLockCancelNameFieldEvent | EnvelopeLockCancelRequestIdFieldEvent | EnvelopeLockCancelNamesFieldEvent | EnvelopeLockCancelKindFieldEvent | EnvelopeBarrierArriveNameFieldEvent | EnvelopeBarrierArriveRequestIdFieldEvent | EnvelopeBarrierArriveHasGenerationFieldEvent | EnvelopeBarrierArriveGenerationFieldEvent | EnvelopeBarrierArrivePartiesFieldEvent | EnvelopeBarrierArriveThresholdCountFieldEvent | EnvelopeBarrierArriveThresholdPermilleFieldEvent | EnvelopeBarrierArriveTimeoutMsFieldEvent | EnvelopeBarrierArriveFailOnTimeoutFieldEvent | EnvelopeBarrierReplyGenerationFieldEvent | EnvelopeBarrierReplyOutcomeFieldEvent | EnvelopeBarrierReplyArrivedFieldEvent | EnvelopeBarrierReplyFailOnTimeoutFieldEvent | EnvelopeBarrierPartiesNameFieldEvent | EnvelopeBarrierPartiesPartiesFieldEvent | EnvelopeCasRequestNameFieldEvent | EnvelopeCasRequestRequestIdFieldEvent | EnvelopeCasRequestExpectedFieldEvent | EnvelopeCasReplyClockFieldEvent | EnvelopeCasReplyTokenFieldEvent | EnvelopeRoutedToFieldEvent | EnvelopeRoutedIdFieldEvent | EnvelopeRoutedResponseFieldEvent | EnvelopeRoutedBodyFieldEvent | EnvelopeRoutedErrorCodeFieldEvent | EnvelopeRoutedErrorMessageFieldEvent | EnvelopeRoutedErrorDetailsSubjectFieldEvent | EnvelopeRoutedErrorDetailsLimitFieldEvent | EnvelopeRoutedErrorDetailsLeaderFieldEvent | EnvelopeRoutedErrorDetailsCycleAgentFieldEvent | EnvelopeRoutedErrorDetailsCycleResourceFieldEvent | EnvelopeRoutedErrorDetailsCycleHeldByFieldEvent | EnvelopeRoutedErrorDetailsArrivedFieldEvent | EnvelopeRoutedErrorDetailsGenerationFieldEvent | EnvelopeRoutedErrorDetailsTokenFieldEvent | EnvelopeRoutedErrorDetailsHighestFieldEvent | EnvelopeCoordViewEpochFieldEvent | EnvelopeCoordViewStateFieldEvent | EnvelopeSemaphoreAcquireNameFieldEvent | EnvelopeSemaphoreAcquireRequestIdFieldEvent | EnvelopeSemaphoreAcquireOwnerFieldEvent | EnvelopeSemaphoreAcquireSizeFieldEvent | EnvelopeSemaphoreAcquirePermitsFieldEvent | EnvelopeSemaphoreAcquireTtlMsFieldEvent | EnvelopeSemaphoreAcquireWaitMsFieldEvent | EnvelopeSemaphoreAcquireSessionFieldEvent | EnvelopeCampaignNameFieldEvent | EnvelopeCampaignRequestIdFieldEvent | EnvelopeCampaignHasRankFieldEvent | EnvelopeCampaignRankFieldEvent | EnvelopeCampaignPreemptFieldEvent | EnvelopeCampaignTtlMsFieldEvent | EnvelopeElectionWatchNameFieldEvent | EnvelopeElectionWatchRequestIdFieldEvent | EnvelopeElectionWatchKnownTokenFieldEvent | EnvelopeElectionLeaderPeerFieldEvent | EnvelopeElectionLeaderHasRankFieldEvent | EnvelopeElectionLeaderRankFieldEvent | EnvelopeElectionLeaderTokenFieldEvent | EnvelopeProposalRequestIdFieldEvent | EnvelopeProposalRequestVariableFieldEvent | EnvelopeProposalRequestValueJsonFieldEvent | EnvelopeProposalVoteAbstainFieldEvent | EnvelopeProposalVoteAcceptFieldEvent | EnvelopeProposalVoteConfidenceFieldEvent | EnvelopeProposalVoteRationaleFieldEvent | EnvelopeProposalDecisionIdFieldEvent | EnvelopeProposalDecisionVariableFieldEvent | EnvelopeProposalDecisionValueJsonFieldEvent | EnvelopeProposalDecisionDecisionFieldEvent | EnvelopeProposalDecisionVotesVoterFieldEvent | EnvelopeProposalDecisionVotesAcceptFieldEvent | EnvelopeProposalDecisionVotesConfidenceFieldEvent | EnvelopeProposalDecisionVotesRationaleFieldEvent> {
    return streamMessage(buf, Envelope.codec(), opts)
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

export interface Routed {
  to: Uint8Array<ArrayBuffer>
  id: bigint
  response: boolean
  body: Uint8Array<ArrayBuffer>
  errorCode: string
  errorMessage: string
  errorDetails?: ErrorDetails
}

export namespace Routed {
  let _codec: Codec<Routed>

  export const codec = (): Codec<Routed> => {
    if (_codec == null) {
      _codec = message<Routed>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.to != null && obj.to.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.to)
        }

        if ((obj.id != null && obj.id !== 0n)) {
          w.uint32(16)
          w.uint64(obj.id)
        }

        if ((obj.response != null && obj.response !== false)) {
          w.uint32(24)
          w.bool(obj.response)
        }

        if ((obj.body != null && obj.body.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.body)
        }

        if ((obj.errorCode != null && obj.errorCode !== '')) {
          w.uint32(42)
          w.string(obj.errorCode)
        }

        if ((obj.errorMessage != null && obj.errorMessage !== '')) {
          w.uint32(50)
          w.string(obj.errorMessage)
        }

        if (obj.errorDetails != null) {
          w.uint32(58)
          ErrorDetails.codec().encode(obj.errorDetails, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          to: uint8ArrayAlloc(0),
          id: 0n,
          response: false,
          body: uint8ArrayAlloc(0),
          errorCode: '',
          errorMessage: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.to = reader.bytes()
              break
            }
            case 2: {
              obj.id = reader.uint64()
              break
            }
            case 3: {
              obj.response = reader.bool()
              break
            }
            case 4: {
              obj.body = reader.bytes()
              break
            }
            case 5: {
              obj.errorCode = reader.string()
              break
            }
            case 6: {
              obj.errorMessage = reader.string()
              break
            }
            case 7: {
              obj.errorDetails = ErrorDetails.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.errorDetails
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
            case 1: {
              yield {
                field: `${prefix}.to`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.id`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.response`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.body`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.errorCode`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.errorMessage`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield * ErrorDetails.codec().stream(reader, reader.uint32(), `${prefix}.errorDetails`, {
                limits: opts.limits?.errorDetails
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

  export interface RoutedToFieldEvent {
    field: '$.to'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RoutedIdFieldEvent {
    field: '$.id'
    value: bigint
  }

  export interface RoutedResponseFieldEvent {
    field: '$.response'
    value: boolean
  }

  export interface RoutedBodyFieldEvent {
    field: '$.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RoutedErrorCodeFieldEvent {
    field: '$.errorCode'
    value: string
  }

  export interface RoutedErrorMessageFieldEvent {
    field: '$.errorMessage'
    value: string
  }

  export interface RoutedErrorDetailsSubjectFieldEvent {
    field: '$.errorDetails.subject'
    value: string
  }

  export interface RoutedErrorDetailsLimitFieldEvent {
    field: '$.errorDetails.limit'
    value: number
  }

  export interface RoutedErrorDetailsLeaderFieldEvent {
    field: '$.errorDetails.leader'
    value: string
  }

  export interface RoutedErrorDetailsCycleAgentFieldEvent {
    field: '$.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsCycleResourceFieldEvent {
    field: '$.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsCycleHeldByFieldEvent {
    field: '$.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface RoutedErrorDetailsArrivedFieldEvent {
    field: '$.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface RoutedErrorDetailsGenerationFieldEvent {
    field: '$.errorDetails.generation'
    value: bigint
  }

  export interface RoutedErrorDetailsTokenFieldEvent {
    field: '$.errorDetails.token'
    value: bigint
  }

  export interface RoutedErrorDetailsHighestFieldEvent {
    field: '$.errorDetails.highest'
    value: bigint
  }

  export function encode (obj: Partial<Routed>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Routed.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Routed>): Routed {
    return decodeMessage(buf, Routed.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Routed>): Generator<RoutedToFieldEvent | RoutedIdFieldEvent | RoutedResponseFieldEvent | RoutedBodyFieldEvent | RoutedErrorCodeFieldEvent | RoutedErrorMessageFieldEvent | RoutedErrorDetailsSubjectFieldEvent | RoutedErrorDetailsLimitFieldEvent | RoutedErrorDetailsLeaderFieldEvent | RoutedErrorDetailsCycleAgentFieldEvent | RoutedErrorDetailsCycleResourceFieldEvent | RoutedErrorDetailsCycleHeldByFieldEvent | RoutedErrorDetailsArrivedFieldEvent | RoutedErrorDetailsGenerationFieldEvent | RoutedErrorDetailsTokenFieldEvent | RoutedErrorDetailsHighestFieldEvent> {
    return streamMessage(buf, Routed.codec(), opts)
  }
}

export interface ErrorDetails {
  subject: string
  limit: number
  leader: string
  cycle: DeadlockStepDetail[]
  arrived: string[]
  generation: bigint
  token: bigint
  highest: bigint
}

export namespace ErrorDetails {
  let _codec: Codec<ErrorDetails>

  export const codec = (): Codec<ErrorDetails> => {
    if (_codec == null) {
      _codec = message<ErrorDetails>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.subject != null && obj.subject !== '')) {
          w.uint32(10)
          w.string(obj.subject)
        }

        if ((obj.limit != null && obj.limit !== 0)) {
          w.uint32(16)
          w.uint32(obj.limit)
        }

        if ((obj.leader != null && obj.leader !== '')) {
          w.uint32(26)
          w.string(obj.leader)
        }

        if (obj.cycle != null && obj.cycle.length > 0) {
          for (const value of obj.cycle) {
            w.uint32(34)
            DeadlockStepDetail.codec().encode(value, w)
          }
        }

        if (obj.arrived != null && obj.arrived.length > 0) {
          for (const value of obj.arrived) {
            w.uint32(42)
            w.string(value)
          }
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(48)
          w.uint64(obj.generation)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(56)
          w.uint64(obj.token)
        }

        if ((obj.highest != null && obj.highest !== 0n)) {
          w.uint32(64)
          w.uint64(obj.highest)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          subject: '',
          limit: 0,
          leader: '',
          cycle: [],
          arrived: [],
          generation: 0n,
          token: 0n,
          highest: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.subject = reader.string()
              break
            }
            case 2: {
              obj.limit = reader.uint32()
              break
            }
            case 3: {
              obj.leader = reader.string()
              break
            }
            case 4: {
              if (opts.limits?.cycle != null && obj.cycle.length === opts.limits.cycle) {
                throw new MaxLengthError('Decode error - repeated field "cycle" had too many elements')
              }

              obj.cycle.push(DeadlockStepDetail.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.cycle$
              }))
              break
            }
            case 5: {
              if (opts.limits?.arrived != null && obj.arrived.length === opts.limits.arrived) {
                throw new MaxLengthError('Decode error - repeated field "arrived" had too many elements')
              }

              obj.arrived.push(reader.string())
              break
            }
            case 6: {
              obj.generation = reader.uint64()
              break
            }
            case 7: {
              obj.token = reader.uint64()
              break
            }
            case 8: {
              obj.highest = reader.uint64()
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
          cycle: 0,
          arrived: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.subject`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.limit`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.leader`,
                value: reader.string()
              }
              break
            }
            case 4: {
              if (opts.limits?.cycle != null && obj.cycle === opts.limits.cycle) {
                throw new MaxLengthError('Streaming decode error - repeated field "cycle" had too many elements')
              }

              for (const evt of DeadlockStepDetail.codec().stream(reader, reader.uint32(), `${prefix}.cycle[]`, {
                limits: opts.limits?.cycle$
              })) {
                yield {
                  ...evt,
                  index: obj.cycle
                }
              }

              obj.cycle++

              break
            }
            case 5: {
              if (opts.limits?.arrived != null && obj.arrived === opts.limits.arrived) {
                throw new MaxLengthError('Streaming decode error - repeated field "arrived" had too many elements')
              }

              yield {
                field: `${prefix}.arrived[]`,
                index: obj.arrived,
                value: reader.string()
              }

              obj.arrived++

              break
            }
            case 6: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.highest`,
                value: reader.uint64()
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

  export interface ErrorDetailsSubjectFieldEvent {
    field: '$.subject'
    value: string
  }

  export interface ErrorDetailsLimitFieldEvent {
    field: '$.limit'
    value: number
  }

  export interface ErrorDetailsLeaderFieldEvent {
    field: '$.leader'
    value: string
  }

  export interface ErrorDetailsCycleAgentFieldEvent {
    field: '$.cycle[].agent'
    value: string
    index: number
  }

  export interface ErrorDetailsCycleResourceFieldEvent {
    field: '$.cycle[].resource'
    value: string
    index: number
  }

  export interface ErrorDetailsCycleHeldByFieldEvent {
    field: '$.cycle[].heldBy'
    value: string
    index: number
  }

  export interface ErrorDetailsArrivedFieldEvent {
    field: '$.arrived[]'
    index: number
    value: string
  }

  export interface ErrorDetailsGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface ErrorDetailsTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface ErrorDetailsHighestFieldEvent {
    field: '$.highest'
    value: bigint
  }

  export function encode (obj: Partial<ErrorDetails>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ErrorDetails.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorDetails>): ErrorDetails {
    return decodeMessage(buf, ErrorDetails.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorDetails>): Generator<ErrorDetailsSubjectFieldEvent | ErrorDetailsLimitFieldEvent | ErrorDetailsLeaderFieldEvent | ErrorDetailsCycleAgentFieldEvent | ErrorDetailsCycleResourceFieldEvent | ErrorDetailsCycleHeldByFieldEvent | ErrorDetailsArrivedFieldEvent | ErrorDetailsGenerationFieldEvent | ErrorDetailsTokenFieldEvent | ErrorDetailsHighestFieldEvent> {
    return streamMessage(buf, ErrorDetails.codec(), opts)
  }
}

export interface DeadlockStepDetail {
  agent: string
  resource: string
  heldBy: string
}

export namespace DeadlockStepDetail {
  let _codec: Codec<DeadlockStepDetail>

  export const codec = (): Codec<DeadlockStepDetail> => {
    if (_codec == null) {
      _codec = message<DeadlockStepDetail>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.agent != null && obj.agent !== '')) {
          w.uint32(10)
          w.string(obj.agent)
        }

        if ((obj.resource != null && obj.resource !== '')) {
          w.uint32(18)
          w.string(obj.resource)
        }

        if ((obj.heldBy != null && obj.heldBy !== '')) {
          w.uint32(26)
          w.string(obj.heldBy)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          agent: '',
          resource: '',
          heldBy: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.agent = reader.string()
              break
            }
            case 2: {
              obj.resource = reader.string()
              break
            }
            case 3: {
              obj.heldBy = reader.string()
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
                field: `${prefix}.agent`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.resource`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.heldBy`,
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

  export interface DeadlockStepDetailAgentFieldEvent {
    field: '$.agent'
    value: string
  }

  export interface DeadlockStepDetailResourceFieldEvent {
    field: '$.resource'
    value: string
  }

  export interface DeadlockStepDetailHeldByFieldEvent {
    field: '$.heldBy'
    value: string
  }

  export function encode (obj: Partial<DeadlockStepDetail>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DeadlockStepDetail.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DeadlockStepDetail>): DeadlockStepDetail {
    return decodeMessage(buf, DeadlockStepDetail.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DeadlockStepDetail>): Generator<DeadlockStepDetailAgentFieldEvent | DeadlockStepDetailResourceFieldEvent | DeadlockStepDetailHeldByFieldEvent> {
    return streamMessage(buf, DeadlockStepDetail.codec(), opts)
  }
}

export interface DocUpdate {
  doc: string
  update: Uint8Array<ArrayBuffer>
}

export namespace DocUpdate {
  let _codec: Codec<DocUpdate>

  export const codec = (): Codec<DocUpdate> => {
    if (_codec == null) {
      _codec = message<DocUpdate>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.update)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          update: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.update = reader.bytes()
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
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
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

  export interface DocUpdateDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface DocUpdateUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<DocUpdate>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocUpdate.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocUpdate>): DocUpdate {
    return decodeMessage(buf, DocUpdate.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocUpdate>): Generator<DocUpdateDocFieldEvent | DocUpdateUpdateFieldEvent> {
    return streamMessage(buf, DocUpdate.codec(), opts)
  }
}

export interface DocDigest {
  doc: string
  stateVector: Uint8Array<ArrayBuffer>
  deleteSetHash: number
}

export namespace DocDigest {
  let _codec: Codec<DocDigest>

  export const codec = (): Codec<DocDigest> => {
    if (_codec == null) {
      _codec = message<DocDigest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.stateVector)
        }

        if ((obj.deleteSetHash != null && obj.deleteSetHash !== 0)) {
          w.uint32(24)
          w.uint32(obj.deleteSetHash)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          stateVector: uint8ArrayAlloc(0),
          deleteSetHash: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.stateVector = reader.bytes()
              break
            }
            case 3: {
              obj.deleteSetHash = reader.uint32()
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
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.deleteSetHash`,
                value: reader.uint32()
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

  export interface DocDigestDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface DocDigestStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface DocDigestDeleteSetHashFieldEvent {
    field: '$.deleteSetHash'
    value: number
  }

  export function encode (obj: Partial<DocDigest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, DocDigest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocDigest>): DocDigest {
    return decodeMessage(buf, DocDigest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DocDigest>): Generator<DocDigestDocFieldEvent | DocDigestStateVectorFieldEvent | DocDigestDeleteSetHashFieldEvent> {
    return streamMessage(buf, DocDigest.codec(), opts)
  }
}

export interface SyncRequest {
  doc: string
  stateVector: Uint8Array<ArrayBuffer>
}

export namespace SyncRequest {
  let _codec: Codec<SyncRequest>

  export const codec = (): Codec<SyncRequest> => {
    if (_codec == null) {
      _codec = message<SyncRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.stateVector)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          stateVector: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.stateVector = reader.bytes()
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
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
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

  export interface SyncRequestDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncRequestStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncRequest>): SyncRequest {
    return decodeMessage(buf, SyncRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncRequest>): Generator<SyncRequestDocFieldEvent | SyncRequestStateVectorFieldEvent> {
    return streamMessage(buf, SyncRequest.codec(), opts)
  }
}

export interface SyncReply {
  doc: string
  open: boolean
  update: Uint8Array<ArrayBuffer>
  stateVector: Uint8Array<ArrayBuffer>
}

export namespace SyncReply {
  let _codec: Codec<SyncReply>

  export const codec = (): Codec<SyncReply> => {
    if (_codec == null) {
      _codec = message<SyncReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.open != null && obj.open !== false)) {
          w.uint32(16)
          w.bool(obj.open)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.update)
        }

        if ((obj.stateVector != null && obj.stateVector.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.stateVector)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          open: false,
          update: uint8ArrayAlloc(0),
          stateVector: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.open = reader.bool()
              break
            }
            case 3: {
              obj.update = reader.bytes()
              break
            }
            case 4: {
              obj.stateVector = reader.bytes()
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
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.open`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.stateVector`,
                value: reader.bytes()
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

  export interface SyncReplyDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncReplyOpenFieldEvent {
    field: '$.open'
    value: boolean
  }

  export interface SyncReplyUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface SyncReplyStateVectorFieldEvent {
    field: '$.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncReply>): SyncReply {
    return decodeMessage(buf, SyncReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncReply>): Generator<SyncReplyDocFieldEvent | SyncReplyOpenFieldEvent | SyncReplyUpdateFieldEvent | SyncReplyStateVectorFieldEvent> {
    return streamMessage(buf, SyncReply.codec(), opts)
  }
}

export interface SyncPush {
  doc: string
  update: Uint8Array<ArrayBuffer>
}

export namespace SyncPush {
  let _codec: Codec<SyncPush>

  export const codec = (): Codec<SyncPush> => {
    if (_codec == null) {
      _codec = message<SyncPush>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.doc != null && obj.doc !== '')) {
          w.uint32(10)
          w.string(obj.doc)
        }

        if ((obj.update != null && obj.update.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.update)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          doc: '',
          update: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.doc = reader.string()
              break
            }
            case 2: {
              obj.update = reader.bytes()
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
                field: `${prefix}.doc`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.update`,
                value: reader.bytes()
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

  export interface SyncPushDocFieldEvent {
    field: '$.doc'
    value: string
  }

  export interface SyncPushUpdateFieldEvent {
    field: '$.update'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SyncPush>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SyncPush.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncPush>): SyncPush {
    return decodeMessage(buf, SyncPush.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SyncPush>): Generator<SyncPushDocFieldEvent | SyncPushUpdateFieldEvent> {
    return streamMessage(buf, SyncPush.codec(), opts)
  }
}

export interface Ack {}

export namespace Ack {
  let _codec: Codec<Ack>

  export const codec = (): Codec<Ack> => {
    if (_codec == null) {
      _codec = message<Ack>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
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

  export function encode (obj: Partial<Ack>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Ack.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Ack>): Ack {
    return decodeMessage(buf, Ack.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Ack>): Generator<{}> {
    return streamMessage(buf, Ack.codec(), opts)
  }
}

export interface Heartbeat {
  hasRank: boolean
  rank: bigint
  candidate: boolean
  epoch: bigint
  leading: boolean
  capabilities: string[]
  addrs: string[]
  preempt: boolean
  members: number
}

export namespace Heartbeat {
  let _codec: Codec<Heartbeat>

  export const codec = (): Codec<Heartbeat> => {
    if (_codec == null) {
      _codec = message<Heartbeat>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(8)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(16)
          w.uint64(obj.rank)
        }

        if ((obj.candidate != null && obj.candidate !== false)) {
          w.uint32(24)
          w.bool(obj.candidate)
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(32)
          w.uint64(obj.epoch)
        }

        if ((obj.leading != null && obj.leading !== false)) {
          w.uint32(40)
          w.bool(obj.leading)
        }

        if (obj.capabilities != null && obj.capabilities.length > 0) {
          for (const value of obj.capabilities) {
            w.uint32(50)
            w.string(value)
          }
        }

        if (obj.addrs != null && obj.addrs.length > 0) {
          for (const value of obj.addrs) {
            w.uint32(58)
            w.string(value)
          }
        }

        if ((obj.preempt != null && obj.preempt !== false)) {
          w.uint32(64)
          w.bool(obj.preempt)
        }

        if ((obj.members != null && obj.members !== 0)) {
          w.uint32(72)
          w.uint32(obj.members)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          hasRank: false,
          rank: 0n,
          candidate: false,
          epoch: 0n,
          leading: false,
          capabilities: [],
          addrs: [],
          preempt: false,
          members: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.hasRank = reader.bool()
              break
            }
            case 2: {
              obj.rank = reader.uint64()
              break
            }
            case 3: {
              obj.candidate = reader.bool()
              break
            }
            case 4: {
              obj.epoch = reader.uint64()
              break
            }
            case 5: {
              obj.leading = reader.bool()
              break
            }
            case 6: {
              if (opts.limits?.capabilities != null && obj.capabilities.length === opts.limits.capabilities) {
                throw new MaxLengthError('Decode error - repeated field "capabilities" had too many elements')
              }

              obj.capabilities.push(reader.string())
              break
            }
            case 7: {
              if (opts.limits?.addrs != null && obj.addrs.length === opts.limits.addrs) {
                throw new MaxLengthError('Decode error - repeated field "addrs" had too many elements')
              }

              obj.addrs.push(reader.string())
              break
            }
            case 8: {
              obj.preempt = reader.bool()
              break
            }
            case 9: {
              obj.members = reader.uint32()
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
          capabilities: 0,
          addrs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.candidate`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.epoch`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.leading`,
                value: reader.bool()
              }
              break
            }
            case 6: {
              if (opts.limits?.capabilities != null && obj.capabilities === opts.limits.capabilities) {
                throw new MaxLengthError('Streaming decode error - repeated field "capabilities" had too many elements')
              }

              yield {
                field: `${prefix}.capabilities[]`,
                index: obj.capabilities,
                value: reader.string()
              }

              obj.capabilities++

              break
            }
            case 7: {
              if (opts.limits?.addrs != null && obj.addrs === opts.limits.addrs) {
                throw new MaxLengthError('Streaming decode error - repeated field "addrs" had too many elements')
              }

              yield {
                field: `${prefix}.addrs[]`,
                index: obj.addrs,
                value: reader.string()
              }

              obj.addrs++

              break
            }
            case 8: {
              yield {
                field: `${prefix}.preempt`,
                value: reader.bool()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.members`,
                value: reader.uint32()
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

  export interface HeartbeatHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface HeartbeatRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface HeartbeatCandidateFieldEvent {
    field: '$.candidate'
    value: boolean
  }

  export interface HeartbeatEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface HeartbeatLeadingFieldEvent {
    field: '$.leading'
    value: boolean
  }

  export interface HeartbeatCapabilitiesFieldEvent {
    field: '$.capabilities[]'
    index: number
    value: string
  }

  export interface HeartbeatAddrsFieldEvent {
    field: '$.addrs[]'
    index: number
    value: string
  }

  export interface HeartbeatPreemptFieldEvent {
    field: '$.preempt'
    value: boolean
  }

  export interface HeartbeatMembersFieldEvent {
    field: '$.members'
    value: number
  }

  export function encode (obj: Partial<Heartbeat>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Heartbeat.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Heartbeat {
    return decodeMessage(buf, Heartbeat.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Generator<HeartbeatHasRankFieldEvent | HeartbeatRankFieldEvent | HeartbeatCandidateFieldEvent | HeartbeatEpochFieldEvent | HeartbeatLeadingFieldEvent | HeartbeatCapabilitiesFieldEvent | HeartbeatAddrsFieldEvent | HeartbeatPreemptFieldEvent | HeartbeatMembersFieldEvent> {
    return streamMessage(buf, Heartbeat.codec(), opts)
  }
}

export interface VoteRequest {
  epoch: bigint
  hasRank: boolean
  rank: bigint
  pre: boolean
}

export namespace VoteRequest {
  let _codec: Codec<VoteRequest>

  export const codec = (): Codec<VoteRequest> => {
    if (_codec == null) {
      _codec = message<VoteRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.epoch)
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(16)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(24)
          w.uint64(obj.rank)
        }

        if ((obj.pre != null && obj.pre !== false)) {
          w.uint32(32)
          w.bool(obj.pre)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          epoch: 0n,
          hasRank: false,
          rank: 0n,
          pre: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.epoch = reader.uint64()
              break
            }
            case 2: {
              obj.hasRank = reader.bool()
              break
            }
            case 3: {
              obj.rank = reader.uint64()
              break
            }
            case 4: {
              obj.pre = reader.bool()
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
                field: `${prefix}.epoch`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.pre`,
                value: reader.bool()
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

  export interface VoteRequestEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface VoteRequestHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface VoteRequestRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface VoteRequestPreFieldEvent {
    field: '$.pre'
    value: boolean
  }

  export function encode (obj: Partial<VoteRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VoteRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteRequest>): VoteRequest {
    return decodeMessage(buf, VoteRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteRequest>): Generator<VoteRequestEpochFieldEvent | VoteRequestHasRankFieldEvent | VoteRequestRankFieldEvent | VoteRequestPreFieldEvent> {
    return streamMessage(buf, VoteRequest.codec(), opts)
  }
}

export interface VoteReply {
  granted: boolean
  epoch: bigint
  reason: string
  stateEpoch: bigint
  stateVersion: bigint
  state: Uint8Array<ArrayBuffer>
}

export namespace VoteReply {
  let _codec: Codec<VoteReply>

  export const codec = (): Codec<VoteReply> => {
    if (_codec == null) {
      _codec = message<VoteReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.granted != null && obj.granted !== false)) {
          w.uint32(8)
          w.bool(obj.granted)
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(16)
          w.uint64(obj.epoch)
        }

        if ((obj.reason != null && obj.reason !== '')) {
          w.uint32(26)
          w.string(obj.reason)
        }

        if ((obj.stateEpoch != null && obj.stateEpoch !== 0n)) {
          w.uint32(32)
          w.uint64(obj.stateEpoch)
        }

        if ((obj.stateVersion != null && obj.stateVersion !== 0n)) {
          w.uint32(40)
          w.uint64(obj.stateVersion)
        }

        if ((obj.state != null && obj.state.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.state)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          granted: false,
          epoch: 0n,
          reason: '',
          stateEpoch: 0n,
          stateVersion: 0n,
          state: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.granted = reader.bool()
              break
            }
            case 2: {
              obj.epoch = reader.uint64()
              break
            }
            case 3: {
              obj.reason = reader.string()
              break
            }
            case 4: {
              obj.stateEpoch = reader.uint64()
              break
            }
            case 5: {
              obj.stateVersion = reader.uint64()
              break
            }
            case 6: {
              obj.state = reader.bytes()
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
                field: `${prefix}.granted`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.epoch`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.reason`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.stateEpoch`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.stateVersion`,
                value: reader.uint64()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.state`,
                value: reader.bytes()
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

  export interface VoteReplyGrantedFieldEvent {
    field: '$.granted'
    value: boolean
  }

  export interface VoteReplyEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface VoteReplyReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export interface VoteReplyStateEpochFieldEvent {
    field: '$.stateEpoch'
    value: bigint
  }

  export interface VoteReplyStateVersionFieldEvent {
    field: '$.stateVersion'
    value: bigint
  }

  export interface VoteReplyStateFieldEvent {
    field: '$.state'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<VoteReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VoteReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteReply>): VoteReply {
    return decodeMessage(buf, VoteReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteReply>): Generator<VoteReplyGrantedFieldEvent | VoteReplyEpochFieldEvent | VoteReplyReasonFieldEvent | VoteReplyStateEpochFieldEvent | VoteReplyStateVersionFieldEvent | VoteReplyStateFieldEvent> {
    return streamMessage(buf, VoteReply.codec(), opts)
  }
}

export interface Lease {
  epoch: bigint
  hasState: boolean
  stateVersion: bigint
  state: Uint8Array<ArrayBuffer>
}

export namespace Lease {
  let _codec: Codec<Lease>

  export const codec = (): Codec<Lease> => {
    if (_codec == null) {
      _codec = message<Lease>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.epoch)
        }

        if ((obj.hasState != null && obj.hasState !== false)) {
          w.uint32(16)
          w.bool(obj.hasState)
        }

        if ((obj.stateVersion != null && obj.stateVersion !== 0n)) {
          w.uint32(24)
          w.uint64(obj.stateVersion)
        }

        if ((obj.state != null && obj.state.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.state)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          epoch: 0n,
          hasState: false,
          stateVersion: 0n,
          state: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.epoch = reader.uint64()
              break
            }
            case 2: {
              obj.hasState = reader.bool()
              break
            }
            case 3: {
              obj.stateVersion = reader.uint64()
              break
            }
            case 4: {
              obj.state = reader.bytes()
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
                field: `${prefix}.epoch`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.hasState`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.stateVersion`,
                value: reader.uint64()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.state`,
                value: reader.bytes()
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

  export interface LeaseEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface LeaseHasStateFieldEvent {
    field: '$.hasState'
    value: boolean
  }

  export interface LeaseStateVersionFieldEvent {
    field: '$.stateVersion'
    value: bigint
  }

  export interface LeaseStateFieldEvent {
    field: '$.state'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<Lease>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Lease.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Lease>): Lease {
    return decodeMessage(buf, Lease.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Lease>): Generator<LeaseEpochFieldEvent | LeaseHasStateFieldEvent | LeaseStateVersionFieldEvent | LeaseStateFieldEvent> {
    return streamMessage(buf, Lease.codec(), opts)
  }
}

export interface LeaseAck {
  accepted: boolean
  epoch: bigint
}

export namespace LeaseAck {
  let _codec: Codec<LeaseAck>

  export const codec = (): Codec<LeaseAck> => {
    if (_codec == null) {
      _codec = message<LeaseAck>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.accepted != null && obj.accepted !== false)) {
          w.uint32(8)
          w.bool(obj.accepted)
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(16)
          w.uint64(obj.epoch)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          accepted: false,
          epoch: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.accepted = reader.bool()
              break
            }
            case 2: {
              obj.epoch = reader.uint64()
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
                field: `${prefix}.accepted`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.epoch`,
                value: reader.uint64()
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

  export interface LeaseAckAcceptedFieldEvent {
    field: '$.accepted'
    value: boolean
  }

  export interface LeaseAckEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export function encode (obj: Partial<LeaseAck>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LeaseAck.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LeaseAck>): LeaseAck {
    return decodeMessage(buf, LeaseAck.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LeaseAck>): Generator<LeaseAckAcceptedFieldEvent | LeaseAckEpochFieldEvent> {
    return streamMessage(buf, LeaseAck.codec(), opts)
  }
}

export interface Resign {
  epoch: bigint
}

export namespace Resign {
  let _codec: Codec<Resign>

  export const codec = (): Codec<Resign> => {
    if (_codec == null) {
      _codec = message<Resign>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.epoch)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          epoch: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.epoch = reader.uint64()
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
                field: `${prefix}.epoch`,
                value: reader.uint64()
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

  export interface ResignEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export function encode (obj: Partial<Resign>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Resign.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Resign>): Resign {
    return decodeMessage(buf, Resign.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Resign>): Generator<ResignEpochFieldEvent> {
    return streamMessage(buf, Resign.codec(), opts)
  }
}

export interface LockRequest {
  name: string
  requestId: string
  owner: string
  ttlMs: number
  waitMs: number
  names: string[]
  session: string
  seq: bigint
  reenter: bigint
}

export namespace LockRequest {
  let _codec: Codec<LockRequest>

  export const codec = (): Codec<LockRequest> => {
    if (_codec == null) {
      _codec = message<LockRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(26)
          w.string(obj.owner)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(32)
          w.uint32(obj.ttlMs)
        }

        if ((obj.waitMs != null && obj.waitMs !== 0)) {
          w.uint32(40)
          w.uint32(obj.waitMs)
        }

        if (obj.names != null && obj.names.length > 0) {
          for (const value of obj.names) {
            w.uint32(50)
            w.string(value)
          }
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(58)
          w.string(obj.session)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(64)
          w.uint64(obj.seq)
        }

        if ((obj.reenter != null && obj.reenter !== 0n)) {
          w.uint32(72)
          w.uint64(obj.reenter)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          owner: '',
          ttlMs: 0,
          waitMs: 0,
          names: [],
          session: '',
          seq: 0n,
          reenter: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.owner = reader.string()
              break
            }
            case 4: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 5: {
              obj.waitMs = reader.uint32()
              break
            }
            case 6: {
              if (opts.limits?.names != null && obj.names.length === opts.limits.names) {
                throw new MaxLengthError('Decode error - repeated field "names" had too many elements')
              }

              obj.names.push(reader.string())
              break
            }
            case 7: {
              obj.session = reader.string()
              break
            }
            case 8: {
              obj.seq = reader.uint64()
              break
            }
            case 9: {
              obj.reenter = reader.uint64()
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
          names: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.waitMs`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              if (opts.limits?.names != null && obj.names === opts.limits.names) {
                throw new MaxLengthError('Streaming decode error - repeated field "names" had too many elements')
              }

              yield {
                field: `${prefix}.names[]`,
                index: obj.names,
                value: reader.string()
              }

              obj.names++

              break
            }
            case 7: {
              yield {
                field: `${prefix}.session`,
                value: reader.string()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.reenter`,
                value: reader.uint64()
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

  export interface LockRequestNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockRequestRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface LockRequestOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface LockRequestTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface LockRequestWaitMsFieldEvent {
    field: '$.waitMs'
    value: number
  }

  export interface LockRequestNamesFieldEvent {
    field: '$.names[]'
    index: number
    value: string
  }

  export interface LockRequestSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface LockRequestSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface LockRequestReenterFieldEvent {
    field: '$.reenter'
    value: bigint
  }

  export function encode (obj: Partial<LockRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRequest>): LockRequest {
    return decodeMessage(buf, LockRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRequest>): Generator<LockRequestNameFieldEvent | LockRequestRequestIdFieldEvent | LockRequestOwnerFieldEvent | LockRequestTtlMsFieldEvent | LockRequestWaitMsFieldEvent | LockRequestNamesFieldEvent | LockRequestSessionFieldEvent | LockRequestSeqFieldEvent | LockRequestReenterFieldEvent> {
    return streamMessage(buf, LockRequest.codec(), opts)
  }
}

export interface LockReply {
  token: bigint
  ttlMs: number
  reentry: number
  grants: LockGrant[]
}

export namespace LockReply {
  let _codec: Codec<LockReply>

  export const codec = (): Codec<LockReply> => {
    if (_codec == null) {
      _codec = message<LockReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(8)
          w.uint64(obj.token)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(16)
          w.uint32(obj.ttlMs)
        }

        if ((obj.reentry != null && obj.reentry !== 0)) {
          w.uint32(24)
          w.uint32(obj.reentry)
        }

        if (obj.grants != null && obj.grants.length > 0) {
          for (const value of obj.grants) {
            w.uint32(34)
            LockGrant.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          token: 0n,
          ttlMs: 0,
          reentry: 0,
          grants: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.token = reader.uint64()
              break
            }
            case 2: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 3: {
              obj.reentry = reader.uint32()
              break
            }
            case 4: {
              if (opts.limits?.grants != null && obj.grants.length === opts.limits.grants) {
                throw new MaxLengthError('Decode error - repeated field "grants" had too many elements')
              }

              obj.grants.push(LockGrant.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.grants$
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
          grants: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.reentry`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              if (opts.limits?.grants != null && obj.grants === opts.limits.grants) {
                throw new MaxLengthError('Streaming decode error - repeated field "grants" had too many elements')
              }

              for (const evt of LockGrant.codec().stream(reader, reader.uint32(), `${prefix}.grants[]`, {
                limits: opts.limits?.grants$
              })) {
                yield {
                  ...evt,
                  index: obj.grants
                }
              }

              obj.grants++

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

  export interface LockReplyTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface LockReplyTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface LockReplyReentryFieldEvent {
    field: '$.reentry'
    value: number
  }

  export interface LockReplyGrantsNameFieldEvent {
    field: '$.grants[].name'
    value: string
    index: number
  }

  export interface LockReplyGrantsTokenFieldEvent {
    field: '$.grants[].token'
    value: bigint
    index: number
  }

  export function encode (obj: Partial<LockReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockReply>): LockReply {
    return decodeMessage(buf, LockReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockReply>): Generator<LockReplyTokenFieldEvent | LockReplyTtlMsFieldEvent | LockReplyReentryFieldEvent | LockReplyGrantsNameFieldEvent | LockReplyGrantsTokenFieldEvent> {
    return streamMessage(buf, LockReply.codec(), opts)
  }
}

export interface LockGrant {
  name: string
  token: bigint
}

export namespace LockGrant {
  let _codec: Codec<LockGrant>

  export const codec = (): Codec<LockGrant> => {
    if (_codec == null) {
      _codec = message<LockGrant>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(16)
          w.uint64(obj.token)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          token: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.token = reader.uint64()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
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

  export interface LockGrantNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockGrantTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export function encode (obj: Partial<LockGrant>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockGrant.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockGrant>): LockGrant {
    return decodeMessage(buf, LockGrant.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockGrant>): Generator<LockGrantNameFieldEvent | LockGrantTokenFieldEvent> {
    return streamMessage(buf, LockGrant.codec(), opts)
  }
}

export interface LockRelease {
  name: string
  token: bigint
  requestId: string
  owner: string
  kind: string
}

export namespace LockRelease {
  let _codec: Codec<LockRelease>

  export const codec = (): Codec<LockRelease> => {
    if (_codec == null) {
      _codec = message<LockRelease>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(16)
          w.uint64(obj.token)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(26)
          w.string(obj.requestId)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(34)
          w.string(obj.owner)
        }

        if ((obj.kind != null && obj.kind !== '')) {
          w.uint32(42)
          w.string(obj.kind)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          token: 0n,
          requestId: '',
          owner: '',
          kind: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.token = reader.uint64()
              break
            }
            case 3: {
              obj.requestId = reader.string()
              break
            }
            case 4: {
              obj.owner = reader.string()
              break
            }
            case 5: {
              obj.kind = reader.string()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.kind`,
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

  export interface LockReleaseNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockReleaseTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface LockReleaseRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface LockReleaseOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface LockReleaseKindFieldEvent {
    field: '$.kind'
    value: string
  }

  export function encode (obj: Partial<LockRelease>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockRelease.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRelease>): LockRelease {
    return decodeMessage(buf, LockRelease.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRelease>): Generator<LockReleaseNameFieldEvent | LockReleaseTokenFieldEvent | LockReleaseRequestIdFieldEvent | LockReleaseOwnerFieldEvent | LockReleaseKindFieldEvent> {
    return streamMessage(buf, LockRelease.codec(), opts)
  }
}

export interface LockRenew {
  name: string
  token: bigint
  kind: string
}

export namespace LockRenew {
  let _codec: Codec<LockRenew>

  export const codec = (): Codec<LockRenew> => {
    if (_codec == null) {
      _codec = message<LockRenew>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(16)
          w.uint64(obj.token)
        }

        if ((obj.kind != null && obj.kind !== '')) {
          w.uint32(26)
          w.string(obj.kind)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          token: 0n,
          kind: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.token = reader.uint64()
              break
            }
            case 3: {
              obj.kind = reader.string()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.kind`,
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

  export interface LockRenewNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockRenewTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface LockRenewKindFieldEvent {
    field: '$.kind'
    value: string
  }

  export function encode (obj: Partial<LockRenew>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockRenew.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRenew>): LockRenew {
    return decodeMessage(buf, LockRenew.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockRenew>): Generator<LockRenewNameFieldEvent | LockRenewTokenFieldEvent | LockRenewKindFieldEvent> {
    return streamMessage(buf, LockRenew.codec(), opts)
  }
}

export interface LockCancel {
  name: string
  requestId: string
  names: string[]
  kind: string
}

export namespace LockCancel {
  let _codec: Codec<LockCancel>

  export const codec = (): Codec<LockCancel> => {
    if (_codec == null) {
      _codec = message<LockCancel>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if (obj.names != null && obj.names.length > 0) {
          for (const value of obj.names) {
            w.uint32(26)
            w.string(value)
          }
        }

        if ((obj.kind != null && obj.kind !== '')) {
          w.uint32(34)
          w.string(obj.kind)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          names: [],
          kind: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              if (opts.limits?.names != null && obj.names.length === opts.limits.names) {
                throw new MaxLengthError('Decode error - repeated field "names" had too many elements')
              }

              obj.names.push(reader.string())
              break
            }
            case 4: {
              obj.kind = reader.string()
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
          names: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              if (opts.limits?.names != null && obj.names === opts.limits.names) {
                throw new MaxLengthError('Streaming decode error - repeated field "names" had too many elements')
              }

              yield {
                field: `${prefix}.names[]`,
                index: obj.names,
                value: reader.string()
              }

              obj.names++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.kind`,
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

  export interface LockCancelNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockCancelRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface LockCancelNamesFieldEvent {
    field: '$.names[]'
    index: number
    value: string
  }

  export interface LockCancelKindFieldEvent {
    field: '$.kind'
    value: string
  }

  export function encode (obj: Partial<LockCancel>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockCancel.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockCancel>): LockCancel {
    return decodeMessage(buf, LockCancel.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockCancel>): Generator<LockCancelNameFieldEvent | LockCancelRequestIdFieldEvent | LockCancelNamesFieldEvent | LockCancelKindFieldEvent> {
    return streamMessage(buf, LockCancel.codec(), opts)
  }
}

export interface SemaphoreAcquire {
  name: string
  requestId: string
  owner: string
  size: number
  permits: number
  ttlMs: number
  waitMs: number
  session: string
}

export namespace SemaphoreAcquire {
  let _codec: Codec<SemaphoreAcquire>

  export const codec = (): Codec<SemaphoreAcquire> => {
    if (_codec == null) {
      _codec = message<SemaphoreAcquire>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(26)
          w.string(obj.owner)
        }

        if ((obj.size != null && obj.size !== 0)) {
          w.uint32(32)
          w.uint32(obj.size)
        }

        if ((obj.permits != null && obj.permits !== 0)) {
          w.uint32(40)
          w.uint32(obj.permits)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.ttlMs)
        }

        if ((obj.waitMs != null && obj.waitMs !== 0)) {
          w.uint32(56)
          w.uint32(obj.waitMs)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(66)
          w.string(obj.session)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          owner: '',
          size: 0,
          permits: 0,
          ttlMs: 0,
          waitMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.owner = reader.string()
              break
            }
            case 4: {
              obj.size = reader.uint32()
              break
            }
            case 5: {
              obj.permits = reader.uint32()
              break
            }
            case 6: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 7: {
              obj.waitMs = reader.uint32()
              break
            }
            case 8: {
              obj.session = reader.string()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.size`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.permits`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.waitMs`,
                value: reader.uint32()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.session`,
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

  export interface SemaphoreAcquireNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface SemaphoreAcquireRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface SemaphoreAcquireOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface SemaphoreAcquireSizeFieldEvent {
    field: '$.size'
    value: number
  }

  export interface SemaphoreAcquirePermitsFieldEvent {
    field: '$.permits'
    value: number
  }

  export interface SemaphoreAcquireTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface SemaphoreAcquireWaitMsFieldEvent {
    field: '$.waitMs'
    value: number
  }

  export interface SemaphoreAcquireSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<SemaphoreAcquire>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SemaphoreAcquire.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreAcquire>): SemaphoreAcquire {
    return decodeMessage(buf, SemaphoreAcquire.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreAcquire>): Generator<SemaphoreAcquireNameFieldEvent | SemaphoreAcquireRequestIdFieldEvent | SemaphoreAcquireOwnerFieldEvent | SemaphoreAcquireSizeFieldEvent | SemaphoreAcquirePermitsFieldEvent | SemaphoreAcquireTtlMsFieldEvent | SemaphoreAcquireWaitMsFieldEvent | SemaphoreAcquireSessionFieldEvent> {
    return streamMessage(buf, SemaphoreAcquire.codec(), opts)
  }
}

export interface Campaign {
  name: string
  requestId: string
  hasRank: boolean
  rank: bigint
  preempt: boolean
  ttlMs: number
}

export namespace Campaign {
  let _codec: Codec<Campaign>

  export const codec = (): Codec<Campaign> => {
    if (_codec == null) {
      _codec = message<Campaign>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(24)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(32)
          w.uint64(obj.rank)
        }

        if ((obj.preempt != null && obj.preempt !== false)) {
          w.uint32(40)
          w.bool(obj.preempt)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.ttlMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          hasRank: false,
          rank: 0n,
          preempt: false,
          ttlMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.hasRank = reader.bool()
              break
            }
            case 4: {
              obj.rank = reader.uint64()
              break
            }
            case 5: {
              obj.preempt = reader.bool()
              break
            }
            case 6: {
              obj.ttlMs = reader.uint32()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.preempt`,
                value: reader.bool()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
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

  export interface CampaignNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface CampaignRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface CampaignHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface CampaignRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface CampaignPreemptFieldEvent {
    field: '$.preempt'
    value: boolean
  }

  export interface CampaignTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export function encode (obj: Partial<Campaign>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Campaign.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaign>): Campaign {
    return decodeMessage(buf, Campaign.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaign>): Generator<CampaignNameFieldEvent | CampaignRequestIdFieldEvent | CampaignHasRankFieldEvent | CampaignRankFieldEvent | CampaignPreemptFieldEvent | CampaignTtlMsFieldEvent> {
    return streamMessage(buf, Campaign.codec(), opts)
  }
}

export interface ElectionWatch {
  name: string
  requestId: string
  knownToken: bigint
}

export namespace ElectionWatch {
  let _codec: Codec<ElectionWatch>

  export const codec = (): Codec<ElectionWatch> => {
    if (_codec == null) {
      _codec = message<ElectionWatch>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.knownToken != null && obj.knownToken !== 0n)) {
          w.uint32(24)
          w.uint64(obj.knownToken)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          knownToken: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.knownToken = reader.uint64()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.knownToken`,
                value: reader.uint64()
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

  export interface ElectionWatchNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface ElectionWatchRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface ElectionWatchKnownTokenFieldEvent {
    field: '$.knownToken'
    value: bigint
  }

  export function encode (obj: Partial<ElectionWatch>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ElectionWatch.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionWatch>): ElectionWatch {
    return decodeMessage(buf, ElectionWatch.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionWatch>): Generator<ElectionWatchNameFieldEvent | ElectionWatchRequestIdFieldEvent | ElectionWatchKnownTokenFieldEvent> {
    return streamMessage(buf, ElectionWatch.codec(), opts)
  }
}

export interface ElectionLeader {
  peer: string
  hasRank: boolean
  rank: bigint
  token: bigint
}

export namespace ElectionLeader {
  let _codec: Codec<ElectionLeader>

  export const codec = (): Codec<ElectionLeader> => {
    if (_codec == null) {
      _codec = message<ElectionLeader>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(16)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(24)
          w.uint64(obj.rank)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(32)
          w.uint64(obj.token)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          hasRank: false,
          rank: 0n,
          token: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.hasRank = reader.bool()
              break
            }
            case 3: {
              obj.rank = reader.uint64()
              break
            }
            case 4: {
              obj.token = reader.uint64()
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
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
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

  export interface ElectionLeaderPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface ElectionLeaderHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface ElectionLeaderRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface ElectionLeaderTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export function encode (obj: Partial<ElectionLeader>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ElectionLeader.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionLeader>): ElectionLeader {
    return decodeMessage(buf, ElectionLeader.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionLeader>): Generator<ElectionLeaderPeerFieldEvent | ElectionLeaderHasRankFieldEvent | ElectionLeaderRankFieldEvent | ElectionLeaderTokenFieldEvent> {
    return streamMessage(buf, ElectionLeader.codec(), opts)
  }
}

export interface BarrierArrive {
  name: string
  requestId: string
  hasGeneration: boolean
  generation: bigint
  parties: number
  thresholdCount: number
  thresholdPermille: number
  timeoutMs: number
  failOnTimeout: boolean
}

export namespace BarrierArrive {
  let _codec: Codec<BarrierArrive>

  export const codec = (): Codec<BarrierArrive> => {
    if (_codec == null) {
      _codec = message<BarrierArrive>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.hasGeneration != null && obj.hasGeneration !== false)) {
          w.uint32(24)
          w.bool(obj.hasGeneration)
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(32)
          w.uint64(obj.generation)
        }

        if ((obj.parties != null && obj.parties !== 0)) {
          w.uint32(40)
          w.uint32(obj.parties)
        }

        if ((obj.thresholdCount != null && obj.thresholdCount !== 0)) {
          w.uint32(48)
          w.uint32(obj.thresholdCount)
        }

        if ((obj.thresholdPermille != null && obj.thresholdPermille !== 0)) {
          w.uint32(56)
          w.uint32(obj.thresholdPermille)
        }

        if ((obj.timeoutMs != null && obj.timeoutMs !== 0)) {
          w.uint32(64)
          w.uint32(obj.timeoutMs)
        }

        if ((obj.failOnTimeout != null && obj.failOnTimeout !== false)) {
          w.uint32(72)
          w.bool(obj.failOnTimeout)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          hasGeneration: false,
          generation: 0n,
          parties: 0,
          thresholdCount: 0,
          thresholdPermille: 0,
          timeoutMs: 0,
          failOnTimeout: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.hasGeneration = reader.bool()
              break
            }
            case 4: {
              obj.generation = reader.uint64()
              break
            }
            case 5: {
              obj.parties = reader.uint32()
              break
            }
            case 6: {
              obj.thresholdCount = reader.uint32()
              break
            }
            case 7: {
              obj.thresholdPermille = reader.uint32()
              break
            }
            case 8: {
              obj.timeoutMs = reader.uint32()
              break
            }
            case 9: {
              obj.failOnTimeout = reader.bool()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.hasGeneration`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.parties`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.thresholdCount`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.thresholdPermille`,
                value: reader.uint32()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.timeoutMs`,
                value: reader.uint32()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.failOnTimeout`,
                value: reader.bool()
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

  export interface BarrierArriveNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface BarrierArriveRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface BarrierArriveHasGenerationFieldEvent {
    field: '$.hasGeneration'
    value: boolean
  }

  export interface BarrierArriveGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface BarrierArrivePartiesFieldEvent {
    field: '$.parties'
    value: number
  }

  export interface BarrierArriveThresholdCountFieldEvent {
    field: '$.thresholdCount'
    value: number
  }

  export interface BarrierArriveThresholdPermilleFieldEvent {
    field: '$.thresholdPermille'
    value: number
  }

  export interface BarrierArriveTimeoutMsFieldEvent {
    field: '$.timeoutMs'
    value: number
  }

  export interface BarrierArriveFailOnTimeoutFieldEvent {
    field: '$.failOnTimeout'
    value: boolean
  }

  export function encode (obj: Partial<BarrierArrive>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierArrive.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierArrive>): BarrierArrive {
    return decodeMessage(buf, BarrierArrive.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierArrive>): Generator<BarrierArriveNameFieldEvent | BarrierArriveRequestIdFieldEvent | BarrierArriveHasGenerationFieldEvent | BarrierArriveGenerationFieldEvent | BarrierArrivePartiesFieldEvent | BarrierArriveThresholdCountFieldEvent | BarrierArriveThresholdPermilleFieldEvent | BarrierArriveTimeoutMsFieldEvent | BarrierArriveFailOnTimeoutFieldEvent> {
    return streamMessage(buf, BarrierArrive.codec(), opts)
  }
}

export interface BarrierReply {
  generation: bigint
  outcome: string
  arrived: string[]
  failOnTimeout: boolean
}

export namespace BarrierReply {
  let _codec: Codec<BarrierReply>

  export const codec = (): Codec<BarrierReply> => {
    if (_codec == null) {
      _codec = message<BarrierReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(8)
          w.uint64(obj.generation)
        }

        if ((obj.outcome != null && obj.outcome !== '')) {
          w.uint32(18)
          w.string(obj.outcome)
        }

        if (obj.arrived != null && obj.arrived.length > 0) {
          for (const value of obj.arrived) {
            w.uint32(26)
            w.string(value)
          }
        }

        if ((obj.failOnTimeout != null && obj.failOnTimeout !== false)) {
          w.uint32(32)
          w.bool(obj.failOnTimeout)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          generation: 0n,
          outcome: '',
          arrived: [],
          failOnTimeout: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.generation = reader.uint64()
              break
            }
            case 2: {
              obj.outcome = reader.string()
              break
            }
            case 3: {
              if (opts.limits?.arrived != null && obj.arrived.length === opts.limits.arrived) {
                throw new MaxLengthError('Decode error - repeated field "arrived" had too many elements')
              }

              obj.arrived.push(reader.string())
              break
            }
            case 4: {
              obj.failOnTimeout = reader.bool()
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
          arrived: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.outcome`,
                value: reader.string()
              }
              break
            }
            case 3: {
              if (opts.limits?.arrived != null && obj.arrived === opts.limits.arrived) {
                throw new MaxLengthError('Streaming decode error - repeated field "arrived" had too many elements')
              }

              yield {
                field: `${prefix}.arrived[]`,
                index: obj.arrived,
                value: reader.string()
              }

              obj.arrived++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.failOnTimeout`,
                value: reader.bool()
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

  export interface BarrierReplyGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface BarrierReplyOutcomeFieldEvent {
    field: '$.outcome'
    value: string
  }

  export interface BarrierReplyArrivedFieldEvent {
    field: '$.arrived[]'
    index: number
    value: string
  }

  export interface BarrierReplyFailOnTimeoutFieldEvent {
    field: '$.failOnTimeout'
    value: boolean
  }

  export function encode (obj: Partial<BarrierReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierReply>): BarrierReply {
    return decodeMessage(buf, BarrierReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierReply>): Generator<BarrierReplyGenerationFieldEvent | BarrierReplyOutcomeFieldEvent | BarrierReplyArrivedFieldEvent | BarrierReplyFailOnTimeoutFieldEvent> {
    return streamMessage(buf, BarrierReply.codec(), opts)
  }
}

export interface BarrierParties {
  name: string
  parties: number
}

export namespace BarrierParties {
  let _codec: Codec<BarrierParties>

  export const codec = (): Codec<BarrierParties> => {
    if (_codec == null) {
      _codec = message<BarrierParties>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.parties != null && obj.parties !== 0)) {
          w.uint32(16)
          w.uint32(obj.parties)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          parties: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.parties = reader.uint32()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.parties`,
                value: reader.uint32()
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

  export interface BarrierPartiesNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface BarrierPartiesPartiesFieldEvent {
    field: '$.parties'
    value: number
  }

  export function encode (obj: Partial<BarrierParties>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierParties.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierParties>): BarrierParties {
    return decodeMessage(buf, BarrierParties.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierParties>): Generator<BarrierPartiesNameFieldEvent | BarrierPartiesPartiesFieldEvent> {
    return streamMessage(buf, BarrierParties.codec(), opts)
  }
}

export interface CasRequest {
  name: string
  requestId: string
  expected: Uint8Array<ArrayBuffer>
}

export namespace CasRequest {
  let _codec: Codec<CasRequest>

  export const codec = (): Codec<CasRequest> => {
    if (_codec == null) {
      _codec = message<CasRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.expected != null && obj.expected.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.expected)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          requestId: '',
          expected: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.expected = reader.bytes()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.expected`,
                value: reader.bytes()
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

  export interface CasRequestNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface CasRequestRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface CasRequestExpectedFieldEvent {
    field: '$.expected'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<CasRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CasRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasRequest>): CasRequest {
    return decodeMessage(buf, CasRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasRequest>): Generator<CasRequestNameFieldEvent | CasRequestRequestIdFieldEvent | CasRequestExpectedFieldEvent> {
    return streamMessage(buf, CasRequest.codec(), opts)
  }
}

export interface CasReply {
  clock: Uint8Array<ArrayBuffer>
  token: bigint
}

export namespace CasReply {
  let _codec: Codec<CasReply>

  export const codec = (): Codec<CasReply> => {
    if (_codec == null) {
      _codec = message<CasReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.clock != null && obj.clock.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.clock)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(16)
          w.uint64(obj.token)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          clock: uint8ArrayAlloc(0),
          token: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.clock = reader.bytes()
              break
            }
            case 2: {
              obj.token = reader.uint64()
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
                field: `${prefix}.clock`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
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

  export interface CasReplyClockFieldEvent {
    field: '$.clock'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CasReplyTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export function encode (obj: Partial<CasReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CasReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasReply>): CasReply {
    return decodeMessage(buf, CasReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasReply>): Generator<CasReplyClockFieldEvent | CasReplyTokenFieldEvent> {
    return streamMessage(buf, CasReply.codec(), opts)
  }
}

export interface CoordViewRequest {}

export namespace CoordViewRequest {
  let _codec: Codec<CoordViewRequest>

  export const codec = (): Codec<CoordViewRequest> => {
    if (_codec == null) {
      _codec = message<CoordViewRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
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

  export function encode (obj: Partial<CoordViewRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordViewRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordViewRequest>): CoordViewRequest {
    return decodeMessage(buf, CoordViewRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordViewRequest>): Generator<{}> {
    return streamMessage(buf, CoordViewRequest.codec(), opts)
  }
}

export interface CoordView {
  epoch: bigint
  state: Uint8Array<ArrayBuffer>
}

export namespace CoordView {
  let _codec: Codec<CoordView>

  export const codec = (): Codec<CoordView> => {
    if (_codec == null) {
      _codec = message<CoordView>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.epoch)
        }

        if ((obj.state != null && obj.state.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.state)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          epoch: 0n,
          state: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.epoch = reader.uint64()
              break
            }
            case 2: {
              obj.state = reader.bytes()
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
                field: `${prefix}.epoch`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.state`,
                value: reader.bytes()
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

  export interface CoordViewEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface CoordViewStateFieldEvent {
    field: '$.state'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<CoordView>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordView.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordView>): CoordView {
    return decodeMessage(buf, CoordView.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordView>): Generator<CoordViewEpochFieldEvent | CoordViewStateFieldEvent> {
    return streamMessage(buf, CoordView.codec(), opts)
  }
}

export interface CoordState {
  counterEpoch: bigint
  counter: bigint
  locks: LockEntry[]
  barriers: BarrierEntry[]
  cas: CasEntry[]
  semaphores: SemaphoreEntry[]
  elections: ElectionEntry[]
}

export namespace CoordState {
  let _codec: Codec<CoordState>

  export const codec = (): Codec<CoordState> => {
    if (_codec == null) {
      _codec = message<CoordState>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.counterEpoch != null && obj.counterEpoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.counterEpoch)
        }

        if ((obj.counter != null && obj.counter !== 0n)) {
          w.uint32(16)
          w.uint64(obj.counter)
        }

        if (obj.locks != null && obj.locks.length > 0) {
          for (const value of obj.locks) {
            w.uint32(26)
            LockEntry.codec().encode(value, w)
          }
        }

        if (obj.barriers != null && obj.barriers.length > 0) {
          for (const value of obj.barriers) {
            w.uint32(34)
            BarrierEntry.codec().encode(value, w)
          }
        }

        if (obj.cas != null && obj.cas.length > 0) {
          for (const value of obj.cas) {
            w.uint32(42)
            CasEntry.codec().encode(value, w)
          }
        }

        if (obj.semaphores != null && obj.semaphores.length > 0) {
          for (const value of obj.semaphores) {
            w.uint32(50)
            SemaphoreEntry.codec().encode(value, w)
          }
        }

        if (obj.elections != null && obj.elections.length > 0) {
          for (const value of obj.elections) {
            w.uint32(58)
            ElectionEntry.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          counterEpoch: 0n,
          counter: 0n,
          locks: [],
          barriers: [],
          cas: [],
          semaphores: [],
          elections: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.counterEpoch = reader.uint64()
              break
            }
            case 2: {
              obj.counter = reader.uint64()
              break
            }
            case 3: {
              if (opts.limits?.locks != null && obj.locks.length === opts.limits.locks) {
                throw new MaxLengthError('Decode error - repeated field "locks" had too many elements')
              }

              obj.locks.push(LockEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.locks$
              }))
              break
            }
            case 4: {
              if (opts.limits?.barriers != null && obj.barriers.length === opts.limits.barriers) {
                throw new MaxLengthError('Decode error - repeated field "barriers" had too many elements')
              }

              obj.barriers.push(BarrierEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.barriers$
              }))
              break
            }
            case 5: {
              if (opts.limits?.cas != null && obj.cas.length === opts.limits.cas) {
                throw new MaxLengthError('Decode error - repeated field "cas" had too many elements')
              }

              obj.cas.push(CasEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.cas$
              }))
              break
            }
            case 6: {
              if (opts.limits?.semaphores != null && obj.semaphores.length === opts.limits.semaphores) {
                throw new MaxLengthError('Decode error - repeated field "semaphores" had too many elements')
              }

              obj.semaphores.push(SemaphoreEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.semaphores$
              }))
              break
            }
            case 7: {
              if (opts.limits?.elections != null && obj.elections.length === opts.limits.elections) {
                throw new MaxLengthError('Decode error - repeated field "elections" had too many elements')
              }

              obj.elections.push(ElectionEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.elections$
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
          locks: 0,
          barriers: 0,
          cas: 0,
          semaphores: 0,
          elections: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.counterEpoch`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.counter`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              if (opts.limits?.locks != null && obj.locks === opts.limits.locks) {
                throw new MaxLengthError('Streaming decode error - repeated field "locks" had too many elements')
              }

              for (const evt of LockEntry.codec().stream(reader, reader.uint32(), `${prefix}.locks[]`, {
                limits: opts.limits?.locks$
              })) {
                yield {
                  ...evt,
                  index: obj.locks
                }
              }

              obj.locks++

              break
            }
            case 4: {
              if (opts.limits?.barriers != null && obj.barriers === opts.limits.barriers) {
                throw new MaxLengthError('Streaming decode error - repeated field "barriers" had too many elements')
              }

              for (const evt of BarrierEntry.codec().stream(reader, reader.uint32(), `${prefix}.barriers[]`, {
                limits: opts.limits?.barriers$
              })) {
                yield {
                  ...evt,
                  index: obj.barriers
                }
              }

              obj.barriers++

              break
            }
            case 5: {
              if (opts.limits?.cas != null && obj.cas === opts.limits.cas) {
                throw new MaxLengthError('Streaming decode error - repeated field "cas" had too many elements')
              }

              for (const evt of CasEntry.codec().stream(reader, reader.uint32(), `${prefix}.cas[]`, {
                limits: opts.limits?.cas$
              })) {
                yield {
                  ...evt,
                  index: obj.cas
                }
              }

              obj.cas++

              break
            }
            case 6: {
              if (opts.limits?.semaphores != null && obj.semaphores === opts.limits.semaphores) {
                throw new MaxLengthError('Streaming decode error - repeated field "semaphores" had too many elements')
              }

              for (const evt of SemaphoreEntry.codec().stream(reader, reader.uint32(), `${prefix}.semaphores[]`, {
                limits: opts.limits?.semaphores$
              })) {
                yield {
                  ...evt,
                  index: obj.semaphores
                }
              }

              obj.semaphores++

              break
            }
            case 7: {
              if (opts.limits?.elections != null && obj.elections === opts.limits.elections) {
                throw new MaxLengthError('Streaming decode error - repeated field "elections" had too many elements')
              }

              for (const evt of ElectionEntry.codec().stream(reader, reader.uint32(), `${prefix}.elections[]`, {
                limits: opts.limits?.elections$
              })) {
                yield {
                  ...evt,
                  index: obj.elections
                }
              }

              obj.elections++

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

  export interface CoordStateCounterEpochFieldEvent {
    field: '$.counterEpoch'
    value: bigint
  }

  export interface CoordStateCounterFieldEvent {
    field: '$.counter'
    value: bigint
  }

  export interface CoordStateLocksNameFieldEvent {
    field: '$.locks[].name'
    value: string
    index: number
  }

  export interface CoordStateLocksHolderFieldEvent {
    field: '$.locks[].holder'
    value: string
    index: number
  }

  export interface CoordStateLocksOwnerFieldEvent {
    field: '$.locks[].owner'
    value: string
    index: number
  }

  export interface CoordStateLocksTokenFieldEvent {
    field: '$.locks[].token'
    value: bigint
    index: number
  }

  export interface CoordStateLocksTtlMsFieldEvent {
    field: '$.locks[].ttlMs'
    value: number
    index: number
  }

  export interface CoordStateLocksReentryFieldEvent {
    field: '$.locks[].reentry'
    value: number
    index: number
  }

  export interface CoordStateLocksAppliedFieldEvent {
    field: '$.locks[].applied[]'
    index: number
    value: string
  }

  export interface CoordStateLocksQueuePeerFieldEvent {
    field: '$.locks[].queue[].peer'
    value: string
    index: number
  }

  export interface CoordStateLocksQueueOwnerFieldEvent {
    field: '$.locks[].queue[].owner'
    value: string
    index: number
  }

  export interface CoordStateLocksQueueRequestIdFieldEvent {
    field: '$.locks[].queue[].requestId'
    value: string
    index: number
  }

  export interface CoordStateLocksQueueTtlMsFieldEvent {
    field: '$.locks[].queue[].ttlMs'
    value: number
    index: number
  }

  export interface CoordStateLocksQueueNamesFieldEvent {
    field: '$.locks[].queue[].names[]'
    index: number
    value: string
  }

  export interface CoordStateLocksQueueSessionFieldEvent {
    field: '$.locks[].queue[].session'
    value: string
    index: number
  }

  export interface CoordStateLocksQueueSeqFieldEvent {
    field: '$.locks[].queue[].seq'
    value: bigint
    index: number
  }

  export interface CoordStateLocksQueueWaitLeftMsFieldEvent {
    field: '$.locks[].queue[].waitLeftMs'
    value: number
    index: number
  }

  export interface CoordStateLocksSessionFieldEvent {
    field: '$.locks[].session'
    value: string
    index: number
  }

  export interface CoordStateLocksSeqFieldEvent {
    field: '$.locks[].seq'
    value: bigint
    index: number
  }

  export interface CoordStateBarriersNameFieldEvent {
    field: '$.barriers[].name'
    value: string
    index: number
  }

  export interface CoordStateBarriersGenerationFieldEvent {
    field: '$.barriers[].generation'
    value: bigint
    index: number
  }

  export interface CoordStateBarriersConfiguredFieldEvent {
    field: '$.barriers[].configured'
    value: boolean
    index: number
  }

  export interface CoordStateBarriersPartiesFieldEvent {
    field: '$.barriers[].parties'
    value: number
    index: number
  }

  export interface CoordStateBarriersThresholdCountFieldEvent {
    field: '$.barriers[].thresholdCount'
    value: number
    index: number
  }

  export interface CoordStateBarriersThresholdPermilleFieldEvent {
    field: '$.barriers[].thresholdPermille'
    value: number
    index: number
  }

  export interface CoordStateBarriersTimeoutMsFieldEvent {
    field: '$.barriers[].timeoutMs'
    value: number
    index: number
  }

  export interface CoordStateBarriersFailOnTimeoutFieldEvent {
    field: '$.barriers[].failOnTimeout'
    value: boolean
    index: number
  }

  export interface CoordStateBarriersDeadlineInMsFieldEvent {
    field: '$.barriers[].deadlineInMs'
    value: number
    index: number
  }

  export interface CoordStateBarriersArrivedPeerFieldEvent {
    field: '$.barriers[].arrived[].peer'
    value: string
    index: number
  }

  export interface CoordStateBarriersArrivedRequestIdFieldEvent {
    field: '$.barriers[].arrived[].requestId'
    value: string
    index: number
  }

  export interface CoordStateBarriersReleasesGenerationFieldEvent {
    field: '$.barriers[].releases[].generation'
    value: bigint
    index: number
  }

  export interface CoordStateBarriersReleasesOutcomeFieldEvent {
    field: '$.barriers[].releases[].outcome'
    value: string
    index: number
  }

  export interface CoordStateBarriersReleasesArrivedPeerFieldEvent {
    field: '$.barriers[].releases[].arrived[].peer'
    value: string
    index: number
  }

  export interface CoordStateBarriersReleasesArrivedRequestIdFieldEvent {
    field: '$.barriers[].releases[].arrived[].requestId'
    value: string
    index: number
  }

  export interface CoordStateBarriersReleasesFailOnTimeoutFieldEvent {
    field: '$.barriers[].releases[].failOnTimeout'
    value: boolean
    index: number
  }

  export interface CoordStateCasNameFieldEvent {
    field: '$.cas[].name'
    value: string
    index: number
  }

  export interface CoordStateCasClockFieldEvent {
    field: '$.cas[].clock'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordStateCasTokenFieldEvent {
    field: '$.cas[].token'
    value: bigint
    index: number
  }

  export interface CoordStateCasWriterFieldEvent {
    field: '$.cas[].writer'
    value: string
    index: number
  }

  export interface CoordStateCasRequestIdFieldEvent {
    field: '$.cas[].requestId'
    value: string
    index: number
  }

  export interface CoordStateCasVisibleFieldEvent {
    field: '$.cas[].visible'
    value: boolean
    index: number
  }

  export interface CoordStateCasBaseFieldEvent {
    field: '$.cas[].base'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordStateSemaphoresNameFieldEvent {
    field: '$.semaphores[].name'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresSizeFieldEvent {
    field: '$.semaphores[].size'
    value: number
    index: number
  }

  export interface CoordStateSemaphoresHoldersPeerFieldEvent {
    field: '$.semaphores[].holders[].peer'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresHoldersOwnerFieldEvent {
    field: '$.semaphores[].holders[].owner'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresHoldersRequestIdFieldEvent {
    field: '$.semaphores[].holders[].requestId'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresHoldersTokenFieldEvent {
    field: '$.semaphores[].holders[].token'
    value: bigint
    index: number
  }

  export interface CoordStateSemaphoresHoldersPermitsFieldEvent {
    field: '$.semaphores[].holders[].permits'
    value: number
    index: number
  }

  export interface CoordStateSemaphoresHoldersTtlMsFieldEvent {
    field: '$.semaphores[].holders[].ttlMs'
    value: number
    index: number
  }

  export interface CoordStateSemaphoresHoldersSessionFieldEvent {
    field: '$.semaphores[].holders[].session'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresQueuePeerFieldEvent {
    field: '$.semaphores[].queue[].peer'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresQueueOwnerFieldEvent {
    field: '$.semaphores[].queue[].owner'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresQueueRequestIdFieldEvent {
    field: '$.semaphores[].queue[].requestId'
    value: string
    index: number
  }

  export interface CoordStateSemaphoresQueuePermitsFieldEvent {
    field: '$.semaphores[].queue[].permits'
    value: number
    index: number
  }

  export interface CoordStateSemaphoresQueueTtlMsFieldEvent {
    field: '$.semaphores[].queue[].ttlMs'
    value: number
    index: number
  }

  export interface CoordStateSemaphoresQueueSessionFieldEvent {
    field: '$.semaphores[].queue[].session'
    value: string
    index: number
  }

  export interface CoordStateElectionsNameFieldEvent {
    field: '$.elections[].name'
    value: string
    index: number
  }

  export interface CoordStateElectionsLeaderFieldEvent {
    field: '$.elections[].leader'
    value: string
    index: number
  }

  export interface CoordStateElectionsHasRankFieldEvent {
    field: '$.elections[].hasRank'
    value: boolean
    index: number
  }

  export interface CoordStateElectionsRankFieldEvent {
    field: '$.elections[].rank'
    value: bigint
    index: number
  }

  export interface CoordStateElectionsTokenFieldEvent {
    field: '$.elections[].token'
    value: bigint
    index: number
  }

  export interface CoordStateElectionsTtlMsFieldEvent {
    field: '$.elections[].ttlMs'
    value: number
    index: number
  }

  export interface CoordStateElectionsRequestIdFieldEvent {
    field: '$.elections[].requestId'
    value: string
    index: number
  }

  export interface CoordStateElectionsCampaignersPeerFieldEvent {
    field: '$.elections[].campaigners[].peer'
    value: string
    index: number
  }

  export interface CoordStateElectionsCampaignersRequestIdFieldEvent {
    field: '$.elections[].campaigners[].requestId'
    value: string
    index: number
  }

  export interface CoordStateElectionsCampaignersHasRankFieldEvent {
    field: '$.elections[].campaigners[].hasRank'
    value: boolean
    index: number
  }

  export interface CoordStateElectionsCampaignersRankFieldEvent {
    field: '$.elections[].campaigners[].rank'
    value: bigint
    index: number
  }

  export interface CoordStateElectionsCampaignersPreemptFieldEvent {
    field: '$.elections[].campaigners[].preempt'
    value: boolean
    index: number
  }

  export interface CoordStateElectionsCampaignersTtlMsFieldEvent {
    field: '$.elections[].campaigners[].ttlMs'
    value: number
    index: number
  }

  export function encode (obj: Partial<CoordState>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordState.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordState>): CoordState {
    return decodeMessage(buf, CoordState.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordState>): Generator<CoordStateCounterEpochFieldEvent | CoordStateCounterFieldEvent | CoordStateLocksNameFieldEvent | CoordStateLocksHolderFieldEvent | CoordStateLocksOwnerFieldEvent | CoordStateLocksTokenFieldEvent | CoordStateLocksTtlMsFieldEvent | CoordStateLocksReentryFieldEvent | CoordStateLocksAppliedFieldEvent | CoordStateLocksQueuePeerFieldEvent | CoordStateLocksQueueOwnerFieldEvent | CoordStateLocksQueueRequestIdFieldEvent | CoordStateLocksQueueTtlMsFieldEvent | CoordStateLocksQueueNamesFieldEvent | CoordStateLocksQueueSessionFieldEvent | CoordStateLocksQueueSeqFieldEvent | CoordStateLocksQueueWaitLeftMsFieldEvent | CoordStateLocksSessionFieldEvent | CoordStateLocksSeqFieldEvent | CoordStateBarriersNameFieldEvent | CoordStateBarriersGenerationFieldEvent | CoordStateBarriersConfiguredFieldEvent | CoordStateBarriersPartiesFieldEvent | CoordStateBarriersThresholdCountFieldEvent | CoordStateBarriersThresholdPermilleFieldEvent | CoordStateBarriersTimeoutMsFieldEvent | CoordStateBarriersFailOnTimeoutFieldEvent | CoordStateBarriersDeadlineInMsFieldEvent | CoordStateBarriersArrivedPeerFieldEvent | CoordStateBarriersArrivedRequestIdFieldEvent | CoordStateBarriersReleasesGenerationFieldEvent | CoordStateBarriersReleasesOutcomeFieldEvent | CoordStateBarriersReleasesArrivedPeerFieldEvent | CoordStateBarriersReleasesArrivedRequestIdFieldEvent | CoordStateBarriersReleasesFailOnTimeoutFieldEvent | CoordStateCasNameFieldEvent | CoordStateCasClockFieldEvent | CoordStateCasTokenFieldEvent | CoordStateCasWriterFieldEvent | CoordStateCasRequestIdFieldEvent | CoordStateCasVisibleFieldEvent | CoordStateCasBaseFieldEvent | CoordStateSemaphoresNameFieldEvent | CoordStateSemaphoresSizeFieldEvent | CoordStateSemaphoresHoldersPeerFieldEvent | CoordStateSemaphoresHoldersOwnerFieldEvent | CoordStateSemaphoresHoldersRequestIdFieldEvent | CoordStateSemaphoresHoldersTokenFieldEvent | CoordStateSemaphoresHoldersPermitsFieldEvent | CoordStateSemaphoresHoldersTtlMsFieldEvent | CoordStateSemaphoresHoldersSessionFieldEvent | CoordStateSemaphoresQueuePeerFieldEvent | CoordStateSemaphoresQueueOwnerFieldEvent | CoordStateSemaphoresQueueRequestIdFieldEvent | CoordStateSemaphoresQueuePermitsFieldEvent | CoordStateSemaphoresQueueTtlMsFieldEvent | CoordStateSemaphoresQueueSessionFieldEvent | CoordStateElectionsNameFieldEvent | CoordStateElectionsLeaderFieldEvent | CoordStateElectionsHasRankFieldEvent | CoordStateElectionsRankFieldEvent | CoordStateElectionsTokenFieldEvent | CoordStateElectionsTtlMsFieldEvent | CoordStateElectionsRequestIdFieldEvent | CoordStateElectionsCampaignersPeerFieldEvent | CoordStateElectionsCampaignersRequestIdFieldEvent | CoordStateElectionsCampaignersHasRankFieldEvent | CoordStateElectionsCampaignersRankFieldEvent | CoordStateElectionsCampaignersPreemptFieldEvent | CoordStateElectionsCampaignersTtlMsFieldEvent> {
    return streamMessage(buf, CoordState.codec(), opts)
  }
}

export interface SemaphoreEntry {
  name: string
  size: number
  holders: SemaphoreHolder[]
  queue: SemaphoreWaiter[]
}

export namespace SemaphoreEntry {
  let _codec: Codec<SemaphoreEntry>

  export const codec = (): Codec<SemaphoreEntry> => {
    if (_codec == null) {
      _codec = message<SemaphoreEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.size != null && obj.size !== 0)) {
          w.uint32(16)
          w.uint32(obj.size)
        }

        if (obj.holders != null && obj.holders.length > 0) {
          for (const value of obj.holders) {
            w.uint32(26)
            SemaphoreHolder.codec().encode(value, w)
          }
        }

        if (obj.queue != null && obj.queue.length > 0) {
          for (const value of obj.queue) {
            w.uint32(34)
            SemaphoreWaiter.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          size: 0,
          holders: [],
          queue: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.size = reader.uint32()
              break
            }
            case 3: {
              if (opts.limits?.holders != null && obj.holders.length === opts.limits.holders) {
                throw new MaxLengthError('Decode error - repeated field "holders" had too many elements')
              }

              obj.holders.push(SemaphoreHolder.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.holders$
              }))
              break
            }
            case 4: {
              if (opts.limits?.queue != null && obj.queue.length === opts.limits.queue) {
                throw new MaxLengthError('Decode error - repeated field "queue" had too many elements')
              }

              obj.queue.push(SemaphoreWaiter.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queue$
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
          holders: 0,
          queue: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.size`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              if (opts.limits?.holders != null && obj.holders === opts.limits.holders) {
                throw new MaxLengthError('Streaming decode error - repeated field "holders" had too many elements')
              }

              for (const evt of SemaphoreHolder.codec().stream(reader, reader.uint32(), `${prefix}.holders[]`, {
                limits: opts.limits?.holders$
              })) {
                yield {
                  ...evt,
                  index: obj.holders
                }
              }

              obj.holders++

              break
            }
            case 4: {
              if (opts.limits?.queue != null && obj.queue === opts.limits.queue) {
                throw new MaxLengthError('Streaming decode error - repeated field "queue" had too many elements')
              }

              for (const evt of SemaphoreWaiter.codec().stream(reader, reader.uint32(), `${prefix}.queue[]`, {
                limits: opts.limits?.queue$
              })) {
                yield {
                  ...evt,
                  index: obj.queue
                }
              }

              obj.queue++

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

  export interface SemaphoreEntryNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface SemaphoreEntrySizeFieldEvent {
    field: '$.size'
    value: number
  }

  export interface SemaphoreEntryHoldersPeerFieldEvent {
    field: '$.holders[].peer'
    value: string
    index: number
  }

  export interface SemaphoreEntryHoldersOwnerFieldEvent {
    field: '$.holders[].owner'
    value: string
    index: number
  }

  export interface SemaphoreEntryHoldersRequestIdFieldEvent {
    field: '$.holders[].requestId'
    value: string
    index: number
  }

  export interface SemaphoreEntryHoldersTokenFieldEvent {
    field: '$.holders[].token'
    value: bigint
    index: number
  }

  export interface SemaphoreEntryHoldersPermitsFieldEvent {
    field: '$.holders[].permits'
    value: number
    index: number
  }

  export interface SemaphoreEntryHoldersTtlMsFieldEvent {
    field: '$.holders[].ttlMs'
    value: number
    index: number
  }

  export interface SemaphoreEntryHoldersSessionFieldEvent {
    field: '$.holders[].session'
    value: string
    index: number
  }

  export interface SemaphoreEntryQueuePeerFieldEvent {
    field: '$.queue[].peer'
    value: string
    index: number
  }

  export interface SemaphoreEntryQueueOwnerFieldEvent {
    field: '$.queue[].owner'
    value: string
    index: number
  }

  export interface SemaphoreEntryQueueRequestIdFieldEvent {
    field: '$.queue[].requestId'
    value: string
    index: number
  }

  export interface SemaphoreEntryQueuePermitsFieldEvent {
    field: '$.queue[].permits'
    value: number
    index: number
  }

  export interface SemaphoreEntryQueueTtlMsFieldEvent {
    field: '$.queue[].ttlMs'
    value: number
    index: number
  }

  export interface SemaphoreEntryQueueSessionFieldEvent {
    field: '$.queue[].session'
    value: string
    index: number
  }

  export function encode (obj: Partial<SemaphoreEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SemaphoreEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreEntry>): SemaphoreEntry {
    return decodeMessage(buf, SemaphoreEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreEntry>): Generator<SemaphoreEntryNameFieldEvent | SemaphoreEntrySizeFieldEvent | SemaphoreEntryHoldersPeerFieldEvent | SemaphoreEntryHoldersOwnerFieldEvent | SemaphoreEntryHoldersRequestIdFieldEvent | SemaphoreEntryHoldersTokenFieldEvent | SemaphoreEntryHoldersPermitsFieldEvent | SemaphoreEntryHoldersTtlMsFieldEvent | SemaphoreEntryHoldersSessionFieldEvent | SemaphoreEntryQueuePeerFieldEvent | SemaphoreEntryQueueOwnerFieldEvent | SemaphoreEntryQueueRequestIdFieldEvent | SemaphoreEntryQueuePermitsFieldEvent | SemaphoreEntryQueueTtlMsFieldEvent | SemaphoreEntryQueueSessionFieldEvent> {
    return streamMessage(buf, SemaphoreEntry.codec(), opts)
  }
}

export interface SemaphoreHolder {
  peer: string
  owner: string
  requestId: string
  token: bigint
  permits: number
  ttlMs: number
  session: string
}

export namespace SemaphoreHolder {
  let _codec: Codec<SemaphoreHolder>

  export const codec = (): Codec<SemaphoreHolder> => {
    if (_codec == null) {
      _codec = message<SemaphoreHolder>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(18)
          w.string(obj.owner)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(26)
          w.string(obj.requestId)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(32)
          w.uint64(obj.token)
        }

        if ((obj.permits != null && obj.permits !== 0)) {
          w.uint32(40)
          w.uint32(obj.permits)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.ttlMs)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(58)
          w.string(obj.session)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          owner: '',
          requestId: '',
          token: 0n,
          permits: 0,
          ttlMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.owner = reader.string()
              break
            }
            case 3: {
              obj.requestId = reader.string()
              break
            }
            case 4: {
              obj.token = reader.uint64()
              break
            }
            case 5: {
              obj.permits = reader.uint32()
              break
            }
            case 6: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 7: {
              obj.session = reader.string()
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
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.permits`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.session`,
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

  export interface SemaphoreHolderPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface SemaphoreHolderOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface SemaphoreHolderRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface SemaphoreHolderTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface SemaphoreHolderPermitsFieldEvent {
    field: '$.permits'
    value: number
  }

  export interface SemaphoreHolderTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface SemaphoreHolderSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<SemaphoreHolder>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SemaphoreHolder.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreHolder>): SemaphoreHolder {
    return decodeMessage(buf, SemaphoreHolder.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreHolder>): Generator<SemaphoreHolderPeerFieldEvent | SemaphoreHolderOwnerFieldEvent | SemaphoreHolderRequestIdFieldEvent | SemaphoreHolderTokenFieldEvent | SemaphoreHolderPermitsFieldEvent | SemaphoreHolderTtlMsFieldEvent | SemaphoreHolderSessionFieldEvent> {
    return streamMessage(buf, SemaphoreHolder.codec(), opts)
  }
}

export interface SemaphoreWaiter {
  peer: string
  owner: string
  requestId: string
  permits: number
  ttlMs: number
  session: string
}

export namespace SemaphoreWaiter {
  let _codec: Codec<SemaphoreWaiter>

  export const codec = (): Codec<SemaphoreWaiter> => {
    if (_codec == null) {
      _codec = message<SemaphoreWaiter>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(18)
          w.string(obj.owner)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(26)
          w.string(obj.requestId)
        }

        if ((obj.permits != null && obj.permits !== 0)) {
          w.uint32(32)
          w.uint32(obj.permits)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(40)
          w.uint32(obj.ttlMs)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(50)
          w.string(obj.session)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          owner: '',
          requestId: '',
          permits: 0,
          ttlMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.owner = reader.string()
              break
            }
            case 3: {
              obj.requestId = reader.string()
              break
            }
            case 4: {
              obj.permits = reader.uint32()
              break
            }
            case 5: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 6: {
              obj.session = reader.string()
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
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.permits`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.session`,
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

  export interface SemaphoreWaiterPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface SemaphoreWaiterOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface SemaphoreWaiterRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface SemaphoreWaiterPermitsFieldEvent {
    field: '$.permits'
    value: number
  }

  export interface SemaphoreWaiterTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface SemaphoreWaiterSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<SemaphoreWaiter>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SemaphoreWaiter.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreWaiter>): SemaphoreWaiter {
    return decodeMessage(buf, SemaphoreWaiter.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SemaphoreWaiter>): Generator<SemaphoreWaiterPeerFieldEvent | SemaphoreWaiterOwnerFieldEvent | SemaphoreWaiterRequestIdFieldEvent | SemaphoreWaiterPermitsFieldEvent | SemaphoreWaiterTtlMsFieldEvent | SemaphoreWaiterSessionFieldEvent> {
    return streamMessage(buf, SemaphoreWaiter.codec(), opts)
  }
}

export interface ElectionEntry {
  name: string
  leader: string
  hasRank: boolean
  rank: bigint
  token: bigint
  ttlMs: number
  requestId: string
  campaigners: Campaigner[]
}

export namespace ElectionEntry {
  let _codec: Codec<ElectionEntry>

  export const codec = (): Codec<ElectionEntry> => {
    if (_codec == null) {
      _codec = message<ElectionEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.leader != null && obj.leader !== '')) {
          w.uint32(18)
          w.string(obj.leader)
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(24)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(32)
          w.uint64(obj.rank)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(40)
          w.uint64(obj.token)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.ttlMs)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(58)
          w.string(obj.requestId)
        }

        if (obj.campaigners != null && obj.campaigners.length > 0) {
          for (const value of obj.campaigners) {
            w.uint32(66)
            Campaigner.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          leader: '',
          hasRank: false,
          rank: 0n,
          token: 0n,
          ttlMs: 0,
          requestId: '',
          campaigners: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.leader = reader.string()
              break
            }
            case 3: {
              obj.hasRank = reader.bool()
              break
            }
            case 4: {
              obj.rank = reader.uint64()
              break
            }
            case 5: {
              obj.token = reader.uint64()
              break
            }
            case 6: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 7: {
              obj.requestId = reader.string()
              break
            }
            case 8: {
              if (opts.limits?.campaigners != null && obj.campaigners.length === opts.limits.campaigners) {
                throw new MaxLengthError('Decode error - repeated field "campaigners" had too many elements')
              }

              obj.campaigners.push(Campaigner.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.campaigners$
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
          campaigners: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.leader`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 8: {
              if (opts.limits?.campaigners != null && obj.campaigners === opts.limits.campaigners) {
                throw new MaxLengthError('Streaming decode error - repeated field "campaigners" had too many elements')
              }

              for (const evt of Campaigner.codec().stream(reader, reader.uint32(), `${prefix}.campaigners[]`, {
                limits: opts.limits?.campaigners$
              })) {
                yield {
                  ...evt,
                  index: obj.campaigners
                }
              }

              obj.campaigners++

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

  export interface ElectionEntryNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface ElectionEntryLeaderFieldEvent {
    field: '$.leader'
    value: string
  }

  export interface ElectionEntryHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface ElectionEntryRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface ElectionEntryTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface ElectionEntryTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface ElectionEntryRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface ElectionEntryCampaignersPeerFieldEvent {
    field: '$.campaigners[].peer'
    value: string
    index: number
  }

  export interface ElectionEntryCampaignersRequestIdFieldEvent {
    field: '$.campaigners[].requestId'
    value: string
    index: number
  }

  export interface ElectionEntryCampaignersHasRankFieldEvent {
    field: '$.campaigners[].hasRank'
    value: boolean
    index: number
  }

  export interface ElectionEntryCampaignersRankFieldEvent {
    field: '$.campaigners[].rank'
    value: bigint
    index: number
  }

  export interface ElectionEntryCampaignersPreemptFieldEvent {
    field: '$.campaigners[].preempt'
    value: boolean
    index: number
  }

  export interface ElectionEntryCampaignersTtlMsFieldEvent {
    field: '$.campaigners[].ttlMs'
    value: number
    index: number
  }

  export function encode (obj: Partial<ElectionEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ElectionEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionEntry>): ElectionEntry {
    return decodeMessage(buf, ElectionEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionEntry>): Generator<ElectionEntryNameFieldEvent | ElectionEntryLeaderFieldEvent | ElectionEntryHasRankFieldEvent | ElectionEntryRankFieldEvent | ElectionEntryTokenFieldEvent | ElectionEntryTtlMsFieldEvent | ElectionEntryRequestIdFieldEvent | ElectionEntryCampaignersPeerFieldEvent | ElectionEntryCampaignersRequestIdFieldEvent | ElectionEntryCampaignersHasRankFieldEvent | ElectionEntryCampaignersRankFieldEvent | ElectionEntryCampaignersPreemptFieldEvent | ElectionEntryCampaignersTtlMsFieldEvent> {
    return streamMessage(buf, ElectionEntry.codec(), opts)
  }
}

export interface Campaigner {
  peer: string
  requestId: string
  hasRank: boolean
  rank: bigint
  preempt: boolean
  ttlMs: number
}

export namespace Campaigner {
  let _codec: Codec<Campaigner>

  export const codec = (): Codec<Campaigner> => {
    if (_codec == null) {
      _codec = message<Campaigner>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.hasRank != null && obj.hasRank !== false)) {
          w.uint32(24)
          w.bool(obj.hasRank)
        }

        if ((obj.rank != null && obj.rank !== 0n)) {
          w.uint32(32)
          w.uint64(obj.rank)
        }

        if ((obj.preempt != null && obj.preempt !== false)) {
          w.uint32(40)
          w.bool(obj.preempt)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.ttlMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          requestId: '',
          hasRank: false,
          rank: 0n,
          preempt: false,
          ttlMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.hasRank = reader.bool()
              break
            }
            case 4: {
              obj.rank = reader.uint64()
              break
            }
            case 5: {
              obj.preempt = reader.bool()
              break
            }
            case 6: {
              obj.ttlMs = reader.uint32()
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
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.hasRank`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.rank`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.preempt`,
                value: reader.bool()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
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

  export interface CampaignerPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface CampaignerRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface CampaignerHasRankFieldEvent {
    field: '$.hasRank'
    value: boolean
  }

  export interface CampaignerRankFieldEvent {
    field: '$.rank'
    value: bigint
  }

  export interface CampaignerPreemptFieldEvent {
    field: '$.preempt'
    value: boolean
  }

  export interface CampaignerTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export function encode (obj: Partial<Campaigner>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Campaigner.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaigner>): Campaigner {
    return decodeMessage(buf, Campaigner.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaigner>): Generator<CampaignerPeerFieldEvent | CampaignerRequestIdFieldEvent | CampaignerHasRankFieldEvent | CampaignerRankFieldEvent | CampaignerPreemptFieldEvent | CampaignerTtlMsFieldEvent> {
    return streamMessage(buf, Campaigner.codec(), opts)
  }
}

export interface CasEntry {
  name: string
  clock: Uint8Array<ArrayBuffer>
  token: bigint
  writer: string
  requestId: string
  visible: boolean
  base: Uint8Array<ArrayBuffer>
}

export namespace CasEntry {
  let _codec: Codec<CasEntry>

  export const codec = (): Codec<CasEntry> => {
    if (_codec == null) {
      _codec = message<CasEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.clock != null && obj.clock.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.clock)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(24)
          w.uint64(obj.token)
        }

        if ((obj.writer != null && obj.writer !== '')) {
          w.uint32(34)
          w.string(obj.writer)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(42)
          w.string(obj.requestId)
        }

        if ((obj.visible != null && obj.visible !== false)) {
          w.uint32(48)
          w.bool(obj.visible)
        }

        if ((obj.base != null && obj.base.byteLength > 0)) {
          w.uint32(58)
          w.bytes(obj.base)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          clock: uint8ArrayAlloc(0),
          token: 0n,
          writer: '',
          requestId: '',
          visible: false,
          base: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.clock = reader.bytes()
              break
            }
            case 3: {
              obj.token = reader.uint64()
              break
            }
            case 4: {
              obj.writer = reader.string()
              break
            }
            case 5: {
              obj.requestId = reader.string()
              break
            }
            case 6: {
              obj.visible = reader.bool()
              break
            }
            case 7: {
              obj.base = reader.bytes()
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
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.clock`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.writer`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.visible`,
                value: reader.bool()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.base`,
                value: reader.bytes()
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

  export interface CasEntryNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface CasEntryClockFieldEvent {
    field: '$.clock'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CasEntryTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface CasEntryWriterFieldEvent {
    field: '$.writer'
    value: string
  }

  export interface CasEntryRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface CasEntryVisibleFieldEvent {
    field: '$.visible'
    value: boolean
  }

  export interface CasEntryBaseFieldEvent {
    field: '$.base'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<CasEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CasEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasEntry>): CasEntry {
    return decodeMessage(buf, CasEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CasEntry>): Generator<CasEntryNameFieldEvent | CasEntryClockFieldEvent | CasEntryTokenFieldEvent | CasEntryWriterFieldEvent | CasEntryRequestIdFieldEvent | CasEntryVisibleFieldEvent | CasEntryBaseFieldEvent> {
    return streamMessage(buf, CasEntry.codec(), opts)
  }
}

export interface BarrierEntry {
  name: string
  generation: bigint
  configured: boolean
  parties: number
  thresholdCount: number
  thresholdPermille: number
  timeoutMs: number
  failOnTimeout: boolean
  deadlineInMs: number
  arrived: BarrierArrival[]
  releases: BarrierRelease[]
}

export namespace BarrierEntry {
  let _codec: Codec<BarrierEntry>

  export const codec = (): Codec<BarrierEntry> => {
    if (_codec == null) {
      _codec = message<BarrierEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(16)
          w.uint64(obj.generation)
        }

        if ((obj.configured != null && obj.configured !== false)) {
          w.uint32(24)
          w.bool(obj.configured)
        }

        if ((obj.parties != null && obj.parties !== 0)) {
          w.uint32(32)
          w.uint32(obj.parties)
        }

        if ((obj.thresholdCount != null && obj.thresholdCount !== 0)) {
          w.uint32(40)
          w.uint32(obj.thresholdCount)
        }

        if ((obj.thresholdPermille != null && obj.thresholdPermille !== 0)) {
          w.uint32(48)
          w.uint32(obj.thresholdPermille)
        }

        if ((obj.timeoutMs != null && obj.timeoutMs !== 0)) {
          w.uint32(56)
          w.uint32(obj.timeoutMs)
        }

        if ((obj.failOnTimeout != null && obj.failOnTimeout !== false)) {
          w.uint32(64)
          w.bool(obj.failOnTimeout)
        }

        if ((obj.deadlineInMs != null && obj.deadlineInMs !== 0)) {
          w.uint32(72)
          w.uint32(obj.deadlineInMs)
        }

        if (obj.arrived != null && obj.arrived.length > 0) {
          for (const value of obj.arrived) {
            w.uint32(82)
            BarrierArrival.codec().encode(value, w)
          }
        }

        if (obj.releases != null && obj.releases.length > 0) {
          for (const value of obj.releases) {
            w.uint32(90)
            BarrierRelease.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          generation: 0n,
          configured: false,
          parties: 0,
          thresholdCount: 0,
          thresholdPermille: 0,
          timeoutMs: 0,
          failOnTimeout: false,
          deadlineInMs: 0,
          arrived: [],
          releases: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.generation = reader.uint64()
              break
            }
            case 3: {
              obj.configured = reader.bool()
              break
            }
            case 4: {
              obj.parties = reader.uint32()
              break
            }
            case 5: {
              obj.thresholdCount = reader.uint32()
              break
            }
            case 6: {
              obj.thresholdPermille = reader.uint32()
              break
            }
            case 7: {
              obj.timeoutMs = reader.uint32()
              break
            }
            case 8: {
              obj.failOnTimeout = reader.bool()
              break
            }
            case 9: {
              obj.deadlineInMs = reader.uint32()
              break
            }
            case 10: {
              if (opts.limits?.arrived != null && obj.arrived.length === opts.limits.arrived) {
                throw new MaxLengthError('Decode error - repeated field "arrived" had too many elements')
              }

              obj.arrived.push(BarrierArrival.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.arrived$
              }))
              break
            }
            case 11: {
              if (opts.limits?.releases != null && obj.releases.length === opts.limits.releases) {
                throw new MaxLengthError('Decode error - repeated field "releases" had too many elements')
              }

              obj.releases.push(BarrierRelease.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.releases$
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
          arrived: 0,
          releases: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.configured`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.parties`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.thresholdCount`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.thresholdPermille`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.timeoutMs`,
                value: reader.uint32()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.failOnTimeout`,
                value: reader.bool()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.deadlineInMs`,
                value: reader.uint32()
              }
              break
            }
            case 10: {
              if (opts.limits?.arrived != null && obj.arrived === opts.limits.arrived) {
                throw new MaxLengthError('Streaming decode error - repeated field "arrived" had too many elements')
              }

              for (const evt of BarrierArrival.codec().stream(reader, reader.uint32(), `${prefix}.arrived[]`, {
                limits: opts.limits?.arrived$
              })) {
                yield {
                  ...evt,
                  index: obj.arrived
                }
              }

              obj.arrived++

              break
            }
            case 11: {
              if (opts.limits?.releases != null && obj.releases === opts.limits.releases) {
                throw new MaxLengthError('Streaming decode error - repeated field "releases" had too many elements')
              }

              for (const evt of BarrierRelease.codec().stream(reader, reader.uint32(), `${prefix}.releases[]`, {
                limits: opts.limits?.releases$
              })) {
                yield {
                  ...evt,
                  index: obj.releases
                }
              }

              obj.releases++

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

  export interface BarrierEntryNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface BarrierEntryGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface BarrierEntryConfiguredFieldEvent {
    field: '$.configured'
    value: boolean
  }

  export interface BarrierEntryPartiesFieldEvent {
    field: '$.parties'
    value: number
  }

  export interface BarrierEntryThresholdCountFieldEvent {
    field: '$.thresholdCount'
    value: number
  }

  export interface BarrierEntryThresholdPermilleFieldEvent {
    field: '$.thresholdPermille'
    value: number
  }

  export interface BarrierEntryTimeoutMsFieldEvent {
    field: '$.timeoutMs'
    value: number
  }

  export interface BarrierEntryFailOnTimeoutFieldEvent {
    field: '$.failOnTimeout'
    value: boolean
  }

  export interface BarrierEntryDeadlineInMsFieldEvent {
    field: '$.deadlineInMs'
    value: number
  }

  export interface BarrierEntryArrivedPeerFieldEvent {
    field: '$.arrived[].peer'
    value: string
    index: number
  }

  export interface BarrierEntryArrivedRequestIdFieldEvent {
    field: '$.arrived[].requestId'
    value: string
    index: number
  }

  export interface BarrierEntryReleasesGenerationFieldEvent {
    field: '$.releases[].generation'
    value: bigint
    index: number
  }

  export interface BarrierEntryReleasesOutcomeFieldEvent {
    field: '$.releases[].outcome'
    value: string
    index: number
  }

  export interface BarrierEntryReleasesArrivedPeerFieldEvent {
    field: '$.releases[].arrived[].peer'
    value: string
    index: number
  }

  export interface BarrierEntryReleasesArrivedRequestIdFieldEvent {
    field: '$.releases[].arrived[].requestId'
    value: string
    index: number
  }

  export interface BarrierEntryReleasesFailOnTimeoutFieldEvent {
    field: '$.releases[].failOnTimeout'
    value: boolean
    index: number
  }

  export function encode (obj: Partial<BarrierEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierEntry>): BarrierEntry {
    return decodeMessage(buf, BarrierEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierEntry>): Generator<BarrierEntryNameFieldEvent | BarrierEntryGenerationFieldEvent | BarrierEntryConfiguredFieldEvent | BarrierEntryPartiesFieldEvent | BarrierEntryThresholdCountFieldEvent | BarrierEntryThresholdPermilleFieldEvent | BarrierEntryTimeoutMsFieldEvent | BarrierEntryFailOnTimeoutFieldEvent | BarrierEntryDeadlineInMsFieldEvent | BarrierEntryArrivedPeerFieldEvent | BarrierEntryArrivedRequestIdFieldEvent | BarrierEntryReleasesGenerationFieldEvent | BarrierEntryReleasesOutcomeFieldEvent | BarrierEntryReleasesArrivedPeerFieldEvent | BarrierEntryReleasesArrivedRequestIdFieldEvent | BarrierEntryReleasesFailOnTimeoutFieldEvent> {
    return streamMessage(buf, BarrierEntry.codec(), opts)
  }
}

export interface BarrierArrival {
  peer: string
  requestId: string
}

export namespace BarrierArrival {
  let _codec: Codec<BarrierArrival>

  export const codec = (): Codec<BarrierArrival> => {
    if (_codec == null) {
      _codec = message<BarrierArrival>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          requestId: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
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
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.requestId`,
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

  export interface BarrierArrivalPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface BarrierArrivalRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export function encode (obj: Partial<BarrierArrival>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierArrival.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierArrival>): BarrierArrival {
    return decodeMessage(buf, BarrierArrival.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierArrival>): Generator<BarrierArrivalPeerFieldEvent | BarrierArrivalRequestIdFieldEvent> {
    return streamMessage(buf, BarrierArrival.codec(), opts)
  }
}

export interface BarrierRelease {
  generation: bigint
  outcome: string
  arrived: BarrierArrival[]
  failOnTimeout: boolean
}

export namespace BarrierRelease {
  let _codec: Codec<BarrierRelease>

  export const codec = (): Codec<BarrierRelease> => {
    if (_codec == null) {
      _codec = message<BarrierRelease>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.generation != null && obj.generation !== 0n)) {
          w.uint32(8)
          w.uint64(obj.generation)
        }

        if ((obj.outcome != null && obj.outcome !== '')) {
          w.uint32(18)
          w.string(obj.outcome)
        }

        if (obj.arrived != null && obj.arrived.length > 0) {
          for (const value of obj.arrived) {
            w.uint32(26)
            BarrierArrival.codec().encode(value, w)
          }
        }

        if ((obj.failOnTimeout != null && obj.failOnTimeout !== false)) {
          w.uint32(32)
          w.bool(obj.failOnTimeout)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          generation: 0n,
          outcome: '',
          arrived: [],
          failOnTimeout: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.generation = reader.uint64()
              break
            }
            case 2: {
              obj.outcome = reader.string()
              break
            }
            case 3: {
              if (opts.limits?.arrived != null && obj.arrived.length === opts.limits.arrived) {
                throw new MaxLengthError('Decode error - repeated field "arrived" had too many elements')
              }

              obj.arrived.push(BarrierArrival.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.arrived$
              }))
              break
            }
            case 4: {
              obj.failOnTimeout = reader.bool()
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
          arrived: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.generation`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.outcome`,
                value: reader.string()
              }
              break
            }
            case 3: {
              if (opts.limits?.arrived != null && obj.arrived === opts.limits.arrived) {
                throw new MaxLengthError('Streaming decode error - repeated field "arrived" had too many elements')
              }

              for (const evt of BarrierArrival.codec().stream(reader, reader.uint32(), `${prefix}.arrived[]`, {
                limits: opts.limits?.arrived$
              })) {
                yield {
                  ...evt,
                  index: obj.arrived
                }
              }

              obj.arrived++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.failOnTimeout`,
                value: reader.bool()
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

  export interface BarrierReleaseGenerationFieldEvent {
    field: '$.generation'
    value: bigint
  }

  export interface BarrierReleaseOutcomeFieldEvent {
    field: '$.outcome'
    value: string
  }

  export interface BarrierReleaseArrivedPeerFieldEvent {
    field: '$.arrived[].peer'
    value: string
    index: number
  }

  export interface BarrierReleaseArrivedRequestIdFieldEvent {
    field: '$.arrived[].requestId'
    value: string
    index: number
  }

  export interface BarrierReleaseFailOnTimeoutFieldEvent {
    field: '$.failOnTimeout'
    value: boolean
  }

  export function encode (obj: Partial<BarrierRelease>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, BarrierRelease.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierRelease>): BarrierRelease {
    return decodeMessage(buf, BarrierRelease.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<BarrierRelease>): Generator<BarrierReleaseGenerationFieldEvent | BarrierReleaseOutcomeFieldEvent | BarrierReleaseArrivedPeerFieldEvent | BarrierReleaseArrivedRequestIdFieldEvent | BarrierReleaseFailOnTimeoutFieldEvent> {
    return streamMessage(buf, BarrierRelease.codec(), opts)
  }
}

export interface LockEntry {
  name: string
  holder: string
  owner: string
  token: bigint
  ttlMs: number
  reentry: number
  applied: string[]
  queue: LockWaiter[]
  session: string
  seq: bigint
}

export namespace LockEntry {
  let _codec: Codec<LockEntry>

  export const codec = (): Codec<LockEntry> => {
    if (_codec == null) {
      _codec = message<LockEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.holder != null && obj.holder !== '')) {
          w.uint32(18)
          w.string(obj.holder)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(26)
          w.string(obj.owner)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(32)
          w.uint64(obj.token)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(40)
          w.uint32(obj.ttlMs)
        }

        if ((obj.reentry != null && obj.reentry !== 0)) {
          w.uint32(48)
          w.uint32(obj.reentry)
        }

        if (obj.applied != null && obj.applied.length > 0) {
          for (const value of obj.applied) {
            w.uint32(58)
            w.string(value)
          }
        }

        if (obj.queue != null && obj.queue.length > 0) {
          for (const value of obj.queue) {
            w.uint32(66)
            LockWaiter.codec().encode(value, w)
          }
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(74)
          w.string(obj.session)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(80)
          w.uint64(obj.seq)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          holder: '',
          owner: '',
          token: 0n,
          ttlMs: 0,
          reentry: 0,
          applied: [],
          queue: [],
          session: '',
          seq: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.holder = reader.string()
              break
            }
            case 3: {
              obj.owner = reader.string()
              break
            }
            case 4: {
              obj.token = reader.uint64()
              break
            }
            case 5: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 6: {
              obj.reentry = reader.uint32()
              break
            }
            case 7: {
              if (opts.limits?.applied != null && obj.applied.length === opts.limits.applied) {
                throw new MaxLengthError('Decode error - repeated field "applied" had too many elements')
              }

              obj.applied.push(reader.string())
              break
            }
            case 8: {
              if (opts.limits?.queue != null && obj.queue.length === opts.limits.queue) {
                throw new MaxLengthError('Decode error - repeated field "queue" had too many elements')
              }

              obj.queue.push(LockWaiter.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queue$
              }))
              break
            }
            case 9: {
              obj.session = reader.string()
              break
            }
            case 10: {
              obj.seq = reader.uint64()
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
          applied: 0,
          queue: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.holder`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.reentry`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              if (opts.limits?.applied != null && obj.applied === opts.limits.applied) {
                throw new MaxLengthError('Streaming decode error - repeated field "applied" had too many elements')
              }

              yield {
                field: `${prefix}.applied[]`,
                index: obj.applied,
                value: reader.string()
              }

              obj.applied++

              break
            }
            case 8: {
              if (opts.limits?.queue != null && obj.queue === opts.limits.queue) {
                throw new MaxLengthError('Streaming decode error - repeated field "queue" had too many elements')
              }

              for (const evt of LockWaiter.codec().stream(reader, reader.uint32(), `${prefix}.queue[]`, {
                limits: opts.limits?.queue$
              })) {
                yield {
                  ...evt,
                  index: obj.queue
                }
              }

              obj.queue++

              break
            }
            case 9: {
              yield {
                field: `${prefix}.session`,
                value: reader.string()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.seq`,
                value: reader.uint64()
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

  export interface LockEntryNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface LockEntryHolderFieldEvent {
    field: '$.holder'
    value: string
  }

  export interface LockEntryOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface LockEntryTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface LockEntryTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface LockEntryReentryFieldEvent {
    field: '$.reentry'
    value: number
  }

  export interface LockEntryAppliedFieldEvent {
    field: '$.applied[]'
    index: number
    value: string
  }

  export interface LockEntryQueuePeerFieldEvent {
    field: '$.queue[].peer'
    value: string
    index: number
  }

  export interface LockEntryQueueOwnerFieldEvent {
    field: '$.queue[].owner'
    value: string
    index: number
  }

  export interface LockEntryQueueRequestIdFieldEvent {
    field: '$.queue[].requestId'
    value: string
    index: number
  }

  export interface LockEntryQueueTtlMsFieldEvent {
    field: '$.queue[].ttlMs'
    value: number
    index: number
  }

  export interface LockEntryQueueNamesFieldEvent {
    field: '$.queue[].names[]'
    index: number
    value: string
  }

  export interface LockEntryQueueSessionFieldEvent {
    field: '$.queue[].session'
    value: string
    index: number
  }

  export interface LockEntryQueueSeqFieldEvent {
    field: '$.queue[].seq'
    value: bigint
    index: number
  }

  export interface LockEntryQueueWaitLeftMsFieldEvent {
    field: '$.queue[].waitLeftMs'
    value: number
    index: number
  }

  export interface LockEntrySessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface LockEntrySeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export function encode (obj: Partial<LockEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockEntry>): LockEntry {
    return decodeMessage(buf, LockEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockEntry>): Generator<LockEntryNameFieldEvent | LockEntryHolderFieldEvent | LockEntryOwnerFieldEvent | LockEntryTokenFieldEvent | LockEntryTtlMsFieldEvent | LockEntryReentryFieldEvent | LockEntryAppliedFieldEvent | LockEntryQueuePeerFieldEvent | LockEntryQueueOwnerFieldEvent | LockEntryQueueRequestIdFieldEvent | LockEntryQueueTtlMsFieldEvent | LockEntryQueueNamesFieldEvent | LockEntryQueueSessionFieldEvent | LockEntryQueueSeqFieldEvent | LockEntryQueueWaitLeftMsFieldEvent | LockEntrySessionFieldEvent | LockEntrySeqFieldEvent> {
    return streamMessage(buf, LockEntry.codec(), opts)
  }
}

export interface LockWaiter {
  peer: string
  owner: string
  requestId: string
  ttlMs: number
  names: string[]
  session: string
  seq: bigint
  waitLeftMs: number
}

export namespace LockWaiter {
  let _codec: Codec<LockWaiter>

  export const codec = (): Codec<LockWaiter> => {
    if (_codec == null) {
      _codec = message<LockWaiter>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peer != null && obj.peer !== '')) {
          w.uint32(10)
          w.string(obj.peer)
        }

        if ((obj.owner != null && obj.owner !== '')) {
          w.uint32(18)
          w.string(obj.owner)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(26)
          w.string(obj.requestId)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(32)
          w.uint32(obj.ttlMs)
        }

        if (obj.names != null && obj.names.length > 0) {
          for (const value of obj.names) {
            w.uint32(42)
            w.string(value)
          }
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(50)
          w.string(obj.session)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(56)
          w.uint64(obj.seq)
        }

        if ((obj.waitLeftMs != null && obj.waitLeftMs !== 0)) {
          w.uint32(64)
          w.uint32(obj.waitLeftMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peer: '',
          owner: '',
          requestId: '',
          ttlMs: 0,
          names: [],
          session: '',
          seq: 0n,
          waitLeftMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peer = reader.string()
              break
            }
            case 2: {
              obj.owner = reader.string()
              break
            }
            case 3: {
              obj.requestId = reader.string()
              break
            }
            case 4: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 5: {
              if (opts.limits?.names != null && obj.names.length === opts.limits.names) {
                throw new MaxLengthError('Decode error - repeated field "names" had too many elements')
              }

              obj.names.push(reader.string())
              break
            }
            case 6: {
              obj.session = reader.string()
              break
            }
            case 7: {
              obj.seq = reader.uint64()
              break
            }
            case 8: {
              obj.waitLeftMs = reader.uint32()
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
          names: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.peer`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.owner`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              if (opts.limits?.names != null && obj.names === opts.limits.names) {
                throw new MaxLengthError('Streaming decode error - repeated field "names" had too many elements')
              }

              yield {
                field: `${prefix}.names[]`,
                index: obj.names,
                value: reader.string()
              }

              obj.names++

              break
            }
            case 6: {
              yield {
                field: `${prefix}.session`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.waitLeftMs`,
                value: reader.uint32()
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

  export interface LockWaiterPeerFieldEvent {
    field: '$.peer'
    value: string
  }

  export interface LockWaiterOwnerFieldEvent {
    field: '$.owner'
    value: string
  }

  export interface LockWaiterRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface LockWaiterTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface LockWaiterNamesFieldEvent {
    field: '$.names[]'
    index: number
    value: string
  }

  export interface LockWaiterSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface LockWaiterSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface LockWaiterWaitLeftMsFieldEvent {
    field: '$.waitLeftMs'
    value: number
  }

  export function encode (obj: Partial<LockWaiter>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LockWaiter.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockWaiter>): LockWaiter {
    return decodeMessage(buf, LockWaiter.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LockWaiter>): Generator<LockWaiterPeerFieldEvent | LockWaiterOwnerFieldEvent | LockWaiterRequestIdFieldEvent | LockWaiterTtlMsFieldEvent | LockWaiterNamesFieldEvent | LockWaiterSessionFieldEvent | LockWaiterSeqFieldEvent | LockWaiterWaitLeftMsFieldEvent> {
    return streamMessage(buf, LockWaiter.codec(), opts)
  }
}

export interface RpcFrame {
  id: bigint
  response: boolean
  body?: Envelope
  errorCode: string
  errorMessage: string
  errorDetails?: ErrorDetails
}

export namespace RpcFrame {
  let _codec: Codec<RpcFrame>

  export const codec = (): Codec<RpcFrame> => {
    if (_codec == null) {
      _codec = message<RpcFrame>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== 0n)) {
          w.uint32(8)
          w.uint64(obj.id)
        }

        if ((obj.response != null && obj.response !== false)) {
          w.uint32(16)
          w.bool(obj.response)
        }

        if (obj.body != null) {
          w.uint32(26)
          Envelope.codec().encode(obj.body, w)
        }

        if ((obj.errorCode != null && obj.errorCode !== '')) {
          w.uint32(34)
          w.string(obj.errorCode)
        }

        if ((obj.errorMessage != null && obj.errorMessage !== '')) {
          w.uint32(42)
          w.string(obj.errorMessage)
        }

        if (obj.errorDetails != null) {
          w.uint32(50)
          ErrorDetails.codec().encode(obj.errorDetails, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: 0n,
          response: false,
          errorCode: '',
          errorMessage: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.uint64()
              break
            }
            case 2: {
              obj.response = reader.bool()
              break
            }
            case 3: {
              obj.body = Envelope.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.body
              })
              break
            }
            case 4: {
              obj.errorCode = reader.string()
              break
            }
            case 5: {
              obj.errorMessage = reader.string()
              break
            }
            case 6: {
              obj.errorDetails = ErrorDetails.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.errorDetails
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
            case 1: {
              yield {
                field: `${prefix}.id`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.response`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield * Envelope.codec().stream(reader, reader.uint32(), `${prefix}.body`, {
                limits: opts.limits?.body
              })

              break
            }
            case 4: {
              yield {
                field: `${prefix}.errorCode`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.errorMessage`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield * ErrorDetails.codec().stream(reader, reader.uint32(), `${prefix}.errorDetails`, {
                limits: opts.limits?.errorDetails
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

  export interface RpcFrameIdFieldEvent {
    field: '$.id'
    value: bigint
  }

  export interface RpcFrameResponseFieldEvent {
    field: '$.response'
    value: boolean
  }

  export interface RpcFrameBodyVersionFieldEvent {
    field: '$.body.version'
    value: number
  }

  export interface RpcFrameBodySenderFieldEvent {
    field: '$.body.sender'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyDocUpdateDocFieldEvent {
    field: '$.body.docUpdate.doc'
    value: string
  }

  export interface RpcFrameBodyDocUpdateUpdateFieldEvent {
    field: '$.body.docUpdate.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyDocDigestDocFieldEvent {
    field: '$.body.docDigest.doc'
    value: string
  }

  export interface RpcFrameBodyDocDigestStateVectorFieldEvent {
    field: '$.body.docDigest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyDocDigestDeleteSetHashFieldEvent {
    field: '$.body.docDigest.deleteSetHash'
    value: number
  }

  export interface RpcFrameBodySyncRequestDocFieldEvent {
    field: '$.body.syncRequest.doc'
    value: string
  }

  export interface RpcFrameBodySyncRequestStateVectorFieldEvent {
    field: '$.body.syncRequest.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodySyncReplyDocFieldEvent {
    field: '$.body.syncReply.doc'
    value: string
  }

  export interface RpcFrameBodySyncReplyOpenFieldEvent {
    field: '$.body.syncReply.open'
    value: boolean
  }

  export interface RpcFrameBodySyncReplyUpdateFieldEvent {
    field: '$.body.syncReply.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodySyncReplyStateVectorFieldEvent {
    field: '$.body.syncReply.stateVector'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodySyncPushDocFieldEvent {
    field: '$.body.syncPush.doc'
    value: string
  }

  export interface RpcFrameBodySyncPushUpdateFieldEvent {
    field: '$.body.syncPush.update'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyHeartbeatHasRankFieldEvent {
    field: '$.body.heartbeat.hasRank'
    value: boolean
  }

  export interface RpcFrameBodyHeartbeatRankFieldEvent {
    field: '$.body.heartbeat.rank'
    value: bigint
  }

  export interface RpcFrameBodyHeartbeatCandidateFieldEvent {
    field: '$.body.heartbeat.candidate'
    value: boolean
  }

  export interface RpcFrameBodyHeartbeatEpochFieldEvent {
    field: '$.body.heartbeat.epoch'
    value: bigint
  }

  export interface RpcFrameBodyHeartbeatLeadingFieldEvent {
    field: '$.body.heartbeat.leading'
    value: boolean
  }

  export interface RpcFrameBodyHeartbeatCapabilitiesFieldEvent {
    field: '$.body.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyHeartbeatAddrsFieldEvent {
    field: '$.body.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyHeartbeatPreemptFieldEvent {
    field: '$.body.heartbeat.preempt'
    value: boolean
  }

  export interface RpcFrameBodyHeartbeatMembersFieldEvent {
    field: '$.body.heartbeat.members'
    value: number
  }

  export interface RpcFrameBodyVoteRequestEpochFieldEvent {
    field: '$.body.voteRequest.epoch'
    value: bigint
  }

  export interface RpcFrameBodyVoteRequestHasRankFieldEvent {
    field: '$.body.voteRequest.hasRank'
    value: boolean
  }

  export interface RpcFrameBodyVoteRequestRankFieldEvent {
    field: '$.body.voteRequest.rank'
    value: bigint
  }

  export interface RpcFrameBodyVoteRequestPreFieldEvent {
    field: '$.body.voteRequest.pre'
    value: boolean
  }

  export interface RpcFrameBodyVoteReplyGrantedFieldEvent {
    field: '$.body.voteReply.granted'
    value: boolean
  }

  export interface RpcFrameBodyVoteReplyEpochFieldEvent {
    field: '$.body.voteReply.epoch'
    value: bigint
  }

  export interface RpcFrameBodyVoteReplyReasonFieldEvent {
    field: '$.body.voteReply.reason'
    value: string
  }

  export interface RpcFrameBodyVoteReplyStateEpochFieldEvent {
    field: '$.body.voteReply.stateEpoch'
    value: bigint
  }

  export interface RpcFrameBodyVoteReplyStateVersionFieldEvent {
    field: '$.body.voteReply.stateVersion'
    value: bigint
  }

  export interface RpcFrameBodyVoteReplyStateFieldEvent {
    field: '$.body.voteReply.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyLeaseEpochFieldEvent {
    field: '$.body.lease.epoch'
    value: bigint
  }

  export interface RpcFrameBodyLeaseHasStateFieldEvent {
    field: '$.body.lease.hasState'
    value: boolean
  }

  export interface RpcFrameBodyLeaseStateVersionFieldEvent {
    field: '$.body.lease.stateVersion'
    value: bigint
  }

  export interface RpcFrameBodyLeaseStateFieldEvent {
    field: '$.body.lease.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyLeaseAckAcceptedFieldEvent {
    field: '$.body.leaseAck.accepted'
    value: boolean
  }

  export interface RpcFrameBodyLeaseAckEpochFieldEvent {
    field: '$.body.leaseAck.epoch'
    value: bigint
  }

  export interface RpcFrameBodyResignEpochFieldEvent {
    field: '$.body.resign.epoch'
    value: bigint
  }

  export interface RpcFrameBodyLockRequestNameFieldEvent {
    field: '$.body.lockRequest.name'
    value: string
  }

  export interface RpcFrameBodyLockRequestRequestIdFieldEvent {
    field: '$.body.lockRequest.requestId'
    value: string
  }

  export interface RpcFrameBodyLockRequestOwnerFieldEvent {
    field: '$.body.lockRequest.owner'
    value: string
  }

  export interface RpcFrameBodyLockRequestTtlMsFieldEvent {
    field: '$.body.lockRequest.ttlMs'
    value: number
  }

  export interface RpcFrameBodyLockRequestWaitMsFieldEvent {
    field: '$.body.lockRequest.waitMs'
    value: number
  }

  export interface RpcFrameBodyLockRequestNamesFieldEvent {
    field: '$.body.lockRequest.names[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyLockRequestSessionFieldEvent {
    field: '$.body.lockRequest.session'
    value: string
  }

  export interface RpcFrameBodyLockRequestSeqFieldEvent {
    field: '$.body.lockRequest.seq'
    value: bigint
  }

  export interface RpcFrameBodyLockRequestReenterFieldEvent {
    field: '$.body.lockRequest.reenter'
    value: bigint
  }

  export interface RpcFrameBodyLockReplyTokenFieldEvent {
    field: '$.body.lockReply.token'
    value: bigint
  }

  export interface RpcFrameBodyLockReplyTtlMsFieldEvent {
    field: '$.body.lockReply.ttlMs'
    value: number
  }

  export interface RpcFrameBodyLockReplyReentryFieldEvent {
    field: '$.body.lockReply.reentry'
    value: number
  }

  export interface RpcFrameBodyLockReplyGrantsNameFieldEvent {
    field: '$.body.lockReply.grants[].name'
    value: string
    index: number
  }

  export interface RpcFrameBodyLockReplyGrantsTokenFieldEvent {
    field: '$.body.lockReply.grants[].token'
    value: bigint
    index: number
  }

  export interface RpcFrameBodyLockReleaseNameFieldEvent {
    field: '$.body.lockRelease.name'
    value: string
  }

  export interface RpcFrameBodyLockReleaseTokenFieldEvent {
    field: '$.body.lockRelease.token'
    value: bigint
  }

  export interface RpcFrameBodyLockReleaseRequestIdFieldEvent {
    field: '$.body.lockRelease.requestId'
    value: string
  }

  export interface RpcFrameBodyLockReleaseOwnerFieldEvent {
    field: '$.body.lockRelease.owner'
    value: string
  }

  export interface RpcFrameBodyLockReleaseKindFieldEvent {
    field: '$.body.lockRelease.kind'
    value: string
  }

  export interface RpcFrameBodyLockRenewNameFieldEvent {
    field: '$.body.lockRenew.name'
    value: string
  }

  export interface RpcFrameBodyLockRenewTokenFieldEvent {
    field: '$.body.lockRenew.token'
    value: bigint
  }

  export interface RpcFrameBodyLockRenewKindFieldEvent {
    field: '$.body.lockRenew.kind'
    value: string
  }

  export interface RpcFrameBodyLockCancelNameFieldEvent {
    field: '$.body.lockCancel.name'
    value: string
  }

  export interface RpcFrameBodyLockCancelRequestIdFieldEvent {
    field: '$.body.lockCancel.requestId'
    value: string
  }

  export interface RpcFrameBodyLockCancelNamesFieldEvent {
    field: '$.body.lockCancel.names[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyLockCancelKindFieldEvent {
    field: '$.body.lockCancel.kind'
    value: string
  }

  export interface RpcFrameBodyBarrierArriveNameFieldEvent {
    field: '$.body.barrierArrive.name'
    value: string
  }

  export interface RpcFrameBodyBarrierArriveRequestIdFieldEvent {
    field: '$.body.barrierArrive.requestId'
    value: string
  }

  export interface RpcFrameBodyBarrierArriveHasGenerationFieldEvent {
    field: '$.body.barrierArrive.hasGeneration'
    value: boolean
  }

  export interface RpcFrameBodyBarrierArriveGenerationFieldEvent {
    field: '$.body.barrierArrive.generation'
    value: bigint
  }

  export interface RpcFrameBodyBarrierArrivePartiesFieldEvent {
    field: '$.body.barrierArrive.parties'
    value: number
  }

  export interface RpcFrameBodyBarrierArriveThresholdCountFieldEvent {
    field: '$.body.barrierArrive.thresholdCount'
    value: number
  }

  export interface RpcFrameBodyBarrierArriveThresholdPermilleFieldEvent {
    field: '$.body.barrierArrive.thresholdPermille'
    value: number
  }

  export interface RpcFrameBodyBarrierArriveTimeoutMsFieldEvent {
    field: '$.body.barrierArrive.timeoutMs'
    value: number
  }

  export interface RpcFrameBodyBarrierArriveFailOnTimeoutFieldEvent {
    field: '$.body.barrierArrive.failOnTimeout'
    value: boolean
  }

  export interface RpcFrameBodyBarrierReplyGenerationFieldEvent {
    field: '$.body.barrierReply.generation'
    value: bigint
  }

  export interface RpcFrameBodyBarrierReplyOutcomeFieldEvent {
    field: '$.body.barrierReply.outcome'
    value: string
  }

  export interface RpcFrameBodyBarrierReplyArrivedFieldEvent {
    field: '$.body.barrierReply.arrived[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyBarrierReplyFailOnTimeoutFieldEvent {
    field: '$.body.barrierReply.failOnTimeout'
    value: boolean
  }

  export interface RpcFrameBodyBarrierPartiesNameFieldEvent {
    field: '$.body.barrierParties.name'
    value: string
  }

  export interface RpcFrameBodyBarrierPartiesPartiesFieldEvent {
    field: '$.body.barrierParties.parties'
    value: number
  }

  export interface RpcFrameBodyCasRequestNameFieldEvent {
    field: '$.body.casRequest.name'
    value: string
  }

  export interface RpcFrameBodyCasRequestRequestIdFieldEvent {
    field: '$.body.casRequest.requestId'
    value: string
  }

  export interface RpcFrameBodyCasRequestExpectedFieldEvent {
    field: '$.body.casRequest.expected'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyCasReplyClockFieldEvent {
    field: '$.body.casReply.clock'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyCasReplyTokenFieldEvent {
    field: '$.body.casReply.token'
    value: bigint
  }

  export interface RpcFrameBodyRoutedToFieldEvent {
    field: '$.body.routed.to'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyRoutedIdFieldEvent {
    field: '$.body.routed.id'
    value: bigint
  }

  export interface RpcFrameBodyRoutedResponseFieldEvent {
    field: '$.body.routed.response'
    value: boolean
  }

  export interface RpcFrameBodyRoutedBodyFieldEvent {
    field: '$.body.routed.body'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodyRoutedErrorCodeFieldEvent {
    field: '$.body.routed.errorCode'
    value: string
  }

  export interface RpcFrameBodyRoutedErrorMessageFieldEvent {
    field: '$.body.routed.errorMessage'
    value: string
  }

  export interface RpcFrameBodyRoutedErrorDetailsSubjectFieldEvent {
    field: '$.body.routed.errorDetails.subject'
    value: string
  }

  export interface RpcFrameBodyRoutedErrorDetailsLimitFieldEvent {
    field: '$.body.routed.errorDetails.limit'
    value: number
  }

  export interface RpcFrameBodyRoutedErrorDetailsLeaderFieldEvent {
    field: '$.body.routed.errorDetails.leader'
    value: string
  }

  export interface RpcFrameBodyRoutedErrorDetailsCycleAgentFieldEvent {
    field: '$.body.routed.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface RpcFrameBodyRoutedErrorDetailsCycleResourceFieldEvent {
    field: '$.body.routed.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface RpcFrameBodyRoutedErrorDetailsCycleHeldByFieldEvent {
    field: '$.body.routed.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface RpcFrameBodyRoutedErrorDetailsArrivedFieldEvent {
    field: '$.body.routed.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface RpcFrameBodyRoutedErrorDetailsGenerationFieldEvent {
    field: '$.body.routed.errorDetails.generation'
    value: bigint
  }

  export interface RpcFrameBodyRoutedErrorDetailsTokenFieldEvent {
    field: '$.body.routed.errorDetails.token'
    value: bigint
  }

  export interface RpcFrameBodyRoutedErrorDetailsHighestFieldEvent {
    field: '$.body.routed.errorDetails.highest'
    value: bigint
  }

  export interface RpcFrameBodyCoordViewEpochFieldEvent {
    field: '$.body.coordView.epoch'
    value: bigint
  }

  export interface RpcFrameBodyCoordViewStateFieldEvent {
    field: '$.body.coordView.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RpcFrameBodySemaphoreAcquireNameFieldEvent {
    field: '$.body.semaphoreAcquire.name'
    value: string
  }

  export interface RpcFrameBodySemaphoreAcquireRequestIdFieldEvent {
    field: '$.body.semaphoreAcquire.requestId'
    value: string
  }

  export interface RpcFrameBodySemaphoreAcquireOwnerFieldEvent {
    field: '$.body.semaphoreAcquire.owner'
    value: string
  }

  export interface RpcFrameBodySemaphoreAcquireSizeFieldEvent {
    field: '$.body.semaphoreAcquire.size'
    value: number
  }

  export interface RpcFrameBodySemaphoreAcquirePermitsFieldEvent {
    field: '$.body.semaphoreAcquire.permits'
    value: number
  }

  export interface RpcFrameBodySemaphoreAcquireTtlMsFieldEvent {
    field: '$.body.semaphoreAcquire.ttlMs'
    value: number
  }

  export interface RpcFrameBodySemaphoreAcquireWaitMsFieldEvent {
    field: '$.body.semaphoreAcquire.waitMs'
    value: number
  }

  export interface RpcFrameBodySemaphoreAcquireSessionFieldEvent {
    field: '$.body.semaphoreAcquire.session'
    value: string
  }

  export interface RpcFrameBodyCampaignNameFieldEvent {
    field: '$.body.campaign.name'
    value: string
  }

  export interface RpcFrameBodyCampaignRequestIdFieldEvent {
    field: '$.body.campaign.requestId'
    value: string
  }

  export interface RpcFrameBodyCampaignHasRankFieldEvent {
    field: '$.body.campaign.hasRank'
    value: boolean
  }

  export interface RpcFrameBodyCampaignRankFieldEvent {
    field: '$.body.campaign.rank'
    value: bigint
  }

  export interface RpcFrameBodyCampaignPreemptFieldEvent {
    field: '$.body.campaign.preempt'
    value: boolean
  }

  export interface RpcFrameBodyCampaignTtlMsFieldEvent {
    field: '$.body.campaign.ttlMs'
    value: number
  }

  export interface RpcFrameBodyElectionWatchNameFieldEvent {
    field: '$.body.electionWatch.name'
    value: string
  }

  export interface RpcFrameBodyElectionWatchRequestIdFieldEvent {
    field: '$.body.electionWatch.requestId'
    value: string
  }

  export interface RpcFrameBodyElectionWatchKnownTokenFieldEvent {
    field: '$.body.electionWatch.knownToken'
    value: bigint
  }

  export interface RpcFrameBodyElectionLeaderPeerFieldEvent {
    field: '$.body.electionLeader.peer'
    value: string
  }

  export interface RpcFrameBodyElectionLeaderHasRankFieldEvent {
    field: '$.body.electionLeader.hasRank'
    value: boolean
  }

  export interface RpcFrameBodyElectionLeaderRankFieldEvent {
    field: '$.body.electionLeader.rank'
    value: bigint
  }

  export interface RpcFrameBodyElectionLeaderTokenFieldEvent {
    field: '$.body.electionLeader.token'
    value: bigint
  }

  export interface RpcFrameBodyProposalRequestIdFieldEvent {
    field: '$.body.proposalRequest.id'
    value: string
  }

  export interface RpcFrameBodyProposalRequestVariableFieldEvent {
    field: '$.body.proposalRequest.variable'
    value: string
  }

  export interface RpcFrameBodyProposalRequestValueJsonFieldEvent {
    field: '$.body.proposalRequest.valueJson'
    value: string
  }

  export interface RpcFrameBodyProposalVoteAbstainFieldEvent {
    field: '$.body.proposalVote.abstain'
    value: boolean
  }

  export interface RpcFrameBodyProposalVoteAcceptFieldEvent {
    field: '$.body.proposalVote.accept'
    value: boolean
  }

  export interface RpcFrameBodyProposalVoteConfidenceFieldEvent {
    field: '$.body.proposalVote.confidence'
    value: number
  }

  export interface RpcFrameBodyProposalVoteRationaleFieldEvent {
    field: '$.body.proposalVote.rationale'
    value: string
  }

  export interface RpcFrameBodyProposalDecisionIdFieldEvent {
    field: '$.body.proposalDecision.id'
    value: string
  }

  export interface RpcFrameBodyProposalDecisionVariableFieldEvent {
    field: '$.body.proposalDecision.variable'
    value: string
  }

  export interface RpcFrameBodyProposalDecisionValueJsonFieldEvent {
    field: '$.body.proposalDecision.valueJson'
    value: string
  }

  export interface RpcFrameBodyProposalDecisionDecisionFieldEvent {
    field: '$.body.proposalDecision.decision'
    value: string
  }

  export interface RpcFrameBodyProposalDecisionVotesVoterFieldEvent {
    field: '$.body.proposalDecision.votes[].voter'
    value: string
    index: number
  }

  export interface RpcFrameBodyProposalDecisionVotesAcceptFieldEvent {
    field: '$.body.proposalDecision.votes[].accept'
    value: boolean
    index: number
  }

  export interface RpcFrameBodyProposalDecisionVotesConfidenceFieldEvent {
    field: '$.body.proposalDecision.votes[].confidence'
    value: number
    index: number
  }

  export interface RpcFrameBodyProposalDecisionVotesRationaleFieldEvent {
    field: '$.body.proposalDecision.votes[].rationale'
    value: string
    index: number
  }

  export interface RpcFrameErrorCodeFieldEvent {
    field: '$.errorCode'
    value: string
  }

  export interface RpcFrameErrorMessageFieldEvent {
    field: '$.errorMessage'
    value: string
  }

  export interface RpcFrameErrorDetailsSubjectFieldEvent {
    field: '$.errorDetails.subject'
    value: string
  }

  export interface RpcFrameErrorDetailsLimitFieldEvent {
    field: '$.errorDetails.limit'
    value: number
  }

  export interface RpcFrameErrorDetailsLeaderFieldEvent {
    field: '$.errorDetails.leader'
    value: string
  }

  export interface RpcFrameErrorDetailsCycleAgentFieldEvent {
    field: '$.errorDetails.cycle[].agent'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsCycleResourceFieldEvent {
    field: '$.errorDetails.cycle[].resource'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsCycleHeldByFieldEvent {
    field: '$.errorDetails.cycle[].heldBy'
    value: string
    index: number
  }

  export interface RpcFrameErrorDetailsArrivedFieldEvent {
    field: '$.errorDetails.arrived[]'
    index: number
    value: string
  }

  export interface RpcFrameErrorDetailsGenerationFieldEvent {
    field: '$.errorDetails.generation'
    value: bigint
  }

  export interface RpcFrameErrorDetailsTokenFieldEvent {
    field: '$.errorDetails.token'
    value: bigint
  }

  export interface RpcFrameErrorDetailsHighestFieldEvent {
    field: '$.errorDetails.highest'
    value: bigint
  }

  export function encode (obj: Partial<RpcFrame>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, RpcFrame.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<RpcFrame>): RpcFrame {
    return decodeMessage(buf, RpcFrame.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<RpcFrame>): Generator<RpcFrameIdFieldEvent | RpcFrameResponseFieldEvent | RpcFrameBodyVersionFieldEvent | RpcFrameBodySenderFieldEvent | RpcFrameBodyDocUpdateDocFieldEvent | RpcFrameBodyDocUpdateUpdateFieldEvent | RpcFrameBodyDocDigestDocFieldEvent | RpcFrameBodyDocDigestStateVectorFieldEvent | RpcFrameBodyDocDigestDeleteSetHashFieldEvent | RpcFrameBodySyncRequestDocFieldEvent | RpcFrameBodySyncRequestStateVectorFieldEvent | RpcFrameBodySyncReplyDocFieldEvent | RpcFrameBodySyncReplyOpenFieldEvent | RpcFrameBodySyncReplyUpdateFieldEvent | RpcFrameBodySyncReplyStateVectorFieldEvent | RpcFrameBodySyncPushDocFieldEvent | RpcFrameBodySyncPushUpdateFieldEvent | RpcFrameBodyHeartbeatHasRankFieldEvent | RpcFrameBodyHeartbeatRankFieldEvent | RpcFrameBodyHeartbeatCandidateFieldEvent | RpcFrameBodyHeartbeatEpochFieldEvent | RpcFrameBodyHeartbeatLeadingFieldEvent | RpcFrameBodyHeartbeatCapabilitiesFieldEvent | RpcFrameBodyHeartbeatAddrsFieldEvent | RpcFrameBodyHeartbeatPreemptFieldEvent | RpcFrameBodyHeartbeatMembersFieldEvent | RpcFrameBodyVoteRequestEpochFieldEvent | RpcFrameBodyVoteRequestHasRankFieldEvent | RpcFrameBodyVoteRequestRankFieldEvent | RpcFrameBodyVoteRequestPreFieldEvent | RpcFrameBodyVoteReplyGrantedFieldEvent | RpcFrameBodyVoteReplyEpochFieldEvent | RpcFrameBodyVoteReplyReasonFieldEvent | RpcFrameBodyVoteReplyStateEpochFieldEvent | RpcFrameBodyVoteReplyStateVersionFieldEvent | RpcFrameBodyVoteReplyStateFieldEvent | RpcFrameBodyLeaseEpochFieldEvent | RpcFrameBodyLeaseHasStateFieldEvent | RpcFrameBodyLeaseStateVersionFieldEvent | RpcFrameBodyLeaseStateFieldEvent | RpcFrameBodyLeaseAckAcceptedFieldEvent | RpcFrameBodyLeaseAckEpochFieldEvent | RpcFrameBodyResignEpochFieldEvent | RpcFrameBodyLockRequestNameFieldEvent | RpcFrameBodyLockRequestRequestIdFieldEvent | RpcFrameBodyLockRequestOwnerFieldEvent | RpcFrameBodyLockRequestTtlMsFieldEvent | RpcFrameBodyLockRequestWaitMsFieldEvent | RpcFrameBodyLockRequestNamesFieldEvent | RpcFrameBodyLockRequestSessionFieldEvent | RpcFrameBodyLockRequestSeqFieldEvent | RpcFrameBodyLockRequestReenterFieldEvent | RpcFrameBodyLockReplyTokenFieldEvent | RpcFrameBodyLockReplyTtlMsFieldEvent | RpcFrameBodyLockReplyReentryFieldEvent | RpcFrameBodyLockReplyGrantsNameFieldEvent | RpcFrameBodyLockReplyGrantsTokenFieldEvent | RpcFrameBodyLockReleaseNameFieldEvent | RpcFrameBodyLockReleaseTokenFieldEvent | RpcFrameBodyLockReleaseRequestIdFieldEvent | RpcFrameBodyLockReleaseOwnerFieldEvent | RpcFrameBodyLockReleaseKindFieldEvent | RpcFrameBodyLockRenewNameFieldEvent | RpcFrameBodyLockRenewTokenFieldEvent | RpcFrameBodyLockRenewKindFieldEvent | RpcFrameBodyLockCancelNameFieldEvent | RpcFrameBodyLockCancelRequestIdFieldEvent | RpcFrameBodyLockCancelNamesFieldEvent | RpcFrameBodyLockCancelKindFieldEvent | RpcFrameBodyBarrierArriveNameFieldEvent | RpcFrameBodyBarrierArriveRequestIdFieldEvent | RpcFrameBodyBarrierArriveHasGenerationFieldEvent | RpcFrameBodyBarrierArriveGenerationFieldEvent | RpcFrameBodyBarrierArrivePartiesFieldEvent | RpcFrameBodyBarrierArriveThresholdCountFieldEvent | RpcFrameBodyBarrierArriveThresholdPermilleFieldEvent | RpcFrameBodyBarrierArriveTimeoutMsFieldEvent | RpcFrameBodyBarrierArriveFailOnTimeoutFieldEvent | RpcFrameBodyBarrierReplyGenerationFieldEvent | RpcFrameBodyBarrierReplyOutcomeFieldEvent | RpcFrameBodyBarrierReplyArrivedFieldEvent | RpcFrameBodyBarrierReplyFailOnTimeoutFieldEvent | RpcFrameBodyBarrierPartiesNameFieldEvent | RpcFrameBodyBarrierPartiesPartiesFieldEvent | RpcFrameBodyCasRequestNameFieldEvent | RpcFrameBodyCasRequestRequestIdFieldEvent | RpcFrameBodyCasRequestExpectedFieldEvent | RpcFrameBodyCasReplyClockFieldEvent | RpcFrameBodyCasReplyTokenFieldEvent | RpcFrameBodyRoutedToFieldEvent | RpcFrameBodyRoutedIdFieldEvent | RpcFrameBodyRoutedResponseFieldEvent | RpcFrameBodyRoutedBodyFieldEvent | RpcFrameBodyRoutedErrorCodeFieldEvent | RpcFrameBodyRoutedErrorMessageFieldEvent | RpcFrameBodyRoutedErrorDetailsSubjectFieldEvent | RpcFrameBodyRoutedErrorDetailsLimitFieldEvent | RpcFrameBodyRoutedErrorDetailsLeaderFieldEvent | RpcFrameBodyRoutedErrorDetailsCycleAgentFieldEvent | RpcFrameBodyRoutedErrorDetailsCycleResourceFieldEvent | RpcFrameBodyRoutedErrorDetailsCycleHeldByFieldEvent | RpcFrameBodyRoutedErrorDetailsArrivedFieldEvent | RpcFrameBodyRoutedErrorDetailsGenerationFieldEvent | RpcFrameBodyRoutedErrorDetailsTokenFieldEvent | RpcFrameBodyRoutedErrorDetailsHighestFieldEvent | RpcFrameBodyCoordViewEpochFieldEvent | RpcFrameBodyCoordViewStateFieldEvent | RpcFrameBodySemaphoreAcquireNameFieldEvent | RpcFrameBodySemaphoreAcquireRequestIdFieldEvent | RpcFrameBodySemaphoreAcquireOwnerFieldEvent | RpcFrameBodySemaphoreAcquireSizeFieldEvent | RpcFrameBodySemaphoreAcquirePermitsFieldEvent | RpcFrameBodySemaphoreAcquireTtlMsFieldEvent | RpcFrameBodySemaphoreAcquireWaitMsFieldEvent | RpcFrameBodySemaphoreAcquireSessionFieldEvent | RpcFrameBodyCampaignNameFieldEvent | RpcFrameBodyCampaignRequestIdFieldEvent | RpcFrameBodyCampaignHasRankFieldEvent | RpcFrameBodyCampaignRankFieldEvent | RpcFrameBodyCampaignPreemptFieldEvent | RpcFrameBodyCampaignTtlMsFieldEvent | RpcFrameBodyElectionWatchNameFieldEvent | RpcFrameBodyElectionWatchRequestIdFieldEvent | RpcFrameBodyElectionWatchKnownTokenFieldEvent | RpcFrameBodyElectionLeaderPeerFieldEvent | RpcFrameBodyElectionLeaderHasRankFieldEvent | RpcFrameBodyElectionLeaderRankFieldEvent | RpcFrameBodyElectionLeaderTokenFieldEvent | RpcFrameBodyProposalRequestIdFieldEvent | RpcFrameBodyProposalRequestVariableFieldEvent | RpcFrameBodyProposalRequestValueJsonFieldEvent | RpcFrameBodyProposalVoteAbstainFieldEvent | RpcFrameBodyProposalVoteAcceptFieldEvent | RpcFrameBodyProposalVoteConfidenceFieldEvent | RpcFrameBodyProposalVoteRationaleFieldEvent | RpcFrameBodyProposalDecisionIdFieldEvent | RpcFrameBodyProposalDecisionVariableFieldEvent | RpcFrameBodyProposalDecisionValueJsonFieldEvent | RpcFrameBodyProposalDecisionDecisionFieldEvent | RpcFrameBodyProposalDecisionVotesVoterFieldEvent | RpcFrameBodyProposalDecisionVotesAcceptFieldEvent | RpcFrameBodyProposalDecisionVotesConfidenceFieldEvent | RpcFrameBodyProposalDecisionVotesRationaleFieldEvent | RpcFrameErrorCodeFieldEvent | RpcFrameErrorMessageFieldEvent | RpcFrameErrorDetailsSubjectFieldEvent | RpcFrameErrorDetailsLimitFieldEvent | RpcFrameErrorDetailsLeaderFieldEvent | RpcFrameErrorDetailsCycleAgentFieldEvent | RpcFrameErrorDetailsCycleResourceFieldEvent | RpcFrameErrorDetailsCycleHeldByFieldEvent | RpcFrameErrorDetailsArrivedFieldEvent | RpcFrameErrorDetailsGenerationFieldEvent | RpcFrameErrorDetailsTokenFieldEvent | RpcFrameErrorDetailsHighestFieldEvent> {
    return streamMessage(buf, RpcFrame.codec(), opts)
  }
}
