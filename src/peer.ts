import { multiaddr } from '@multiformats/multiaddr'
import { TypedEventEmitter } from 'main-event'
import { assemble, SYSTEM_DOC, type Parts } from './assemble.js'
import { Barrier, type BarrierOptions } from './coord/barrier-client.js'
import { compareAndSet } from './coord/cas-client.js'
import { Election } from './coord/leadership-client.js'
import { type Lock, type LockOptions, type MultiLock } from './coord/lock-client.js'
import { Semaphore, type SemaphoreOptions } from './coord/semaphore-client.js'
import { Queue, type QueueOptions } from './coord/queue-client.js'
import { fetchView, type CoordView } from './coord/view.js'
import { type LeaderInfo } from './election/elector.js'
import { type Voters } from './machine/voters-client.js'
import { type Member } from './election/membership.js'
import { InvalidArgumentError, StoppedError, TimeoutError } from './errors.js'
import { checkKeys, checkMs, checkOptions, checkString, invalid } from './arguments.js'
import { startAll, stopAll } from './net/lifecycle.js'
import { type AccordNode } from './net/node.js'
import { connectedPeers } from './net/connected-peers.js'
import { quorum } from './net/quorum.js'
import { type StatsSnapshot } from './net/stats.js'
import { HybridClock } from './variables/hlc.js'
import { type Decision, type ProposalHandler, type ProposalOutcome, type ProposeOptions } from './variables/proposals.js'
import { Proposals } from './variables/proposer.js'
import { checkStrategy, strategyKindOf, Variable, variableNames, type Sibling, type VariableOptions } from './variables/variable.js'
import type { PeerOptions } from './options.js'
import type { Platform } from './platform.js'
import type { Wire } from './net/codec.js'
import type { PeerId } from '@libp2p/interface'
import { Doc as YDoc } from 'yjs'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import type { DocProvider } from './docs/provider.js'

export type { LeaderInfo } from './election/elector.js'

/** A member as `peer.members` lists it. */
export interface MemberView {
  /** Its peer id. */
  id: string
  /** Its election rank (lowest live rank leads); undefined if unranked. */
  rank?: number
  /** Whether it stands for election: started with `candidate` (the default) and, with named voters, one of them. */
  candidate: boolean
  /** What it advertises in its heartbeats (its `capabilities` option, e.g. 'gpu'). */
  capabilities: string[]
  /** ms since its last heartbeat (0 for this peer). */
  lastSeenMs: number
  /** True for the entry of the peer that made the list. */
  self: boolean
}

/** What `peer.inspect()` returns. */
export interface MeshView {
  /** This peer's id. */
  self: string
  /** The mesh's name (the `mesh` option). */
  mesh: string
  /** The acting lease holder as this peer knows it; undefined during an election. */
  leader?: LeaderInfo
  /** Live members, this peer first. */
  members: MemberView[]
  /** The lease holder's tables; undefined when no leader answered. */
  coord?: CoordView
  /** Every variable written in the mesh so far, by name. */
  variables: Array<{
    /** The variable's name. */
    name: string
    /** Its value as this peer resolves it (its strategy if opened here, else 'lww'). */
    value: unknown
    /** Its current concurrent writes: more than one while a conflict is unresolved. */
    siblings: Array<Sibling<unknown>>
  }>
}

/**
 * Whether this peer is in a mesh: `connected` while it sees another member; `connecting`
 * until it first does (for `tuning.isolatedAfterMs`); `isolated` after that, or once it
 * has lost every member it saw. An isolated peer in open mode that never met another
 * does not lead (unless `allowSolo`), so it grants no lock that nobody else would see.
 */
export type PeerStatus = 'connecting' | 'connected' | 'isolated'

