/**
 * What the decode-first check on every update from the network cost a reader (removed at
 * 12eca86): scenario 14b's bulk (20,000 sets in updates of 500) applied to a fresh Y.Doc,
 * as a y-websocket client applies them (`Y.applyUpdate`), and decoded first
 * (`Y.decodeUpdate`, then `Y.applyUpdate`), alternating, in this one process.
 *
 *   npx tsx bench/docs-precheck.ts [rounds]     # default 30
 *
 * Prints median and min ms of each; writes nothing.
 */
import * as Y from 'yjs'

const rounds = Number(process.argv[2] ?? 30)
const writer = new Y.Doc()
const updates: Uint8Array[] = []
writer.on('update', (u: Uint8Array) => { updates.push(u) })
for (let c = 0; c < 40; c++) writer.transact(() => { for (let i = 0; i < 500; i++) writer.getMap('m').set(`k${c * 500 + i}`, i) })

function applyAll (decodeFirst: boolean): number {
  const doc = new Y.Doc()
  const t0 = performance.now()
  for (const u of updates) {
    if (decodeFirst) Y.decodeUpdate(u)
    Y.applyUpdate(doc, u)
  }
  return performance.now() - t0
}

const times = { apply: [] as number[], decodeThenApply: [] as number[] }
for (let r = 0; r < rounds; r++) {
  times.apply.push(applyAll(false))
  times.decodeThenApply.push(applyAll(true))
}
console.log(`20,000 sets in ${updates.length} updates, ${rounds} rounds each, alternating:`)
for (const [name, ms] of Object.entries(times)) {
  ms.sort((a, b) => a - b)
  console.log(`  ${name.padEnd(16)} median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, min ${ms[0]!.toFixed(1)} ms`)
}
