import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { bundleForNode, removeBundle } from '../support/bundle.js'
import { freshMesh, waitFor } from './helpers.js'

// The checkout's command (bin/accord.mjs) compiles src/ with tsx at every start: ~2.4 s
// where compiled JavaScript starts in ~1.0 s, and this file starts the command ~20 times. The tests run the same
// source bundled once (test/support/bundle.ts); one `accord id` below still goes through
// bin/accord.mjs. The bundle sits two levels below the repository, as src/cli/main.ts does,
// because the command reads its name and version from '../../package.json'.
const bin = fileURLToPath(new URL('../../bin/accord.mjs', import.meta.url))
const bundleDir = fileURLToPath(new URL('../../.test-results/cli-bundle', import.meta.url))
const BUNDLE = 'accord-cli'
let command = ''
beforeAll(async () => { command = await bundleForNode(fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url)), BUNDLE, { dir: bundleDir }) })
afterAll(() => { removeBundle(BUNDLE, bundleDir) })

interface Agent { child: ChildProcess, events: Array<Record<string, any>> }

function agent (args: string[]): Agent {
  const child = spawn(process.execPath, [command, 'agent', '--json', '--status', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  const a: Agent = { child, events: [] }
  createInterface({ input: child.stdout! }).on('line', line => { try { a.events.push(JSON.parse(line)) } catch {} })
  return a
}

const last = (a: Agent): Record<string, any> | undefined => a.events.filter(e => e.event === 'status').at(-1)

/** Runs the command to its end (at most 30 s): its exit code, stdout and stderr. */
async function runCommand (args: string[]): Promise<{ code: number | null, out: string, err: string }> {
  const child = spawn(process.execPath, [command, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 })
  let out = ''
  let err = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d })
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d })
  const code = await new Promise<number | null>(resolve => child.once('close', resolve))
  return { code, out, err }
}

