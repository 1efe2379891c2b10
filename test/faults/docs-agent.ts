/**
 * One peer of the document fault suite, in its own process and network namespace. It
 * opens document D and edits it until the judge says stop: op `seq` (see opAt in
 * docs-checks.ts) adds id `agent.inc.seq` to map 'm' (→ seq) and at a random index of
 * array 'a' in one transaction, or deletes an earlier key of its own. Each op is reported
 * to the judge with its CLOCK_MONOTONIC time, and each `peer.flush('D')` that resolves is
 * reported as `durable` up to the last op made before the call (README: an update is
 * durable once flush resolves after it was made). On request it answers with its
 * replica's contents and state vector.
 *
 * Environment: ACF_AGENT (index), ACF_INC (incarnation), ACF_SOCK (judge socket),
 * ACF_MESH, ACF_PORT, ACF_BOOTSTRAP (comma-separated multiaddrs), ACF_DIR (storage: the
 * peer keeps its identity there, so a restart has the same peer id).
 */
import { connect } from 'node:net'
import { createHash } from 'node:crypto'
import { createInterface } from 'node:readline'
import * as Y from 'yjs'
import { createPeer } from '../../src/index.node.js'
import { fingerprint, opAt, type Replica } from './docs-checks.js'

const env = process.env
const agent = Number(env.ACF_AGENT)
const inc = Number(env.ACF_INC)
const now = (): number => Number(process.hrtime.bigint()) / 1e6
const debug = (what: string, data: Record<string, unknown> = {}): void => { process.stdout.write(JSON.stringify({ what, t: now(), ...data }) + '\n') }

const judge = connect(env.ACF_SOCK!)
await new Promise<void>((resolve, reject) => { judge.once('connect', resolve); judge.once('error', reject) })
judge.on('error', () => process.exit(3)) // the judge is gone: the run is over
const report = (kind: string, data: Record<string, unknown> = {}, t = now()): void => {
  judge.write(JSON.stringify({ kind, agent, inc, t, ...data }) + '\n')
}

let halted = false
let doc: Y.Doc | undefined
let welcomed = (): void => {}
const welcome = new Promise<void>(resolve => { welcomed = resolve })
createInterface({ input: judge }).on('line', line => {
  const m = JSON.parse(line) as { kind: string, halted?: boolean, id?: number, full?: boolean }
  if (m.kind === 'welcome') { halted = m.halted === true; welcomed() }
  if (m.kind === 'halt') halted = true
  if (m.kind === 'read') judge.write(JSON.stringify({ kind: 'state', id: m.id, ...state(m.full === true) }) + '\n')
})
report('hello')
await welcome

/** The replica as the judge compares it: this process's own Y.Doc, read directly. */
function state (full: boolean): { agent: number, inc: number, ready: boolean, hash: string, replica?: Replica } {
  if (doc == null) return { agent, inc, ready: false, hash: '' }
  const replica: Replica = { agent, inc, map: doc.getMap('m').toJSON(), array: doc.getArray('a').toJSON(), sv: Buffer.from(Y.encodeStateVector(doc)).toString('base64') }
  return { agent, inc, ready: true, hash: createHash('sha256').update(fingerprint(replica)).digest('hex'), replica: full ? replica : undefined }
}

const tStart = now()
const peer = await createPeer({
  mesh: env.ACF_MESH,
  listen: [`/ip4/0.0.0.0/tcp/${env.ACF_PORT!}`],
  bootstrap: env.ACF_BOOTSTRAP!.split(',').filter(Boolean),
  storage: env.ACF_DIR!
})
const tPeer = now()
const d = await peer.doc('D')
doc = d
// how long createPeer and doc('D') took: a restart's time to open D, for the logs
report('ready', { id: peer.id, keys: d.getMap('m').size, items: d.getArray('a').length, peerMs: Math.round(tPeer - tStart), docMs: Math.round(now() - tPeer) })
// the event loop's own stalls, for the logs: a timer due every 100 ms that ran 300 ms late
let tick = now()
setInterval(() => { const t = now(); if (t - tick > 400) debug('stall', { ms: Math.round(t - tick - 100) }); tick = t }, 100)

const map = d.getMap<number>('m')
const array = d.getArray<string>('a')
const sleep = async (ms: number): Promise<void> => { await new Promise(resolve => setTimeout(resolve, ms)) }
let flushing = false
let seq = 0
for (; !halted; seq++) {
  const op = opAt(agent, inc, seq)
  const t = now()
  d.transact(() => {
    if (op.op === 'add') {
      map.set(op.id, seq)
      array.insert(Math.floor(Math.random() * (array.length + 1)), [op.id])
    } else {
      map.delete(op.id)
    }
  })
  // in the same synchronous block: the update leaves this process only from a microtask
  report('op', { seq, ...op }, t)
  if (!flushing && seq % 4 === 3) {
    // one flush at a time, in the background: the agent keeps editing while it runs
    flushing = true
    const upTo = seq
    peer.flush('D').then(() => { report('durable', { upTo }) }, err => { debug('flush-error', { message: String(err) }) }).finally(() => { flushing = false })
  }
  await sleep(20 + Math.random() * 40)
}
report('halted', { lastSeq: seq - 1 })
