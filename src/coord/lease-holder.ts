import { InvalidMessageError, LockTimeoutError, NotLeaderError } from '../errors.js'
import { LockTable, type LockLimits, type SweepEvent } from './lock-table.js'
import type { Elector } from '../election/elector.js'
import type { Body, Message } from '../net/codec.js'
import type { RpcService } from '../net/rpc.js'

interface Parked { resolve: (body: Body) => void, reject: (err: Error) => void }

export interface LeaseHolderOptions {
  limits: LockLimits
  /** How often expiries and deadlines are checked, in ms. */
  sweepMs: number
  /** How long an adopted waiter keeps its place for its client to re-send, in ms. */
  waiterGraceMs: number
  isLive: (peer: string) => boolean
  log: (...args: unknown[]) => void
}

/**
 * The leader side of locks. Every peer runs one; it answers only while its elector is
 * the acting leader. A change to the table is replicated to a majority (through the
 * elector) before any requester is answered; changes made while a replication is in
 * flight travel together in the next one.
 */
export class LeaseHolder {
  private table: LockTable
  private epoch = 0
  private readonly parked = new Map<string, Parked>()
  private timer: ReturnType<typeof setInterval> | undefined
  private changes = 0
  private replicated = 0
  private replicating: Promise<void> | undefined
  private readonly commitWaiters: Array<{ upTo: number, resolve: () => void, reject: (e: Error) => void }> = []

  constructor (private readonly elector: Elector, rpc: RpcService, private readonly opts: LeaseHolderOptions) {
    this.table = new LockTable(opts.limits)
    rpc.handle('lockRequest', async msg => await this.onAcquire(msg))
    rpc.handle('lockRelease', async msg => await this.onRelease(msg))
    rpc.handle('lockRenew', async msg => this.onRenew(msg))
    rpc.handle('lockCancel', async msg => await this.onCancel(msg))
    elector.addEventListener('elected', evt => { this.adopt(evt.detail.epoch, evt.detail.state.bytes) })
    elector.addEventListener('deposed', () => { this.abdicate() })
  }

  start (): void {
    this.timer = setInterval(() => { void this.sweep() }, this.opts.sweepMs)
  }

  stop (): void {
    clearInterval(this.timer)
    this.abdicate()
  }

  private adopt (epoch: number, bytes: Uint8Array): void {
    this.epoch = epoch
    this.table = LockTable.decode(bytes, this.opts.limits, performance.now(), this.opts.waiterGraceMs)
    this.opts.log('adopted lock table for epoch %d', epoch)
  }

  private abdicate (): void {
    const err = new NotLeaderError('the lease holder stepped down', this.elector.leader?.id)
    for (const p of this.parked.values()) p.reject(err)
    this.parked.clear()
    for (const w of this.commitWaiters.splice(0)) w.reject(err)
  }

  private assertActing (): number {
    const epoch = this.elector.actingEpoch()
    if (epoch == null || epoch !== this.epoch) throw new NotLeaderError('not the acting leader', this.elector.leader?.id)
    return epoch
  }

  private async onAcquire (msg: Message): Promise<Body> {
    if (msg.kind !== 'lockRequest') throw new InvalidMessageError('type', 'expected lockRequest')
    const epoch = this.assertActing()
    const peer = msg.from.toString()
    const { name, requestId, owner, ttlMs, waitMs } = msg.body
    if (name === '' || requestId === '' || ttlMs === 0) throw new InvalidMessageError('type', 'lock request needs name, requestId and ttlMs')
    const now = performance.now()
    const outcome = this.table.acquire({ name, peer, owner, requestId, ttlMs, deadline: now + waitMs }, epoch, now)
    if (outcome.kind === 'granted') {
      if (outcome.changed) await this.commit()
      return { lockReply: { token: outcome.token, ttlMs, reentry: outcome.reentry } }
    }
    const answer = new Promise<Body>((resolve, reject) => { this.parked.set(requestId, { resolve, reject }) })
    if (outcome.changed) await this.commit().catch(err => { this.parked.delete(requestId); throw err })
    return await answer
  }

  private async onRelease (msg: Message): Promise<Body> {
    if (msg.kind !== 'lockRelease') throw new InvalidMessageError('type', 'expected lockRelease')
    this.assertActing()
    const { name, token, requestId } = msg.body
    if (this.table.release(name, token, msg.from.toString(), requestId)) {
      await this.commit()
      void this.sweep() // hand the lock to the next waiter now, not at the next tick
    }
    return { ack: {} }
  }

  private onRenew (msg: Message): Body {
    if (msg.kind !== 'lockRenew') throw new InvalidMessageError('type', 'expected lockRenew')
    this.assertActing()
    // Renewals only move this leader's expiry clock; a new leader grants adopted holders a
    // full TTL anyway, so they need no replication.
    const held = this.table.renew(msg.body.name, msg.body.token, msg.from.toString(), performance.now())
    return { lockReply: { token: held ? msg.body.token : 0n, ttlMs: 0, reentry: 0 } }
  }

  private async onCancel (msg: Message): Promise<Body> {
    if (msg.kind !== 'lockCancel') throw new InvalidMessageError('type', 'expected lockCancel')
    this.assertActing()
    if (this.table.cancel(msg.body.name, msg.body.requestId, msg.from.toString())) {
      this.parked.get(msg.body.requestId)?.reject(new LockTimeoutError(msg.body.name))
      this.parked.delete(msg.body.requestId)
      await this.commit()
    }
    return { ack: {} }
  }

  private async sweep (): Promise<void> {
    const epoch = this.elector.actingEpoch()
    if (epoch == null || epoch !== this.epoch) return
    const events = this.table.sweep(performance.now(), epoch, this.opts.isLive)
    if (events.length === 0) return
    try {
      await this.commit()
    } catch {
      return // not replicated: nobody is told; the waiters retry with the next leader
    }
    for (const e of events) this.settle(e)
  }

  private settle (e: SweepEvent): void {
    if (e.kind === 'expired') { this.opts.log('lock %s: token %s expired', e.name, e.token); return }
    const parked = this.parked.get(e.requestId)
    if (parked == null) return // its client re-sends and finds the grant by request id
    this.parked.delete(e.requestId)
    if (e.kind === 'granted') parked.resolve({ lockReply: { token: e.token, ttlMs: e.ttlMs, reentry: 1 } })
    else parked.reject(new LockTimeoutError(e.name))
  }

  /** Resolves once the table as of now is held by a majority. */
  private commit (): Promise<void> {
    const upTo = ++this.changes
    const done = new Promise<void>((resolve, reject) => this.commitWaiters.push({ upTo, resolve, reject }))
    this.replicate()
    return done
  }

  private replicate (): void {
    if (this.replicating != null || this.replicated >= this.changes) return
    const upTo = this.changes
    this.replicating = this.elector.replicate(this.table.encode()).then(() => {
      this.replicated = upTo
      for (let i = this.commitWaiters.length - 1; i >= 0; i--) {
        const w = this.commitWaiters[i]!
        if (w.upTo <= upTo) { this.commitWaiters.splice(i, 1); w.resolve() }
      }
    }, (err: Error) => {
      for (const w of this.commitWaiters.splice(0)) w.reject(err)
      this.replicated = this.changes
    }).finally(() => {
      this.replicating = undefined
      this.replicate()
    })
  }
}
