/**
 * Child processes that report JSON lines on stdout and take one-word commands on stdin
 * (`probe`, `lock …`, `stop`): scenario 12's fleet processes, accord's and etcd's alike;
 * and children that run one measure to their end and print its result (runForResult).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

/** Every report has a type `t`. */
export interface Reported { t: string }

interface Waiter<R extends Reported> { t: R['t'], resolve: (r: R) => void }
export interface Child<R extends Reported> { proc: ChildProcess, reports: R[], waiters: Array<Waiter<R>>, exit?: number | string }

// Children left behind by a crash of this process would keep both cores busy for ever.
const live = new Set<ChildProcess>()
process.on('exit', () => { for (const c of live) c.kill('SIGKILL') })

/**
 * Runs `node file` with `env`. Every report goes to `onReport`; those of a type in
 * `streamed` stop there, the others are kept for `next`. stderr lines go to `onStderr`.
 */
export function spawnReporting<R extends Reported> (file: string, env: NodeJS.ProcessEnv, streamed: Array<R['t']>, onReport: (r: R) => void, onStderr: (line: string) => void): Child<R> {
  const proc = spawn(process.execPath, [file], { stdio: ['pipe', 'pipe', 'pipe'], env })
  live.add(proc)
  const c: Child<R> = { proc, reports: [], waiters: [] }
  proc.on('exit', (code, signal) => { c.exit = code ?? signal ?? 'unknown' })
  createInterface({ input: proc.stdout! }).on('line', line => {
    if (!line.startsWith('{')) return
    const r = JSON.parse(line) as R
    onReport(r)
    const w = c.waiters.findIndex(x => x.t === r.t)
    if (w >= 0) c.waiters.splice(w, 1)[0]!.resolve(r)
    else if (!streamed.includes(r.t)) c.reports.push(r)
  })
  createInterface({ input: proc.stderr! }).on('line', onStderr)
  return c
}

/** The next report of type `t` from `c` (including one already queued), or an error after `ms`. */
export async function next<R extends Reported, T extends R['t']> (c: Child<R>, t: T, ms: number): Promise<Extract<R, { t: T }>> {
  const queued = c.reports.findIndex(r => r.t === t)
  if (queued >= 0) return c.reports.splice(queued, 1)[0] as Extract<R, { t: T }>
  return await new Promise((resolve, reject) => {
    const w: Waiter<R> = { t, resolve: r => { clearTimeout(timer); resolve(r as Extract<R, { t: T }>) } }
    const timer = setTimeout(() => {
      c.waiters.splice(c.waiters.indexOf(w), 1)
      reject(new Error(`no '${t}' report from child ${c.proc.pid} in ${ms} ms${c.exit != null ? ` (it exited: ${c.exit})` : ''}`))
    }, ms)
    c.waiters.push(w)
  })
}

/** Sends `probe` to every live child; a late answer to an earlier probe is dropped first. */
export function sendProbe<R extends Reported> (children: Array<Child<R>>): void {
  for (const c of children) {
    c.reports = c.reports.filter(r => r.t !== 'probe')
    if (c.exit == null) c.proc.stdin!.write('probe\n')
  }
}

export async function stopChild<R extends Reported> (c: Child<R>): Promise<void> {
  if (c.exit == null) {
    const exited = new Promise(resolve => c.proc.once('exit', resolve))
    c.proc.stdin?.end('stop\n')
    const timer = setTimeout(() => { c.proc.kill('SIGKILL') }, 10_000)
    await exited
    clearTimeout(timer)
  }
  live.delete(c.proc)
}

/**
 * Runs `node …args` to its end and returns what it printed on a line `RESULT {json}`; its
 * other stdout lines go to `onLine`. Killed after `timeoutMs`; an error naming `what`, with
 * the end of its stderr, if it printed no result. For a measure that needs a fresh process.
 */
export async function runForResult<T> (what: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number, onLine: (line: string) => void = () => {}): Promise<T> {
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env })
  live.add(proc)
  let result: T | undefined
  let err = ''
  createInterface({ input: proc.stdout! }).on('line', line => {
    if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as T
    else onLine(line)
  })
  proc.stderr!.on('data', (d: Buffer) => { err += d.toString() })
  const timer = setTimeout(() => { proc.kill('SIGKILL') }, timeoutMs)
  const code = await new Promise<number | null>(resolve => proc.on('close', resolve))
  clearTimeout(timer)
  live.delete(proc)
  if (result == null) throw new Error(`${what} exited with ${code} and no result:\n${err.slice(-2000)}`)
  return result
}
