import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as sync from 'y-protocols/sync'
import { InvalidMessageError } from '../errors.js'
import type { Body } from '../net/codec.js'
import * as Y from 'yjs'

// y-protocols' sync messages, as y-websocket and y-webrtc exchange them: step 1 (a state
// vector), step 2 (what that state vector lacks), update. accord carries them in
// `SyncMessage` (docs 1.2) on the sync stream: a catch-up is step 1 → step 2 + step 1 →
// step 2, and a direct push is one update message.

/** Step 1 of `doc`: "here is my state vector". */
export function stepOne (doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  sync.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** No bytes: no reached tags, or an answer with nothing to say (every user only reads or sends it). */
const EMPTY = new Uint8Array(0)

/**
 * A SyncMessage body: `message` (sync messages) about `doc`, `open` there; a direct push
 * lists the peers it reached in `reachedTags` (see Reached).
 */
export function syncBody (doc: string, open: boolean, message: Uint8Array, reachedTags: Uint8Array = EMPTY): Body {
  return { syncMessage: { doc, open, message: message as Uint8Array<ArrayBuffer>, reached: [], reachedTags: reachedTags as Uint8Array<ArrayBuffer> } }
}

/** An update message. */
export function updateMessage (update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  sync.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

export interface Answer {
  /** The messages to send back: a step 2 for each step 1 read (left out when it carries nothing), then our own step 1 if asked. */
  reply: Uint8Array
  /** Whether `reply` carries anything (a step 2 with content, or our step 1). */
  hasContent: boolean
  /** Whether the messages read held a step 1. */
  askedForState: boolean
  /** Whether they held a step 2: the sender pushed what it had that we lacked. */
  gaveState: boolean
}

/**
 * Reads the sync messages in `message`: a step 1 is answered with a step 2 (y-protocols'
 * own) unless `answerStepOne` is false; the update of a step 2 or an update message goes
 * to `apply` (which checks it before it touches the document: y-protocols' reader would
 * log a bad update and carry on). With `ownStepOne`, a step 1 read is followed in the reply
 * by this document's step 1, so that the asker can send back what we lack. A message that
 * does not decode is an InvalidMessageError.
 *
 * A step 2 costs the whole document when the asker has nothing (a peer that just opened
 * it): a pull that sends nothing back (`answerStepOne` false) must not make one. Each holder
 * of a 100,000-set document made and dropped one (~1.5 MB) when a new peer subscribed.
 */
export function answer (message: Uint8Array, doc: Y.Doc, apply: (update: Uint8Array) => void, ownStepOne: boolean, answerStepOne = true,
  missing: (stateVector: Uint8Array) => Uint8Array = stateVector => Y.encodeStateAsUpdate(doc, stateVector)): Answer {
  const decoder = decoding.createDecoder(message)
  let encoder: encoding.Encoder | undefined // (an update message, the common case, is answered with nothing)
  let askedForState = false
  let gaveState = false
  let hasContent = false
  while (decoding.hasContent(decoder)) {
    const type = read(() => decoding.readVarUint(decoder))
    if (type === sync.messageYjsSyncStep1 && !answerStepOne) {
      askedForState = true
      read(() => decoding.readVarUint8Array(decoder)) // (its state vector, unanswered)
    } else if (type === sync.messageYjsSyncStep1) {
      askedForState = true
      // y-protocols' readSyncStep1, with what the asker lacks from `missing` (a replica's cache)
      const stateVector = read(() => decoding.readVarUint8Array(decoder))
      const update = read(() => missing(stateVector))
      if (!emptyUpdate(update)) {
        encoder ??= encoding.createEncoder()
        encoding.writeVarUint(encoder, sync.messageYjsSyncStep2)
        encoding.writeVarUint8Array(encoder, update)
        hasContent = true
      }
    } else if (type === sync.messageYjsSyncStep2 || type === sync.messageYjsUpdate) {
      gaveState ||= type === sync.messageYjsSyncStep2
      apply(read(() => decoding.readVarUint8Array(decoder)))
    } else {
      throw new InvalidMessageError('malformed', `unknown sync message type ${type}`)
    }
  }
  if (askedForState && ownStepOne) { encoder ??= encoding.createEncoder(); encoding.writeUint8Array(encoder, stepOne(doc)); hasContent = true }
  return { reply: encoder != null ? encoding.toUint8Array(encoder) : EMPTY, hasContent, askedForState, gaveState }
}

/** Runs a read of the message; a truncated or garbled one is an InvalidMessageError. */
function read<T> (fn: () => T): T {
  try {
    return fn()
  } catch (err) {
    throw new InvalidMessageError('malformed', 'not a sync message', { cause: err })
  }
}

/** Whether `update` carries nothing: with no structs and an empty delete set it encodes as two zero bytes. */
export function emptyUpdate (update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0
}