describe('the accord command', () => {
  const running: Agent[] = []
  afterEach(() => { for (const a of running.splice(0)) a.child.kill('SIGKILL') })

  it('refuses bad flags with a clear message and exit code 1', async () => {
    // (each run starts the command anew: all at once, they share the two cores' start-up)
    const runs = await Promise.all([
      [['agent', '--rank', '-3'], '--rank must be an integer'],
      [['agent', '--members', '0'], '--members must be an integer from 1 to 255'],
      [['agent', '--bootstrap', 'not-an-address'], 'is not a multiaddr'],
      [['agent', '--frobnicate'], "unknown option '--frobnicate'"],
      [['agent', '--mesh', 'bad mesh!'], 'mesh must be'],
      [['nonsense'], "unknown command 'nonsense'"],
      [['agent', '--voters', 'not-a-peer-id'], 'is not a peer id']
    ].map(async ([args, message]) => ({ args: args as string[], message: message as string, r: await runCommand(args as string[]) })))
    for (const { args, message, r } of runs) expect(r, args.join(' ')).toMatchObject({ code: 1, err: expect.stringContaining(message) })
  })

  it('with --json every line is JSON, errors included, and nothing goes to stderr', async () => {
    const cases: Array<[string[], string, string]> = [
      [['agent', '--json', '--rank', '-3'], 'commander.invalidArgument', '--rank must be an integer'],
      [['agent', '--json', '--frobnicate'], 'commander.unknownOption', "unknown option '--frobnicate'"],
      [['agent', '--json', '--mesh', 'bad mesh!'], 'ERR_INVALID_ARGUMENT', 'peer options.mesh must be'],
      [['voters', 'list', '--json', '--voters', '12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'], 'ERR_INVALID_ARGUMENT', '--bootstrap']
    ]
    const runs = await Promise.all(cases.map(async ([args]) => await runCommand(args)))
    cases.forEach(([args, code, message], i) => {
      const r = runs[i]!
      expect(r.code, args.join(' ')).toBe(1)
      expect(r.err, args.join(' ')).toBe('')
      const lines = r.out.trim().split('\n')
      expect(lines, args.join(' ')).toHaveLength(1)
      const e = JSON.parse(lines[0]!) as Record<string, string>
      expect(e, args.join(' ')).toMatchObject({ event: 'error', code })
      expect(e.message, args.join(' ')).toContain(message)
    })
  })

  it('`accord id` names an agent before it starts (the agent on that --data has that id); alone, it warns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accord-cli-'))
    try {
      const id = spawnSync(process.execPath, [bin, 'id', '--data', dir], { encoding: 'utf8', timeout: 30_000 }).stdout.trim()
      expect(id).toMatch(/^12D3Koo/)
      const dead = '/ip4/127.0.0.1/tcp/9/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo'
      const a = agent(['--mesh', freshMesh(), '--data', dir, '--bootstrap', dead])
      running.push(a)
      await waitFor('ready', () => a.events.some(e => e.event === 'ready'), 30_000)
      expect(a.events.find(e => e.event === 'ready')?.id).toBe(id)
      // after 5 s (BOOTSTRAP_ANSWER_MS, isolatedAfterMs) with nobody answering: both warnings
      await waitFor('the warnings', () => a.events.filter(e => e.event === 'warning').length === 2, 30_000)
      expect(a.events.find(e => e.event === 'warning' && e.isolated === true)).toMatchObject({ bootstrap: [dead] })
      expect(a.events.find(e => e.event === 'warning' && e.bootstrapAnswered === false)).toMatchObject({ bootstrap: [dead], why: expect.stringContaining('no bootstrap address answered') })
      expect(last(a)?.status).toBe('isolated')
      expect(last(a)?.leader).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)

  it('agents find each other from one bootstrap address (its WebSocket one), elect the lowest rank, and stop on SIGTERM', async () => {
    const mesh = freshMesh()
    const first = agent(['--mesh', mesh, '--rank', '0', '--members', '2'])
    running.push(first)
    await waitFor('first ready', () => first.events.some(e => e.event === 'ready'), 30_000)
    const ready = first.events.find(e => e.event === 'ready')!
    expect(ready).toMatchObject({ relay: true })
    const second = agent(['--mesh', mesh, '--rank', '1', '--members', '2', '--bootstrap', ready.ws])
    running.push(second)
    await waitFor('both see the first as leader', () => [first, second].every(a => last(a)?.leader === ready.id && last(a)?.members === 2), 30_000)
    for (const a of [first, second]) {
      const exited = new Promise<number | null>(resolve => a.child.once('exit', code => { resolve(code) }))
      a.child.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })

  it('`accord voters` lists and changes a running cluster\'s voters: a running agent is added, the leader removes itself and another leads', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'accord-cli-')), mkdtempSync(join(tmpdir(), 'accord-cli-'))]
    try {
      const [a, b] = dirs.map(d => spawnSync(process.execPath, [command, 'id', '--data', d], { encoding: 'utf8', timeout: 30_000 }).stdout.trim()) as [string, string]
      const mesh = freshMesh()
      const voter = agent(['--mesh', mesh, '--voters', a, '--data', dirs[0]!])
      running.push(voter)
      await waitFor('the voter ready', () => voter.events.some(e => e.event === 'ready'), 30_000)
      const addr = voter.events.find(e => e.event === 'ready')!.addrs[0] as string
      const spare = agent(['--mesh', mesh, '--voters', a, '--data', dirs[1]!, '--bootstrap', addr])
      running.push(spare)
      await waitFor('the spare sees the leader', () => last(spare)?.leader === a, 30_000)
      const voters = (...args: string[]): { code: number | null, out: any, err: string } => {
        const r = spawnSync(process.execPath, [command, 'voters', ...args, '--mesh', mesh, '--voters', a, '--bootstrap', addr, '--json'], { encoding: 'utf8', timeout: 60_000 })
        return { code: r.status, out: JSON.parse(r.stdout.trim().split('\n').at(-1)!), err: r.stderr }
      }
      expect(voters('add', b)).toMatchObject({ code: 0, out: { voters: [a, b], index: 1 } })
      expect(voters('remove', a)).toMatchObject({ code: 0, out: { voters: [b], index: 2 } })
      await waitFor('the added voter leads', () => last(spare)?.leader === b && last(spare)?.isLeader === true, 30_000)
      expect(voters('list')).toMatchObject({ code: 0, out: { voters: [b], index: 2, leader: b } })
      // --json: errors are JSON lines too
      expect(voters('frobnicate')).toMatchObject({ code: 1, err: '', out: { event: 'error', code: 'ERR_INVALID_ARGUMENT', message: expect.stringContaining("unknown operation 'frobnicate'") } })
      expect(voters('remove', b)).toMatchObject({ code: 1, err: '', out: { event: 'error', code: 'ERR_INVALID_ARGUMENT', message: expect.stringContaining('cannot remove the last voter') } })
      // the spare's bootstrap answered: no warning that it did not (the test ran far past BOOTSTRAP_ANSWER_MS)
      expect(spare.events.filter(e => e.event === 'warning')).toEqual([])
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true })
    }
  }, 120_000)
})
