/**
 * Diagnostic of scenario 14's first update after synced (every replica in this one
 * process): how much of it is the mesh's own start-up. Ten accord peers connect (as
 * scenario 14's), then `docs` documents are opened one after another on all ten; for each:
 * open → every replica synced, the first update → the last of 9 readers, a second update,
 * and this process's CPU in each 50 ms from synced on (busy: near 50 ms of CPU per 50 ms,
 * which on one thread means the update waited behind other work).
 *
 *   npx tsx bench/docs-warmup.ts [docs=4] [--pause=MS]
 *
 *   --pause=MS  wait MS after every replica synced before the first update (default 0)
 *
 * accord only, and not a comparison of speed (scenario 14 and bench/docs-repeat.ts put
 * y-websocket beside it): it says whether a slow first update is the document's or the mesh's.
 * Writes nothing; takes about 15 s. DOCS_WARMUP_PROF=<file> writes a CPU profile (V8's
 * .cpuprofile) of the first document, from the mesh connected until its first update arrived.
 */
import { writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { oneUpdate } from './docs-peers.js'
import { fmt } from './stats.js'
import { startReadyMesh, stopAll } from './mesh.js'
import { flag, positional } from './args.js'

const args = process.argv.slice(2)
const docs = Number(positional(args)[0] ?? 4)
const pauseMs = Number(flag(args, 'pause') ?? 0)
if (!Number.isInteger(docs) || docs < 1 || !(pauseMs >= 0)) throw new Error('usage: npx tsx bench/docs-warmup.ts [docs >= 1] [--pause=MS]')

console.log(`10 peers in this process; ${docs} documents opened one after another, each as soon as the one before is done${pauseMs > 0 ? `, ${pauseMs} ms after synced before its first update` : ''}`)
const { peers } = await startReadyMesh(10, () => {}, 9)
console.log('the mesh is connected (every peer to the 9 others, as scenario 14 waits for)')
const profileTo = process.env.DOCS_WARMUP_PROF
const session = profileTo != null && profileTo !== '' ? new Session() : undefined
if (session != null) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start') }
for (let d = 0; d < docs; d++) {
  const name = `warmup-${d}`
  const t0 = performance.now()
  const replicas = await Promise.all(peers.map(async p => await p.doc(name)))
  await Promise.all(peers.map(async p => { await p.synced(name) }))
  const openMs = performance.now() - t0
  const cpu: number[] = []
  let last = process.cpuUsage()
  const sampler = setInterval(() => { const c = process.cpuUsage(last); last = process.cpuUsage(); cpu.push(Math.round((c.user + c.system) / 1000)) }, 50)
  if (pauseMs > 0) await new Promise(resolve => setTimeout(resolve, pauseMs))
  const first = Math.max(...await oneUpdate(replicas, 0, 'first'))
  if (session != null && d === 0) {
    const { profile } = await session.post('Profiler.stop')
    writeFileSync(profileTo!, JSON.stringify(profile))
    session.disconnect()
  }
  const second = Math.max(...await oneUpdate(replicas, 3, 'second'))
  await new Promise(resolve => setTimeout(resolve, 500))
  clearInterval(sampler)
  console.log(`document ${d + 1}: open → all synced ${fmt(openMs)} ms; first update → last reader ${fmt(first)} ms, second ${fmt(second)} ms; CPU ms per 50 ms from synced: ${cpu.join(' ')}`)
}
await stopAll(peers)
process.exit(0)
