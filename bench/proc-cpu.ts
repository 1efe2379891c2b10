/**
 * CPU time a process has used, from Linux's /proc/<pid>/stat (user + system), and its write
 * system calls, from /proc/<pid>/io, so that a benchmark can say what each of its processes
 * spent on a measure, servers included (a redis-server is not ours to instrument). Elsewhere, or for a process that is gone,
 * undefined: the figure is left out, not guessed.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

let ticksPerSecond: number | undefined

function clockTicks (): number {
  if (ticksPerSecond == null) {
    try { ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100 } catch { ticksPerSecond = 100 }
  }
  return ticksPerSecond
}

/** User + system CPU milliseconds of `pid` so far. */
export function cpuMsOf (pid: number | undefined): number | undefined {
  if (pid == null) return undefined
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // the command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const utime = Number(fields[11])
    const stime = Number(fields[12])
    if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined
    return (utime + stime) * 1000 / clockTicks()
  } catch {
    return undefined
  }
}

/** Write system calls (write, writev, …: a socket's writes and a pipe's alike) `pid` has made so far, from /proc/<pid>/io. */
export function writeCallsOf (pid: number | undefined): number | undefined {
  return procCount(pid, 'io', 'syscw')
}

/**
 * Times the main thread of `pid` has given up the CPU to wait (its voluntary context
 * switches, /proc/<pid>/status): each is a wake-up later, by a timer or a socket.
 */
export function wakeUpsOf (pid: number | undefined): number | undefined {
  return procCount(pid, 'status', 'voluntary_ctxt_switches')
}

/** The count on the line `field:` of /proc/<pid>/<file>. */
function procCount (pid: number | undefined, file: 'io' | 'status', field: string): number | undefined {
  if (pid == null) return undefined
  try {
    const n = Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1])
    return Number.isFinite(n) ? n : undefined
  } catch {
    return undefined
  }
}

/** CPU milliseconds each group of processes spends from now until the returned function is called (undefined if any process could not be read). */
export function cpuMeter<K extends string> (groups: Record<K, Array<number | undefined>>): () => Record<K, number> | undefined {
  return procMeter(groups, cpuMsOf)
}

/** What `read` counts for each group of processes from now until the returned function is called (undefined if any process could not be read). */
export function procMeter<K extends string> (groups: Record<K, Array<number | undefined>>, readOne: (pid: number | undefined) => number | undefined): () => Record<K, number> | undefined {
  const read = (): Record<K, number> | undefined => {
    const out = {} as Record<K, number>
    for (const [key, pids] of Object.entries(groups) as Array<[K, Array<number | undefined>]>) {
      let sum = 0
      for (const pid of pids) {
        const n = readOne(pid)
        if (n == null) return undefined
        sum += n
      }
      out[key] = sum
    }
    return out
  }
  const before = read()
  return () => {
    const after = read()
    if (before == null || after == null) return undefined
    const spent = {} as Record<K, number>
    for (const key of Object.keys(before) as K[]) spent[key] = after[key] - before[key]
    return spent
  }
}
