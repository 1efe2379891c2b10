import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseVictims, deadlockedAgents, findCycle, type PendingRequest, type ResourceState } from '../../src/coord/deadlock.js'

const lock = (name: string, holder?: string): ResourceState => ({ name, capacity: 1, holders: holder != null ? [{ agent: holder, units: 1 }] : [] })
const wait = (agent: string, resource: string, seq: number, units = 1): PendingRequest => ({ key: `${agent}>${resource}`, agent, seq, needs: [{ resource, units }] })

describe('deadlock detection (graph reduction)', () => {
  it('two agents each holding what the other waits for: both stuck; the cycle is named; the youngest is the victim', () => {
    const resources = [lock('x', 'A'), lock('y', 'B')]
    const pending = [wait('A', 'y', 1), wait('B', 'x', 2)]
    const stuck = deadlockedAgents(resources, pending)
    expect([...stuck].sort()).toEqual(['A', 'B'])
    expect(findCycle(pending[1]!, resources, pending, stuck)).toEqual([{ agent: 'B', resource: 'x', heldBy: 'A' }, { agent: 'A', resource: 'y', heldBy: 'B' }])
    const victims = chooseVictims(resources, pending)
    expect(victims.map(v => v.request.key)).toEqual(['B>x'])
  })

  it('a three-agent cycle, and a bystander stuck behind it is never the victim', () => {
    const resources = [lock('x', 'A'), lock('y', 'B'), lock('z', 'C')]
    // D arrives last and waits for x, but is no part of the cycle A -> B -> C -> A
    const pending = [wait('A', 'y', 1), wait('B', 'z', 2), wait('C', 'x', 3), wait('D', 'x', 4)]
    expect(deadlockedAgents(resources, pending).size).toBe(4)
    expect(findCycle(pending[3]!, resources, pending, deadlockedAgents(resources, pending))).toBeUndefined()
    expect(chooseVictims(resources, pending).map(v => v.request.key)).toEqual(['C>x'])
  })

  it('a semaphore with a free permit, or a holder that waits for nothing, is no deadlock', () => {
    const sem: ResourceState = { name: 's', capacity: 2, holders: [{ agent: 'A', units: 1 }] }
    expect(deadlockedAgents([sem, lock('x', 'B')], [wait('B', 's', 1), wait('A', 'x', 2)]).size).toBe(0)
    // both permits held, one holder free to finish: it releases, the waiter gets its permit
    const full: ResourceState = { name: 's', capacity: 2, holders: [{ agent: 'A', units: 1 }, { agent: 'C', units: 1 }] }
    expect(deadlockedAgents([full, lock('x', 'B')], [wait('B', 's', 1), wait('A', 'x', 2)]).size).toBe(0)
    // every holder of the semaphore waits for B: stuck
    expect(deadlockedAgents([full, lock('x', 'B'), lock('y', 'B')], [wait('B', 's', 1), wait('A', 'x', 2), wait('C', 'y', 3)]).size).toBe(3)
  })

  it('a multi-lock waiting for two locks held by agents that wait for it is a cycle', () => {
    const resources = [lock('a', 'A'), lock('b', 'B'), lock('c', 'C')]
    const multi: PendingRequest = { key: 'C>a+b', agent: 'C', seq: 3, needs: [{ resource: 'a', units: 1 }, { resource: 'b', units: 1 }] }
    expect(deadlockedAgents(resources, [wait('A', 'c', 1), multi]).size).toBe(2)
    expect(chooseVictims(resources, [wait('A', 'c', 1), multi]).map(v => v.request.key)).toEqual(['C>a+b'])
  })

  it('no false positive: random waits that respect a global order never deadlock', () => {
    // agents 0..n-1; an agent only waits for resources held by higher-numbered agents: no cycle possible
    fc.assert(fc.property(fc.integer({ min: 2, max: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 }))), (n, raw) => {
      const resources: ResourceState[] = Array.from({ length: n }, (_, i) => ({ name: `r${i}`, capacity: 3, holders: [{ agent: `a${i}`, units: 3 }] }))
      const pending: PendingRequest[] = raw.flatMap(([x, y, units], seq) => {
        const from = x % n
        const to = y % n
        return to > from ? [{ key: `${seq}`, agent: `a${from}`, seq, needs: [{ resource: `r${to}`, units }] }] : []
      })
      expect(deadlockedAgents(resources, pending).size).toBe(0)
      expect(chooseVictims(resources, pending)).toEqual([])
    }), { numRuns: 300 })
  })

  it('every random cycle is found, and breaking it at the chosen victim leaves no deadlock', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 7 }), fc.nat(), (n, shift) => {
      const resources = Array.from({ length: n }, (_, i) => lock(`r${i}`, `a${i}`))
      const pending = Array.from({ length: n }, (_, i) => wait(`a${i}`, `r${(i + 1) % n}`, (i + shift) % n))
      const victims = chooseVictims(resources, pending)
      expect(victims).toHaveLength(1)
      expect(victims[0]!.cycle).toHaveLength(n)
      expect(victims[0]!.request.seq).toBe(n - 1)
      expect(deadlockedAgents(resources, pending.filter(p => p !== victims[0]!.request)).size).toBe(0)
    }), { numRuns: 100 })
  })
})