/** The events a Peer dispatches, by name, with their `detail`: `peer.addEventListener('leader', e => e.detail)`. */
export interface PeerEvents {
  /** `peer.status` changed. */
  status: CustomEvent<PeerStatus>
  /** A libp2p connection to another peer (detail: its id) opened; not necessarily a member of this mesh yet. */
  'peer:connect': CustomEvent<string>
  /** The last libp2p connection to a peer (detail: its id) closed. */
  'peer:disconnect': CustomEvent<string>
  /** The acting lease holder this peer believes in changed (undefined: none known, an election is on). */
  leader: CustomEvent<LeaderInfo | undefined>
  /** A member was heard for the first time, or again after it had left. */
  'member:join': CustomEvent<MemberView>
  /** A member is no longer live: the failure detector suspects it (its heartbeats stopped). */
  'member:leave': CustomEvent<MemberView>
  /** A proposal this peer was asked about (or made) was decided. */
  proposal: CustomEvent<ProposalOutcome>
}


/**
 * A member of a mesh: one libp2p node and the layers built on it. Create with
 * `createPeer`; `stop()` releases every timer, stream and socket.
 */
export class Peer extends TypedEventEmitter<PeerEvents> {
  private stopped = false
  private readonly variables = new Map<string, Variable<unknown>>()
  private readonly elections = new Map<string, Election>()
  private readonly proposals: Proposals
  private readonly hlc = new HybridClock()
  private caughtUp = false
  private currentStatus: PeerStatus = 'connecting'
  /** `tuning.isolatedAfterMs` has passed since the start (set by the timer itself: a timer may fire a little before performance.now() says its delay is over). */
  private graceOver = false
  private statusTimer: ReturnType<typeof setTimeout> | undefined
  /**
   * The libp2p node underneath, for what accord does not wrap (connections, protocols of
   * your own). Stop the peer with `peer.stop()`, not through the node.
   */
  readonly node: AccordNode
  /** The mesh's name (the `mesh` option): the namespace of its topics and protocols. */
  readonly mesh: string

  /** Fault injection and operator control: refuse all traffic with given peers. */
  readonly network: {
    /** Refuses every connection with `peer` (by peer id), both ways, and closes the open ones. */
    block: (peer: string) => Promise<void>
    /** Lifts `block(peer)` and redials it at once. */
    unblock: (peer: string) => void
    /** Peer ids of the peers connected now. */
    connections: () => string[]
  }

  private constructor (private readonly parts: Parts) {
    super()
    const { node, gate, membership, elector } = parts
    this.node = node
    this.mesh = parts.opts.mesh
    node.addEventListener('peer:connect', evt => { this.emit('peer:connect', evt.detail.toString()) })
    node.addEventListener('peer:disconnect', evt => { this.emit('peer:disconnect', evt.detail.toString()) })
    elector.addEventListener('leader', evt => { this.emit('leader', evt.detail) })
    this.proposals = new Proposals({
      self: { id: node.peerId.toString(), peerId: node.peerId },
      rpc: parts.coordRpc,
      route: parts.router,
      members: () => membership.live().map(m => ({ id: m.id, peerId: m.peerId })),
      set: async (variable, value) => { await this.variable(variable).set(value) },
      announce: outcome => { this.emit('proposal', outcome) }
    })
    // heartbeats carry addresses and arrive every heartbeat: a second, faster discovery
    // path, so the mesh does not hang on the one peer everyone bootstrapped from
    // (a fleet's voter leaves the links to its clients to them: it hears of every client).
    // At a member's join and whenever its addresses change after: a browser tab has its
    // relay address only once its reservation is made, which may be after its first
    // heartbeat reached us, and a tab told of none then was never dialled. (Compared as the
    // heartbeat's strings here: the dialer compares too, but only after each address is
    // parsed, two heartbeats a second from every member.)
    const told = new Map<string, readonly string[]>()
    const tellDialer = (member: Member): void => {
      if (sameStrings(told.get(member.id), member.addrs)) return
      told.set(member.id, member.addrs)
      const config = elector.voters
      if (config == null || !elector.votes || config.voters.includes(member.id)) {
        parts.dialer.remember({ id: member.peerId, multiaddrs: member.addrs.flatMap(a => { try { return [multiaddr(a)] } catch { return [] } }) })
      }
    }
    membership.addEventListener('member:join', evt => {
      tellDialer(evt.detail)
      this.emit('member:join', this.view(evt.detail))
    })
    membership.addEventListener('heartbeat', evt => { tellDialer(evt.detail) })
    membership.addEventListener('member:leave', evt => { told.delete(evt.detail.id); this.emit('member:leave', this.view(evt.detail)); this.updateStatus() })
    membership.addEventListener('member:join', () => { this.updateStatus() })
    this.statusTimer = setTimeout(() => { this.graceOver = true; this.updateStatus() }, parts.opts.tuning.isolatedAfterMs)
    this.network = {
      block: async (peer) => {
        gate.block(peer)
        await Promise.allSettled(node.getConnections().filter(c => c.remotePeer.toString() === peer).map(async c => { await c.close() }))
      },
      unblock: (peer) => { gate.unblock(peer); parts.dialer.retryNow(peer) },
      connections: () => connectedPeers(node).map(String)
    }
  }

