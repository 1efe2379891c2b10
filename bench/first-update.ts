/**
 * Diagnostic: what the first update after every replica synced spends on code running for
 * the first time, accord beside y-websocket. Scenario 14's systems (ten replicas in one
 * process), each in a fresh Node process of its own, one after the other, `runs` times:
 * twelve updates after the document synced (replica 0 writes, 5 ms apart), each timed to
 * the last reader. One more process per system runs with V8's `--log-function-events`, and
 * its log, between two marker functions around the first update, gives how many functions
 * ran for the first time and the parse + compile time V8 logged for them.
 *
 *   npx tsx bench/first-update.ts [runs=3]
 *
 * Writes nothing but its temporary logs (removed).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

type SystemName = 'accord' | 'yws'
const UPDATES = 12

if (process.argv[2] === '--child') await child(process.argv[3] as SystemName)
else await parent(Number(process.argv[2] ?? 3))

/** One fresh deployment: the twelve updates' times to the last reader, as a JSON line. */
async function child (name: SystemName): Promise<void> {
  const { accordSystem, yWebsocketSystem, oneUpdate } = await import('./docs-peers.js')
  const system = name === 'accord' ? await accordSystem(10, () => {}) : await yWebsocketSystem(10)
  const docs = await system.open('first-update')
  await new Promise(resolve => setTimeout(resolve, 200))
  const ms: number[] = []
  for (let t = 0; t < UPDATES; t++) {
    if (t === 0) FIRST_UPDATE_STARTS()
    ms.push(Math.max(...await oneUpdate(docs, 0, `k${t}`)))
    if (t === 0) FIRST_UPDATE_ENDS()
    await new Promise(resolve => setTimeout(resolve, 5))
  }
  console.log(JSON.stringify(ms))
  await system.stop()
  process.exit(0)
}

// Markers: their own first runs in the function-event log bound the first update.
function FIRST_UPDATE_STARTS (): number { return 1 }
function FIRST_UPDATE_ENDS (): number { return 2 }

function runChild (name: SystemName, v8Args: string[] = []): number[] {
  const out = execFileSync(process.execPath, [...v8Args, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return JSON.parse(out.trim().split('\n').at(-1)!) as number[]
}

/** From a `--log-function-events` log: first runs between the markers, and V8's parse + compile ms for them. */
function firstRuns (log: string): { functions: number, compileMs: number, windowMs: number } {
  const lines = log.split('\n').map(l => l.split(','))
  const isMark = (p: string[], name: string): boolean => p[0] === 'function' && p[1] === 'first-execution' && p.at(-1) === name
  const start = lines.findIndex(p => isMark(p, 'FIRST_UPDATE_STARTS'))
  const end = lines.findIndex(p => isMark(p, 'FIRST_UPDATE_ENDS'))
  if (start < 0 || end < 0) throw new Error('the markers are not in the log')
  let functions = 0
  let compileMs = 0
  for (const p of lines.slice(start + 1, end)) {
    if (p[0] !== 'function') continue
    if (p[1] === 'first-execution') functions++
    else if (['parse-function', 'full-parse', 'preparse-no-resolution', 'preparse-resolution', 'interpreter', 'interpreter-lazy'].includes(p[1]!)) compileMs += Number(p[5]) || 0
  }
  return { functions, compileMs, windowMs: (Number(lines[end]![6]) - Number(lines[start]![6])) / 1000 }
}

async function parent (runs: number): Promise<void> {
  const fmt = (ms: number[]): string => ms.map(x => x.toFixed(2)).join(' ')
  const rows: string[] = []
  for (const name of ['accord', 'yws'] as const) {
    for (let r = 0; r < runs; r++) {
      console.error(`first update: ${name}, deployment ${r + 1} of ${runs}…`)
      rows.push(`| ${name} | ${r + 1} | ${fmt(runChild(name))} |`)
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'accord-first-update-'))
  const logged: string[] = []
  try {
    for (const name of ['accord', 'yws'] as const) {
      console.error(`first update: ${name}, with --log-function-events…`)
      const file = join(dir, `${name}.log`)
      const ms = runChild(name, ['--log-function-events', `--logfile=${file}`, '--no-logfile-per-isolate'])
      const f = firstRuns(readFileSync(file, 'utf8'))
      logged.push(`| ${name} | ${f.functions} | ${f.compileMs.toFixed(2)} | ${f.windowMs.toFixed(2)} | ${ms[0]!.toFixed(2)} |`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  console.log(`\nTwelve updates after synced, ms to the last of 9 readers (ten replicas in one process; yws = y-websocket; Node ${process.version}):\n`)
  console.log('| system | deployment | updates 1 … 12 |\n| --- | ---: | --- |')
  for (const r of rows) console.log(r)
  console.log('\nThe first update, logged (`--log-function-events`, which slows it):\n')
  console.log('| system | functions run for the first time | V8 parse + compile ms | window ms | first update ms |\n| --- | ---: | ---: | ---: | ---: |')
  for (const r of logged) console.log(r)
}
