/**
 * `accord agent`: a long-lived Node agent. It joins (or starts) a mesh, prints its
 * addresses and how a browser joins through it, then a status line whenever membership or
 * the leader changes (and every `statusMs`). It serves as bootstrap and circuit relay for
 * browser peers unless told not to. SIGINT/SIGTERM stop it cleanly.
 */
import { createPeer, type Peer } from '../index.node.js'

export interface AgentFlags {
  mesh: string
  listen: string[]
  bootstrap: string[]
  rank?: number
  members?: number
  voters?: string[]
  data?: string
  psk?: Uint8Array
  allow?: string[]
  relay: boolean
  status: number
  json: boolean
}

/** How long the bootstrap addresses get to answer before the agent says that none did. */
export const BOOTSTRAP_ANSWER_MS = 5_000

/** Whether any bootstrap address's peer is connected (an address without /p2p/: any peer). */
function bootstrapAnswered (bootstrap: string[], connected: string[]): boolean {
  return bootstrap.some(a => {
    const id = /\/p2p\/([^/]+)$/.exec(a)?.[1]
    return id != null ? connected.includes(id) : connected.length > 0
  })
}

export async function runAgent (flags: AgentFlags, out: (line: string) => void = line => { process.stdout.write(line + '\n') }): Promise<Peer> {
  const peer = await createPeer({
    mesh: flags.mesh,
    listen: flags.listen,
    bootstrap: flags.bootstrap,
    rank: flags.rank,
    members: flags.members,
    voters: flags.voters,
    psk: flags.psk,
    allow: flags.allow,
    storage: flags.data,
    relay: flags.relay
  })
  const t0 = performance.now()
  const ws = peer.addrs.find(a => a.includes('/ws/'))
  if (flags.json) {
    out(JSON.stringify({ event: 'ready', id: peer.id, mesh: peer.mesh, addrs: peer.addrs, ws, relay: flags.relay }))
  } else {
    const mode = flags.voters != null ? `quorum of ${flags.voters.length} named voters${flags.voters.includes(peer.id) ? ', one of them' : ', a client'}` : flags.members != null ? `quorum of ${flags.members}` : 'open mode'
    out(`accord agent ${peer.id} on mesh '${peer.mesh}' (rank ${flags.rank ?? 'none'}, ${mode}, storage ${flags.data ?? 'memory'})`)
    out('listening on:')
    for (const a of peer.addrs) out(`  ${a}`)
    if (ws != null) out(`browsers join with: createPeer({ mesh: '${peer.mesh}', bootstrap: ['${ws}'] })${flags.relay ? ' (this agent relays between tabs)' : ''}`)
  }

  const status = (why: string): void => {
    const leader = peer.leader
    const s = { event: 'status', why, atMs: Math.round(performance.now() - t0), status: peer.status, members: peer.members.length, connections: peer.network.connections().length, leader: leader?.id, leaderRank: leader?.rank, epoch: leader?.epoch, isLeader: peer.isLeader }
    if (flags.json) { out(JSON.stringify(s)); return }
    const who = leader == null ? 'no leader yet' : `leader ${leader.id === peer.id ? 'me' : '…' + leader.id.slice(-8)} (rank ${leader.rank ?? '-'}) epoch ${leader.epoch}`
    out(`[${(s.atMs / 1000).toFixed(1).padStart(6)} s] ${why}: ${s.status}, ${s.members} members, ${s.connections} connections, ${who}`)
  }
  peer.addEventListener('status', evt => {
    status(`now ${evt.detail}`)
    if (evt.detail !== 'isolated') return
    // say it plainly: an agent alone may look healthy while it serves nobody
    const why = flags.bootstrap.length > 0
      ? `no member answered (bootstrap: ${flags.bootstrap.join(', ')})`
      : 'no other peer has joined (no --bootstrap given)'
    const what = flags.voters != null || flags.members != null ? 'it cannot reach a quorum alone' : 'it does not lead or grant locks until it meets another peer'
    if (flags.json) out(JSON.stringify({ event: 'warning', isolated: true, why, bootstrap: flags.bootstrap }))
    else out(`warning: this agent is alone: ${why}; ${what}`)
  })
  if (flags.bootstrap.length > 0) {
    setTimeout(() => {
      if (bootstrapAnswered(flags.bootstrap, peer.network.connections())) return
      const why = `no bootstrap address answered within ${BOOTSTRAP_ANSWER_MS / 1000} s`
      if (flags.json) out(JSON.stringify({ event: 'warning', bootstrapAnswered: false, why, bootstrap: flags.bootstrap }))
      else out(`warning: ${why} (${flags.bootstrap.join(', ')}): check the address, that the agent there runs, the mesh name and --psk`)
    }, BOOTSTRAP_ANSWER_MS).unref()
  }
  peer.addEventListener('leader', () => { status('leader changed') })
  peer.addEventListener('member:join', evt => { status(`joined …${evt.detail.id.slice(-8)}`) })
  peer.addEventListener('member:leave', evt => { status(`left …${evt.detail.id.slice(-8)}`) })
  if (flags.status > 0) {
    const timer = setInterval(() => { status('status') }, flags.status)
    timer.unref()
  }
  return peer
}
