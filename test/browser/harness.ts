/**
 * Shared pieces of the browser tests: mocha's globals (karma-mocha loads mocha as a
 * global script; there is no @types/mocha in this repo), small assertions, polling, and
 * the Node peer that run-karma.mjs started (passed through karma's `client.args`).
 */

type Done = (err?: unknown) => void
type TestFn = (this: { timeout: (ms: number) => void }, done: Done) => void | Promise<unknown>
type Block = (name: string, fn: (this: { timeout: (ms: number) => void }) => void) => void
type Test = (name: string, fn: TestFn) => void
type Hook = (fn: TestFn) => void

interface MochaGlobals {
  describe: Block & { skip: Block, only: Block }
  it: Test & { skip: Test, only: Test }
  before: Hook
  after: Hook
  beforeEach: Hook
  afterEach: Hook
}

const g = globalThis as unknown as MochaGlobals
export const describe = g.describe
export const it = g.it
export const before = g.before
export const after = g.after
export const beforeEach = g.beforeEach
export const afterEach = g.afterEach

/** The mesh name the Node helper peer joined. */
export const MESH = 'browser-test'

export interface NodePeerInfo {
  id: string
  /** Its WebSocket multiaddr, with /p2p/<id>. */
  ws: string
  addrs: string[]
}

/** What run-karma.mjs learned from test/browser/node-peer.ts (karma `client.args: ['--accord-node', json]`). */
export function nodePeer (): NodePeerInfo {
  const karma = (globalThis as unknown as { __karma__?: { config?: { args?: unknown[] } } }).__karma__
  const args = karma?.config?.args ?? []
  const i = args.indexOf('--accord-node')
  if (i < 0 || typeof args[i + 1] !== 'string') {
    throw new Error('no --accord-node in karma client.args: run the browser tests with `npm run test:browser`')
  }
  return JSON.parse(args[i + 1] as string) as NodePeerInfo
}

export class AssertionError extends Error {
  override name = 'AssertionError'
}

export function assert (cond: unknown, message = 'assertion failed'): asserts cond {
  if (!cond) throw new AssertionError(message)
}

export function assertEqual<T> (actual: T, expected: T, message = ''): void {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new AssertionError(`${message ? message + ': ' : ''}expected ${e}, got ${a}`)
}

export async function assertRejects (fn: () => Promise<unknown>, check: (err: unknown) => boolean, message: string): Promise<void> {
  try {
    await fn()
  } catch (err) {
    if (!check(err)) throw new AssertionError(`${message}: unexpected error ${String(err)}`)
    return
  }
  throw new AssertionError(`${message}: did not reject`)
}

export { sleep, waitFor, waitForValue } from '../support/wait.js'

/** A short random tag, so that runs and tests never share keys or database names. */
export function tag (): string {
  return Math.random().toString(36).slice(2, 10)
}

/** Deletes an IndexedDB database; resolves even if it is blocked by an open connection. */
export async function deleteDatabase (name: string): Promise<void> {
  await new Promise<void>(resolve => {
    const req = indexedDB.deleteDatabase(name)
    req.onsuccess = () => resolve()
    req.onerror = () => resolve()
    req.onblocked = () => resolve()
  })
}