  /**
   * Builds and starts a peer on `platform`; on a failure, everything built is stopped
   * again. Call `createPeer` instead: it passes the platform of its entry point.
   *
   * @internal
   */
  static async create (platform: Platform, options: PeerOptions = {}, wire?: Wire): Promise<Peer> {
    const parts = await assemble(platform, options, wire)
    const peer = new Peer(parts)
    await startAll(parts.lifecycle) // on a failure, everything built is stopped again
    return peer
  }

  /** This peer's id as a string (`12D3Koo…`): what other peers list in `voters` or `allow`. */
  get id (): string { return this.node.peerId.toString() }
  /** This peer's id as libp2p's PeerId object. */
  get peerId (): PeerId { return this.node.peerId }
  /** Multiaddrs (with `/p2p/<id>`) that other peers can dial. */
  get addrs (): string[] { return this.node.getMultiaddrs().map(String) }
  /** The acting lease holder as this peer knows it, or undefined during an election. */
  get leader (): LeaderInfo | undefined { return this.parts.elector.leader }
  /** Whether this peer is in a mesh (see PeerStatus); a `status` event says when it changes. */
  get status (): PeerStatus { return this.currentStatus }
  /** True while this peer is the acting lease holder. */
  get isLeader (): boolean { return this.parts.elector.isActing() }

  /**
   * The cluster's voters (named by peer id with the `voters` option), listed and changed
   * one at a time while the cluster runs: `list()`, `add(id)`, `remove(id)`,
   * `replace(old, next)`. Any peer of the mesh may ask; the acting leader makes the change.
   */
  get voters (): Voters { return this.parts.voters }

  /** Live members, this peer included. */
  get members (): MemberView[] {
    const { opts } = this.parts
    const me: MemberView = { id: this.id, rank: opts.rank, candidate: this.parts.elector.stands, capabilities: opts.capabilities, lastSeenMs: 0, self: true }
    return [me, ...this.parts.membership.live().map(m => this.view(m))]
  }

  /**
   * The shared Y.Doc `name`: loaded from storage, then kept in sync with the mesh. Give
   * `doc` to attach a Y.Doc the application made (an editor's): that same instance is
   * returned, what it held already is shared, and the stored history is loaded into it.
   * The same Y.Doc is returned for the same name until `closeDoc(name)` (or `destroy()`
   * of the Y.Doc).
   */
  async doc (name: string, options: { doc?: Y.Doc } = {}): Promise<Y.Doc> {
    this.assertRunning()
    checkOptions('doc options', options, { doc: checkYDoc })
    return await this.parts.docs.doc(name, options.doc)
  }

  /**
   * The presence of document `name` (opening it if need be): a y-protocols `Awareness`
   * that editor bindings take (`yCollab(text, awareness)`), replicated to every peer that
   * has the document open. Set this peer's state with `setLocalState` /
   * `setLocalStateField`; states not renewed within 30 s are dropped (the Awareness renews
   * its own), a peer's states go when it closes the document, or 3 s after it leaves the
   * mesh (unless it is heard again meanwhile: a suspicion may be false).
   */
  async awareness (name: string): Promise<Awareness> {
    this.assertRunning()
    return await this.parts.docs.awareness(name)
  }

