/**
 * One peer of the fault mesh, in its own process and network namespace. It loops forever:
 * take lock 'L', then a few rounds of { check valid(), read the judge's register, check
 * valid(), write value+1 } with its fencing token, then release. Every step is reported to
 * the judge over a Unix socket, dated with CLOCK_MONOTONIC (shared by all processes).
 *
 * Environment: ACF_AGENT (index), ACF_INC (incarnation), ACF_SOCK (judge socket),
 * ACF_MESH, ACF_PORT, ACF_BOOTSTRAP (comma-separated multiaddrs), ACF_DIR (key + storage),
 * ACF_MEMBERS, ACF_LOCK_TTL_MS, ACF_WAIT_MS, ACF_RECIPE ('lock', or 'election': the same
 * loop on the leadership of named election 'L', campaigning at the agent's rank and
 * resigning where a lock is released — the judge cannot tell the two apart), ACF_ASKING
 * ('0': wait to be told to ask) and ACF_HOLD_MS (hold each grant this long; unset: three
 * short rounds). The judge may change the last two at any time with a line
 * { ask: boolean, holdMs?: number } (a written scenario's 'ask' step).
 */
import { connect } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { privateKeyFromProtobuf } from '@libp2p/crypto/keys'
import { createPeer, type Lease } from '../../src/index.node.js'

const env = process.env
const agent = Number(env.ACF_AGENT)
const inc = Number(env.ACF_INC)
const ttlMs = Number(env.ACF_LOCK_TTL_MS)
const waitMs = Number(env.ACF_WAIT_MS)
const now = (): number => Number(process.hrtime.bigint()) / 1e6
const debug = (what: string, data: Record<string, unknown> = {}): void => { process.stdout.write(JSON.stringify({ what, t: now(), ...data }) + '\n') }

// The one place that decides whether the lock may still be used: lock.valid() once it
// exists (it also covers the instant after a SIGSTOP resume, before timers ran), until then
// the lost signal.
const valid = (lock: Held): boolean => typeof (lock as any).valid === 'function' ? (lock as any).valid() as boolean : !lock.lost.aborted

/** A lock or a leadership: a lease with a fencing token that is given back. */
type Held = Lease & { token: bigint, release: () => Promise<void> }

const judge = connect(env.ACF_SOCK!)
await new Promise<void>((resolve, reject) => { judge.once('connect', resolve); judge.once('error', reject) })
judge.on('error', () => process.exit(3)) // the judge is gone: the run is over
const pending = new Map<number, (r: { ok: boolean, value: number }) => void>()
let asking = env.ACF_ASKING !== '0'
let holdMs = env.ACF_HOLD_MS != null && env.ACF_HOLD_MS !== '' ? Number(env.ACF_HOLD_MS) : undefined
/** Withdraws the request under way when the judge says stop asking. */
let withdraw = new AbortController()
createInterface({ input: judge }).on('line', line => {
  const r = JSON.parse(line) as { id: number, ok: boolean, value: number } | { ask: boolean, holdMs?: number }
  if ('ask' in r) {
    asking = r.ask
    holdMs = r.holdMs
    if (!asking) withdraw.abort()
    return
  }
  pending.get(r.id)?.(r)
  pending.delete(r.id)
})
let nextId = 0
const report = (kind: string, data: Record<string, unknown> = {}, t = now()): void => {
  const e = { kind, agent, inc, t, ...data }
  judge.write(JSON.stringify(e) + '\n')
  debug(kind, data)
}
const register = async (kind: 'read' | 'write', data: Record<string, unknown>): Promise<{ ok: boolean, value: number }> => {
  const id = nextId++
  return await new Promise(resolve => {
    pending.set(id, resolve)
    judge.write(JSON.stringify({ kind, id, agent, inc, ...data }) + '\n')
  })
}

const dir = env.ACF_DIR!
const peer = await createPeer({
  mesh: env.ACF_MESH,
  listen: [`/ip4/0.0.0.0/tcp/${env.ACF_PORT!}`],
  bootstrap: env.ACF_BOOTSTRAP!.split(',').filter(Boolean),
  rank: agent,
  members: Number(env.ACF_MEMBERS),
  storage: join(dir, 'store'),
  privateKey: privateKeyFromProtobuf(readFileSync(join(dir, 'key.pb')))
})
report('ready', { id: peer.id })
// the event loop's own stalls, for the logs: a timer due every 100 ms that ran 300 ms late
let tick = now()
setInterval(() => { const t = now(); if (t - tick > 400) debug('stall', { ms: Math.round(t - tick - 100) }); tick = t }, 100)
peer.addEventListener('leader', evt => { report('leader', { leader: evt.detail?.id ?? null, epoch: evt.detail?.epoch }) })

const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }

/** One critical section: three read-increment-write rounds (or as many as fit in holdMs), each guarded by valid(). */
async function critical (lock: Held): Promise<void> {
  const token = lock.token.toString()
  const from = now()
  // holdMs is read each round: a holder told to hold short again ends its section at once
  for (let round = 0; holdMs == null ? round < 3 : now() < from + holdMs; round++) {
    let t = now()
    if (!valid(lock)) return
    report('valid', { token }, t)
    const read = await register('read', { token })
    if (!read.ok) { debug('fenced', { token, at: 'read' }); return }
    await sleep(20 + Math.random() * 80) // work on the value: the section spans real time
    t = now()
    if (!valid(lock)) return
    report('valid', { token }, t)
    const write = await register('write', { token, base: read.value, value: read.value + 1 })
    if (!write.ok) { debug('fenced', { token, at: 'write' }); return }
  }
}

/** Takes what this run contends for, giving up after waitMs (or when told to stop asking). */
async function take (signal: AbortSignal): Promise<Held> {
  if (env.ACF_RECIPE !== 'election') return await peer.lock('L', { ttlMs, waitMs, signal })
  const l = await peer.election('L').campaign({ ttlMs, signal: AbortSignal.any([signal, AbortSignal.timeout(waitMs)]) })
  return Object.assign(l, { release: l.resign })
}

while (true) {
  if (!asking) { await sleep(50); continue }
  withdraw = new AbortController()
  const tReq = now()
  report('req', {}, tReq)
  let lock: Held
  try {
    lock = await take(withdraw.signal)
  } catch (err: any) {
    if (withdraw.signal.aborted) { debug('withdrawn', { tReq }); continue } // told to stop asking: not a failure of lock()
    report('error', { message: `${String(err.code ?? '')} ${String(err.message)}`, tReq })
    await sleep(100)
    continue
  }
  const t = now()
  const token = lock.token.toString()
  report('grant', { token, tReq }, t)
  lock.onLost(() => { report('lost', { token, why: String((lock.lost.reason as Error)?.message ?? '') }) })
  try {
    await critical(lock)
  } finally {
    report('releasing', { token }) // from here on, a later grant to another needs no `lost`
    await lock.release().catch(err => { debug('release-error', { message: String(err) }) })
    report('release', { token })
  }
  await sleep(Math.random() * 50) // let others in
}
