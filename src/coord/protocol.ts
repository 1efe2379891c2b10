import { CoordBody } from './coord-wire.js'
import type { WireLayer } from '../net/codec.js'

declare module '../net/codec.js' {
  interface BodyMap {
    lockRequest: CoordBody['lockRequest']
    lockReply: CoordBody['lockReply']
    lockRelease: CoordBody['lockRelease']
    lockRenew: CoordBody['lockRenew']
    lockCancel: CoordBody['lockCancel']
    barrierArrive: CoordBody['barrierArrive']
    barrierReply: CoordBody['barrierReply']
    barrierParties: CoordBody['barrierParties']
    casRequest: CoordBody['casRequest']
    casReply: CoordBody['casReply']
    coordViewRequest: CoordBody['coordViewRequest']
    coordView: CoordBody['coordView']
    semaphoreAcquire: CoordBody['semaphoreAcquire']
    campaign: CoordBody['campaign']
    electionWatch: CoordBody['electionWatch']
    electionLeader: CoordBody['electionLeader']
    queuePush: CoordBody['queuePush']
    queuePushed: CoordBody['queuePushed']
    queueTake: CoordBody['queueTake']
    queueLease: CoordBody['queueLease']
    queueSettle: CoordBody['queueSettle']
    queueInspect: CoordBody['queueInspect']
    queueView: CoordBody['queueView']
    queueWatch: CoordBody['queueWatch']
    queueEvents: CoordBody['queueEvents']
    queuePushMany: CoordBody['queuePushMany']
    queuePushedMany: CoordBody['queuePushedMany']
    queueSettleMany: CoordBody['queueSettleMany']
    queueSettledMany: CoordBody['queueSettledMany']
  }
}

/**
 * The coordination layer's protocol: requests to the lease holder (locks, semaphores,
 * named elections, barriers, compare-and-set, the view) on the "coord" stream protocol,
 * or routed over gossip; and CoordState, which election leases carry as opaque bytes.
 * Version history: 1.0 — wire version 1 (coord/coord-wire.proto); 1.1 — campaigns carry
 * session, seq and the re-entered token, and ElectionEntry replicates them (named
 * elections follow a lock's rules: a given-up leadership is an orphan, never handed back);
 * 1.2 — work queues (queuePush, queueTake, queueSettle, queueInspect, queueWatch; CoordState's queue tasks);
 * 1.3 — many tasks in one push (queuePushMany; a 1.2 lease holder answers ERR_UNSUPPORTED,
 * and the client pushes them one by one); 1.4 — many completions and takes in one request
 * (queueSettleMany, for queue.process; a 1.3 lease holder answers ERR_UNSUPPORTED, and the
 * client settles them one by one).
 */
export const COORD_PROTOCOL = { name: 'coord', major: 1, minor: 4, body: CoordBody, kinds: ['lockRequest', 'lockReply', 'lockRelease', 'lockRenew', 'lockCancel', 'barrierArrive', 'barrierReply', 'barrierParties', 'casRequest', 'casReply', 'coordViewRequest', 'coordView', 'semaphoreAcquire', 'campaign', 'electionWatch', 'electionLeader', 'queuePush', 'queuePushed', 'queueTake', 'queueLease', 'queueSettle', 'queueInspect', 'queueView', 'queueWatch', 'queueEvents', 'queuePushMany', 'queuePushedMany', 'queueSettleMany', 'queueSettledMany'] } satisfies WireLayer