  /**
   * Document `name` as a Yjs provider presents one (y-websocket's, y-webrtc's): `doc`,
   * `awareness`, `synced` and `status` with their `sync`, `synced` and `status` events,
   * `whenSynced()` and `destroy()` (= `closeDoc`). `doc` attaches an application's Y.Doc,
   * as in `doc(name, { doc })`.
   */
  async provider (name: string, options: { doc?: Y.Doc } = {}): Promise<DocProvider> {
    this.assertRunning()
    checkOptions('provider options', options, { doc: checkYDoc })
    return await this.parts.docs.provider(name, options.doc)
  }

  /**
   * Stops replicating and persisting `name` once what it holds is stored, and withdraws
   * this peer's presence from it; a later `doc(name)` loads it again from storage.
   */
  async closeDoc (name: string): Promise<void> {
    this.assertRunning()
    await this.parts.docs.close(name)
  }

  /** Resolves once `name` has caught up with the peers connected when it was opened. */
  async synced (name: string): Promise<void> {
    this.assertRunning()
    await this.parts.docs.synced(name)
  }

  /**
   * Resolves when every update made so far to `name` (or to every open document) is
   * durable: it survives a crash of this process.
   */
  async flush (name?: string): Promise<void> {
    await this.parts.docs.flush(name)
  }

  /**
   * A fenced lock, granted by the lease holder: `token` increases strictly across grants
   * and leader changes; `lost` fires when the lease can no longer be trusted. Re-entrant
   * per (peer, owner). Throws LockTimeoutError after `waitMs`, AbortedError on `signal`.
   */
  async lock (name: string, options: LockOptions = {}): Promise<Lock> {
    this.assertRunning()
    validateLockName(name)
    return await this.parts.locks.acquire(name, options)
  }

  /**
   * Takes several locks as one request, all or nothing, in a canonical order on the lease
   * holder: two agents asking for the same set in different orders never deadlock.
   * `{ tokens, lost, release() }`; a wait that would close a cycle with other agents'
   * locks is refused with DeadlockError.
   */
  async lockAll (names: string[], options: LockOptions = {}): Promise<MultiLock> {
    this.assertRunning()
    if (!Array.isArray(names) || names.length === 0) throw new InvalidArgumentError('lockAll needs at least one lock name')
    names.forEach(validateLockName)
    if (new Set(names).size !== names.length) throw new InvalidArgumentError(`lockAll: duplicate names in ${JSON.stringify(names)}`)
    return await this.parts.locks.acquireAll(names, options)
  }

  /**
   * A named, cascading barrier released by the lease holder: full (all parties),
   * threshold (count or fraction), timed; `arrive()` resolves with the same outcome and
   * arrived set for every participant of a generation.
   */
  barrier (name: string, options: BarrierOptions): Barrier {
    this.assertRunning()
    validateLockName(name)
    return new Barrier(name, options, this.parts.toLeader)
  }

  /**
   * A counting semaphore of `permits` across the mesh: `acquire({ permits, ttlMs, waitMs,
   * signal })` → `{ token, lost, release() }`. Its size is fixed by its first user; asking
   * with another size is an InvalidArgumentError; a wait past `waitMs` is a SemaphoreTimeoutError.
   */
  semaphore (name: string, options: SemaphoreOptions): Semaphore {
    this.assertRunning()
    validateLockName(name)
    return new Semaphore(name, options, this.parts.locks, 10_000)
  }

  /**
   * The work queue `name`, kept by the lease holder and replicated with the lock table:
   * `push(task)` (durable once it resolves), `take({ leaseMs, waitMs })` → a `Job` leased
   * to this worker with a fencing token and a `lost` signal, `job.complete(result)` (accepted
   * once, never from a lapsed lease), `inspect()`, `results()`. Tasks and results are JSON,
   * at most 64 KiB each.
   */
  queue<T = unknown> (name: string, options: QueueOptions = {}): Queue<T> {
    this.assertRunning()
    checkString('queue name', name)
    return new Queue<T>(name, options, this.parts.queues)
  }

