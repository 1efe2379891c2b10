import type { QueueEvent } from './coord-wire.js'

/** Events kept per queue, at least: a watcher further behind is told how many it missed. */
const KEEP = 1_000
/** Events in one answer. */
const BATCH = 256

interface Log { events: QueueEvent[], last: bigint, waiters: Set<() => void> }

/**
 * What happened to each queue's tasks on this lease holder (completions, failed attempts,
 * dead tasks), for watchers that long-poll it. Kept in memory only, the last KEEP per queue:
 * events are a convenience, the replicated record of each task is the truth.
 */
export class QueueEventLog {
  private readonly logs = new Map<string, Log>()

  /** Records an event of `queue` (after the change it reports is replicated) and wakes its watchers. */
  add (queue: string, event: Omit<QueueEvent, 'seq'>): void {
    const log = this.log(queue)
    log.last++
    log.events.push({ ...event, seq: log.last })
    // trimmed once twice as many are kept, not by one each time: moving a thousand events
    // along for every completion was 2 % of a busy lease holder's CPU
    if (log.events.length >= 2 * KEEP) log.events.splice(0, log.events.length - KEEP)
    for (const wake of log.waiters) wake()
    log.waiters.clear()
  }

  /**
   * The events of `queue` after `after` (all kept, if `after` is undefined: a watcher of
   * another lease holder), at once if there are any, else the first to come within
   * `holdMs`; `fromNow` answers at once with none, and the sequence number to follow.
   */
  async after (queue: string, after: bigint | undefined, fromNow: boolean, holdMs: number, signal: AbortSignal): Promise<{ events: QueueEvent[], last: bigint, missed: number }> {
    const log = this.log(queue)
    if (fromNow) return { events: [], last: log.last, missed: 0 }
    const from = after ?? 0n
    if (log.last <= from && !signal.aborted) {
      await new Promise<void>(resolve => {
        const timer = setTimeout(done, holdMs)
        function done (): void { clearTimeout(timer); log.waiters.delete(done); signal.removeEventListener('abort', done); resolve() }
        log.waiters.add(done)
        signal.addEventListener('abort', done, { once: true })
      })
    }
    const newer = log.events.filter(e => e.seq > from)
    const oldestKept = log.events[0]?.seq ?? log.last + 1n
    const missed = Number(oldestKept > from + 1n && log.last > from ? oldestKept - from - 1n : 0n)
    const events = newer.slice(0, BATCH)
    return { events, last: events.at(-1)?.seq ?? log.last, missed }
  }

  private log (queue: string): Log {
    let log = this.logs.get(queue)
    if (log == null) { log = { events: [], last: 0n, waiters: new Set() }; this.logs.set(queue, log) }
    return log
  }
}
