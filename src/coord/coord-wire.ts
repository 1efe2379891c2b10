/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface CoordBody {
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
  coordViewRequest?: CoordViewRequest
  coordView?: CoordView
  semaphoreAcquire?: SemaphoreAcquire
  campaign?: Campaign
  electionWatch?: ElectionWatch
  electionLeader?: ElectionLeader
  queuePush?: QueuePush
  queuePushed?: QueuePushed
  queueTake?: QueueTake
  queueLease?: QueueLease
  queueSettle?: QueueSettle
  queueInspect?: QueueInspect
  queueView?: QueueView
  queueWatch?: QueueWatch
  queueEvents?: QueueEvents
  queuePushMany?: QueuePushMany
  queuePushedMany?: QueuePushedMany
  queueSettleMany?: QueueSettleMany
  queueSettledMany?: QueueSettledMany
}

export namespace CoordBody {
  let _codec: Codec<CoordBody>

  export const codec = (): Codec<CoordBody> => {
    if (_codec == null) {
      _codec = message<CoordBody>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
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

        if (obj.queuePush != null) {
          w.uint32(378)
          QueuePush.codec().encode(obj.queuePush, w)
        }

        if (obj.queuePushed != null) {
          w.uint32(386)
          QueuePushed.codec().encode(obj.queuePushed, w)
        }

        if (obj.queueTake != null) {
          w.uint32(394)
          QueueTake.codec().encode(obj.queueTake, w)
        }

        if (obj.queueLease != null) {
          w.uint32(426)
          QueueLease.codec().encode(obj.queueLease, w)
        }

        if (obj.queueSettle != null) {
          w.uint32(434)
          QueueSettle.codec().encode(obj.queueSettle, w)
        }

        if (obj.queueInspect != null) {
          w.uint32(442)
          QueueInspect.codec().encode(obj.queueInspect, w)
        }

        if (obj.queueView != null) {
          w.uint32(450)
          QueueView.codec().encode(obj.queueView, w)
        }

        if (obj.queueWatch != null) {
          w.uint32(466)
          QueueWatch.codec().encode(obj.queueWatch, w)
        }

        if (obj.queueEvents != null) {
          w.uint32(474)
          QueueEvents.codec().encode(obj.queueEvents, w)
        }

        if (obj.queuePushMany != null) {
          w.uint32(490)
          QueuePushMany.codec().encode(obj.queuePushMany, w)
        }

        if (obj.queuePushedMany != null) {
          w.uint32(498)
          QueuePushedMany.codec().encode(obj.queuePushedMany, w)
        }

        if (obj.queueSettleMany != null) {
          w.uint32(506)
          QueueSettleMany.codec().encode(obj.queueSettleMany, w)
        }

        if (obj.queueSettledMany != null) {
          w.uint32(514)
          QueueSettledMany.codec().encode(obj.queueSettledMany, w)
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
            case 47: {
              obj.queuePush = QueuePush.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queuePush
              })
              break
            }
            case 48: {
              obj.queuePushed = QueuePushed.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queuePushed
              })
              break
            }
            case 49: {
              obj.queueTake = QueueTake.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueTake
              })
              break
            }
            case 53: {
              obj.queueLease = QueueLease.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueLease
              })
              break
            }
            case 54: {
              obj.queueSettle = QueueSettle.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueSettle
              })
              break
            }
            case 55: {
              obj.queueInspect = QueueInspect.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueInspect
              })
              break
            }
            case 56: {
              obj.queueView = QueueView.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueView
              })
              break
            }
            case 58: {
              obj.queueWatch = QueueWatch.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueWatch
              })
              break
            }
            case 59: {
              obj.queueEvents = QueueEvents.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueEvents
              })
              break
            }
            case 61: {
              obj.queuePushMany = QueuePushMany.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queuePushMany
              })
              break
            }
            case 62: {
              obj.queuePushedMany = QueuePushedMany.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queuePushedMany
              })
              break
            }
            case 63: {
              obj.queueSettleMany = QueueSettleMany.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueSettleMany
              })
              break
            }
            case 64: {
              obj.queueSettledMany = QueueSettledMany.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueSettledMany
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
            case 47: {
              yield * QueuePush.codec().stream(reader, reader.uint32(), `${prefix}.queuePush`, {
                limits: opts.limits?.queuePush
              })

              break
            }
            case 48: {
              yield * QueuePushed.codec().stream(reader, reader.uint32(), `${prefix}.queuePushed`, {
                limits: opts.limits?.queuePushed
              })

              break
            }
            case 49: {
              yield * QueueTake.codec().stream(reader, reader.uint32(), `${prefix}.queueTake`, {
                limits: opts.limits?.queueTake
              })

              break
            }
            case 53: {
              yield * QueueLease.codec().stream(reader, reader.uint32(), `${prefix}.queueLease`, {
                limits: opts.limits?.queueLease
              })

              break
            }
            case 54: {
              yield * QueueSettle.codec().stream(reader, reader.uint32(), `${prefix}.queueSettle`, {
                limits: opts.limits?.queueSettle
              })

              break
            }
            case 55: {
              yield * QueueInspect.codec().stream(reader, reader.uint32(), `${prefix}.queueInspect`, {
                limits: opts.limits?.queueInspect
              })

              break
            }
            case 56: {
              yield * QueueView.codec().stream(reader, reader.uint32(), `${prefix}.queueView`, {
                limits: opts.limits?.queueView
              })

              break
            }
            case 58: {
              yield * QueueWatch.codec().stream(reader, reader.uint32(), `${prefix}.queueWatch`, {
                limits: opts.limits?.queueWatch
              })

              break
            }
            case 59: {
              yield * QueueEvents.codec().stream(reader, reader.uint32(), `${prefix}.queueEvents`, {
                limits: opts.limits?.queueEvents
              })

              break
            }
            case 61: {
              yield * QueuePushMany.codec().stream(reader, reader.uint32(), `${prefix}.queuePushMany`, {
                limits: opts.limits?.queuePushMany
              })

              break
            }
            case 62: {
              yield * QueuePushedMany.codec().stream(reader, reader.uint32(), `${prefix}.queuePushedMany`, {
                limits: opts.limits?.queuePushedMany
              })

              break
            }
            case 63: {
              yield * QueueSettleMany.codec().stream(reader, reader.uint32(), `${prefix}.queueSettleMany`, {
                limits: opts.limits?.queueSettleMany
              })

              break
            }
            case 64: {
              yield * QueueSettledMany.codec().stream(reader, reader.uint32(), `${prefix}.queueSettledMany`, {
                limits: opts.limits?.queueSettledMany
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

  export interface CoordBodyLockRequestNameFieldEvent {
    field: '$.lockRequest.name'
    value: string
  }

  export interface CoordBodyLockRequestRequestIdFieldEvent {
    field: '$.lockRequest.requestId'
    value: string
  }

  export interface CoordBodyLockRequestOwnerFieldEvent {
    field: '$.lockRequest.owner'
    value: string
  }

  export interface CoordBodyLockRequestTtlMsFieldEvent {
    field: '$.lockRequest.ttlMs'
    value: number
  }

  export interface CoordBodyLockRequestWaitMsFieldEvent {
    field: '$.lockRequest.waitMs'
    value: number
  }

  export interface CoordBodyLockRequestNamesFieldEvent {
    field: '$.lockRequest.names[]'
    index: number
    value: string
  }

  export interface CoordBodyLockRequestSessionFieldEvent {
    field: '$.lockRequest.session'
    value: string
  }

  export interface CoordBodyLockRequestSeqFieldEvent {
    field: '$.lockRequest.seq'
    value: bigint
  }

  export interface CoordBodyLockRequestReenterFieldEvent {
    field: '$.lockRequest.reenter'
    value: bigint
  }

  export interface CoordBodyLockReplyTokenFieldEvent {
    field: '$.lockReply.token'
    value: bigint
  }

  export interface CoordBodyLockReplyTtlMsFieldEvent {
    field: '$.lockReply.ttlMs'
    value: number
  }

  export interface CoordBodyLockReplyReentryFieldEvent {
    field: '$.lockReply.reentry'
    value: number
  }

  export interface CoordBodyLockReplyGrantsNameFieldEvent {
    field: '$.lockReply.grants[].name'
    value: string
    index: number
  }

  export interface CoordBodyLockReplyGrantsTokenFieldEvent {
    field: '$.lockReply.grants[].token'
    value: bigint
    index: number
  }

  export interface CoordBodyLockReleaseNameFieldEvent {
    field: '$.lockRelease.name'
    value: string
  }

  export interface CoordBodyLockReleaseTokenFieldEvent {
    field: '$.lockRelease.token'
    value: bigint
  }

  export interface CoordBodyLockReleaseRequestIdFieldEvent {
    field: '$.lockRelease.requestId'
    value: string
  }

  export interface CoordBodyLockReleaseOwnerFieldEvent {
    field: '$.lockRelease.owner'
    value: string
  }

  export interface CoordBodyLockReleaseKindFieldEvent {
    field: '$.lockRelease.kind'
    value: string
  }

  export interface CoordBodyLockRenewNameFieldEvent {
    field: '$.lockRenew.name'
    value: string
  }

  export interface CoordBodyLockRenewTokenFieldEvent {
    field: '$.lockRenew.token'
    value: bigint
  }

  export interface CoordBodyLockRenewKindFieldEvent {
    field: '$.lockRenew.kind'
    value: string
  }

  export interface CoordBodyLockCancelNameFieldEvent {
    field: '$.lockCancel.name'
    value: string
  }

  export interface CoordBodyLockCancelRequestIdFieldEvent {
    field: '$.lockCancel.requestId'
    value: string
  }

  export interface CoordBodyLockCancelNamesFieldEvent {
    field: '$.lockCancel.names[]'
    index: number
    value: string
  }

  export interface CoordBodyLockCancelKindFieldEvent {
    field: '$.lockCancel.kind'
    value: string
  }

  export interface CoordBodyBarrierArriveNameFieldEvent {
    field: '$.barrierArrive.name'
    value: string
  }

  export interface CoordBodyBarrierArriveRequestIdFieldEvent {
    field: '$.barrierArrive.requestId'
    value: string
  }

  export interface CoordBodyBarrierArriveHasGenerationFieldEvent {
    field: '$.barrierArrive.hasGeneration'
    value: boolean
  }

  export interface CoordBodyBarrierArriveGenerationFieldEvent {
    field: '$.barrierArrive.generation'
    value: bigint
  }

  export interface CoordBodyBarrierArrivePartiesFieldEvent {
    field: '$.barrierArrive.parties'
    value: number
  }

  export interface CoordBodyBarrierArriveThresholdCountFieldEvent {
    field: '$.barrierArrive.thresholdCount'
    value: number
  }

  export interface CoordBodyBarrierArriveThresholdPermilleFieldEvent {
    field: '$.barrierArrive.thresholdPermille'
    value: number
  }

  export interface CoordBodyBarrierArriveTimeoutMsFieldEvent {
    field: '$.barrierArrive.timeoutMs'
    value: number
  }

  export interface CoordBodyBarrierArriveFailOnTimeoutFieldEvent {
    field: '$.barrierArrive.failOnTimeout'
    value: boolean
  }

  export interface CoordBodyBarrierReplyGenerationFieldEvent {
    field: '$.barrierReply.generation'
    value: bigint
  }

  export interface CoordBodyBarrierReplyOutcomeFieldEvent {
    field: '$.barrierReply.outcome'
    value: string
  }

  export interface CoordBodyBarrierReplyArrivedFieldEvent {
    field: '$.barrierReply.arrived[]'
    index: number
    value: string
  }

  export interface CoordBodyBarrierReplyFailOnTimeoutFieldEvent {
    field: '$.barrierReply.failOnTimeout'
    value: boolean
  }

  export interface CoordBodyBarrierPartiesNameFieldEvent {
    field: '$.barrierParties.name'
    value: string
  }

  export interface CoordBodyBarrierPartiesPartiesFieldEvent {
    field: '$.barrierParties.parties'
    value: number
  }

  export interface CoordBodyCasRequestNameFieldEvent {
    field: '$.casRequest.name'
    value: string
  }

  export interface CoordBodyCasRequestRequestIdFieldEvent {
    field: '$.casRequest.requestId'
    value: string
  }

  export interface CoordBodyCasRequestExpectedFieldEvent {
    field: '$.casRequest.expected'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodyCasReplyClockFieldEvent {
    field: '$.casReply.clock'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodyCasReplyTokenFieldEvent {
    field: '$.casReply.token'
    value: bigint
  }

  export interface CoordBodyCoordViewEpochFieldEvent {
    field: '$.coordView.epoch'
    value: bigint
  }

  export interface CoordBodyCoordViewStateFieldEvent {
    field: '$.coordView.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodySemaphoreAcquireNameFieldEvent {
    field: '$.semaphoreAcquire.name'
    value: string
  }

  export interface CoordBodySemaphoreAcquireRequestIdFieldEvent {
    field: '$.semaphoreAcquire.requestId'
    value: string
  }

  export interface CoordBodySemaphoreAcquireOwnerFieldEvent {
    field: '$.semaphoreAcquire.owner'
    value: string
  }

  export interface CoordBodySemaphoreAcquireSizeFieldEvent {
    field: '$.semaphoreAcquire.size'
    value: number
  }

  export interface CoordBodySemaphoreAcquirePermitsFieldEvent {
    field: '$.semaphoreAcquire.permits'
    value: number
  }

  export interface CoordBodySemaphoreAcquireTtlMsFieldEvent {
    field: '$.semaphoreAcquire.ttlMs'
    value: number
  }

  export interface CoordBodySemaphoreAcquireWaitMsFieldEvent {
    field: '$.semaphoreAcquire.waitMs'
    value: number
  }

  export interface CoordBodySemaphoreAcquireSessionFieldEvent {
    field: '$.semaphoreAcquire.session'
    value: string
  }

  export interface CoordBodyCampaignNameFieldEvent {
    field: '$.campaign.name'
    value: string
  }

  export interface CoordBodyCampaignRequestIdFieldEvent {
    field: '$.campaign.requestId'
    value: string
  }

  export interface CoordBodyCampaignHasRankFieldEvent {
    field: '$.campaign.hasRank'
    value: boolean
  }

  export interface CoordBodyCampaignRankFieldEvent {
    field: '$.campaign.rank'
    value: bigint
  }

  export interface CoordBodyCampaignPreemptFieldEvent {
    field: '$.campaign.preempt'
    value: boolean
  }

  export interface CoordBodyCampaignTtlMsFieldEvent {
    field: '$.campaign.ttlMs'
    value: number
  }

  export interface CoordBodyCampaignSessionFieldEvent {
    field: '$.campaign.session'
    value: string
  }

  export interface CoordBodyCampaignSeqFieldEvent {
    field: '$.campaign.seq'
    value: bigint
  }

  export interface CoordBodyCampaignReenterFieldEvent {
    field: '$.campaign.reenter'
    value: bigint
  }

  export interface CoordBodyElectionWatchNameFieldEvent {
    field: '$.electionWatch.name'
    value: string
  }

  export interface CoordBodyElectionWatchRequestIdFieldEvent {
    field: '$.electionWatch.requestId'
    value: string
  }

  export interface CoordBodyElectionWatchKnownTokenFieldEvent {
    field: '$.electionWatch.knownToken'
    value: bigint
  }

  export interface CoordBodyElectionLeaderPeerFieldEvent {
    field: '$.electionLeader.peer'
    value: string
  }

  export interface CoordBodyElectionLeaderHasRankFieldEvent {
    field: '$.electionLeader.hasRank'
    value: boolean
  }

  export interface CoordBodyElectionLeaderRankFieldEvent {
    field: '$.electionLeader.rank'
    value: bigint
  }

  export interface CoordBodyElectionLeaderTokenFieldEvent {
    field: '$.electionLeader.token'
    value: bigint
  }

  export interface CoordBodyQueuePushQueueFieldEvent {
    field: '$.queuePush.queue'
    value: string
  }

  export interface CoordBodyQueuePushRequestIdFieldEvent {
    field: '$.queuePush.requestId'
    value: string
  }

  export interface CoordBodyQueuePushPayloadFieldEvent {
    field: '$.queuePush.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodyQueuePushPriorityFieldEvent {
    field: '$.queuePush.priority'
    value: number
  }

  export interface CoordBodyQueuePushDelayMsFieldEvent {
    field: '$.queuePush.delayMs'
    value: number
  }

  export interface CoordBodyQueuePushKeyFieldEvent {
    field: '$.queuePush.key'
    value: string
  }

  export interface CoordBodyQueuePushMaxAttemptsFieldEvent {
    field: '$.queuePush.maxAttempts'
    value: number
  }

  export interface CoordBodyQueuePushedIdFieldEvent {
    field: '$.queuePushed.id'
    value: string
  }

  export interface CoordBodyQueueTakeQueueFieldEvent {
    field: '$.queueTake.queue'
    value: string
  }

  export interface CoordBodyQueueTakeRequestIdFieldEvent {
    field: '$.queueTake.requestId'
    value: string
  }

  export interface CoordBodyQueueTakeLeaseMsFieldEvent {
    field: '$.queueTake.leaseMs'
    value: number
  }

  export interface CoordBodyQueueTakeWaitMsFieldEvent {
    field: '$.queueTake.waitMs'
    value: number
  }

  export interface CoordBodyQueueTakeSessionFieldEvent {
    field: '$.queueTake.session'
    value: string
  }

  export interface CoordBodyQueueLeaseFoundFieldEvent {
    field: '$.queueLease.found'
    value: boolean
  }

  export interface CoordBodyQueueLeaseIdFieldEvent {
    field: '$.queueLease.id'
    value: string
  }

  export interface CoordBodyQueueLeasePayloadFieldEvent {
    field: '$.queueLease.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodyQueueLeaseAttemptFieldEvent {
    field: '$.queueLease.attempt'
    value: number
  }

  export interface CoordBodyQueueLeaseTokenFieldEvent {
    field: '$.queueLease.token'
    value: bigint
  }

  export interface CoordBodyQueueLeaseLeaseMsFieldEvent {
    field: '$.queueLease.leaseMs'
    value: number
  }

  export interface CoordBodyQueueLeaseWaitedMsFieldEvent {
    field: '$.queueLease.waitedMs'
    value: number
  }

  export interface CoordBodyQueueSettleQueueFieldEvent {
    field: '$.queueSettle.queue'
    value: string
  }

  export interface CoordBodyQueueSettleIdFieldEvent {
    field: '$.queueSettle.id'
    value: string
  }

  export interface CoordBodyQueueSettleTokenFieldEvent {
    field: '$.queueSettle.token'
    value: bigint
  }

  export interface CoordBodyQueueSettleOutcomeFieldEvent {
    field: '$.queueSettle.outcome'
    value: string
  }

  export interface CoordBodyQueueSettleResultFieldEvent {
    field: '$.queueSettle.result'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordBodyQueueSettleErrorFieldEvent {
    field: '$.queueSettle.error'
    value: string
  }

  export interface CoordBodyQueueSettleLeaseMsFieldEvent {
    field: '$.queueSettle.leaseMs'
    value: number
  }

  export interface CoordBodyQueueSettleNextFieldEvent {
    field: '$.queueSettle.next'
    value: boolean
  }

  export interface CoordBodyQueueSettleNextRequestIdFieldEvent {
    field: '$.queueSettle.nextRequestId'
    value: string
  }

  export interface CoordBodyQueueSettleNextLeaseMsFieldEvent {
    field: '$.queueSettle.nextLeaseMs'
    value: number
  }

  export interface CoordBodyQueueSettleSessionFieldEvent {
    field: '$.queueSettle.session'
    value: string
  }

  export interface CoordBodyQueueInspectQueueFieldEvent {
    field: '$.queueInspect.queue'
    value: string
  }

  export interface CoordBodyQueueViewWaitingFieldEvent {
    field: '$.queueView.waiting'
    value: number
  }

  export interface CoordBodyQueueViewDelayedFieldEvent {
    field: '$.queueView.delayed'
    value: number
  }

  export interface CoordBodyQueueViewActiveFieldEvent {
    field: '$.queueView.active'
    value: number
  }

  export interface CoordBodyQueueViewCompletedFieldEvent {
    field: '$.queueView.completed'
    value: number
  }

  export interface CoordBodyQueueViewDeadFieldEvent {
    field: '$.queueView.dead'
    value: number
  }

  export interface CoordBodyQueueViewTasksQueueFieldEvent {
    field: '$.queueView.tasks[].queue'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksIdFieldEvent {
    field: '$.queueView.tasks[].id'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksPayloadFieldEvent {
    field: '$.queueView.tasks[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueueViewTasksPriorityFieldEvent {
    field: '$.queueView.tasks[].priority'
    value: number
    index: number
  }

  export interface CoordBodyQueueViewTasksSeqFieldEvent {
    field: '$.queueView.tasks[].seq'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueViewTasksKeyFieldEvent {
    field: '$.queueView.tasks[].key'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksStateFieldEvent {
    field: '$.queueView.tasks[].state'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksAttemptFieldEvent {
    field: '$.queueView.tasks[].attempt'
    value: number
    index: number
  }

  export interface CoordBodyQueueViewTasksMaxAttemptsFieldEvent {
    field: '$.queueView.tasks[].maxAttempts'
    value: number
    index: number
  }

  export interface CoordBodyQueueViewTasksTokenFieldEvent {
    field: '$.queueView.tasks[].token'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueViewTasksWorkerFieldEvent {
    field: '$.queueView.tasks[].worker'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksSessionFieldEvent {
    field: '$.queueView.tasks[].session'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksLeaseMsFieldEvent {
    field: '$.queueView.tasks[].leaseMs'
    value: number
    index: number
  }

  export interface CoordBodyQueueViewTasksRemainingMsFieldEvent {
    field: '$.queueView.tasks[].remainingMs'
    value: number
    index: number
  }

  export interface CoordBodyQueueViewTasksErrorsFieldEvent {
    field: '$.queueView.tasks[].errors[]'
    index: number
    value: string
  }

  export interface CoordBodyQueueViewTasksResultFieldEvent {
    field: '$.queueView.tasks[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueueViewTasksPushedByFieldEvent {
    field: '$.queueView.tasks[].pushedBy'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksPushIdFieldEvent {
    field: '$.queueView.tasks[].pushId'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksTakeIdFieldEvent {
    field: '$.queueView.tasks[].takeId'
    value: string
    index: number
  }

  export interface CoordBodyQueueViewTasksFinishedFieldEvent {
    field: '$.queueView.tasks[].finished'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueWatchQueueFieldEvent {
    field: '$.queueWatch.queue'
    value: string
  }

  export interface CoordBodyQueueWatchEpochFieldEvent {
    field: '$.queueWatch.epoch'
    value: bigint
  }

  export interface CoordBodyQueueWatchAfterFieldEvent {
    field: '$.queueWatch.after'
    value: bigint
  }

  export interface CoordBodyQueueWatchFromNowFieldEvent {
    field: '$.queueWatch.fromNow'
    value: boolean
  }

  export interface CoordBodyQueueEventsEpochFieldEvent {
    field: '$.queueEvents.epoch'
    value: bigint
  }

  export interface CoordBodyQueueEventsLastFieldEvent {
    field: '$.queueEvents.last'
    value: bigint
  }

  export interface CoordBodyQueueEventsEventsSeqFieldEvent {
    field: '$.queueEvents.events[].seq'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueEventsEventsKindFieldEvent {
    field: '$.queueEvents.events[].kind'
    value: string
    index: number
  }

  export interface CoordBodyQueueEventsEventsIdFieldEvent {
    field: '$.queueEvents.events[].id'
    value: string
    index: number
  }

  export interface CoordBodyQueueEventsEventsWorkerFieldEvent {
    field: '$.queueEvents.events[].worker'
    value: string
    index: number
  }

  export interface CoordBodyQueueEventsEventsAttemptFieldEvent {
    field: '$.queueEvents.events[].attempt'
    value: number
    index: number
  }

  export interface CoordBodyQueueEventsEventsResultFieldEvent {
    field: '$.queueEvents.events[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueueEventsEventsErrorFieldEvent {
    field: '$.queueEvents.events[].error'
    value: string
    index: number
  }

  export interface CoordBodyQueueEventsMissedFieldEvent {
    field: '$.queueEvents.missed'
    value: number
  }

  export interface CoordBodyQueuePushManyQueueFieldEvent {
    field: '$.queuePushMany.queue'
    value: string
  }

  export interface CoordBodyQueuePushManyRequestIdFieldEvent {
    field: '$.queuePushMany.requestId'
    value: string
  }

  export interface CoordBodyQueuePushManyMaxAttemptsFieldEvent {
    field: '$.queuePushMany.maxAttempts'
    value: number
  }

  export interface CoordBodyQueuePushManyItemsPayloadFieldEvent {
    field: '$.queuePushMany.items[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueuePushManyItemsPriorityFieldEvent {
    field: '$.queuePushMany.items[].priority'
    value: number
    index: number
  }

  export interface CoordBodyQueuePushManyItemsDelayMsFieldEvent {
    field: '$.queuePushMany.items[].delayMs'
    value: number
    index: number
  }

  export interface CoordBodyQueuePushManyItemsKeyFieldEvent {
    field: '$.queuePushMany.items[].key'
    value: string
    index: number
  }

  export interface CoordBodyQueuePushedManyIdsFieldEvent {
    field: '$.queuePushedMany.ids[]'
    index: number
    value: string
  }

  export interface CoordBodyQueueSettleManyQueueFieldEvent {
    field: '$.queueSettleMany.queue'
    value: string
  }

  export interface CoordBodyQueueSettleManyItemsIdFieldEvent {
    field: '$.queueSettleMany.items[].id'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettleManyItemsTokenFieldEvent {
    field: '$.queueSettleMany.items[].token'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueSettleManyItemsOutcomeFieldEvent {
    field: '$.queueSettleMany.items[].outcome'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettleManyItemsResultFieldEvent {
    field: '$.queueSettleMany.items[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueueSettleManyItemsErrorFieldEvent {
    field: '$.queueSettleMany.items[].error'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettleManyTakeFieldEvent {
    field: '$.queueSettleMany.take'
    value: number
  }

  export interface CoordBodyQueueSettleManyRequestIdFieldEvent {
    field: '$.queueSettleMany.requestId'
    value: string
  }

  export interface CoordBodyQueueSettleManyLeaseMsFieldEvent {
    field: '$.queueSettleMany.leaseMs'
    value: number
  }

  export interface CoordBodyQueueSettleManySessionFieldEvent {
    field: '$.queueSettleMany.session'
    value: string
  }

  export interface CoordBodyQueueSettledManyOutcomesErrorCodeFieldEvent {
    field: '$.queueSettledMany.outcomes[].errorCode'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettledManyOutcomesErrorMessageFieldEvent {
    field: '$.queueSettledMany.outcomes[].errorMessage'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettledManyOutcomesHighestFieldEvent {
    field: '$.queueSettledMany.outcomes[].highest'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesFoundFieldEvent {
    field: '$.queueSettledMany.leases[].found'
    value: boolean
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesIdFieldEvent {
    field: '$.queueSettledMany.leases[].id'
    value: string
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesPayloadFieldEvent {
    field: '$.queueSettledMany.leases[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesAttemptFieldEvent {
    field: '$.queueSettledMany.leases[].attempt'
    value: number
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesTokenFieldEvent {
    field: '$.queueSettledMany.leases[].token'
    value: bigint
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesLeaseMsFieldEvent {
    field: '$.queueSettledMany.leases[].leaseMs'
    value: number
    index: number
  }

  export interface CoordBodyQueueSettledManyLeasesWaitedMsFieldEvent {
    field: '$.queueSettledMany.leases[].waitedMs'
    value: number
    index: number
  }

  export function encode (obj: Partial<CoordBody>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordBody.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordBody>): CoordBody {
    return decodeMessage(buf, CoordBody.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordBody>): Generator<CoordBodyLockRequestNameFieldEvent | CoordBodyLockRequestRequestIdFieldEvent | CoordBodyLockRequestOwnerFieldEvent | CoordBodyLockRequestTtlMsFieldEvent | CoordBodyLockRequestWaitMsFieldEvent | CoordBodyLockRequestNamesFieldEvent | CoordBodyLockRequestSessionFieldEvent | CoordBodyLockRequestSeqFieldEvent | CoordBodyLockRequestReenterFieldEvent | CoordBodyLockReplyTokenFieldEvent | CoordBodyLockReplyTtlMsFieldEvent | CoordBodyLockReplyReentryFieldEvent | CoordBodyLockReplyGrantsNameFieldEvent | CoordBodyLockReplyGrantsTokenFieldEvent | CoordBodyLockReleaseNameFieldEvent | CoordBodyLockReleaseTokenFieldEvent | CoordBodyLockReleaseRequestIdFieldEvent | CoordBodyLockReleaseOwnerFieldEvent | CoordBodyLockReleaseKindFieldEvent | CoordBodyLockRenewNameFieldEvent | CoordBodyLockRenewTokenFieldEvent | CoordBodyLockRenewKindFieldEvent | CoordBodyLockCancelNameFieldEvent | CoordBodyLockCancelRequestIdFieldEvent | CoordBodyLockCancelNamesFieldEvent | CoordBodyLockCancelKindFieldEvent | CoordBodyBarrierArriveNameFieldEvent | CoordBodyBarrierArriveRequestIdFieldEvent | CoordBodyBarrierArriveHasGenerationFieldEvent | CoordBodyBarrierArriveGenerationFieldEvent | CoordBodyBarrierArrivePartiesFieldEvent | CoordBodyBarrierArriveThresholdCountFieldEvent | CoordBodyBarrierArriveThresholdPermilleFieldEvent | CoordBodyBarrierArriveTimeoutMsFieldEvent | CoordBodyBarrierArriveFailOnTimeoutFieldEvent | CoordBodyBarrierReplyGenerationFieldEvent | CoordBodyBarrierReplyOutcomeFieldEvent | CoordBodyBarrierReplyArrivedFieldEvent | CoordBodyBarrierReplyFailOnTimeoutFieldEvent | CoordBodyBarrierPartiesNameFieldEvent | CoordBodyBarrierPartiesPartiesFieldEvent | CoordBodyCasRequestNameFieldEvent | CoordBodyCasRequestRequestIdFieldEvent | CoordBodyCasRequestExpectedFieldEvent | CoordBodyCasReplyClockFieldEvent | CoordBodyCasReplyTokenFieldEvent | CoordBodyCoordViewEpochFieldEvent | CoordBodyCoordViewStateFieldEvent | CoordBodySemaphoreAcquireNameFieldEvent | CoordBodySemaphoreAcquireRequestIdFieldEvent | CoordBodySemaphoreAcquireOwnerFieldEvent | CoordBodySemaphoreAcquireSizeFieldEvent | CoordBodySemaphoreAcquirePermitsFieldEvent | CoordBodySemaphoreAcquireTtlMsFieldEvent | CoordBodySemaphoreAcquireWaitMsFieldEvent | CoordBodySemaphoreAcquireSessionFieldEvent | CoordBodyCampaignNameFieldEvent | CoordBodyCampaignRequestIdFieldEvent | CoordBodyCampaignHasRankFieldEvent | CoordBodyCampaignRankFieldEvent | CoordBodyCampaignPreemptFieldEvent | CoordBodyCampaignTtlMsFieldEvent | CoordBodyCampaignSessionFieldEvent | CoordBodyCampaignSeqFieldEvent | CoordBodyCampaignReenterFieldEvent | CoordBodyElectionWatchNameFieldEvent | CoordBodyElectionWatchRequestIdFieldEvent | CoordBodyElectionWatchKnownTokenFieldEvent | CoordBodyElectionLeaderPeerFieldEvent | CoordBodyElectionLeaderHasRankFieldEvent | CoordBodyElectionLeaderRankFieldEvent | CoordBodyElectionLeaderTokenFieldEvent | CoordBodyQueuePushQueueFieldEvent | CoordBodyQueuePushRequestIdFieldEvent | CoordBodyQueuePushPayloadFieldEvent | CoordBodyQueuePushPriorityFieldEvent | CoordBodyQueuePushDelayMsFieldEvent | CoordBodyQueuePushKeyFieldEvent | CoordBodyQueuePushMaxAttemptsFieldEvent | CoordBodyQueuePushedIdFieldEvent | CoordBodyQueueTakeQueueFieldEvent | CoordBodyQueueTakeRequestIdFieldEvent | CoordBodyQueueTakeLeaseMsFieldEvent | CoordBodyQueueTakeWaitMsFieldEvent | CoordBodyQueueTakeSessionFieldEvent | CoordBodyQueueLeaseFoundFieldEvent | CoordBodyQueueLeaseIdFieldEvent | CoordBodyQueueLeasePayloadFieldEvent | CoordBodyQueueLeaseAttemptFieldEvent | CoordBodyQueueLeaseTokenFieldEvent | CoordBodyQueueLeaseLeaseMsFieldEvent | CoordBodyQueueLeaseWaitedMsFieldEvent | CoordBodyQueueSettleQueueFieldEvent | CoordBodyQueueSettleIdFieldEvent | CoordBodyQueueSettleTokenFieldEvent | CoordBodyQueueSettleOutcomeFieldEvent | CoordBodyQueueSettleResultFieldEvent | CoordBodyQueueSettleErrorFieldEvent | CoordBodyQueueSettleLeaseMsFieldEvent | CoordBodyQueueSettleNextFieldEvent | CoordBodyQueueSettleNextRequestIdFieldEvent | CoordBodyQueueSettleNextLeaseMsFieldEvent | CoordBodyQueueSettleSessionFieldEvent | CoordBodyQueueInspectQueueFieldEvent | CoordBodyQueueViewWaitingFieldEvent | CoordBodyQueueViewDelayedFieldEvent | CoordBodyQueueViewActiveFieldEvent | CoordBodyQueueViewCompletedFieldEvent | CoordBodyQueueViewDeadFieldEvent | CoordBodyQueueViewTasksQueueFieldEvent | CoordBodyQueueViewTasksIdFieldEvent | CoordBodyQueueViewTasksPayloadFieldEvent | CoordBodyQueueViewTasksPriorityFieldEvent | CoordBodyQueueViewTasksSeqFieldEvent | CoordBodyQueueViewTasksKeyFieldEvent | CoordBodyQueueViewTasksStateFieldEvent | CoordBodyQueueViewTasksAttemptFieldEvent | CoordBodyQueueViewTasksMaxAttemptsFieldEvent | CoordBodyQueueViewTasksTokenFieldEvent | CoordBodyQueueViewTasksWorkerFieldEvent | CoordBodyQueueViewTasksSessionFieldEvent | CoordBodyQueueViewTasksLeaseMsFieldEvent | CoordBodyQueueViewTasksRemainingMsFieldEvent | CoordBodyQueueViewTasksErrorsFieldEvent | CoordBodyQueueViewTasksResultFieldEvent | CoordBodyQueueViewTasksPushedByFieldEvent | CoordBodyQueueViewTasksPushIdFieldEvent | CoordBodyQueueViewTasksTakeIdFieldEvent | CoordBodyQueueViewTasksFinishedFieldEvent | CoordBodyQueueWatchQueueFieldEvent | CoordBodyQueueWatchEpochFieldEvent | CoordBodyQueueWatchAfterFieldEvent | CoordBodyQueueWatchFromNowFieldEvent | CoordBodyQueueEventsEpochFieldEvent | CoordBodyQueueEventsLastFieldEvent | CoordBodyQueueEventsEventsSeqFieldEvent | CoordBodyQueueEventsEventsKindFieldEvent | CoordBodyQueueEventsEventsIdFieldEvent | CoordBodyQueueEventsEventsWorkerFieldEvent | CoordBodyQueueEventsEventsAttemptFieldEvent | CoordBodyQueueEventsEventsResultFieldEvent | CoordBodyQueueEventsEventsErrorFieldEvent | CoordBodyQueueEventsMissedFieldEvent | CoordBodyQueuePushManyQueueFieldEvent | CoordBodyQueuePushManyRequestIdFieldEvent | CoordBodyQueuePushManyMaxAttemptsFieldEvent | CoordBodyQueuePushManyItemsPayloadFieldEvent | CoordBodyQueuePushManyItemsPriorityFieldEvent | CoordBodyQueuePushManyItemsDelayMsFieldEvent | CoordBodyQueuePushManyItemsKeyFieldEvent | CoordBodyQueuePushedManyIdsFieldEvent | CoordBodyQueueSettleManyQueueFieldEvent | CoordBodyQueueSettleManyItemsIdFieldEvent | CoordBodyQueueSettleManyItemsTokenFieldEvent | CoordBodyQueueSettleManyItemsOutcomeFieldEvent | CoordBodyQueueSettleManyItemsResultFieldEvent | CoordBodyQueueSettleManyItemsErrorFieldEvent | CoordBodyQueueSettleManyTakeFieldEvent | CoordBodyQueueSettleManyRequestIdFieldEvent | CoordBodyQueueSettleManyLeaseMsFieldEvent | CoordBodyQueueSettleManySessionFieldEvent | CoordBodyQueueSettledManyOutcomesErrorCodeFieldEvent | CoordBodyQueueSettledManyOutcomesErrorMessageFieldEvent | CoordBodyQueueSettledManyOutcomesHighestFieldEvent | CoordBodyQueueSettledManyLeasesFoundFieldEvent | CoordBodyQueueSettledManyLeasesIdFieldEvent | CoordBodyQueueSettledManyLeasesPayloadFieldEvent | CoordBodyQueueSettledManyLeasesAttemptFieldEvent | CoordBodyQueueSettledManyLeasesTokenFieldEvent | CoordBodyQueueSettledManyLeasesLeaseMsFieldEvent | CoordBodyQueueSettledManyLeasesWaitedMsFieldEvent> {
    return streamMessage(buf, CoordBody.codec(), opts)
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
  session: string
  seq: bigint
  reenter: bigint
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
          hasRank: false,
          rank: 0n,
          preempt: false,
          ttlMs: 0,
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

  export interface CampaignSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface CampaignSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface CampaignReenterFieldEvent {
    field: '$.reenter'
    value: bigint
  }

  export function encode (obj: Partial<Campaign>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Campaign.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaign>): Campaign {
    return decodeMessage(buf, Campaign.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaign>): Generator<CampaignNameFieldEvent | CampaignRequestIdFieldEvent | CampaignHasRankFieldEvent | CampaignRankFieldEvent | CampaignPreemptFieldEvent | CampaignTtlMsFieldEvent | CampaignSessionFieldEvent | CampaignSeqFieldEvent | CampaignReenterFieldEvent> {
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
  queueTasks: QueueTaskEntry[]
  queueSequences: QueueSequence[]
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

        if (obj.queueTasks != null && obj.queueTasks.length > 0) {
          for (const value of obj.queueTasks) {
            w.uint32(66)
            QueueTaskEntry.codec().encode(value, w)
          }
        }

        if (obj.queueSequences != null && obj.queueSequences.length > 0) {
          for (const value of obj.queueSequences) {
            w.uint32(74)
            QueueSequence.codec().encode(value, w)
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
          elections: [],
          queueTasks: [],
          queueSequences: []
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
            case 8: {
              if (opts.limits?.queueTasks != null && obj.queueTasks.length === opts.limits.queueTasks) {
                throw new MaxLengthError('Decode error - repeated field "queueTasks" had too many elements')
              }

              obj.queueTasks.push(QueueTaskEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueTasks$
              }))
              break
            }
            case 9: {
              if (opts.limits?.queueSequences != null && obj.queueSequences.length === opts.limits.queueSequences) {
                throw new MaxLengthError('Decode error - repeated field "queueSequences" had too many elements')
              }

              obj.queueSequences.push(QueueSequence.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.queueSequences$
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
          elections: 0,
          queueTasks: 0,
          queueSequences: 0
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
            case 8: {
              if (opts.limits?.queueTasks != null && obj.queueTasks === opts.limits.queueTasks) {
                throw new MaxLengthError('Streaming decode error - repeated field "queueTasks" had too many elements')
              }

              for (const evt of QueueTaskEntry.codec().stream(reader, reader.uint32(), `${prefix}.queueTasks[]`, {
                limits: opts.limits?.queueTasks$
              })) {
                yield {
                  ...evt,
                  index: obj.queueTasks
                }
              }

              obj.queueTasks++

              break
            }
            case 9: {
              if (opts.limits?.queueSequences != null && obj.queueSequences === opts.limits.queueSequences) {
                throw new MaxLengthError('Streaming decode error - repeated field "queueSequences" had too many elements')
              }

              for (const evt of QueueSequence.codec().stream(reader, reader.uint32(), `${prefix}.queueSequences[]`, {
                limits: opts.limits?.queueSequences$
              })) {
                yield {
                  ...evt,
                  index: obj.queueSequences
                }
              }

              obj.queueSequences++

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

  export interface CoordStateElectionsCampaignersSessionFieldEvent {
    field: '$.elections[].campaigners[].session'
    value: string
    index: number
  }

  export interface CoordStateElectionsCampaignersSeqFieldEvent {
    field: '$.elections[].campaigners[].seq'
    value: bigint
    index: number
  }

  export interface CoordStateElectionsSessionFieldEvent {
    field: '$.elections[].session'
    value: string
    index: number
  }

  export interface CoordStateElectionsSeqFieldEvent {
    field: '$.elections[].seq'
    value: bigint
    index: number
  }

  export interface CoordStateElectionsReentryFieldEvent {
    field: '$.elections[].reentry'
    value: number
    index: number
  }

  export interface CoordStateElectionsAppliedFieldEvent {
    field: '$.elections[].applied[]'
    index: number
    value: string
  }

  export interface CoordStateQueueTasksQueueFieldEvent {
    field: '$.queueTasks[].queue'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksIdFieldEvent {
    field: '$.queueTasks[].id'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksPayloadFieldEvent {
    field: '$.queueTasks[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordStateQueueTasksPriorityFieldEvent {
    field: '$.queueTasks[].priority'
    value: number
    index: number
  }

  export interface CoordStateQueueTasksSeqFieldEvent {
    field: '$.queueTasks[].seq'
    value: bigint
    index: number
  }

  export interface CoordStateQueueTasksKeyFieldEvent {
    field: '$.queueTasks[].key'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksStateFieldEvent {
    field: '$.queueTasks[].state'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksAttemptFieldEvent {
    field: '$.queueTasks[].attempt'
    value: number
    index: number
  }

  export interface CoordStateQueueTasksMaxAttemptsFieldEvent {
    field: '$.queueTasks[].maxAttempts'
    value: number
    index: number
  }

  export interface CoordStateQueueTasksTokenFieldEvent {
    field: '$.queueTasks[].token'
    value: bigint
    index: number
  }

  export interface CoordStateQueueTasksWorkerFieldEvent {
    field: '$.queueTasks[].worker'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksSessionFieldEvent {
    field: '$.queueTasks[].session'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksLeaseMsFieldEvent {
    field: '$.queueTasks[].leaseMs'
    value: number
    index: number
  }

  export interface CoordStateQueueTasksRemainingMsFieldEvent {
    field: '$.queueTasks[].remainingMs'
    value: number
    index: number
  }

  export interface CoordStateQueueTasksErrorsFieldEvent {
    field: '$.queueTasks[].errors[]'
    index: number
    value: string
  }

  export interface CoordStateQueueTasksResultFieldEvent {
    field: '$.queueTasks[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface CoordStateQueueTasksPushedByFieldEvent {
    field: '$.queueTasks[].pushedBy'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksPushIdFieldEvent {
    field: '$.queueTasks[].pushId'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksTakeIdFieldEvent {
    field: '$.queueTasks[].takeId'
    value: string
    index: number
  }

  export interface CoordStateQueueTasksFinishedFieldEvent {
    field: '$.queueTasks[].finished'
    value: bigint
    index: number
  }

  export interface CoordStateQueueSequencesQueueFieldEvent {
    field: '$.queueSequences[].queue'
    value: string
    index: number
  }

  export interface CoordStateQueueSequencesNextFieldEvent {
    field: '$.queueSequences[].next'
    value: bigint
    index: number
  }

  export function encode (obj: Partial<CoordState>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordState.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordState>): CoordState {
    return decodeMessage(buf, CoordState.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordState>): Generator<CoordStateCounterEpochFieldEvent | CoordStateCounterFieldEvent | CoordStateLocksNameFieldEvent | CoordStateLocksHolderFieldEvent | CoordStateLocksOwnerFieldEvent | CoordStateLocksTokenFieldEvent | CoordStateLocksTtlMsFieldEvent | CoordStateLocksReentryFieldEvent | CoordStateLocksAppliedFieldEvent | CoordStateLocksQueuePeerFieldEvent | CoordStateLocksQueueOwnerFieldEvent | CoordStateLocksQueueRequestIdFieldEvent | CoordStateLocksQueueTtlMsFieldEvent | CoordStateLocksQueueNamesFieldEvent | CoordStateLocksQueueSessionFieldEvent | CoordStateLocksQueueSeqFieldEvent | CoordStateLocksQueueWaitLeftMsFieldEvent | CoordStateLocksSessionFieldEvent | CoordStateLocksSeqFieldEvent | CoordStateBarriersNameFieldEvent | CoordStateBarriersGenerationFieldEvent | CoordStateBarriersConfiguredFieldEvent | CoordStateBarriersPartiesFieldEvent | CoordStateBarriersThresholdCountFieldEvent | CoordStateBarriersThresholdPermilleFieldEvent | CoordStateBarriersTimeoutMsFieldEvent | CoordStateBarriersFailOnTimeoutFieldEvent | CoordStateBarriersDeadlineInMsFieldEvent | CoordStateBarriersArrivedPeerFieldEvent | CoordStateBarriersArrivedRequestIdFieldEvent | CoordStateBarriersReleasesGenerationFieldEvent | CoordStateBarriersReleasesOutcomeFieldEvent | CoordStateBarriersReleasesArrivedPeerFieldEvent | CoordStateBarriersReleasesArrivedRequestIdFieldEvent | CoordStateBarriersReleasesFailOnTimeoutFieldEvent | CoordStateCasNameFieldEvent | CoordStateCasClockFieldEvent | CoordStateCasTokenFieldEvent | CoordStateCasWriterFieldEvent | CoordStateCasRequestIdFieldEvent | CoordStateCasVisibleFieldEvent | CoordStateCasBaseFieldEvent | CoordStateSemaphoresNameFieldEvent | CoordStateSemaphoresSizeFieldEvent | CoordStateSemaphoresHoldersPeerFieldEvent | CoordStateSemaphoresHoldersOwnerFieldEvent | CoordStateSemaphoresHoldersRequestIdFieldEvent | CoordStateSemaphoresHoldersTokenFieldEvent | CoordStateSemaphoresHoldersPermitsFieldEvent | CoordStateSemaphoresHoldersTtlMsFieldEvent | CoordStateSemaphoresHoldersSessionFieldEvent | CoordStateSemaphoresQueuePeerFieldEvent | CoordStateSemaphoresQueueOwnerFieldEvent | CoordStateSemaphoresQueueRequestIdFieldEvent | CoordStateSemaphoresQueuePermitsFieldEvent | CoordStateSemaphoresQueueTtlMsFieldEvent | CoordStateSemaphoresQueueSessionFieldEvent | CoordStateElectionsNameFieldEvent | CoordStateElectionsLeaderFieldEvent | CoordStateElectionsHasRankFieldEvent | CoordStateElectionsRankFieldEvent | CoordStateElectionsTokenFieldEvent | CoordStateElectionsTtlMsFieldEvent | CoordStateElectionsRequestIdFieldEvent | CoordStateElectionsCampaignersPeerFieldEvent | CoordStateElectionsCampaignersRequestIdFieldEvent | CoordStateElectionsCampaignersHasRankFieldEvent | CoordStateElectionsCampaignersRankFieldEvent | CoordStateElectionsCampaignersPreemptFieldEvent | CoordStateElectionsCampaignersTtlMsFieldEvent | CoordStateElectionsCampaignersSessionFieldEvent | CoordStateElectionsCampaignersSeqFieldEvent | CoordStateElectionsSessionFieldEvent | CoordStateElectionsSeqFieldEvent | CoordStateElectionsReentryFieldEvent | CoordStateElectionsAppliedFieldEvent | CoordStateQueueTasksQueueFieldEvent | CoordStateQueueTasksIdFieldEvent | CoordStateQueueTasksPayloadFieldEvent | CoordStateQueueTasksPriorityFieldEvent | CoordStateQueueTasksSeqFieldEvent | CoordStateQueueTasksKeyFieldEvent | CoordStateQueueTasksStateFieldEvent | CoordStateQueueTasksAttemptFieldEvent | CoordStateQueueTasksMaxAttemptsFieldEvent | CoordStateQueueTasksTokenFieldEvent | CoordStateQueueTasksWorkerFieldEvent | CoordStateQueueTasksSessionFieldEvent | CoordStateQueueTasksLeaseMsFieldEvent | CoordStateQueueTasksRemainingMsFieldEvent | CoordStateQueueTasksErrorsFieldEvent | CoordStateQueueTasksResultFieldEvent | CoordStateQueueTasksPushedByFieldEvent | CoordStateQueueTasksPushIdFieldEvent | CoordStateQueueTasksTakeIdFieldEvent | CoordStateQueueTasksFinishedFieldEvent | CoordStateQueueSequencesQueueFieldEvent | CoordStateQueueSequencesNextFieldEvent> {
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
  session: string
  seq: bigint
  reentry: number
  applied: string[]
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

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(74)
          w.string(obj.session)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(80)
          w.uint64(obj.seq)
        }

        if ((obj.reentry != null && obj.reentry !== 0)) {
          w.uint32(88)
          w.uint32(obj.reentry)
        }

        if (obj.applied != null && obj.applied.length > 0) {
          for (const value of obj.applied) {
            w.uint32(98)
            w.string(value)
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
          campaigners: [],
          session: '',
          seq: 0n,
          reentry: 0,
          applied: []
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
            case 9: {
              obj.session = reader.string()
              break
            }
            case 10: {
              obj.seq = reader.uint64()
              break
            }
            case 11: {
              obj.reentry = reader.uint32()
              break
            }
            case 12: {
              if (opts.limits?.applied != null && obj.applied.length === opts.limits.applied) {
                throw new MaxLengthError('Decode error - repeated field "applied" had too many elements')
              }

              obj.applied.push(reader.string())
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
          campaigners: 0,
          applied: 0
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
            case 11: {
              yield {
                field: `${prefix}.reentry`,
                value: reader.uint32()
              }
              break
            }
            case 12: {
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

  export interface ElectionEntryCampaignersSessionFieldEvent {
    field: '$.campaigners[].session'
    value: string
    index: number
  }

  export interface ElectionEntryCampaignersSeqFieldEvent {
    field: '$.campaigners[].seq'
    value: bigint
    index: number
  }

  export interface ElectionEntrySessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface ElectionEntrySeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface ElectionEntryReentryFieldEvent {
    field: '$.reentry'
    value: number
  }

  export interface ElectionEntryAppliedFieldEvent {
    field: '$.applied[]'
    index: number
    value: string
  }

  export function encode (obj: Partial<ElectionEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ElectionEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionEntry>): ElectionEntry {
    return decodeMessage(buf, ElectionEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionEntry>): Generator<ElectionEntryNameFieldEvent | ElectionEntryLeaderFieldEvent | ElectionEntryHasRankFieldEvent | ElectionEntryRankFieldEvent | ElectionEntryTokenFieldEvent | ElectionEntryTtlMsFieldEvent | ElectionEntryRequestIdFieldEvent | ElectionEntryCampaignersPeerFieldEvent | ElectionEntryCampaignersRequestIdFieldEvent | ElectionEntryCampaignersHasRankFieldEvent | ElectionEntryCampaignersRankFieldEvent | ElectionEntryCampaignersPreemptFieldEvent | ElectionEntryCampaignersTtlMsFieldEvent | ElectionEntryCampaignersSessionFieldEvent | ElectionEntryCampaignersSeqFieldEvent | ElectionEntrySessionFieldEvent | ElectionEntrySeqFieldEvent | ElectionEntryReentryFieldEvent | ElectionEntryAppliedFieldEvent> {
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
  session: string
  seq: bigint
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

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(58)
          w.string(obj.session)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(64)
          w.uint64(obj.seq)
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
          ttlMs: 0,
          session: '',
          seq: 0n
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
            case 7: {
              obj.session = reader.string()
              break
            }
            case 8: {
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

  export interface CampaignerSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface CampaignerSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export function encode (obj: Partial<Campaigner>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Campaigner.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaigner>): Campaigner {
    return decodeMessage(buf, Campaigner.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Campaigner>): Generator<CampaignerPeerFieldEvent | CampaignerRequestIdFieldEvent | CampaignerHasRankFieldEvent | CampaignerRankFieldEvent | CampaignerPreemptFieldEvent | CampaignerTtlMsFieldEvent | CampaignerSessionFieldEvent | CampaignerSeqFieldEvent> {
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

export interface QueuePush {
  queue: string
  requestId: string
  payload: Uint8Array<ArrayBuffer>
  priority: number
  delayMs: number
  key: string
  maxAttempts: number
}

export namespace QueuePush {
  let _codec: Codec<QueuePush>

  export const codec = (): Codec<QueuePush> => {
    if (_codec == null) {
      _codec = message<QueuePush>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.payload != null && obj.payload.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.payload)
        }

        if ((obj.priority != null && obj.priority !== 0)) {
          w.uint32(32)
          w.sint32(obj.priority)
        }

        if ((obj.delayMs != null && obj.delayMs !== 0)) {
          w.uint32(40)
          w.uint32(obj.delayMs)
        }

        if ((obj.key != null && obj.key !== '')) {
          w.uint32(50)
          w.string(obj.key)
        }

        if ((obj.maxAttempts != null && obj.maxAttempts !== 0)) {
          w.uint32(56)
          w.uint32(obj.maxAttempts)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          requestId: '',
          payload: uint8ArrayAlloc(0),
          priority: 0,
          delayMs: 0,
          key: '',
          maxAttempts: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.payload = reader.bytes()
              break
            }
            case 4: {
              obj.priority = reader.sint32()
              break
            }
            case 5: {
              obj.delayMs = reader.uint32()
              break
            }
            case 6: {
              obj.key = reader.string()
              break
            }
            case 7: {
              obj.maxAttempts = reader.uint32()
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
                field: `${prefix}.queue`,
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
                field: `${prefix}.payload`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.priority`,
                value: reader.sint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.delayMs`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.key`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.maxAttempts`,
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

  export interface QueuePushQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueuePushRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface QueuePushPayloadFieldEvent {
    field: '$.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueuePushPriorityFieldEvent {
    field: '$.priority'
    value: number
  }

  export interface QueuePushDelayMsFieldEvent {
    field: '$.delayMs'
    value: number
  }

  export interface QueuePushKeyFieldEvent {
    field: '$.key'
    value: string
  }

  export interface QueuePushMaxAttemptsFieldEvent {
    field: '$.maxAttempts'
    value: number
  }

  export function encode (obj: Partial<QueuePush>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueuePush.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePush>): QueuePush {
    return decodeMessage(buf, QueuePush.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePush>): Generator<QueuePushQueueFieldEvent | QueuePushRequestIdFieldEvent | QueuePushPayloadFieldEvent | QueuePushPriorityFieldEvent | QueuePushDelayMsFieldEvent | QueuePushKeyFieldEvent | QueuePushMaxAttemptsFieldEvent> {
    return streamMessage(buf, QueuePush.codec(), opts)
  }
}

export interface QueuePushed {
  id: string
}

export namespace QueuePushed {
  let _codec: Codec<QueuePushed>

  export const codec = (): Codec<QueuePushed> => {
    if (_codec == null) {
      _codec = message<QueuePushed>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.id = reader.string()
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

  export interface QueuePushedIdFieldEvent {
    field: '$.id'
    value: string
  }

  export function encode (obj: Partial<QueuePushed>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueuePushed.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushed>): QueuePushed {
    return decodeMessage(buf, QueuePushed.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushed>): Generator<QueuePushedIdFieldEvent> {
    return streamMessage(buf, QueuePushed.codec(), opts)
  }
}

export interface QueuePushMany {
  queue: string
  requestId: string
  maxAttempts: number
  items: QueuePushItem[]
}

export namespace QueuePushMany {
  let _codec: Codec<QueuePushMany>

  export const codec = (): Codec<QueuePushMany> => {
    if (_codec == null) {
      _codec = message<QueuePushMany>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.maxAttempts != null && obj.maxAttempts !== 0)) {
          w.uint32(24)
          w.uint32(obj.maxAttempts)
        }

        if (obj.items != null && obj.items.length > 0) {
          for (const value of obj.items) {
            w.uint32(34)
            QueuePushItem.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          requestId: '',
          maxAttempts: 0,
          items: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.maxAttempts = reader.uint32()
              break
            }
            case 4: {
              if (opts.limits?.items != null && obj.items.length === opts.limits.items) {
                throw new MaxLengthError('Decode error - repeated field "items" had too many elements')
              }

              obj.items.push(QueuePushItem.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.items$
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
          items: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.queue`,
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
                field: `${prefix}.maxAttempts`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              if (opts.limits?.items != null && obj.items === opts.limits.items) {
                throw new MaxLengthError('Streaming decode error - repeated field "items" had too many elements')
              }

              for (const evt of QueuePushItem.codec().stream(reader, reader.uint32(), `${prefix}.items[]`, {
                limits: opts.limits?.items$
              })) {
                yield {
                  ...evt,
                  index: obj.items
                }
              }

              obj.items++

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

  export interface QueuePushManyQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueuePushManyRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface QueuePushManyMaxAttemptsFieldEvent {
    field: '$.maxAttempts'
    value: number
  }

  export interface QueuePushManyItemsPayloadFieldEvent {
    field: '$.items[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueuePushManyItemsPriorityFieldEvent {
    field: '$.items[].priority'
    value: number
    index: number
  }

  export interface QueuePushManyItemsDelayMsFieldEvent {
    field: '$.items[].delayMs'
    value: number
    index: number
  }

  export interface QueuePushManyItemsKeyFieldEvent {
    field: '$.items[].key'
    value: string
    index: number
  }

  export function encode (obj: Partial<QueuePushMany>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueuePushMany.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushMany>): QueuePushMany {
    return decodeMessage(buf, QueuePushMany.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushMany>): Generator<QueuePushManyQueueFieldEvent | QueuePushManyRequestIdFieldEvent | QueuePushManyMaxAttemptsFieldEvent | QueuePushManyItemsPayloadFieldEvent | QueuePushManyItemsPriorityFieldEvent | QueuePushManyItemsDelayMsFieldEvent | QueuePushManyItemsKeyFieldEvent> {
    return streamMessage(buf, QueuePushMany.codec(), opts)
  }
}

export interface QueuePushItem {
  payload: Uint8Array<ArrayBuffer>
  priority: number
  delayMs: number
  key: string
}

export namespace QueuePushItem {
  let _codec: Codec<QueuePushItem>

  export const codec = (): Codec<QueuePushItem> => {
    if (_codec == null) {
      _codec = message<QueuePushItem>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.payload != null && obj.payload.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.payload)
        }

        if ((obj.priority != null && obj.priority !== 0)) {
          w.uint32(16)
          w.sint32(obj.priority)
        }

        if ((obj.delayMs != null && obj.delayMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.delayMs)
        }

        if ((obj.key != null && obj.key !== '')) {
          w.uint32(34)
          w.string(obj.key)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          payload: uint8ArrayAlloc(0),
          priority: 0,
          delayMs: 0,
          key: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.payload = reader.bytes()
              break
            }
            case 2: {
              obj.priority = reader.sint32()
              break
            }
            case 3: {
              obj.delayMs = reader.uint32()
              break
            }
            case 4: {
              obj.key = reader.string()
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
                field: `${prefix}.payload`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.priority`,
                value: reader.sint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.delayMs`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.key`,
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

  export interface QueuePushItemPayloadFieldEvent {
    field: '$.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueuePushItemPriorityFieldEvent {
    field: '$.priority'
    value: number
  }

  export interface QueuePushItemDelayMsFieldEvent {
    field: '$.delayMs'
    value: number
  }

  export interface QueuePushItemKeyFieldEvent {
    field: '$.key'
    value: string
  }

  export function encode (obj: Partial<QueuePushItem>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueuePushItem.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushItem>): QueuePushItem {
    return decodeMessage(buf, QueuePushItem.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushItem>): Generator<QueuePushItemPayloadFieldEvent | QueuePushItemPriorityFieldEvent | QueuePushItemDelayMsFieldEvent | QueuePushItemKeyFieldEvent> {
    return streamMessage(buf, QueuePushItem.codec(), opts)
  }
}

export interface QueuePushedMany {
  ids: string[]
}

export namespace QueuePushedMany {
  let _codec: Codec<QueuePushedMany>

  export const codec = (): Codec<QueuePushedMany> => {
    if (_codec == null) {
      _codec = message<QueuePushedMany>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.ids != null && obj.ids.length > 0) {
          for (const value of obj.ids) {
            w.uint32(10)
            w.string(value)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          ids: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.ids != null && obj.ids.length === opts.limits.ids) {
                throw new MaxLengthError('Decode error - repeated field "ids" had too many elements')
              }

              obj.ids.push(reader.string())
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
          ids: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.ids != null && obj.ids === opts.limits.ids) {
                throw new MaxLengthError('Streaming decode error - repeated field "ids" had too many elements')
              }

              yield {
                field: `${prefix}.ids[]`,
                index: obj.ids,
                value: reader.string()
              }

              obj.ids++

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

  export interface QueuePushedManyIdsFieldEvent {
    field: '$.ids[]'
    index: number
    value: string
  }

  export function encode (obj: Partial<QueuePushedMany>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueuePushedMany.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushedMany>): QueuePushedMany {
    return decodeMessage(buf, QueuePushedMany.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueuePushedMany>): Generator<QueuePushedManyIdsFieldEvent> {
    return streamMessage(buf, QueuePushedMany.codec(), opts)
  }
}

export interface QueueTake {
  queue: string
  requestId: string
  leaseMs: number
  waitMs: number
  session: string
}

export namespace QueueTake {
  let _codec: Codec<QueueTake>

  export const codec = (): Codec<QueueTake> => {
    if (_codec == null) {
      _codec = message<QueueTake>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(18)
          w.string(obj.requestId)
        }

        if ((obj.leaseMs != null && obj.leaseMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.leaseMs)
        }

        if ((obj.waitMs != null && obj.waitMs !== 0)) {
          w.uint32(32)
          w.uint32(obj.waitMs)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(42)
          w.string(obj.session)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          requestId: '',
          leaseMs: 0,
          waitMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.requestId = reader.string()
              break
            }
            case 3: {
              obj.leaseMs = reader.uint32()
              break
            }
            case 4: {
              obj.waitMs = reader.uint32()
              break
            }
            case 5: {
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
                field: `${prefix}.queue`,
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
                field: `${prefix}.leaseMs`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.waitMs`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
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

  export interface QueueTakeQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueTakeRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface QueueTakeLeaseMsFieldEvent {
    field: '$.leaseMs'
    value: number
  }

  export interface QueueTakeWaitMsFieldEvent {
    field: '$.waitMs'
    value: number
  }

  export interface QueueTakeSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<QueueTake>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueTake.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueTake>): QueueTake {
    return decodeMessage(buf, QueueTake.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueTake>): Generator<QueueTakeQueueFieldEvent | QueueTakeRequestIdFieldEvent | QueueTakeLeaseMsFieldEvent | QueueTakeWaitMsFieldEvent | QueueTakeSessionFieldEvent> {
    return streamMessage(buf, QueueTake.codec(), opts)
  }
}

export interface QueueLease {
  found: boolean
  id: string
  payload: Uint8Array<ArrayBuffer>
  attempt: number
  token: bigint
  leaseMs: number
  waitedMs: number
}

export namespace QueueLease {
  let _codec: Codec<QueueLease>

  export const codec = (): Codec<QueueLease> => {
    if (_codec == null) {
      _codec = message<QueueLease>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.found != null && obj.found !== false)) {
          w.uint32(8)
          w.bool(obj.found)
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(18)
          w.string(obj.id)
        }

        if ((obj.payload != null && obj.payload.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.payload)
        }

        if ((obj.attempt != null && obj.attempt !== 0)) {
          w.uint32(32)
          w.uint32(obj.attempt)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(40)
          w.uint64(obj.token)
        }

        if ((obj.leaseMs != null && obj.leaseMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.leaseMs)
        }

        if ((obj.waitedMs != null && obj.waitedMs !== 0)) {
          w.uint32(56)
          w.uint32(obj.waitedMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          found: false,
          id: '',
          payload: uint8ArrayAlloc(0),
          attempt: 0,
          token: 0n,
          leaseMs: 0,
          waitedMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.found = reader.bool()
              break
            }
            case 2: {
              obj.id = reader.string()
              break
            }
            case 3: {
              obj.payload = reader.bytes()
              break
            }
            case 4: {
              obj.attempt = reader.uint32()
              break
            }
            case 5: {
              obj.token = reader.uint64()
              break
            }
            case 6: {
              obj.leaseMs = reader.uint32()
              break
            }
            case 7: {
              obj.waitedMs = reader.uint32()
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
                field: `${prefix}.found`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.payload`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.attempt`,
                value: reader.uint32()
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
                field: `${prefix}.leaseMs`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.waitedMs`,
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

  export interface QueueLeaseFoundFieldEvent {
    field: '$.found'
    value: boolean
  }

  export interface QueueLeaseIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface QueueLeasePayloadFieldEvent {
    field: '$.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueLeaseAttemptFieldEvent {
    field: '$.attempt'
    value: number
  }

  export interface QueueLeaseTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface QueueLeaseLeaseMsFieldEvent {
    field: '$.leaseMs'
    value: number
  }

  export interface QueueLeaseWaitedMsFieldEvent {
    field: '$.waitedMs'
    value: number
  }

  export function encode (obj: Partial<QueueLease>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueLease.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueLease>): QueueLease {
    return decodeMessage(buf, QueueLease.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueLease>): Generator<QueueLeaseFoundFieldEvent | QueueLeaseIdFieldEvent | QueueLeasePayloadFieldEvent | QueueLeaseAttemptFieldEvent | QueueLeaseTokenFieldEvent | QueueLeaseLeaseMsFieldEvent | QueueLeaseWaitedMsFieldEvent> {
    return streamMessage(buf, QueueLease.codec(), opts)
  }
}

export interface QueueSettle {
  queue: string
  id: string
  token: bigint
  outcome: string
  result: Uint8Array<ArrayBuffer>
  error: string
  leaseMs: number
  next: boolean
  nextRequestId: string
  nextLeaseMs: number
  session: string
}

export namespace QueueSettle {
  let _codec: Codec<QueueSettle>

  export const codec = (): Codec<QueueSettle> => {
    if (_codec == null) {
      _codec = message<QueueSettle>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(18)
          w.string(obj.id)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(24)
          w.uint64(obj.token)
        }

        if ((obj.outcome != null && obj.outcome !== '')) {
          w.uint32(34)
          w.string(obj.outcome)
        }

        if ((obj.result != null && obj.result.byteLength > 0)) {
          w.uint32(42)
          w.bytes(obj.result)
        }

        if ((obj.error != null && obj.error !== '')) {
          w.uint32(50)
          w.string(obj.error)
        }

        if ((obj.leaseMs != null && obj.leaseMs !== 0)) {
          w.uint32(56)
          w.uint32(obj.leaseMs)
        }

        if ((obj.next != null && obj.next !== false)) {
          w.uint32(64)
          w.bool(obj.next)
        }

        if ((obj.nextRequestId != null && obj.nextRequestId !== '')) {
          w.uint32(74)
          w.string(obj.nextRequestId)
        }

        if ((obj.nextLeaseMs != null && obj.nextLeaseMs !== 0)) {
          w.uint32(80)
          w.uint32(obj.nextLeaseMs)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(90)
          w.string(obj.session)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          id: '',
          token: 0n,
          outcome: '',
          result: uint8ArrayAlloc(0),
          error: '',
          leaseMs: 0,
          next: false,
          nextRequestId: '',
          nextLeaseMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.id = reader.string()
              break
            }
            case 3: {
              obj.token = reader.uint64()
              break
            }
            case 4: {
              obj.outcome = reader.string()
              break
            }
            case 5: {
              obj.result = reader.bytes()
              break
            }
            case 6: {
              obj.error = reader.string()
              break
            }
            case 7: {
              obj.leaseMs = reader.uint32()
              break
            }
            case 8: {
              obj.next = reader.bool()
              break
            }
            case 9: {
              obj.nextRequestId = reader.string()
              break
            }
            case 10: {
              obj.nextLeaseMs = reader.uint32()
              break
            }
            case 11: {
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
                field: `${prefix}.queue`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
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
                field: `${prefix}.outcome`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.result`,
                value: reader.bytes()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.error`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.leaseMs`,
                value: reader.uint32()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.next`,
                value: reader.bool()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.nextRequestId`,
                value: reader.string()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.nextLeaseMs`,
                value: reader.uint32()
              }
              break
            }
            case 11: {
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

  export interface QueueSettleQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueSettleIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface QueueSettleTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface QueueSettleOutcomeFieldEvent {
    field: '$.outcome'
    value: string
  }

  export interface QueueSettleResultFieldEvent {
    field: '$.result'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueSettleErrorFieldEvent {
    field: '$.error'
    value: string
  }

  export interface QueueSettleLeaseMsFieldEvent {
    field: '$.leaseMs'
    value: number
  }

  export interface QueueSettleNextFieldEvent {
    field: '$.next'
    value: boolean
  }

  export interface QueueSettleNextRequestIdFieldEvent {
    field: '$.nextRequestId'
    value: string
  }

  export interface QueueSettleNextLeaseMsFieldEvent {
    field: '$.nextLeaseMs'
    value: number
  }

  export interface QueueSettleSessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<QueueSettle>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueSettle.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettle>): QueueSettle {
    return decodeMessage(buf, QueueSettle.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettle>): Generator<QueueSettleQueueFieldEvent | QueueSettleIdFieldEvent | QueueSettleTokenFieldEvent | QueueSettleOutcomeFieldEvent | QueueSettleResultFieldEvent | QueueSettleErrorFieldEvent | QueueSettleLeaseMsFieldEvent | QueueSettleNextFieldEvent | QueueSettleNextRequestIdFieldEvent | QueueSettleNextLeaseMsFieldEvent | QueueSettleSessionFieldEvent> {
    return streamMessage(buf, QueueSettle.codec(), opts)
  }
}

export interface QueueSettleMany {
  queue: string
  items: QueueSettleItem[]
  take: number
  requestId: string
  leaseMs: number
  session: string
}

export namespace QueueSettleMany {
  let _codec: Codec<QueueSettleMany>

  export const codec = (): Codec<QueueSettleMany> => {
    if (_codec == null) {
      _codec = message<QueueSettleMany>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if (obj.items != null && obj.items.length > 0) {
          for (const value of obj.items) {
            w.uint32(18)
            QueueSettleItem.codec().encode(value, w)
          }
        }

        if ((obj.take != null && obj.take !== 0)) {
          w.uint32(24)
          w.uint32(obj.take)
        }

        if ((obj.requestId != null && obj.requestId !== '')) {
          w.uint32(34)
          w.string(obj.requestId)
        }

        if ((obj.leaseMs != null && obj.leaseMs !== 0)) {
          w.uint32(40)
          w.uint32(obj.leaseMs)
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
          queue: '',
          items: [],
          take: 0,
          requestId: '',
          leaseMs: 0,
          session: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              if (opts.limits?.items != null && obj.items.length === opts.limits.items) {
                throw new MaxLengthError('Decode error - repeated field "items" had too many elements')
              }

              obj.items.push(QueueSettleItem.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.items$
              }))
              break
            }
            case 3: {
              obj.take = reader.uint32()
              break
            }
            case 4: {
              obj.requestId = reader.string()
              break
            }
            case 5: {
              obj.leaseMs = reader.uint32()
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
        const obj = {
          items: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.queue`,
                value: reader.string()
              }
              break
            }
            case 2: {
              if (opts.limits?.items != null && obj.items === opts.limits.items) {
                throw new MaxLengthError('Streaming decode error - repeated field "items" had too many elements')
              }

              for (const evt of QueueSettleItem.codec().stream(reader, reader.uint32(), `${prefix}.items[]`, {
                limits: opts.limits?.items$
              })) {
                yield {
                  ...evt,
                  index: obj.items
                }
              }

              obj.items++

              break
            }
            case 3: {
              yield {
                field: `${prefix}.take`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.requestId`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.leaseMs`,
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

  export interface QueueSettleManyQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueSettleManyItemsIdFieldEvent {
    field: '$.items[].id'
    value: string
    index: number
  }

  export interface QueueSettleManyItemsTokenFieldEvent {
    field: '$.items[].token'
    value: bigint
    index: number
  }

  export interface QueueSettleManyItemsOutcomeFieldEvent {
    field: '$.items[].outcome'
    value: string
    index: number
  }

  export interface QueueSettleManyItemsResultFieldEvent {
    field: '$.items[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueueSettleManyItemsErrorFieldEvent {
    field: '$.items[].error'
    value: string
    index: number
  }

  export interface QueueSettleManyTakeFieldEvent {
    field: '$.take'
    value: number
  }

  export interface QueueSettleManyRequestIdFieldEvent {
    field: '$.requestId'
    value: string
  }

  export interface QueueSettleManyLeaseMsFieldEvent {
    field: '$.leaseMs'
    value: number
  }

  export interface QueueSettleManySessionFieldEvent {
    field: '$.session'
    value: string
  }

  export function encode (obj: Partial<QueueSettleMany>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueSettleMany.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettleMany>): QueueSettleMany {
    return decodeMessage(buf, QueueSettleMany.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettleMany>): Generator<QueueSettleManyQueueFieldEvent | QueueSettleManyItemsIdFieldEvent | QueueSettleManyItemsTokenFieldEvent | QueueSettleManyItemsOutcomeFieldEvent | QueueSettleManyItemsResultFieldEvent | QueueSettleManyItemsErrorFieldEvent | QueueSettleManyTakeFieldEvent | QueueSettleManyRequestIdFieldEvent | QueueSettleManyLeaseMsFieldEvent | QueueSettleManySessionFieldEvent> {
    return streamMessage(buf, QueueSettleMany.codec(), opts)
  }
}

export interface QueueSettleItem {
  id: string
  token: bigint
  outcome: string
  result: Uint8Array<ArrayBuffer>
  error: string
}

export namespace QueueSettleItem {
  let _codec: Codec<QueueSettleItem>

  export const codec = (): Codec<QueueSettleItem> => {
    if (_codec == null) {
      _codec = message<QueueSettleItem>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(16)
          w.uint64(obj.token)
        }

        if ((obj.outcome != null && obj.outcome !== '')) {
          w.uint32(26)
          w.string(obj.outcome)
        }

        if ((obj.result != null && obj.result.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.result)
        }

        if ((obj.error != null && obj.error !== '')) {
          w.uint32(42)
          w.string(obj.error)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          id: '',
          token: 0n,
          outcome: '',
          result: uint8ArrayAlloc(0),
          error: ''
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
              obj.token = reader.uint64()
              break
            }
            case 3: {
              obj.outcome = reader.string()
              break
            }
            case 4: {
              obj.result = reader.bytes()
              break
            }
            case 5: {
              obj.error = reader.string()
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
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.outcome`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.result`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.error`,
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

  export interface QueueSettleItemIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface QueueSettleItemTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface QueueSettleItemOutcomeFieldEvent {
    field: '$.outcome'
    value: string
  }

  export interface QueueSettleItemResultFieldEvent {
    field: '$.result'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueSettleItemErrorFieldEvent {
    field: '$.error'
    value: string
  }

  export function encode (obj: Partial<QueueSettleItem>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueSettleItem.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettleItem>): QueueSettleItem {
    return decodeMessage(buf, QueueSettleItem.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettleItem>): Generator<QueueSettleItemIdFieldEvent | QueueSettleItemTokenFieldEvent | QueueSettleItemOutcomeFieldEvent | QueueSettleItemResultFieldEvent | QueueSettleItemErrorFieldEvent> {
    return streamMessage(buf, QueueSettleItem.codec(), opts)
  }
}

export interface QueueSettledMany {
  outcomes: QueueItemOutcome[]
  leases: QueueLease[]
}

export namespace QueueSettledMany {
  let _codec: Codec<QueueSettledMany>

  export const codec = (): Codec<QueueSettledMany> => {
    if (_codec == null) {
      _codec = message<QueueSettledMany>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.outcomes != null && obj.outcomes.length > 0) {
          for (const value of obj.outcomes) {
            w.uint32(10)
            QueueItemOutcome.codec().encode(value, w)
          }
        }

        if (obj.leases != null && obj.leases.length > 0) {
          for (const value of obj.leases) {
            w.uint32(18)
            QueueLease.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          outcomes: [],
          leases: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.outcomes != null && obj.outcomes.length === opts.limits.outcomes) {
                throw new MaxLengthError('Decode error - repeated field "outcomes" had too many elements')
              }

              obj.outcomes.push(QueueItemOutcome.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.outcomes$
              }))
              break
            }
            case 2: {
              if (opts.limits?.leases != null && obj.leases.length === opts.limits.leases) {
                throw new MaxLengthError('Decode error - repeated field "leases" had too many elements')
              }

              obj.leases.push(QueueLease.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.leases$
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
          outcomes: 0,
          leases: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.outcomes != null && obj.outcomes === opts.limits.outcomes) {
                throw new MaxLengthError('Streaming decode error - repeated field "outcomes" had too many elements')
              }

              for (const evt of QueueItemOutcome.codec().stream(reader, reader.uint32(), `${prefix}.outcomes[]`, {
                limits: opts.limits?.outcomes$
              })) {
                yield {
                  ...evt,
                  index: obj.outcomes
                }
              }

              obj.outcomes++

              break
            }
            case 2: {
              if (opts.limits?.leases != null && obj.leases === opts.limits.leases) {
                throw new MaxLengthError('Streaming decode error - repeated field "leases" had too many elements')
              }

              for (const evt of QueueLease.codec().stream(reader, reader.uint32(), `${prefix}.leases[]`, {
                limits: opts.limits?.leases$
              })) {
                yield {
                  ...evt,
                  index: obj.leases
                }
              }

              obj.leases++

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

  export interface QueueSettledManyOutcomesErrorCodeFieldEvent {
    field: '$.outcomes[].errorCode'
    value: string
    index: number
  }

  export interface QueueSettledManyOutcomesErrorMessageFieldEvent {
    field: '$.outcomes[].errorMessage'
    value: string
    index: number
  }

  export interface QueueSettledManyOutcomesHighestFieldEvent {
    field: '$.outcomes[].highest'
    value: bigint
    index: number
  }

  export interface QueueSettledManyLeasesFoundFieldEvent {
    field: '$.leases[].found'
    value: boolean
    index: number
  }

  export interface QueueSettledManyLeasesIdFieldEvent {
    field: '$.leases[].id'
    value: string
    index: number
  }

  export interface QueueSettledManyLeasesPayloadFieldEvent {
    field: '$.leases[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueueSettledManyLeasesAttemptFieldEvent {
    field: '$.leases[].attempt'
    value: number
    index: number
  }

  export interface QueueSettledManyLeasesTokenFieldEvent {
    field: '$.leases[].token'
    value: bigint
    index: number
  }

  export interface QueueSettledManyLeasesLeaseMsFieldEvent {
    field: '$.leases[].leaseMs'
    value: number
    index: number
  }

  export interface QueueSettledManyLeasesWaitedMsFieldEvent {
    field: '$.leases[].waitedMs'
    value: number
    index: number
  }

  export function encode (obj: Partial<QueueSettledMany>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueSettledMany.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettledMany>): QueueSettledMany {
    return decodeMessage(buf, QueueSettledMany.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSettledMany>): Generator<QueueSettledManyOutcomesErrorCodeFieldEvent | QueueSettledManyOutcomesErrorMessageFieldEvent | QueueSettledManyOutcomesHighestFieldEvent | QueueSettledManyLeasesFoundFieldEvent | QueueSettledManyLeasesIdFieldEvent | QueueSettledManyLeasesPayloadFieldEvent | QueueSettledManyLeasesAttemptFieldEvent | QueueSettledManyLeasesTokenFieldEvent | QueueSettledManyLeasesLeaseMsFieldEvent | QueueSettledManyLeasesWaitedMsFieldEvent> {
    return streamMessage(buf, QueueSettledMany.codec(), opts)
  }
}

export interface QueueItemOutcome {
  errorCode: string
  errorMessage: string
  highest: bigint
}

export namespace QueueItemOutcome {
  let _codec: Codec<QueueItemOutcome>

  export const codec = (): Codec<QueueItemOutcome> => {
    if (_codec == null) {
      _codec = message<QueueItemOutcome>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.errorCode != null && obj.errorCode !== '')) {
          w.uint32(10)
          w.string(obj.errorCode)
        }

        if ((obj.errorMessage != null && obj.errorMessage !== '')) {
          w.uint32(18)
          w.string(obj.errorMessage)
        }

        if ((obj.highest != null && obj.highest !== 0n)) {
          w.uint32(24)
          w.uint64(obj.highest)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          errorCode: '',
          errorMessage: '',
          highest: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.errorCode = reader.string()
              break
            }
            case 2: {
              obj.errorMessage = reader.string()
              break
            }
            case 3: {
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
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.errorCode`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.errorMessage`,
                value: reader.string()
              }
              break
            }
            case 3: {
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

  export interface QueueItemOutcomeErrorCodeFieldEvent {
    field: '$.errorCode'
    value: string
  }

  export interface QueueItemOutcomeErrorMessageFieldEvent {
    field: '$.errorMessage'
    value: string
  }

  export interface QueueItemOutcomeHighestFieldEvent {
    field: '$.highest'
    value: bigint
  }

  export function encode (obj: Partial<QueueItemOutcome>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueItemOutcome.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueItemOutcome>): QueueItemOutcome {
    return decodeMessage(buf, QueueItemOutcome.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueItemOutcome>): Generator<QueueItemOutcomeErrorCodeFieldEvent | QueueItemOutcomeErrorMessageFieldEvent | QueueItemOutcomeHighestFieldEvent> {
    return streamMessage(buf, QueueItemOutcome.codec(), opts)
  }
}

export interface QueueInspect {
  queue: string
}

export namespace QueueInspect {
  let _codec: Codec<QueueInspect>

  export const codec = (): Codec<QueueInspect> => {
    if (_codec == null) {
      _codec = message<QueueInspect>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
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
                field: `${prefix}.queue`,
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

  export interface QueueInspectQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export function encode (obj: Partial<QueueInspect>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueInspect.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueInspect>): QueueInspect {
    return decodeMessage(buf, QueueInspect.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueInspect>): Generator<QueueInspectQueueFieldEvent> {
    return streamMessage(buf, QueueInspect.codec(), opts)
  }
}

export interface QueueView {
  waiting: number
  delayed: number
  active: number
  completed: number
  dead: number
  tasks: QueueTaskEntry[]
}

export namespace QueueView {
  let _codec: Codec<QueueView>

  export const codec = (): Codec<QueueView> => {
    if (_codec == null) {
      _codec = message<QueueView>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.waiting != null && obj.waiting !== 0)) {
          w.uint32(8)
          w.uint32(obj.waiting)
        }

        if ((obj.delayed != null && obj.delayed !== 0)) {
          w.uint32(16)
          w.uint32(obj.delayed)
        }

        if ((obj.active != null && obj.active !== 0)) {
          w.uint32(24)
          w.uint32(obj.active)
        }

        if ((obj.completed != null && obj.completed !== 0)) {
          w.uint32(32)
          w.uint32(obj.completed)
        }

        if ((obj.dead != null && obj.dead !== 0)) {
          w.uint32(40)
          w.uint32(obj.dead)
        }

        if (obj.tasks != null && obj.tasks.length > 0) {
          for (const value of obj.tasks) {
            w.uint32(50)
            QueueTaskEntry.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          waiting: 0,
          delayed: 0,
          active: 0,
          completed: 0,
          dead: 0,
          tasks: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.waiting = reader.uint32()
              break
            }
            case 2: {
              obj.delayed = reader.uint32()
              break
            }
            case 3: {
              obj.active = reader.uint32()
              break
            }
            case 4: {
              obj.completed = reader.uint32()
              break
            }
            case 5: {
              obj.dead = reader.uint32()
              break
            }
            case 6: {
              if (opts.limits?.tasks != null && obj.tasks.length === opts.limits.tasks) {
                throw new MaxLengthError('Decode error - repeated field "tasks" had too many elements')
              }

              obj.tasks.push(QueueTaskEntry.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.tasks$
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
          tasks: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.waiting`,
                value: reader.uint32()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.delayed`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.active`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.completed`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.dead`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              if (opts.limits?.tasks != null && obj.tasks === opts.limits.tasks) {
                throw new MaxLengthError('Streaming decode error - repeated field "tasks" had too many elements')
              }

              for (const evt of QueueTaskEntry.codec().stream(reader, reader.uint32(), `${prefix}.tasks[]`, {
                limits: opts.limits?.tasks$
              })) {
                yield {
                  ...evt,
                  index: obj.tasks
                }
              }

              obj.tasks++

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

  export interface QueueViewWaitingFieldEvent {
    field: '$.waiting'
    value: number
  }

  export interface QueueViewDelayedFieldEvent {
    field: '$.delayed'
    value: number
  }

  export interface QueueViewActiveFieldEvent {
    field: '$.active'
    value: number
  }

  export interface QueueViewCompletedFieldEvent {
    field: '$.completed'
    value: number
  }

  export interface QueueViewDeadFieldEvent {
    field: '$.dead'
    value: number
  }

  export interface QueueViewTasksQueueFieldEvent {
    field: '$.tasks[].queue'
    value: string
    index: number
  }

  export interface QueueViewTasksIdFieldEvent {
    field: '$.tasks[].id'
    value: string
    index: number
  }

  export interface QueueViewTasksPayloadFieldEvent {
    field: '$.tasks[].payload'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueueViewTasksPriorityFieldEvent {
    field: '$.tasks[].priority'
    value: number
    index: number
  }

  export interface QueueViewTasksSeqFieldEvent {
    field: '$.tasks[].seq'
    value: bigint
    index: number
  }

  export interface QueueViewTasksKeyFieldEvent {
    field: '$.tasks[].key'
    value: string
    index: number
  }

  export interface QueueViewTasksStateFieldEvent {
    field: '$.tasks[].state'
    value: string
    index: number
  }

  export interface QueueViewTasksAttemptFieldEvent {
    field: '$.tasks[].attempt'
    value: number
    index: number
  }

  export interface QueueViewTasksMaxAttemptsFieldEvent {
    field: '$.tasks[].maxAttempts'
    value: number
    index: number
  }

  export interface QueueViewTasksTokenFieldEvent {
    field: '$.tasks[].token'
    value: bigint
    index: number
  }

  export interface QueueViewTasksWorkerFieldEvent {
    field: '$.tasks[].worker'
    value: string
    index: number
  }

  export interface QueueViewTasksSessionFieldEvent {
    field: '$.tasks[].session'
    value: string
    index: number
  }

  export interface QueueViewTasksLeaseMsFieldEvent {
    field: '$.tasks[].leaseMs'
    value: number
    index: number
  }

  export interface QueueViewTasksRemainingMsFieldEvent {
    field: '$.tasks[].remainingMs'
    value: number
    index: number
  }

  export interface QueueViewTasksErrorsFieldEvent {
    field: '$.tasks[].errors[]'
    index: number
    value: string
  }

  export interface QueueViewTasksResultFieldEvent {
    field: '$.tasks[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueueViewTasksPushedByFieldEvent {
    field: '$.tasks[].pushedBy'
    value: string
    index: number
  }

  export interface QueueViewTasksPushIdFieldEvent {
    field: '$.tasks[].pushId'
    value: string
    index: number
  }

  export interface QueueViewTasksTakeIdFieldEvent {
    field: '$.tasks[].takeId'
    value: string
    index: number
  }

  export interface QueueViewTasksFinishedFieldEvent {
    field: '$.tasks[].finished'
    value: bigint
    index: number
  }

  export function encode (obj: Partial<QueueView>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueView.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueView>): QueueView {
    return decodeMessage(buf, QueueView.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueView>): Generator<QueueViewWaitingFieldEvent | QueueViewDelayedFieldEvent | QueueViewActiveFieldEvent | QueueViewCompletedFieldEvent | QueueViewDeadFieldEvent | QueueViewTasksQueueFieldEvent | QueueViewTasksIdFieldEvent | QueueViewTasksPayloadFieldEvent | QueueViewTasksPriorityFieldEvent | QueueViewTasksSeqFieldEvent | QueueViewTasksKeyFieldEvent | QueueViewTasksStateFieldEvent | QueueViewTasksAttemptFieldEvent | QueueViewTasksMaxAttemptsFieldEvent | QueueViewTasksTokenFieldEvent | QueueViewTasksWorkerFieldEvent | QueueViewTasksSessionFieldEvent | QueueViewTasksLeaseMsFieldEvent | QueueViewTasksRemainingMsFieldEvent | QueueViewTasksErrorsFieldEvent | QueueViewTasksResultFieldEvent | QueueViewTasksPushedByFieldEvent | QueueViewTasksPushIdFieldEvent | QueueViewTasksTakeIdFieldEvent | QueueViewTasksFinishedFieldEvent> {
    return streamMessage(buf, QueueView.codec(), opts)
  }
}

export interface QueueTaskEntry {
  queue: string
  id: string
  payload: Uint8Array<ArrayBuffer>
  priority: number
  seq: bigint
  key: string
  state: string
  attempt: number
  maxAttempts: number
  token: bigint
  worker: string
  session: string
  leaseMs: number
  remainingMs: number
  errors: string[]
  result: Uint8Array<ArrayBuffer>
  pushedBy: string
  pushId: string
  takeId: string
  finished: bigint
}

export namespace QueueTaskEntry {
  let _codec: Codec<QueueTaskEntry>

  export const codec = (): Codec<QueueTaskEntry> => {
    if (_codec == null) {
      _codec = message<QueueTaskEntry>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(18)
          w.string(obj.id)
        }

        if ((obj.payload != null && obj.payload.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.payload)
        }

        if ((obj.priority != null && obj.priority !== 0)) {
          w.uint32(32)
          w.sint32(obj.priority)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(40)
          w.uint64(obj.seq)
        }

        if ((obj.key != null && obj.key !== '')) {
          w.uint32(50)
          w.string(obj.key)
        }

        if ((obj.state != null && obj.state !== '')) {
          w.uint32(58)
          w.string(obj.state)
        }

        if ((obj.attempt != null && obj.attempt !== 0)) {
          w.uint32(64)
          w.uint32(obj.attempt)
        }

        if ((obj.maxAttempts != null && obj.maxAttempts !== 0)) {
          w.uint32(72)
          w.uint32(obj.maxAttempts)
        }

        if ((obj.token != null && obj.token !== 0n)) {
          w.uint32(80)
          w.uint64(obj.token)
        }

        if ((obj.worker != null && obj.worker !== '')) {
          w.uint32(90)
          w.string(obj.worker)
        }

        if ((obj.session != null && obj.session !== '')) {
          w.uint32(98)
          w.string(obj.session)
        }

        if ((obj.leaseMs != null && obj.leaseMs !== 0)) {
          w.uint32(104)
          w.uint32(obj.leaseMs)
        }

        if ((obj.remainingMs != null && obj.remainingMs !== 0)) {
          w.uint32(112)
          w.uint32(obj.remainingMs)
        }

        if (obj.errors != null && obj.errors.length > 0) {
          for (const value of obj.errors) {
            w.uint32(122)
            w.string(value)
          }
        }

        if ((obj.result != null && obj.result.byteLength > 0)) {
          w.uint32(130)
          w.bytes(obj.result)
        }

        if ((obj.pushedBy != null && obj.pushedBy !== '')) {
          w.uint32(138)
          w.string(obj.pushedBy)
        }

        if ((obj.pushId != null && obj.pushId !== '')) {
          w.uint32(146)
          w.string(obj.pushId)
        }

        if ((obj.takeId != null && obj.takeId !== '')) {
          w.uint32(154)
          w.string(obj.takeId)
        }

        if ((obj.finished != null && obj.finished !== 0n)) {
          w.uint32(160)
          w.uint64(obj.finished)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          id: '',
          payload: uint8ArrayAlloc(0),
          priority: 0,
          seq: 0n,
          key: '',
          state: '',
          attempt: 0,
          maxAttempts: 0,
          token: 0n,
          worker: '',
          session: '',
          leaseMs: 0,
          remainingMs: 0,
          errors: [],
          result: uint8ArrayAlloc(0),
          pushedBy: '',
          pushId: '',
          takeId: '',
          finished: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.id = reader.string()
              break
            }
            case 3: {
              obj.payload = reader.bytes()
              break
            }
            case 4: {
              obj.priority = reader.sint32()
              break
            }
            case 5: {
              obj.seq = reader.uint64()
              break
            }
            case 6: {
              obj.key = reader.string()
              break
            }
            case 7: {
              obj.state = reader.string()
              break
            }
            case 8: {
              obj.attempt = reader.uint32()
              break
            }
            case 9: {
              obj.maxAttempts = reader.uint32()
              break
            }
            case 10: {
              obj.token = reader.uint64()
              break
            }
            case 11: {
              obj.worker = reader.string()
              break
            }
            case 12: {
              obj.session = reader.string()
              break
            }
            case 13: {
              obj.leaseMs = reader.uint32()
              break
            }
            case 14: {
              obj.remainingMs = reader.uint32()
              break
            }
            case 15: {
              if (opts.limits?.errors != null && obj.errors.length === opts.limits.errors) {
                throw new MaxLengthError('Decode error - repeated field "errors" had too many elements')
              }

              obj.errors.push(reader.string())
              break
            }
            case 16: {
              obj.result = reader.bytes()
              break
            }
            case 17: {
              obj.pushedBy = reader.string()
              break
            }
            case 18: {
              obj.pushId = reader.string()
              break
            }
            case 19: {
              obj.takeId = reader.string()
              break
            }
            case 20: {
              obj.finished = reader.uint64()
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
          errors: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.queue`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.payload`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.priority`,
                value: reader.sint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.key`,
                value: reader.string()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.state`,
                value: reader.string()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.attempt`,
                value: reader.uint32()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.maxAttempts`,
                value: reader.uint32()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.token`,
                value: reader.uint64()
              }
              break
            }
            case 11: {
              yield {
                field: `${prefix}.worker`,
                value: reader.string()
              }
              break
            }
            case 12: {
              yield {
                field: `${prefix}.session`,
                value: reader.string()
              }
              break
            }
            case 13: {
              yield {
                field: `${prefix}.leaseMs`,
                value: reader.uint32()
              }
              break
            }
            case 14: {
              yield {
                field: `${prefix}.remainingMs`,
                value: reader.uint32()
              }
              break
            }
            case 15: {
              if (opts.limits?.errors != null && obj.errors === opts.limits.errors) {
                throw new MaxLengthError('Streaming decode error - repeated field "errors" had too many elements')
              }

              yield {
                field: `${prefix}.errors[]`,
                index: obj.errors,
                value: reader.string()
              }

              obj.errors++

              break
            }
            case 16: {
              yield {
                field: `${prefix}.result`,
                value: reader.bytes()
              }
              break
            }
            case 17: {
              yield {
                field: `${prefix}.pushedBy`,
                value: reader.string()
              }
              break
            }
            case 18: {
              yield {
                field: `${prefix}.pushId`,
                value: reader.string()
              }
              break
            }
            case 19: {
              yield {
                field: `${prefix}.takeId`,
                value: reader.string()
              }
              break
            }
            case 20: {
              yield {
                field: `${prefix}.finished`,
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

  export interface QueueTaskEntryQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueTaskEntryIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface QueueTaskEntryPayloadFieldEvent {
    field: '$.payload'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueTaskEntryPriorityFieldEvent {
    field: '$.priority'
    value: number
  }

  export interface QueueTaskEntrySeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface QueueTaskEntryKeyFieldEvent {
    field: '$.key'
    value: string
  }

  export interface QueueTaskEntryStateFieldEvent {
    field: '$.state'
    value: string
  }

  export interface QueueTaskEntryAttemptFieldEvent {
    field: '$.attempt'
    value: number
  }

  export interface QueueTaskEntryMaxAttemptsFieldEvent {
    field: '$.maxAttempts'
    value: number
  }

  export interface QueueTaskEntryTokenFieldEvent {
    field: '$.token'
    value: bigint
  }

  export interface QueueTaskEntryWorkerFieldEvent {
    field: '$.worker'
    value: string
  }

  export interface QueueTaskEntrySessionFieldEvent {
    field: '$.session'
    value: string
  }

  export interface QueueTaskEntryLeaseMsFieldEvent {
    field: '$.leaseMs'
    value: number
  }

  export interface QueueTaskEntryRemainingMsFieldEvent {
    field: '$.remainingMs'
    value: number
  }

  export interface QueueTaskEntryErrorsFieldEvent {
    field: '$.errors[]'
    index: number
    value: string
  }

  export interface QueueTaskEntryResultFieldEvent {
    field: '$.result'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueTaskEntryPushedByFieldEvent {
    field: '$.pushedBy'
    value: string
  }

  export interface QueueTaskEntryPushIdFieldEvent {
    field: '$.pushId'
    value: string
  }

  export interface QueueTaskEntryTakeIdFieldEvent {
    field: '$.takeId'
    value: string
  }

  export interface QueueTaskEntryFinishedFieldEvent {
    field: '$.finished'
    value: bigint
  }

  export function encode (obj: Partial<QueueTaskEntry>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueTaskEntry.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueTaskEntry>): QueueTaskEntry {
    return decodeMessage(buf, QueueTaskEntry.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueTaskEntry>): Generator<QueueTaskEntryQueueFieldEvent | QueueTaskEntryIdFieldEvent | QueueTaskEntryPayloadFieldEvent | QueueTaskEntryPriorityFieldEvent | QueueTaskEntrySeqFieldEvent | QueueTaskEntryKeyFieldEvent | QueueTaskEntryStateFieldEvent | QueueTaskEntryAttemptFieldEvent | QueueTaskEntryMaxAttemptsFieldEvent | QueueTaskEntryTokenFieldEvent | QueueTaskEntryWorkerFieldEvent | QueueTaskEntrySessionFieldEvent | QueueTaskEntryLeaseMsFieldEvent | QueueTaskEntryRemainingMsFieldEvent | QueueTaskEntryErrorsFieldEvent | QueueTaskEntryResultFieldEvent | QueueTaskEntryPushedByFieldEvent | QueueTaskEntryPushIdFieldEvent | QueueTaskEntryTakeIdFieldEvent | QueueTaskEntryFinishedFieldEvent> {
    return streamMessage(buf, QueueTaskEntry.codec(), opts)
  }
}

export interface QueueSequence {
  queue: string
  next: bigint
}

export namespace QueueSequence {
  let _codec: Codec<QueueSequence>

  export const codec = (): Codec<QueueSequence> => {
    if (_codec == null) {
      _codec = message<QueueSequence>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.next != null && obj.next !== 0n)) {
          w.uint32(16)
          w.uint64(obj.next)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          next: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.next = reader.uint64()
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
                field: `${prefix}.queue`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.next`,
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

  export interface QueueSequenceQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueSequenceNextFieldEvent {
    field: '$.next'
    value: bigint
  }

  export function encode (obj: Partial<QueueSequence>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueSequence.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSequence>): QueueSequence {
    return decodeMessage(buf, QueueSequence.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueSequence>): Generator<QueueSequenceQueueFieldEvent | QueueSequenceNextFieldEvent> {
    return streamMessage(buf, QueueSequence.codec(), opts)
  }
}

export interface QueueWatch {
  queue: string
  epoch: bigint
  after: bigint
  fromNow: boolean
}

export namespace QueueWatch {
  let _codec: Codec<QueueWatch>

  export const codec = (): Codec<QueueWatch> => {
    if (_codec == null) {
      _codec = message<QueueWatch>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.queue != null && obj.queue !== '')) {
          w.uint32(10)
          w.string(obj.queue)
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(16)
          w.uint64(obj.epoch)
        }

        if ((obj.after != null && obj.after !== 0n)) {
          w.uint32(24)
          w.uint64(obj.after)
        }

        if ((obj.fromNow != null && obj.fromNow !== false)) {
          w.uint32(32)
          w.bool(obj.fromNow)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          queue: '',
          epoch: 0n,
          after: 0n,
          fromNow: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.queue = reader.string()
              break
            }
            case 2: {
              obj.epoch = reader.uint64()
              break
            }
            case 3: {
              obj.after = reader.uint64()
              break
            }
            case 4: {
              obj.fromNow = reader.bool()
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
                field: `${prefix}.queue`,
                value: reader.string()
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
                field: `${prefix}.after`,
                value: reader.uint64()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.fromNow`,
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

  export interface QueueWatchQueueFieldEvent {
    field: '$.queue'
    value: string
  }

  export interface QueueWatchEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface QueueWatchAfterFieldEvent {
    field: '$.after'
    value: bigint
  }

  export interface QueueWatchFromNowFieldEvent {
    field: '$.fromNow'
    value: boolean
  }

  export function encode (obj: Partial<QueueWatch>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueWatch.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueWatch>): QueueWatch {
    return decodeMessage(buf, QueueWatch.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueWatch>): Generator<QueueWatchQueueFieldEvent | QueueWatchEpochFieldEvent | QueueWatchAfterFieldEvent | QueueWatchFromNowFieldEvent> {
    return streamMessage(buf, QueueWatch.codec(), opts)
  }
}

export interface QueueEvents {
  epoch: bigint
  last: bigint
  events: QueueEvent[]
  missed: number
}

export namespace QueueEvents {
  let _codec: Codec<QueueEvents>

  export const codec = (): Codec<QueueEvents> => {
    if (_codec == null) {
      _codec = message<QueueEvents>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.epoch != null && obj.epoch !== 0n)) {
          w.uint32(8)
          w.uint64(obj.epoch)
        }

        if ((obj.last != null && obj.last !== 0n)) {
          w.uint32(16)
          w.uint64(obj.last)
        }

        if (obj.events != null && obj.events.length > 0) {
          for (const value of obj.events) {
            w.uint32(26)
            QueueEvent.codec().encode(value, w)
          }
        }

        if ((obj.missed != null && obj.missed !== 0)) {
          w.uint32(32)
          w.uint32(obj.missed)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          epoch: 0n,
          last: 0n,
          events: [],
          missed: 0
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
              obj.last = reader.uint64()
              break
            }
            case 3: {
              if (opts.limits?.events != null && obj.events.length === opts.limits.events) {
                throw new MaxLengthError('Decode error - repeated field "events" had too many elements')
              }

              obj.events.push(QueueEvent.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.events$
              }))
              break
            }
            case 4: {
              obj.missed = reader.uint32()
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
          events: 0
        }

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
                field: `${prefix}.last`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              if (opts.limits?.events != null && obj.events === opts.limits.events) {
                throw new MaxLengthError('Streaming decode error - repeated field "events" had too many elements')
              }

              for (const evt of QueueEvent.codec().stream(reader, reader.uint32(), `${prefix}.events[]`, {
                limits: opts.limits?.events$
              })) {
                yield {
                  ...evt,
                  index: obj.events
                }
              }

              obj.events++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.missed`,
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

  export interface QueueEventsEpochFieldEvent {
    field: '$.epoch'
    value: bigint
  }

  export interface QueueEventsLastFieldEvent {
    field: '$.last'
    value: bigint
  }

  export interface QueueEventsEventsSeqFieldEvent {
    field: '$.events[].seq'
    value: bigint
    index: number
  }

  export interface QueueEventsEventsKindFieldEvent {
    field: '$.events[].kind'
    value: string
    index: number
  }

  export interface QueueEventsEventsIdFieldEvent {
    field: '$.events[].id'
    value: string
    index: number
  }

  export interface QueueEventsEventsWorkerFieldEvent {
    field: '$.events[].worker'
    value: string
    index: number
  }

  export interface QueueEventsEventsAttemptFieldEvent {
    field: '$.events[].attempt'
    value: number
    index: number
  }

  export interface QueueEventsEventsResultFieldEvent {
    field: '$.events[].result'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QueueEventsEventsErrorFieldEvent {
    field: '$.events[].error'
    value: string
    index: number
  }

  export interface QueueEventsMissedFieldEvent {
    field: '$.missed'
    value: number
  }

  export function encode (obj: Partial<QueueEvents>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueEvents.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueEvents>): QueueEvents {
    return decodeMessage(buf, QueueEvents.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueEvents>): Generator<QueueEventsEpochFieldEvent | QueueEventsLastFieldEvent | QueueEventsEventsSeqFieldEvent | QueueEventsEventsKindFieldEvent | QueueEventsEventsIdFieldEvent | QueueEventsEventsWorkerFieldEvent | QueueEventsEventsAttemptFieldEvent | QueueEventsEventsResultFieldEvent | QueueEventsEventsErrorFieldEvent | QueueEventsMissedFieldEvent> {
    return streamMessage(buf, QueueEvents.codec(), opts)
  }
}

export interface QueueEvent {
  seq: bigint
  kind: string
  id: string
  worker: string
  attempt: number
  result: Uint8Array<ArrayBuffer>
  error: string
}

export namespace QueueEvent {
  let _codec: Codec<QueueEvent>

  export const codec = (): Codec<QueueEvent> => {
    if (_codec == null) {
      _codec = message<QueueEvent>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(8)
          w.uint64(obj.seq)
        }

        if ((obj.kind != null && obj.kind !== '')) {
          w.uint32(18)
          w.string(obj.kind)
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(26)
          w.string(obj.id)
        }

        if ((obj.worker != null && obj.worker !== '')) {
          w.uint32(34)
          w.string(obj.worker)
        }

        if ((obj.attempt != null && obj.attempt !== 0)) {
          w.uint32(40)
          w.uint32(obj.attempt)
        }

        if ((obj.result != null && obj.result.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.result)
        }

        if ((obj.error != null && obj.error !== '')) {
          w.uint32(58)
          w.string(obj.error)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          seq: 0n,
          kind: '',
          id: '',
          worker: '',
          attempt: 0,
          result: uint8ArrayAlloc(0),
          error: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.seq = reader.uint64()
              break
            }
            case 2: {
              obj.kind = reader.string()
              break
            }
            case 3: {
              obj.id = reader.string()
              break
            }
            case 4: {
              obj.worker = reader.string()
              break
            }
            case 5: {
              obj.attempt = reader.uint32()
              break
            }
            case 6: {
              obj.result = reader.bytes()
              break
            }
            case 7: {
              obj.error = reader.string()
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
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.kind`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.id`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.worker`,
                value: reader.string()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.attempt`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.result`,
                value: reader.bytes()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.error`,
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

  export interface QueueEventSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface QueueEventKindFieldEvent {
    field: '$.kind'
    value: string
  }

  export interface QueueEventIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface QueueEventWorkerFieldEvent {
    field: '$.worker'
    value: string
  }

  export interface QueueEventAttemptFieldEvent {
    field: '$.attempt'
    value: number
  }

  export interface QueueEventResultFieldEvent {
    field: '$.result'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QueueEventErrorFieldEvent {
    field: '$.error'
    value: string
  }

  export function encode (obj: Partial<QueueEvent>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QueueEvent.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueEvent>): QueueEvent {
    return decodeMessage(buf, QueueEvent.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QueueEvent>): Generator<QueueEventSeqFieldEvent | QueueEventKindFieldEvent | QueueEventIdFieldEvent | QueueEventWorkerFieldEvent | QueueEventAttemptFieldEvent | QueueEventResultFieldEvent | QueueEventErrorFieldEvent> {
    return streamMessage(buf, QueueEvent.codec(), opts)
  }
}
