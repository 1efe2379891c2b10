import { afterEach, describe, expect, it, vi } from 'vitest'
import { selfAddrs } from '../../src/net/self-addrs.js'
import type { Libp2p } from '@libp2p/interface'

/** A node whose address list is `list` now, counting how often it is asked for it. */
function fakeNode (list: string[]): { node: Libp2p, asked: () => number, update: () => void } {
  let asked = 0
  const target = new EventTarget()
  const node = {
    getMultiaddrs: () => { asked++; return list.map(a => ({ toString: () => a })) },
    addEventListener: target.addEventListener.bind(target)
  } as unknown as Libp2p
  return { node, asked: () => asked, update: () => { target.dispatchEvent(new Event('self:peer:update')) } }
}

describe('selfAddrs', () => {
  afterEach(() => { vi.useRealTimers() })

  it('asks libp2p once, again when it says the addresses changed, and again after 5 s at most', () => {
    vi.useFakeTimers({ toFake: ['performance'] })
    const list = ['/ip4/127.0.0.1/tcp/1']
    const { node, asked, update } = fakeNode(list)
    const addrs = selfAddrs(node)
    expect(addrs()).toEqual(['/ip4/127.0.0.1/tcp/1'])
    expect(addrs()).toEqual(['/ip4/127.0.0.1/tcp/1'])
    expect(asked()).toBe(1)
    list.push('/ip4/10.0.0.1/tcp/2')
    update()
    expect(addrs()).toEqual(['/ip4/127.0.0.1/tcp/1', '/ip4/10.0.0.1/tcp/2'])
    expect(asked()).toBe(2)
    list.pop() // changed without an event
    vi.advanceTimersByTime(4_000)
    expect(addrs()).toHaveLength(2)
    vi.advanceTimersByTime(1_001)
    expect(addrs()).toEqual(['/ip4/127.0.0.1/tcp/1'])
    expect(asked()).toBe(3)
  })
})