  /**
   * A named election among the peers that campaign in it, separate from the mesh's lease
   * holder; `group` scopes the name (e.g. the optimizer agents). The same object is
   * returned for the same election. `campaign()` resolves when this peer leads;
   * `leader` and the `leader` event let any peer follow it.
   */
  election (name: string, options: { group?: string } = {}): Election {
    this.assertRunning()
    checkOptions('election options', options, { group: (option, value) => checkString(option, value) })
    const full = options.group != null ? `${options.group}/${name}` : name
    validateLockName(full)
    let e = this.elections.get(full)
    if (e == null) {
      const { opts } = this.parts
      e = new Election(full, { rank: opts.rank, preempt: opts.preempt, ttlMs: 10_000 }, this.parts.locks, this.parts.toLeader)
      this.elections.set(full, e)
    }
    return e
  }

  /**
   * A shared variable: each write carries a vector clock; concurrent writes are resolved
   * by `strategy` ('lww', `{ merge }` or `{ resolve }`) identically on every peer, and
   * reported by a `conflict` event. The same object is returned for the same name.
   */
  variable<T> (name: string, options: VariableOptions<T> = {}): Variable<T> {
    this.assertRunning()
    validateLockName(name)
    checkKeys('variable options', options, ['strategy'])
    if (options.strategy !== undefined) checkStrategy(options.strategy)
    let v = this.variables.get(name) as Variable<T> | undefined
    if (v != null && !v.closed && options.strategy !== undefined && strategyKindOf(options.strategy) !== v.strategyKind) {
      // one object per name: a second strategy would silently be ignored
      throw invalid('variable options.strategy', `'${v.strategyKind}', as variable ${name} was opened with on this peer (close() it first)`, options.strategy)
    }
    if (v == null || v.closed) {
      const { system, membership, toLeader, opts } = this.parts
      v = new Variable<T>(name, options.strategy, {
        map: system.getMap('vars'),
        folds: system.getMap('folds'),
        self: this.id,
        hlc: this.hlc,
        isLive: id => membership.isLive(id),
        silentFor: id => membership.silentFor(id),
        foldAfterMs: opts.tuning.foldClocksAfterMs,
        acknowledge: async (ack, timeoutMs) => { await this.acknowledged(ack, timeoutMs) },
        compareAndSet: async (variable, expected, timeoutMs) => await compareAndSet(toLeader, variable, expected, timeoutMs),
        caughtUp: async () => { await this.systemCaughtUp() }
      })
      this.variables.set(name, v as Variable<unknown>)
    }
    return v
  }

  /**
   * A snapshot for dashboards and operators: members, the leader, the lease holder's lock
   * and barrier tables (asked of the leader; undefined if it does not answer within
   * `timeoutMs`), and every variable with its current siblings.
   */
  async inspect (options: { timeoutMs?: number } = {}): Promise<MeshView> {
    this.assertRunning()
    checkOptions('inspect options', options, { timeoutMs: checkMs })
    const coord = await fetchView(this.parts.toLeader, options.timeoutMs ?? 2_000).catch(() => undefined)
    const variables = variableNames(this.parts.system.getMap('vars')).map(name => {
      const opened = this.variables.has(name)
      const v = this.variable<unknown>(name)
      const view = { name, value: v.get(), siblings: v.siblings() }
      if (!opened) { v.close(); this.variables.delete(name) } // a look must not fix a strategy
      return view
    })
    return { self: this.id, mesh: this.mesh, leader: this.leader, members: this.members, coord, variables }
  }

  /** Votes on proposals to change `variable` (one handler per variable; a new one replaces it). */
  onProposal<T> (variable: string, handler: ProposalHandler<T>): void {
    this.proposals.on(variable, handler as ProposalHandler<unknown>)
  }

