import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  AccordError, BarrierNotFoundError, BarrierTimeoutError, ConflictError, DeadlockError, errorFromWire, LockQueueFullError, LockReentryLimitError,
  LockTimeoutError, NotLeaderError, RemoteError, StaleTokenError, SupersededError, TooManyBarriersError, TooManyLocksError, TooManyVariablesError,
  WithdrawnError, wireError, SemaphoreTimeoutError, CampaignTimeoutError, AcquireTimeoutError, UnsupportedError
} from '../../src/errors.js'
import { RpcFrame } from '../../src/net/envelope.js'

/** Through the real frame codec, as an answer crosses the wire. */
function roundTrip (err: unknown): AccordError {
  const frame = RpcFrame.decode(RpcFrame.encode({ id: 1n, response: true, ...wireError(err) }))
  return errorFromWire(frame.errorCode, frame.errorMessage, frame.errorDetails)
}

describe('errors cross the wire as typed details', () => {
  const cases: AccordError[] = [
    new LockTimeoutError('gpu-0'),
    new SemaphoreTimeoutError('gpus'),
    new CampaignTimeoutError('planner'),
    new UnsupportedError('body field 47 is not spoken by this release'),
    new WithdrawnError('gpu-1'),
    new SupersededError('gpu-2'),
    new LockQueueFullError('q', 64),
    new LockReentryLimitError('r', 8),
    new TooManyLocksError(256),
    new TooManyBarriersError(128),
    new TooManyVariablesError(4096),
    new NotLeaderError('not the acting leader', '12D3KooWleader'),
    new DeadlockError('lock x', [{ agent: 'a', resource: 'lock:x', heldBy: 'b' }, { agent: 'b', resource: 'lock:y', heldBy: 'a' }]),
    new BarrierNotFoundError('stage', 3),
    new BarrierTimeoutError('stage', 4, ['p1', 'p2']),
    new ConflictError('lr'),
    new StaleTokenError('ckpt', 5n, 9n)
  ]

  it('every wait that runs out is an AcquireTimeoutError that says what it waited for', () => {
    expect([new LockTimeoutError('a'), new SemaphoreTimeoutError('b'), new CampaignTimeoutError('c')].map(e => [e instanceof AcquireTimeoutError, e.kind, e.message]))
      .toEqual([[true, 'lock', 'lock a: not granted within waitMs'], [true, 'semaphore', 'semaphore b: not granted within waitMs'], [true, 'election', 'election c: not granted within waitMs']])
    expect(AcquireTimeoutError.of('semaphore', 's')).toBeInstanceOf(SemaphoreTimeoutError)
  })

  for (const err of cases) {
    it(`${err.constructor.name}: same class, code, message and fields`, () => {
      const back = roundTrip(err)
      expect(back).toBeInstanceOf(err.constructor)
      expect(back.code).toBe(err.code)
      expect(back.message).toBe(err.message)
      expect({ ...back }).toEqual({ ...err })
    })
  }

  it('an unknown code is a RemoteError that keeps it; a plain Error is ERR_INTERNAL', () => {
    expect(roundTrip(new AccordError('ERR_FUTURE', 'from a newer release'))).toMatchObject({ code: 'ERR_FUTURE', constructor: RemoteError })
    expect(roundTrip(new Error('boom'))).toMatchObject({ code: 'ERR_INTERNAL', message: 'remote: boom' })
  })
})

describe('the README lists every error', () => {
  it('each exported error class, with its code, is in the README\'s table of errors', async () => {
    const errors = await import('../../src/errors.js')
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const table = readme.slice(readme.indexOf('| error | `code` | when |'))
    const classes = Object.entries(errors).filter(([name, v]) => typeof v === 'function' && (v as { prototype?: unknown }).prototype instanceof Error && name !== 'AccordError')
    expect(classes.length).toBeGreaterThan(20)
    for (const [name] of classes) expect(table, name).toContain(`\`${name}\``)
    for (const code of readFileSync(new URL('../../src/errors.ts', import.meta.url), 'utf8').match(/'ERR_[A-Z_]+'/g) ?? []) {
      if (code === "'ERR_INTERNAL'") continue // a remote's plain Error: it arrives as a RemoteError
      expect(table, code).toContain(`\`${code.slice(1, -1)}\``)
    }
  })
})
