import { describe, expect, it } from 'vitest'
import { QueueEventLog } from '../../src/coord/queue-events.js'

/** A completion of task `n`, as the lease holder records it. */
const completed = (n: number): { kind: 'completed', id: string, worker: string, attempt: number, result: Uint8Array<ArrayBuffer>, error: string } =>
  ({ kind: 'completed', id: `t${n}`, worker: 'w', attempt: 1, result: new Uint8Array(0), error: '' })

const never = new AbortController().signal

/** Every event a watcher starting after `after` reads, answer by answer, and the first answer's missed count. */
async function readAll (log: QueueEventLog, after: bigint | undefined): Promise<{ seqs: bigint[], missed: number }> {
  const seqs: bigint[] = []
  let missed = -1
  let from = after
  while (true) {
    const answer = await log.after('q', from, false, 0, never)
    if (missed < 0) missed = answer.missed
    if (answer.events.length === 0) return { seqs, missed }
    seqs.push(...answer.events.map(e => e.seq))
    from = answer.last
  }
}

describe('queue event log', () => {
  it('keeps at least the last 1,000 events of a queue and tells a watcher further behind how many it missed', async () => {
    const log = new QueueEventLog()
    for (let n = 1; n <= 5_500; n++) log.add('q', completed(n))
    const { seqs, missed } = await readAll(log, 0n)
    // what it reads starts right after what it missed, and runs without a gap to the last
    expect(seqs.length).toBeGreaterThanOrEqual(1_000)
    expect(seqs[0]).toBe(BigInt(missed + 1))
    expect(seqs.at(-1)).toBe(5_500n)
    seqs.forEach((s, i) => { expect(s).toBe(seqs[0]! + BigInt(i)) })
    // trimmed in steps, never down to fewer than 1,000 nor kept beyond twice that
    expect(seqs.length).toBeLessThan(2_000)
  })

  it('answers a watcher within the kept events with all of them after its own, and none missed', async () => {
    const log = new QueueEventLog()
    for (let n = 1; n <= 3_000; n++) log.add('q', completed(n))
    const { seqs, missed } = await readAll(log, 2_500n)
    expect(missed).toBe(0)
    expect(seqs).toEqual(Array.from({ length: 500 }, (_, i) => BigInt(2_501 + i)))
  })

  it('gives a watcher of another lease holder every event kept, and one from now none but the next', async () => {
    const log = new QueueEventLog()
    for (let n = 1; n <= 10; n++) log.add('q', completed(n))
    expect((await readAll(log, undefined)).seqs).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(i + 1)))
    const now = await log.after('q', undefined, true, 0, never)
    expect(now).toEqual({ events: [], last: 10n, missed: 0 })
    const waiting = log.after('q', now.last, false, 5_000, never)
    log.add('q', completed(11))
    expect((await waiting).events.map(e => e.id)).toEqual(['t11'])
  })
})
