import { afterEach, describe, expect, it, vi } from 'vitest'
import { MemoryNetwork } from '../../src/net/memory-rpc.js'
import { meshWire } from '../../src/protocols.js'
import { newIds } from './sim.js'

/**
 * The in-memory network's TCP-like links (holdOnCut), which the lock simulation runs on:
 * what a cut link carries arrives when it heals, in order; a link cut too long closes,
 * failing the requests across it; what waited for a process that restarted is lost.
 */
describe('MemoryNetwork with holdOnCut', () => {
  afterEach(() => { vi.useRealTimers() })

  async function pair (): Promise<{ net: MemoryNetwork, a: ReturnType<MemoryNetwork['endpoint']>, b: ReturnType<MemoryNetwork['endpoint']>, heard: string[] }> {
    vi.useFakeTimers()
    const [ia, ib] = await newIds(2)
    const net = new MemoryNetwork(meshWire(), 2, 60_000)
    net.holdOnCut = true
    net.connectionTimeoutMs = 5_000
    const a = net.endpoint(ia!)
    const b = net.endpoint(ib!)
    const heard: string[] = []
    b.handle('queueInspect', async msg => { heard.push(msg.body.queue); return { queueInspect: { queue: `re ${msg.body.queue}` } } })
    return { net, a, b, heard }
  }

  const ask = (from: ReturnType<MemoryNetwork['endpoint']>, to: ReturnType<MemoryNetwork['endpoint']>, what: string): Promise<string> =>
    from.request(to.self, { queueInspect: { queue: what } }).then(r => r.kind === 'queueInspect' ? r.body.queue : r.kind, (err: Error) => `failed: ${err.message}`)

  it('requests sent while the link is cut arrive in order on the heal, and are answered', async () => {
    const { net, a, b, heard } = await pair()
    net.cut(a.self, b.self)
    const answers = ['one', 'two', 'three'].map(async w => await ask(a, b, w))
    await vi.advanceTimersByTimeAsync(3_000)
    expect(heard).toEqual([])
    net.heal(a.self, b.self)
    await vi.advanceTimersByTimeAsync(10)
    expect(heard).toEqual(['one', 'two', 'three'])
    expect(await Promise.all(answers)).toEqual(['re one', 're two', 're three'])
  })

  it('an answer held on a link cut after the request arrived comes on the heal', async () => {
    const { net, a, b, heard } = await pair()
    const answer = ask(a, b, 'x')
    await vi.advanceTimersByTimeAsync(2) // the request is there, its answer on its way
    net.cut(a.self, b.self)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(heard).toEqual(['x'])
    net.healAll()
    await vi.advanceTimersByTimeAsync(10)
    expect(await answer).toBe('re x')
  })

  it('a link cut for connectionTimeoutMs closes: its requests fail then, and what it held is dropped', async () => {
    const { net, a, b, heard } = await pair()
    net.cut(a.self, b.self)
    const answer = ask(a, b, 'late')
    await vi.advanceTimersByTimeAsync(5_001)
    expect(await answer).toMatch(/^failed: connection closed/)
    net.heal(a.self, b.self)
    await vi.advanceTimersByTimeAsync(10)
    expect(heard).toEqual([])
    const fresh = ask(a, b, 'new') // a new connection after the heal
    await vi.advanceTimersByTimeAsync(10)
    expect(await fresh).toBe('re new')
  })

  it('what waited for a process that restarted is lost with its connection', async () => {
    const { net, a, b, heard } = await pair()
    net.cut(a.self, b.self)
    const answer = ask(a, b, 'to the old run')
    await vi.advanceTimersByTimeAsync(100)
    b.stop()
    const again = net.endpoint(b.self, true)
    const heardAgain: string[] = []
    again.handle('queueInspect', async msg => { heardAgain.push(msg.body.queue); return { queueInspect: { queue: 'new run' } } })
    net.heal(a.self, b.self)
    await vi.advanceTimersByTimeAsync(10)
    expect([heard, heardAgain]).toEqual([[], []])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(await answer).toMatch(/^failed: no answer/)
  })
})