  /**
   * Proposes `value` for `variable`: every live member votes (this peer too, if it has a
   * handler); with a majority participating and `acceptRatio` of the votes accepting, the
   * variable is set — once, by the proposer.
   */
  async propose<T> (variable: string, value: T, options: ProposeOptions = {}): Promise<Decision> {
    this.assertRunning()
    this.variable<T>(variable) // a valid name, and the variable open to be set on acceptance
    let json: string | undefined
    try { json = JSON.stringify(value) } catch { json = undefined } // a cycle, or a BigInt
    if (json === undefined) throw invalid('proposed value', 'a value JSON can carry (not cyclic, no BigInt or function)', value)
    return await this.proposals.propose(variable, value, options)
  }

  /**
   * Once per peer: pull the system document from a few live members before the first
   * write (the document opens before any peer is connected, so its initial sync is empty).
   */
  private async systemCaughtUp (): Promise<void> {
    if (this.caughtUp) return
    const peers = connectedPeers(this.parts.node) // connected peers: the ones a pull can reach now
    if (peers.length === 0) return // alone: nothing to catch up with (yet)
    if (await this.parts.docs.pullFrom(SYSTEM_DOC, peers) > 0) this.caughtUp = true
  }


  /** Waits until every live member, or a majority of them (this peer counting), holds the system document as it is now. */
  private async acknowledged (ack: 'all' | 'majority', timeoutMs: number): Promise<void> {
    const others = this.parts.membership.live()
    const needed = ack === 'all' ? others.length : Math.floor((others.length + 1) / 2) // + this peer = a majority
    const deadline = performance.now() + timeoutMs
    await quorum(others.map(async m => { await this.parts.docs.confirmWith(SYSTEM_DOC, m.peerId, deadline); return true }), needed, timeoutMs,
      confirmed => new TimeoutError(`write acknowledged by ${confirmed} of ${needed} members in ${timeoutMs} ms`))
  }

  /** Counters: rejected messages by reason and channel, gossip and request traffic. */
  stats (): StatsSnapshot {
    return this.parts.stats.snapshot()
  }

  /**
   * Leaves the mesh and releases every timer, stream, socket and the storage. Held locks
   * are not given back: their `lost` fires, and they lapse on the lease holder after their
   * TTL. Afterwards `doc`, `lock`, `variable` and the other factories throw StoppedError;
   * calling `stop()` again does nothing.
   */
  async stop (): Promise<void> {
    if (this.stopped) return
    this.stopped = true
    clearTimeout(this.statusTimer)
    for (const v of this.variables.values()) v.close()
    for (const e of this.elections.values()) e.close()
    await stopAll(this.parts.lifecycle)
  }

  private updateStatus (): void {
    const live = this.parts.membership.live().length > 0
    const next: PeerStatus = live ? 'connected' : this.parts.elector.metAnother || this.graceOver ? 'isolated' : 'connecting'
    if (next === this.currentStatus || this.stopped) return
    this.currentStatus = next
    this.emit('status', next)
  }

  private assertRunning (): void {
    if (this.stopped) throw new StoppedError()
  }

  private view (m: Member): MemberView {
    return { id: m.id, rank: m.rank, candidate: m.candidate, capabilities: m.capabilities, lastSeenMs: performance.now() - m.lastSeen, self: false }
  }

  private emit<K extends keyof PeerEvents> (type: K, detail: PeerEvents[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail }))
  }
}


/** A Y.Doc of the one copy of yjs (yjs is a peer dependency: a second copy's docs are not instances of ours). */
function checkYDoc (option: string, value: unknown): void {
  if (!(value instanceof YDoc)) throw invalid(option, 'a Y.Doc of the yjs the application shares with accord-mesh (one copy of yjs)', value)
}

function validateLockName (name: string): void {
  checkString('name', name) // of a lock, barrier, semaphore, election or variable
}

function sameStrings (a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a != null && a.length === b.length && a.every((x, i) => x === b[i])
}
