import { spawn } from 'node:child_process'

export interface ScriptRun { durable: number[], lines: string[], code: number | null, signal: NodeJS.Signals | null }

/**
 * Runs a TypeScript fixture as its own process (so a test can kill -9 it). The script
 * prints `ready` once set up and `durable <i>` for each acknowledged write; with
 * `killAfterMs` the process is SIGKILLed that long after `ready`.
 */
export function runScript (file: string, env: Record<string, string>, killAfterMs?: number): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file], {
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
