/**
 * Server processes for the comparison benchmarks (etcd, Redis): binaries looked up on
 * PATH, free ports on 127.0.0.1, temporary data directories, and one registry of every
 * process and directory made, so that none outlives the bench — they are removed when the
 * scenario ends or fails (`stopServers`), and killed on exit, SIGINT or SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { accessSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

const children = new Set<ChildProcess>()
const dirs = new Set<string>()

/** The executable's path on PATH, or undefined (the caller skips and says what to install). */
export function findBinary (name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue
    const path = join(dir, name)
    try { accessSync(path, constants.X_OK); return path } catch {}
  }
  return undefined
}

/**
 * `n` distinct ports that were free on 127.0.0.1 a moment ago. All are held open together
 * so that none is handed out twice, then released for the server to bind (a race with
 * other processes remains; the callers retry a start that fails).
 */
export async function freePorts (n: number): Promise<number[]> {
  const servers: Server[] = []
  try {
    const ports: number[] = []
    for (let i = 0; i < n; i++) {
      const s = createServer()
      servers.push(s)
      await new Promise<void>((resolve, reject) => { s.once('error', reject); s.listen(0, '127.0.0.1', resolve) })
      ports.push((s.address() as { port: number }).port)
    }
    return ports
  } finally {
    await Promise.all(servers.map(async s => { await new Promise(resolve => s.close(resolve)) }))
  }
}

/** A new directory under the OS temp dir ($TMPDIR), removed by stopServers. */
export function tempDir (prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-${process.pid}-`))
  dirs.add(dir)
  return dir
}

/** Starts a server with its output in `logFile` (read it when a start fails); registered for killing. */
export function startServer (bin: string, args: string[], logFile: string): ChildProcess {
  installExitHooks()
  const out = openSync(logFile, 'a')
  const child = spawn(bin, args, { stdio: ['ignore', out, out] })
  children.add(child)
  child.once('exit', () => { children.delete(child) })
  return child
}

/** kill -9, and resolves once the process is gone (so its ports and files are free). */
export async function killServer (child: ChildProcess): Promise<void> {
  if (child.exitCode != null || child.signalCode != null) return
  const gone = new Promise(resolve => child.once('exit', resolve))
  child.kill('SIGKILL')
  await gone
}

/** Kills every server still running and removes every temporary directory. */
export async function stopServers (): Promise<void> {
  await Promise.all([...children].map(killServer))
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  dirs.clear()
}

// Synchronous last resort: a bench that crashes or is interrupted must not leave etcd or
// redis-server listening (they would also skew the next run's load figures).
let hooked = false
function installExitHooks (): void {
  if (hooked) return
  hooked = true
  const killNow = (): void => {
    for (const c of children) c.kill('SIGKILL')
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', killNow)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { killNow(); process.kill(process.pid, signal) }) // then die of the signal as usual
  }
}
