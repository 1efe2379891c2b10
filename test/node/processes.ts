import { spawn } from 'node:child_process'
import { basename } from 'node:path'
import { bundleForNode, removeBundle } from '../support/bundle.js'

export interface ScriptRun { durable: number[], lines: string[], code: number | null, signal: NodeJS.Signals | null }

/** Bundles made for this process's scripts, removed when it exits. */
const bundled = new Set<string>()
process.on('exit', () => { for (const prefix of bundled) removeBundle(prefix) })

/**
 * Runs a TypeScript fixture as its own process (so a test can kill -9 it), bundled into one
 * file (test/support/bundle.ts: ~0.2 s to start instead of ~2.5 s of CPU with tsx). The
 * script prints `ready` once set up and `durable <i>` for each acknowledged write; with
 * `killAfterMs` the process is SIGKILLed that long after `ready`.
 */
export async function runScript (file: string, env: Record<string, string>, killAfterMs?: number): Promise<ScriptRun> {
  const prefix = `accord-script-${basename(file, '.ts')}`
  bundled.add(prefix)
  const script = await bundleForNode(file, prefix)
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (killAfterMs !== undefined && timer === undefined && stdout.includes('ready\n')) {
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code !== 0 && signal === null) reject(new Error(`${file} failed (${code}): ${stderr}`))
      const lines = stdout.split('\n').filter(l => l !== '')
      const durable = lines.filter(l => l.startsWith('durable ')).map(l => Number(l.slice(8)))
      resolve({ durable, lines, code, signal })
    })
  })
}

/**
 * Runs `node <args>` in `cwd` to its end, as a user runs a repo command, in a process group
 * of its own that its children join: a run that hangs past `timeoutMs` is killed whole.
 */
export async function runCommandGroup (args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null, stdout: string, stderr: string }> {
  return await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => { stderr += chunk })
    const timer = setTimeout(() => { process.kill(-child.pid!, 'SIGKILL') }, timeoutMs)
    child.on('error', reject)
    child.on('close', code => { clearTimeout(timer); resolve({ code, stdout, stderr }) })
  })
}
