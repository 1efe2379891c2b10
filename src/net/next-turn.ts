/**
 * Runs `fn` once the current turn of the event loop is done: Node's setImmediate (after
 * the I/O callbacks of this turn, so everything one incoming batch of answers released is
 * gathered); elsewhere a microtask, which still gathers one synchronous burst (a browser's
 * setTimeout may be clamped to 4 ms, or to 1 s in a background tab).
 */
export const afterThisTurn: (fn: () => void) => void = typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function'
  ? fn => { setImmediate(fn) }
  : fn => { queueMicrotask(fn) }
