/**
 * What else the machine was doing while a scenario ran. Every peer of a scenario shares
 * this process's one JS thread, so CPU taken by other processes (a test run, a build)
 * shows up directly as latency and lost throughput: each scenario records it.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'

export interface CpuWindow {
  wallMs: number
  /** CPU time of this process (main thread, GC and libuv threads), in ms. */
  ownCpuMs: number
  /** CPU time of the child processes it spawned and waited for (Linux; 0 elsewhere), in ms. */
  childCpuMs: number
  /** Average number of cores busy with other processes (Linux /proc/stat; NaN elsewhere). */
  otherCores: number
}

/** utime + stime of this process's waited-for children, in ms, from /proc/self/stat. */
function childrenCpuMs (): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ') // fields from #3 (state) on
    return (Number(fields[13]) + Number(fields[14])) * 10 // cutime, cstime (#16, #17), USER_HZ = 100
  } catch {
    return 0
  }
}

/** Busy CPU time of the whole machine in ms, from /proc/stat; NaN if unavailable. */
function machineBusyMs (): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!
    const v = line.trim().split(/\s+/).slice(1).map(Number)
    // user nice system idle iowait irq softirq steal (guest is already in user)
    const busy = v[0]! + v[1]! + v[2]! + v[5]! + v[6]! + (v[7] ?? 0)
    return busy * 10 // USER_HZ = 100 on Linux
  } catch {
    return NaN
  }
}

export function startCpuWindow (): () => CpuWindow {
  const t0 = performance.now()
  const own0 = process.cpuUsage()
  const busy0 = machineBusyMs()
  const children0 = childrenCpuMs()
  return () => {
    const wallMs = performance.now() - t0
    const own = process.cpuUsage(own0)
    const ownCpuMs = (own.user + own.system) / 1000
    const childCpuMs = childrenCpuMs() - children0
    const otherCores = Math.max(0, (machineBusyMs() - busy0 - ownCpuMs - childCpuMs) / wallMs)
    return { wallMs, ownCpuMs, childCpuMs, otherCores }
  }
}

export function machine (): Record<string, unknown> {
  const cpus = os.cpus()
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    totalMemMiB: Math.round(os.totalmem() / 2 ** 20),
    loadavg: os.loadavg()
  }
}
