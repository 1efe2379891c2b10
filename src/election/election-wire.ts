import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface ElectionBody {
  heartbeat?: Heartbeat
  voteRequest?: VoteRequest
  voteReply?: VoteReply
  lease?: Lease
  leaseAck?: LeaseAck
  resign?: Resign
  votersChange?: VotersChange
  votersReply?: VotersReply
  attend?: Attend
  attendance?: Attendance
}

export namespace ElectionBody {
  let _codec: Codec<ElectionBody>

  export const codec = (): Codec<ElectionBody> => {
    if (_codec == null) {
      _codec = message<ElectionBody>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
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

        if (obj.votersChange != null) {
          w.uint32(210)
          VotersChange.codec().encode(obj.votersChange, w)
        }

        if (obj.votersReply != null) {
          w.uint32(218)
          VotersReply.codec().encode(obj.votersReply, w)
        }

        if (obj.attend != null) {
          w.uint32(226)
          Attend.codec().encode(obj.attend, w)
        }

        if (obj.attendance != null) {
          w.uint32(234)
          Attendance.codec().encode(obj.attendance, w)
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
            case 26: {
              obj.votersChange = VotersChange.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.votersChange
              })
              break
            }
            case 27: {
              obj.votersReply = VotersReply.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.votersReply
              })
              break
            }
            case 28: {
              obj.attend = Attend.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.attend
              })
              break
            }
            case 29: {
              obj.attendance = Attendance.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.attendance
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
            case 26: {
              yield * VotersChange.codec().stream(reader, reader.uint32(), `${prefix}.votersChange`, {
                limits: opts.limits?.votersChange
              })

              break
            }
            case 27: {
              yield * VotersReply.codec().stream(reader, reader.uint32(), `${prefix}.votersReply`, {
                limits: opts.limits?.votersReply
              })

              break
            }
            case 28: {
              yield * Attend.codec().stream(reader, reader.uint32(), `${prefix}.attend`, {
                limits: opts.limits?.attend
              })

              break
            }
            case 29: {
              yield * Attendance.codec().stream(reader, reader.uint32(), `${prefix}.attendance`, {
                limits: opts.limits?.attendance
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

  export interface ElectionBodyHeartbeatHasRankFieldEvent {
    field: '$.heartbeat.hasRank'
    value: boolean
  }

  export interface ElectionBodyHeartbeatRankFieldEvent {
    field: '$.heartbeat.rank'
    value: bigint
  }

  export interface ElectionBodyHeartbeatCandidateFieldEvent {
    field: '$.heartbeat.candidate'
    value: boolean
  }

  export interface ElectionBodyHeartbeatEpochFieldEvent {
    field: '$.heartbeat.epoch'
    value: bigint
  }

  export interface ElectionBodyHeartbeatLeadingFieldEvent {
    field: '$.heartbeat.leading'
    value: boolean
  }

  export interface ElectionBodyHeartbeatCapabilitiesFieldEvent {
    field: '$.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface ElectionBodyHeartbeatAddrsFieldEvent {
    field: '$.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface ElectionBodyHeartbeatPreemptFieldEvent {
    field: '$.heartbeat.preempt'
    value: boolean
  }

  export interface ElectionBodyHeartbeatMembersFieldEvent {
    field: '$.heartbeat.members'
    value: number
  }

  export interface ElectionBodyHeartbeatIntervalMsFieldEvent {
    field: '$.heartbeat.intervalMs'
    value: number
  }

  export interface ElectionBodyHeartbeatSeenFieldEvent {
    field: '$.heartbeat.seen'
    value: number
  }

  export interface ElectionBodyHeartbeatLeavingFieldEvent {
    field: '$.heartbeat.leaving'
    value: boolean
  }

  export interface ElectionBodyVoteRequestEpochFieldEvent {
    field: '$.voteRequest.epoch'
    value: bigint
  }

  export interface ElectionBodyVoteRequestHasRankFieldEvent {
    field: '$.voteRequest.hasRank'
    value: boolean
  }

  export interface ElectionBodyVoteRequestRankFieldEvent {
    field: '$.voteRequest.rank'
    value: bigint
  }

  export interface ElectionBodyVoteRequestPreFieldEvent {
    field: '$.voteRequest.pre'
    value: boolean
  }

  export interface ElectionBodyVoteReplyGrantedFieldEvent {
    field: '$.voteReply.granted'
    value: boolean
  }

  export interface ElectionBodyVoteReplyEpochFieldEvent {
    field: '$.voteReply.epoch'
    value: bigint
  }

  export interface ElectionBodyVoteReplyReasonFieldEvent {
    field: '$.voteReply.reason'
    value: string
  }

  export interface ElectionBodyVoteReplyStateEpochFieldEvent {
    field: '$.voteReply.stateEpoch'
    value: bigint
  }

  export interface ElectionBodyVoteReplyStateVersionFieldEvent {
    field: '$.voteReply.stateVersion'
    value: bigint
  }

  export interface ElectionBodyVoteReplyStateFieldEvent {
    field: '$.voteReply.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ElectionBodyVoteReplyForgetfulFieldEvent {
    field: '$.voteReply.forgetful'
    value: boolean
  }

  export interface ElectionBodyLeaseEpochFieldEvent {
    field: '$.lease.epoch'
    value: bigint
  }

  export interface ElectionBodyLeaseHasStateFieldEvent {
    field: '$.lease.hasState'
    value: boolean
  }

  export interface ElectionBodyLeaseStateVersionFieldEvent {
    field: '$.lease.stateVersion'
    value: bigint
  }

  export interface ElectionBodyLeaseStateFieldEvent {
    field: '$.lease.state'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ElectionBodyLeaseChangesFieldEvent {
    field: '$.lease.changes'
    value: boolean
  }

  export interface ElectionBodyLeaseBaseVersionFieldEvent {
    field: '$.lease.baseVersion'
    value: bigint
  }

  export interface ElectionBodyLeasePutsKeyFieldEvent {
    field: '$.lease.puts[].key'
    value: string
    index: number
  }

  export interface ElectionBodyLeasePutsValueFieldEvent {
    field: '$.lease.puts[].value'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface ElectionBodyLeaseDeletesFieldEvent {
    field: '$.lease.deletes[]'
    index: number
    value: string
  }

  export interface ElectionBodyLeaseMembersFieldEvent {
    field: '$.lease.members'
    value: number
  }

  export interface ElectionBodyLeaseAckAcceptedFieldEvent {
    field: '$.leaseAck.accepted'
    value: boolean
  }

  export interface ElectionBodyLeaseAckEpochFieldEvent {
    field: '$.leaseAck.epoch'
    value: bigint
  }

  export interface ElectionBodyLeaseAckTakesChangesFieldEvent {
    field: '$.leaseAck.takesChanges'
    value: boolean
  }

  export interface ElectionBodyLeaseAckNeedsStateFieldEvent {
    field: '$.leaseAck.needsState'
    value: boolean
  }

  export interface ElectionBodyLeaseAckAttendedIdFieldEvent {
    field: '$.leaseAck.attended[].id'
    value: string
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatHasRankFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.hasRank'
    value: boolean
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatRankFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.rank'
    value: bigint
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatCandidateFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.candidate'
    value: boolean
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatEpochFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.epoch'
    value: bigint
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatLeadingFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.leading'
    value: boolean
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatCapabilitiesFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatAddrsFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatPreemptFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.preempt'
    value: boolean
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatMembersFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.members'
    value: number
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatIntervalMsFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.intervalMs'
    value: number
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatSeenFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.seen'
    value: number
    index: number
  }

  export interface ElectionBodyLeaseAckAttendedHeartbeatLeavingFieldEvent {
    field: '$.leaseAck.attended[].heartbeat.leaving'
    value: boolean
    index: number
  }

  export interface ElectionBodyResignEpochFieldEvent {
    field: '$.resign.epoch'
    value: bigint
  }

  export interface ElectionBodyVotersChangeAddFieldEvent {
    field: '$.votersChange.add'
    value: string
  }

  export interface ElectionBodyVotersChangeRemoveFieldEvent {
    field: '$.votersChange.remove'
    value: string
  }

  export interface ElectionBodyVotersReplyVotersFieldEvent {
    field: '$.votersReply.voters[]'
    index: number
    value: string
  }

  export interface ElectionBodyVotersReplyIndexFieldEvent {
    field: '$.votersReply.index'
    value: bigint
  }

  export interface ElectionBodyAttendHeartbeatHasRankFieldEvent {
    field: '$.attend.heartbeat.hasRank'
    value: boolean
  }

  export interface ElectionBodyAttendHeartbeatRankFieldEvent {
    field: '$.attend.heartbeat.rank'
    value: bigint
  }

  export interface ElectionBodyAttendHeartbeatCandidateFieldEvent {
    field: '$.attend.heartbeat.candidate'
    value: boolean
  }

  export interface ElectionBodyAttendHeartbeatEpochFieldEvent {
    field: '$.attend.heartbeat.epoch'
    value: bigint
  }

  export interface ElectionBodyAttendHeartbeatLeadingFieldEvent {
    field: '$.attend.heartbeat.leading'
    value: boolean
  }

  export interface ElectionBodyAttendHeartbeatCapabilitiesFieldEvent {
    field: '$.attend.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface ElectionBodyAttendHeartbeatAddrsFieldEvent {
    field: '$.attend.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface ElectionBodyAttendHeartbeatPreemptFieldEvent {
    field: '$.attend.heartbeat.preempt'
    value: boolean
  }

  export interface ElectionBodyAttendHeartbeatMembersFieldEvent {
    field: '$.attend.heartbeat.members'
    value: number
  }

  export interface ElectionBodyAttendHeartbeatIntervalMsFieldEvent {
    field: '$.attend.heartbeat.intervalMs'
    value: number
  }

  export interface ElectionBodyAttendHeartbeatSeenFieldEvent {
    field: '$.attend.heartbeat.seen'
    value: number
  }

  export interface ElectionBodyAttendHeartbeatLeavingFieldEvent {
    field: '$.attend.heartbeat.leaving'
    value: boolean
  }

  export interface ElectionBodyAttendViewFieldEvent {
    field: '$.attend.view'
    value: number
  }

  export interface ElectionBodyAttendHoldMsFieldEvent {
    field: '$.attend.holdMs'
    value: number
  }

  export interface ElectionBodyAttendanceViewFieldEvent {
    field: '$.attendance.view'
    value: number
  }

  export interface ElectionBodyAttendanceVotersIdFieldEvent {
    field: '$.attendance.voters[].id'
    value: string
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatHasRankFieldEvent {
    field: '$.attendance.voters[].heartbeat.hasRank'
    value: boolean
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatRankFieldEvent {
    field: '$.attendance.voters[].heartbeat.rank'
    value: bigint
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatCandidateFieldEvent {
    field: '$.attendance.voters[].heartbeat.candidate'
    value: boolean
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatEpochFieldEvent {
    field: '$.attendance.voters[].heartbeat.epoch'
    value: bigint
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatLeadingFieldEvent {
    field: '$.attendance.voters[].heartbeat.leading'
    value: boolean
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatCapabilitiesFieldEvent {
    field: '$.attendance.voters[].heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface ElectionBodyAttendanceVotersHeartbeatAddrsFieldEvent {
    field: '$.attendance.voters[].heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface ElectionBodyAttendanceVotersHeartbeatPreemptFieldEvent {
    field: '$.attendance.voters[].heartbeat.preempt'
    value: boolean
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatMembersFieldEvent {
    field: '$.attendance.voters[].heartbeat.members'
    value: number
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatIntervalMsFieldEvent {
    field: '$.attendance.voters[].heartbeat.intervalMs'
    value: number
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatSeenFieldEvent {
    field: '$.attendance.voters[].heartbeat.seen'
    value: number
    index: number
  }

  export interface ElectionBodyAttendanceVotersHeartbeatLeavingFieldEvent {
    field: '$.attendance.voters[].heartbeat.leaving'
    value: boolean
    index: number
  }

  export interface ElectionBodyAttendanceConfiguredFieldEvent {
    field: '$.attendance.configured[]'
    index: number
    value: string
  }

  export interface ElectionBodyAttendanceConfigIndexFieldEvent {
    field: '$.attendance.configIndex'
    value: bigint
  }

  export interface ElectionBodyAttendanceMembersFieldEvent {
    field: '$.attendance.members'
    value: number
  }

  export function encode (obj: Partial<ElectionBody>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ElectionBody.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionBody>): ElectionBody {
    return decodeMessage(buf, ElectionBody.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ElectionBody>): Generator<ElectionBodyHeartbeatHasRankFieldEvent | ElectionBodyHeartbeatRankFieldEvent | ElectionBodyHeartbeatCandidateFieldEvent | ElectionBodyHeartbeatEpochFieldEvent | ElectionBodyHeartbeatLeadingFieldEvent | ElectionBodyHeartbeatCapabilitiesFieldEvent | ElectionBodyHeartbeatAddrsFieldEvent | ElectionBodyHeartbeatPreemptFieldEvent | ElectionBodyHeartbeatMembersFieldEvent | ElectionBodyHeartbeatIntervalMsFieldEvent | ElectionBodyHeartbeatSeenFieldEvent | ElectionBodyHeartbeatLeavingFieldEvent | ElectionBodyVoteRequestEpochFieldEvent | ElectionBodyVoteRequestHasRankFieldEvent | ElectionBodyVoteRequestRankFieldEvent | ElectionBodyVoteRequestPreFieldEvent | ElectionBodyVoteReplyGrantedFieldEvent | ElectionBodyVoteReplyEpochFieldEvent | ElectionBodyVoteReplyReasonFieldEvent | ElectionBodyVoteReplyStateEpochFieldEvent | ElectionBodyVoteReplyStateVersionFieldEvent | ElectionBodyVoteReplyStateFieldEvent | ElectionBodyVoteReplyForgetfulFieldEvent | ElectionBodyLeaseEpochFieldEvent | ElectionBodyLeaseHasStateFieldEvent | ElectionBodyLeaseStateVersionFieldEvent | ElectionBodyLeaseStateFieldEvent | ElectionBodyLeaseChangesFieldEvent | ElectionBodyLeaseBaseVersionFieldEvent | ElectionBodyLeasePutsKeyFieldEvent | ElectionBodyLeasePutsValueFieldEvent | ElectionBodyLeaseDeletesFieldEvent | ElectionBodyLeaseMembersFieldEvent | ElectionBodyLeaseAckAcceptedFieldEvent | ElectionBodyLeaseAckEpochFieldEvent | ElectionBodyLeaseAckTakesChangesFieldEvent | ElectionBodyLeaseAckNeedsStateFieldEvent | ElectionBodyLeaseAckAttendedIdFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatHasRankFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatRankFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatCandidateFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatEpochFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatLeadingFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatCapabilitiesFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatAddrsFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatPreemptFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatMembersFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatIntervalMsFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatSeenFieldEvent | ElectionBodyLeaseAckAttendedHeartbeatLeavingFieldEvent | ElectionBodyResignEpochFieldEvent | ElectionBodyVotersChangeAddFieldEvent | ElectionBodyVotersChangeRemoveFieldEvent | ElectionBodyVotersReplyVotersFieldEvent | ElectionBodyVotersReplyIndexFieldEvent | ElectionBodyAttendHeartbeatHasRankFieldEvent | ElectionBodyAttendHeartbeatRankFieldEvent | ElectionBodyAttendHeartbeatCandidateFieldEvent | ElectionBodyAttendHeartbeatEpochFieldEvent | ElectionBodyAttendHeartbeatLeadingFieldEvent | ElectionBodyAttendHeartbeatCapabilitiesFieldEvent | ElectionBodyAttendHeartbeatAddrsFieldEvent | ElectionBodyAttendHeartbeatPreemptFieldEvent | ElectionBodyAttendHeartbeatMembersFieldEvent | ElectionBodyAttendHeartbeatIntervalMsFieldEvent | ElectionBodyAttendHeartbeatSeenFieldEvent | ElectionBodyAttendHeartbeatLeavingFieldEvent | ElectionBodyAttendViewFieldEvent | ElectionBodyAttendHoldMsFieldEvent | ElectionBodyAttendanceViewFieldEvent | ElectionBodyAttendanceVotersIdFieldEvent | ElectionBodyAttendanceVotersHeartbeatHasRankFieldEvent | ElectionBodyAttendanceVotersHeartbeatRankFieldEvent | ElectionBodyAttendanceVotersHeartbeatCandidateFieldEvent | ElectionBodyAttendanceVotersHeartbeatEpochFieldEvent | ElectionBodyAttendanceVotersHeartbeatLeadingFieldEvent | ElectionBodyAttendanceVotersHeartbeatCapabilitiesFieldEvent | ElectionBodyAttendanceVotersHeartbeatAddrsFieldEvent | ElectionBodyAttendanceVotersHeartbeatPreemptFieldEvent | ElectionBodyAttendanceVotersHeartbeatMembersFieldEvent | ElectionBodyAttendanceVotersHeartbeatIntervalMsFieldEvent | ElectionBodyAttendanceVotersHeartbeatSeenFieldEvent | ElectionBodyAttendanceVotersHeartbeatLeavingFieldEvent | ElectionBodyAttendanceConfiguredFieldEvent | ElectionBodyAttendanceConfigIndexFieldEvent | ElectionBodyAttendanceMembersFieldEvent> {
    return streamMessage(buf, ElectionBody.codec(), opts)
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
  intervalMs: number
  seen: number
  leaving: boolean
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

        if ((obj.intervalMs != null && obj.intervalMs !== 0)) {
          w.uint32(80)
          w.uint32(obj.intervalMs)
        }

        if ((obj.seen != null && obj.seen !== 0)) {
          w.uint32(88)
          w.uint32(obj.seen)
        }

        if ((obj.leaving != null && obj.leaving !== false)) {
          w.uint32(96)
          w.bool(obj.leaving)
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
          members: 0,
          intervalMs: 0,
          seen: 0,
          leaving: false
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
            case 10: {
              obj.intervalMs = reader.uint32()
              break
            }
            case 11: {
              obj.seen = reader.uint32()
              break
            }
            case 12: {
              obj.leaving = reader.bool()
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
            case 10: {
              yield {
                field: `${prefix}.intervalMs`,
                value: reader.uint32()
              }
              break
            }
            case 11: {
              yield {
                field: `${prefix}.seen`,
                value: reader.uint32()
              }
              break
            }
            case 12: {
              yield {
                field: `${prefix}.leaving`,
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

  export interface HeartbeatIntervalMsFieldEvent {
    field: '$.intervalMs'
    value: number
  }

  export interface HeartbeatSeenFieldEvent {
    field: '$.seen'
    value: number
  }

  export interface HeartbeatLeavingFieldEvent {
    field: '$.leaving'
    value: boolean
  }

  export function encode (obj: Partial<Heartbeat>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Heartbeat.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Heartbeat {
    return decodeMessage(buf, Heartbeat.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Generator<HeartbeatHasRankFieldEvent | HeartbeatRankFieldEvent | HeartbeatCandidateFieldEvent | HeartbeatEpochFieldEvent | HeartbeatLeadingFieldEvent | HeartbeatCapabilitiesFieldEvent | HeartbeatAddrsFieldEvent | HeartbeatPreemptFieldEvent | HeartbeatMembersFieldEvent | HeartbeatIntervalMsFieldEvent | HeartbeatSeenFieldEvent | HeartbeatLeavingFieldEvent> {
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
  forgetful: boolean
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

        if ((obj.forgetful != null && obj.forgetful !== false)) {
          w.uint32(56)
          w.bool(obj.forgetful)
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
          state: uint8ArrayAlloc(0),
          forgetful: false
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
            case 7: {
              obj.forgetful = reader.bool()
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
            case 7: {
              yield {
                field: `${prefix}.forgetful`,
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

  export interface VoteReplyForgetfulFieldEvent {
    field: '$.forgetful'
    value: boolean
  }

  export function encode (obj: Partial<VoteReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VoteReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteReply>): VoteReply {
    return decodeMessage(buf, VoteReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoteReply>): Generator<VoteReplyGrantedFieldEvent | VoteReplyEpochFieldEvent | VoteReplyReasonFieldEvent | VoteReplyStateEpochFieldEvent | VoteReplyStateVersionFieldEvent | VoteReplyStateFieldEvent | VoteReplyForgetfulFieldEvent> {
    return streamMessage(buf, VoteReply.codec(), opts)
  }
}

export interface Lease {
  epoch: bigint
  hasState: boolean
  stateVersion: bigint
  state: Uint8Array<ArrayBuffer>
  changes: boolean
  baseVersion: bigint
  puts: Record[]
  deletes: string[]
  members: number
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

        if ((obj.changes != null && obj.changes !== false)) {
          w.uint32(40)
          w.bool(obj.changes)
        }

        if ((obj.baseVersion != null && obj.baseVersion !== 0n)) {
          w.uint32(48)
          w.uint64(obj.baseVersion)
        }

        if (obj.puts != null && obj.puts.length > 0) {
          for (const value of obj.puts) {
            w.uint32(58)
            Record.codec().encode(value, w)
          }
        }

        if (obj.deletes != null && obj.deletes.length > 0) {
          for (const value of obj.deletes) {
            w.uint32(66)
            w.string(value)
          }
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
          epoch: 0n,
          hasState: false,
          stateVersion: 0n,
          state: uint8ArrayAlloc(0),
          changes: false,
          baseVersion: 0n,
          puts: [],
          deletes: [],
          members: 0
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
            case 5: {
              obj.changes = reader.bool()
              break
            }
            case 6: {
              obj.baseVersion = reader.uint64()
              break
            }
            case 7: {
              if (opts.limits?.puts != null && obj.puts.length === opts.limits.puts) {
                throw new MaxLengthError('Decode error - repeated field "puts" had too many elements')
              }

              obj.puts.push(Record.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.puts$
              }))
              break
            }
            case 8: {
              if (opts.limits?.deletes != null && obj.deletes.length === opts.limits.deletes) {
                throw new MaxLengthError('Decode error - repeated field "deletes" had too many elements')
              }

              obj.deletes.push(reader.string())
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
          puts: 0,
          deletes: 0
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
            case 5: {
              yield {
                field: `${prefix}.changes`,
                value: reader.bool()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.baseVersion`,
                value: reader.uint64()
              }
              break
            }
            case 7: {
              if (opts.limits?.puts != null && obj.puts === opts.limits.puts) {
                throw new MaxLengthError('Streaming decode error - repeated field "puts" had too many elements')
              }

              for (const evt of Record.codec().stream(reader, reader.uint32(), `${prefix}.puts[]`, {
                limits: opts.limits?.puts$
              })) {
                yield {
                  ...evt,
                  index: obj.puts
                }
              }

              obj.puts++

              break
            }
            case 8: {
              if (opts.limits?.deletes != null && obj.deletes === opts.limits.deletes) {
                throw new MaxLengthError('Streaming decode error - repeated field "deletes" had too many elements')
              }

              yield {
                field: `${prefix}.deletes[]`,
                index: obj.deletes,
                value: reader.string()
              }

              obj.deletes++

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

  export interface LeaseChangesFieldEvent {
    field: '$.changes'
    value: boolean
  }

  export interface LeaseBaseVersionFieldEvent {
    field: '$.baseVersion'
    value: bigint
  }

  export interface LeasePutsKeyFieldEvent {
    field: '$.puts[].key'
    value: string
    index: number
  }

  export interface LeasePutsValueFieldEvent {
    field: '$.puts[].value'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface LeaseDeletesFieldEvent {
    field: '$.deletes[]'
    index: number
    value: string
  }

  export interface LeaseMembersFieldEvent {
    field: '$.members'
    value: number
  }

  export function encode (obj: Partial<Lease>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Lease.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Lease>): Lease {
    return decodeMessage(buf, Lease.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Lease>): Generator<LeaseEpochFieldEvent | LeaseHasStateFieldEvent | LeaseStateVersionFieldEvent | LeaseStateFieldEvent | LeaseChangesFieldEvent | LeaseBaseVersionFieldEvent | LeasePutsKeyFieldEvent | LeasePutsValueFieldEvent | LeaseDeletesFieldEvent | LeaseMembersFieldEvent> {
    return streamMessage(buf, Lease.codec(), opts)
  }
}

export interface Record {
  key: string
  value: Uint8Array<ArrayBuffer>
}

export namespace Record {
  let _codec: Codec<Record>

  export const codec = (): Codec<Record> => {
    if (_codec == null) {
      _codec = message<Record>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.key != null && obj.key !== '')) {
          w.uint32(10)
          w.string(obj.key)
        }

        if ((obj.value != null && obj.value.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.value)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          key: '',
          value: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.key = reader.string()
              break
            }
            case 2: {
              obj.value = reader.bytes()
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
                field: `${prefix}.key`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.value`,
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

  export interface RecordKeyFieldEvent {
    field: '$.key'
    value: string
  }

  export interface RecordValueFieldEvent {
    field: '$.value'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<Record>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Record.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Record>): Record {
    return decodeMessage(buf, Record.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Record>): Generator<RecordKeyFieldEvent | RecordValueFieldEvent> {
    return streamMessage(buf, Record.codec(), opts)
  }
}

export interface LeaseAck {
  accepted: boolean
  epoch: bigint
  takesChanges: boolean
  needsState: boolean
  attended: Attendee[]
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

        if ((obj.takesChanges != null && obj.takesChanges !== false)) {
          w.uint32(24)
          w.bool(obj.takesChanges)
        }

        if ((obj.needsState != null && obj.needsState !== false)) {
          w.uint32(32)
          w.bool(obj.needsState)
        }

        if (obj.attended != null && obj.attended.length > 0) {
          for (const value of obj.attended) {
            w.uint32(42)
            Attendee.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          accepted: false,
          epoch: 0n,
          takesChanges: false,
          needsState: false,
          attended: []
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
            case 3: {
              obj.takesChanges = reader.bool()
              break
            }
            case 4: {
              obj.needsState = reader.bool()
              break
            }
            case 5: {
              if (opts.limits?.attended != null && obj.attended.length === opts.limits.attended) {
                throw new MaxLengthError('Decode error - repeated field "attended" had too many elements')
              }

              obj.attended.push(Attendee.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.attended$
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
          attended: 0
        }

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
            case 3: {
              yield {
                field: `${prefix}.takesChanges`,
                value: reader.bool()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.needsState`,
                value: reader.bool()
              }
              break
            }
            case 5: {
              if (opts.limits?.attended != null && obj.attended === opts.limits.attended) {
                throw new MaxLengthError('Streaming decode error - repeated field "attended" had too many elements')
              }

              for (const evt of Attendee.codec().stream(reader, reader.uint32(), `${prefix}.attended[]`, {
                limits: opts.limits?.attended$
              })) {
                yield {
                  ...evt,
                  index: obj.attended
                }
              }

              obj.attended++

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

  export interface LeaseAckTakesChangesFieldEvent {
    field: '$.takesChanges'
    value: boolean
  }

  export interface LeaseAckNeedsStateFieldEvent {
    field: '$.needsState'
    value: boolean
  }

  export interface LeaseAckAttendedIdFieldEvent {
    field: '$.attended[].id'
    value: string
    index: number
  }

  export interface LeaseAckAttendedHeartbeatHasRankFieldEvent {
    field: '$.attended[].heartbeat.hasRank'
    value: boolean
    index: number
  }

  export interface LeaseAckAttendedHeartbeatRankFieldEvent {
    field: '$.attended[].heartbeat.rank'
    value: bigint
    index: number
  }

  export interface LeaseAckAttendedHeartbeatCandidateFieldEvent {
    field: '$.attended[].heartbeat.candidate'
    value: boolean
    index: number
  }

  export interface LeaseAckAttendedHeartbeatEpochFieldEvent {
    field: '$.attended[].heartbeat.epoch'
    value: bigint
    index: number
  }

  export interface LeaseAckAttendedHeartbeatLeadingFieldEvent {
    field: '$.attended[].heartbeat.leading'
    value: boolean
    index: number
  }

  export interface LeaseAckAttendedHeartbeatCapabilitiesFieldEvent {
    field: '$.attended[].heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface LeaseAckAttendedHeartbeatAddrsFieldEvent {
    field: '$.attended[].heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface LeaseAckAttendedHeartbeatPreemptFieldEvent {
    field: '$.attended[].heartbeat.preempt'
    value: boolean
    index: number
  }

  export interface LeaseAckAttendedHeartbeatMembersFieldEvent {
    field: '$.attended[].heartbeat.members'
    value: number
    index: number
  }

  export interface LeaseAckAttendedHeartbeatIntervalMsFieldEvent {
    field: '$.attended[].heartbeat.intervalMs'
    value: number
    index: number
  }

  export interface LeaseAckAttendedHeartbeatSeenFieldEvent {
    field: '$.attended[].heartbeat.seen'
    value: number
    index: number
  }

  export interface LeaseAckAttendedHeartbeatLeavingFieldEvent {
    field: '$.attended[].heartbeat.leaving'
    value: boolean
    index: number
  }

  export function encode (obj: Partial<LeaseAck>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, LeaseAck.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LeaseAck>): LeaseAck {
    return decodeMessage(buf, LeaseAck.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<LeaseAck>): Generator<LeaseAckAcceptedFieldEvent | LeaseAckEpochFieldEvent | LeaseAckTakesChangesFieldEvent | LeaseAckNeedsStateFieldEvent | LeaseAckAttendedIdFieldEvent | LeaseAckAttendedHeartbeatHasRankFieldEvent | LeaseAckAttendedHeartbeatRankFieldEvent | LeaseAckAttendedHeartbeatCandidateFieldEvent | LeaseAckAttendedHeartbeatEpochFieldEvent | LeaseAckAttendedHeartbeatLeadingFieldEvent | LeaseAckAttendedHeartbeatCapabilitiesFieldEvent | LeaseAckAttendedHeartbeatAddrsFieldEvent | LeaseAckAttendedHeartbeatPreemptFieldEvent | LeaseAckAttendedHeartbeatMembersFieldEvent | LeaseAckAttendedHeartbeatIntervalMsFieldEvent | LeaseAckAttendedHeartbeatSeenFieldEvent | LeaseAckAttendedHeartbeatLeavingFieldEvent> {
    return streamMessage(buf, LeaseAck.codec(), opts)
  }
}

export interface Attendee {
  id: string
  heartbeat?: Heartbeat
}

export namespace Attendee {
  let _codec: Codec<Attendee>

  export const codec = (): Codec<Attendee> => {
    if (_codec == null) {
      _codec = message<Attendee>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.id != null && obj.id !== '')) {
          w.uint32(10)
          w.string(obj.id)
        }

        if (obj.heartbeat != null) {
          w.uint32(18)
          Heartbeat.codec().encode(obj.heartbeat, w)
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
            case 2: {
              obj.heartbeat = Heartbeat.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.heartbeat
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
                value: reader.string()
              }
              break
            }
            case 2: {
              yield * Heartbeat.codec().stream(reader, reader.uint32(), `${prefix}.heartbeat`, {
                limits: opts.limits?.heartbeat
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

  export interface AttendeeIdFieldEvent {
    field: '$.id'
    value: string
  }

  export interface AttendeeHeartbeatHasRankFieldEvent {
    field: '$.heartbeat.hasRank'
    value: boolean
  }

  export interface AttendeeHeartbeatRankFieldEvent {
    field: '$.heartbeat.rank'
    value: bigint
  }

  export interface AttendeeHeartbeatCandidateFieldEvent {
    field: '$.heartbeat.candidate'
    value: boolean
  }

  export interface AttendeeHeartbeatEpochFieldEvent {
    field: '$.heartbeat.epoch'
    value: bigint
  }

  export interface AttendeeHeartbeatLeadingFieldEvent {
    field: '$.heartbeat.leading'
    value: boolean
  }

  export interface AttendeeHeartbeatCapabilitiesFieldEvent {
    field: '$.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface AttendeeHeartbeatAddrsFieldEvent {
    field: '$.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface AttendeeHeartbeatPreemptFieldEvent {
    field: '$.heartbeat.preempt'
    value: boolean
  }

  export interface AttendeeHeartbeatMembersFieldEvent {
    field: '$.heartbeat.members'
    value: number
  }

  export interface AttendeeHeartbeatIntervalMsFieldEvent {
    field: '$.heartbeat.intervalMs'
    value: number
  }

  export interface AttendeeHeartbeatSeenFieldEvent {
    field: '$.heartbeat.seen'
    value: number
  }

  export interface AttendeeHeartbeatLeavingFieldEvent {
    field: '$.heartbeat.leaving'
    value: boolean
  }

  export function encode (obj: Partial<Attendee>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Attendee.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attendee>): Attendee {
    return decodeMessage(buf, Attendee.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attendee>): Generator<AttendeeIdFieldEvent | AttendeeHeartbeatHasRankFieldEvent | AttendeeHeartbeatRankFieldEvent | AttendeeHeartbeatCandidateFieldEvent | AttendeeHeartbeatEpochFieldEvent | AttendeeHeartbeatLeadingFieldEvent | AttendeeHeartbeatCapabilitiesFieldEvent | AttendeeHeartbeatAddrsFieldEvent | AttendeeHeartbeatPreemptFieldEvent | AttendeeHeartbeatMembersFieldEvent | AttendeeHeartbeatIntervalMsFieldEvent | AttendeeHeartbeatSeenFieldEvent | AttendeeHeartbeatLeavingFieldEvent> {
    return streamMessage(buf, Attendee.codec(), opts)
  }
}

export interface Attend {
  heartbeat?: Heartbeat
  view: number
  holdMs: number
}

export namespace Attend {
  let _codec: Codec<Attend>

  export const codec = (): Codec<Attend> => {
    if (_codec == null) {
      _codec = message<Attend>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.heartbeat != null) {
          w.uint32(10)
          Heartbeat.codec().encode(obj.heartbeat, w)
        }

        if ((obj.view != null && obj.view !== 0)) {
          w.uint32(16)
          w.uint32(obj.view)
        }

        if ((obj.holdMs != null && obj.holdMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.holdMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          view: 0,
          holdMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.heartbeat = Heartbeat.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.heartbeat
              })
              break
            }
            case 2: {
              obj.view = reader.uint32()
              break
            }
            case 3: {
              obj.holdMs = reader.uint32()
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
              yield * Heartbeat.codec().stream(reader, reader.uint32(), `${prefix}.heartbeat`, {
                limits: opts.limits?.heartbeat
              })

              break
            }
            case 2: {
              yield {
                field: `${prefix}.view`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.holdMs`,
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

  export interface AttendHeartbeatHasRankFieldEvent {
    field: '$.heartbeat.hasRank'
    value: boolean
  }

  export interface AttendHeartbeatRankFieldEvent {
    field: '$.heartbeat.rank'
    value: bigint
  }

  export interface AttendHeartbeatCandidateFieldEvent {
    field: '$.heartbeat.candidate'
    value: boolean
  }

  export interface AttendHeartbeatEpochFieldEvent {
    field: '$.heartbeat.epoch'
    value: bigint
  }

  export interface AttendHeartbeatLeadingFieldEvent {
    field: '$.heartbeat.leading'
    value: boolean
  }

  export interface AttendHeartbeatCapabilitiesFieldEvent {
    field: '$.heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface AttendHeartbeatAddrsFieldEvent {
    field: '$.heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface AttendHeartbeatPreemptFieldEvent {
    field: '$.heartbeat.preempt'
    value: boolean
  }

  export interface AttendHeartbeatMembersFieldEvent {
    field: '$.heartbeat.members'
    value: number
  }

  export interface AttendHeartbeatIntervalMsFieldEvent {
    field: '$.heartbeat.intervalMs'
    value: number
  }

  export interface AttendHeartbeatSeenFieldEvent {
    field: '$.heartbeat.seen'
    value: number
  }

  export interface AttendHeartbeatLeavingFieldEvent {
    field: '$.heartbeat.leaving'
    value: boolean
  }

  export interface AttendViewFieldEvent {
    field: '$.view'
    value: number
  }

  export interface AttendHoldMsFieldEvent {
    field: '$.holdMs'
    value: number
  }

  export function encode (obj: Partial<Attend>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Attend.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attend>): Attend {
    return decodeMessage(buf, Attend.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attend>): Generator<AttendHeartbeatHasRankFieldEvent | AttendHeartbeatRankFieldEvent | AttendHeartbeatCandidateFieldEvent | AttendHeartbeatEpochFieldEvent | AttendHeartbeatLeadingFieldEvent | AttendHeartbeatCapabilitiesFieldEvent | AttendHeartbeatAddrsFieldEvent | AttendHeartbeatPreemptFieldEvent | AttendHeartbeatMembersFieldEvent | AttendHeartbeatIntervalMsFieldEvent | AttendHeartbeatSeenFieldEvent | AttendHeartbeatLeavingFieldEvent | AttendViewFieldEvent | AttendHoldMsFieldEvent> {
    return streamMessage(buf, Attend.codec(), opts)
  }
}

export interface Attendance {
  view: number
  voters: Attendee[]
  configured: string[]
  configIndex: bigint
  members: number
}

export namespace Attendance {
  let _codec: Codec<Attendance>

  export const codec = (): Codec<Attendance> => {
    if (_codec == null) {
      _codec = message<Attendance>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.view != null && obj.view !== 0)) {
          w.uint32(8)
          w.uint32(obj.view)
        }

        if (obj.voters != null && obj.voters.length > 0) {
          for (const value of obj.voters) {
            w.uint32(18)
            Attendee.codec().encode(value, w)
          }
        }

        if (obj.configured != null && obj.configured.length > 0) {
          for (const value of obj.configured) {
            w.uint32(26)
            w.string(value)
          }
        }

        if ((obj.configIndex != null && obj.configIndex !== 0n)) {
          w.uint32(32)
          w.uint64(obj.configIndex)
        }

        if ((obj.members != null && obj.members !== 0)) {
          w.uint32(40)
          w.uint32(obj.members)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          view: 0,
          voters: [],
          configured: [],
          configIndex: 0n,
          members: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.view = reader.uint32()
              break
            }
            case 2: {
              if (opts.limits?.voters != null && obj.voters.length === opts.limits.voters) {
                throw new MaxLengthError('Decode error - repeated field "voters" had too many elements')
              }

              obj.voters.push(Attendee.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voters$
              }))
              break
            }
            case 3: {
              if (opts.limits?.configured != null && obj.configured.length === opts.limits.configured) {
                throw new MaxLengthError('Decode error - repeated field "configured" had too many elements')
              }

              obj.configured.push(reader.string())
              break
            }
            case 4: {
              obj.configIndex = reader.uint64()
              break
            }
            case 5: {
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
          voters: 0,
          configured: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.view`,
                value: reader.uint32()
              }
              break
            }
            case 2: {
              if (opts.limits?.voters != null && obj.voters === opts.limits.voters) {
                throw new MaxLengthError('Streaming decode error - repeated field "voters" had too many elements')
              }

              for (const evt of Attendee.codec().stream(reader, reader.uint32(), `${prefix}.voters[]`, {
                limits: opts.limits?.voters$
              })) {
                yield {
                  ...evt,
                  index: obj.voters
                }
              }

              obj.voters++

              break
            }
            case 3: {
              if (opts.limits?.configured != null && obj.configured === opts.limits.configured) {
                throw new MaxLengthError('Streaming decode error - repeated field "configured" had too many elements')
              }

              yield {
                field: `${prefix}.configured[]`,
                index: obj.configured,
                value: reader.string()
              }

              obj.configured++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.configIndex`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
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

  export interface AttendanceViewFieldEvent {
    field: '$.view'
    value: number
  }

  export interface AttendanceVotersIdFieldEvent {
    field: '$.voters[].id'
    value: string
    index: number
  }

  export interface AttendanceVotersHeartbeatHasRankFieldEvent {
    field: '$.voters[].heartbeat.hasRank'
    value: boolean
    index: number
  }

  export interface AttendanceVotersHeartbeatRankFieldEvent {
    field: '$.voters[].heartbeat.rank'
    value: bigint
    index: number
  }

  export interface AttendanceVotersHeartbeatCandidateFieldEvent {
    field: '$.voters[].heartbeat.candidate'
    value: boolean
    index: number
  }

  export interface AttendanceVotersHeartbeatEpochFieldEvent {
    field: '$.voters[].heartbeat.epoch'
    value: bigint
    index: number
  }

  export interface AttendanceVotersHeartbeatLeadingFieldEvent {
    field: '$.voters[].heartbeat.leading'
    value: boolean
    index: number
  }

  export interface AttendanceVotersHeartbeatCapabilitiesFieldEvent {
    field: '$.voters[].heartbeat.capabilities[]'
    index: number
    value: string
  }

  export interface AttendanceVotersHeartbeatAddrsFieldEvent {
    field: '$.voters[].heartbeat.addrs[]'
    index: number
    value: string
  }

  export interface AttendanceVotersHeartbeatPreemptFieldEvent {
    field: '$.voters[].heartbeat.preempt'
    value: boolean
    index: number
  }

  export interface AttendanceVotersHeartbeatMembersFieldEvent {
    field: '$.voters[].heartbeat.members'
    value: number
    index: number
  }

  export interface AttendanceVotersHeartbeatIntervalMsFieldEvent {
    field: '$.voters[].heartbeat.intervalMs'
    value: number
    index: number
  }

  export interface AttendanceVotersHeartbeatSeenFieldEvent {
    field: '$.voters[].heartbeat.seen'
    value: number
    index: number
  }

  export interface AttendanceVotersHeartbeatLeavingFieldEvent {
    field: '$.voters[].heartbeat.leaving'
    value: boolean
    index: number
  }

  export interface AttendanceConfiguredFieldEvent {
    field: '$.configured[]'
    index: number
    value: string
  }

  export interface AttendanceConfigIndexFieldEvent {
    field: '$.configIndex'
    value: bigint
  }

  export interface AttendanceMembersFieldEvent {
    field: '$.members'
    value: number
  }

  export function encode (obj: Partial<Attendance>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Attendance.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attendance>): Attendance {
    return decodeMessage(buf, Attendance.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Attendance>): Generator<AttendanceViewFieldEvent | AttendanceVotersIdFieldEvent | AttendanceVotersHeartbeatHasRankFieldEvent | AttendanceVotersHeartbeatRankFieldEvent | AttendanceVotersHeartbeatCandidateFieldEvent | AttendanceVotersHeartbeatEpochFieldEvent | AttendanceVotersHeartbeatLeadingFieldEvent | AttendanceVotersHeartbeatCapabilitiesFieldEvent | AttendanceVotersHeartbeatAddrsFieldEvent | AttendanceVotersHeartbeatPreemptFieldEvent | AttendanceVotersHeartbeatMembersFieldEvent | AttendanceVotersHeartbeatIntervalMsFieldEvent | AttendanceVotersHeartbeatSeenFieldEvent | AttendanceVotersHeartbeatLeavingFieldEvent | AttendanceConfiguredFieldEvent | AttendanceConfigIndexFieldEvent | AttendanceMembersFieldEvent> {
    return streamMessage(buf, Attendance.codec(), opts)
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

export interface ClusterRecord {
  voters: string[]
  index: bigint
}

export namespace ClusterRecord {
  let _codec: Codec<ClusterRecord>

  export const codec = (): Codec<ClusterRecord> => {
    if (_codec == null) {
      _codec = message<ClusterRecord>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.voters != null && obj.voters.length > 0) {
          for (const value of obj.voters) {
            w.uint32(802)
            w.string(value)
          }
        }

        if ((obj.index != null && obj.index !== 0n)) {
          w.uint32(808)
          w.uint64(obj.index)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          voters: [],
          index: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 100: {
              if (opts.limits?.voters != null && obj.voters.length === opts.limits.voters) {
                throw new MaxLengthError('Decode error - repeated field "voters" had too many elements')
              }

              obj.voters.push(reader.string())
              break
            }
            case 101: {
              obj.index = reader.uint64()
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
          voters: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 100: {
              if (opts.limits?.voters != null && obj.voters === opts.limits.voters) {
                throw new MaxLengthError('Streaming decode error - repeated field "voters" had too many elements')
              }

              yield {
                field: `${prefix}.voters[]`,
                index: obj.voters,
                value: reader.string()
              }

              obj.voters++

              break
            }
            case 101: {
              yield {
                field: `${prefix}.index`,
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

  export interface ClusterRecordVotersFieldEvent {
    field: '$.voters[]'
    index: number
    value: string
  }

  export interface ClusterRecordIndexFieldEvent {
    field: '$.index'
    value: bigint
  }

  export function encode (obj: Partial<ClusterRecord>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ClusterRecord.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClusterRecord>): ClusterRecord {
    return decodeMessage(buf, ClusterRecord.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClusterRecord>): Generator<ClusterRecordVotersFieldEvent | ClusterRecordIndexFieldEvent> {
    return streamMessage(buf, ClusterRecord.codec(), opts)
  }
}

export interface VotersChange {
  add: string
  remove: string
}

export namespace VotersChange {
  let _codec: Codec<VotersChange>

  export const codec = (): Codec<VotersChange> => {
    if (_codec == null) {
      _codec = message<VotersChange>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.add != null && obj.add !== '')) {
          w.uint32(10)
          w.string(obj.add)
        }

        if ((obj.remove != null && obj.remove !== '')) {
          w.uint32(18)
          w.string(obj.remove)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          add: '',
          remove: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.add = reader.string()
              break
            }
            case 2: {
              obj.remove = reader.string()
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
                field: `${prefix}.add`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.remove`,
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

  export interface VotersChangeAddFieldEvent {
    field: '$.add'
    value: string
  }

  export interface VotersChangeRemoveFieldEvent {
    field: '$.remove'
    value: string
  }

  export function encode (obj: Partial<VotersChange>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VotersChange.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VotersChange>): VotersChange {
    return decodeMessage(buf, VotersChange.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VotersChange>): Generator<VotersChangeAddFieldEvent | VotersChangeRemoveFieldEvent> {
    return streamMessage(buf, VotersChange.codec(), opts)
  }
}

export interface VotersReply {
  voters: string[]
  index: bigint
}

export namespace VotersReply {
  let _codec: Codec<VotersReply>

  export const codec = (): Codec<VotersReply> => {
    if (_codec == null) {
      _codec = message<VotersReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.voters != null && obj.voters.length > 0) {
          for (const value of obj.voters) {
            w.uint32(10)
            w.string(value)
          }
        }

        if ((obj.index != null && obj.index !== 0n)) {
          w.uint32(16)
          w.uint64(obj.index)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          voters: [],
          index: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.voters != null && obj.voters.length === opts.limits.voters) {
                throw new MaxLengthError('Decode error - repeated field "voters" had too many elements')
              }

              obj.voters.push(reader.string())
              break
            }
            case 2: {
              obj.index = reader.uint64()
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
          voters: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.voters != null && obj.voters === opts.limits.voters) {
                throw new MaxLengthError('Streaming decode error - repeated field "voters" had too many elements')
              }

              yield {
                field: `${prefix}.voters[]`,
                index: obj.voters,
                value: reader.string()
              }

              obj.voters++

              break
            }
            case 2: {
              yield {
                field: `${prefix}.index`,
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

  export interface VotersReplyVotersFieldEvent {
    field: '$.voters[]'
    index: number
    value: string
  }

  export interface VotersReplyIndexFieldEvent {
    field: '$.index'
    value: bigint
  }

  export function encode (obj: Partial<VotersReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VotersReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VotersReply>): VotersReply {
    return decodeMessage(buf, VotersReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VotersReply>): Generator<VotersReplyVotersFieldEvent | VotersReplyIndexFieldEvent> {
    return streamMessage(buf, VotersReply.codec(), opts)
  }
}
