/**
 * One start/stop interface for every part of a peer (as js-libp2p's services have), and
 * the two orders derived from one list: start front to back, stop back to front. A part
 * that fails to start stops the ones already started, so a peer that failed to start
 * holds nothing (no socket, no timer, no open database).
 */
export interface Startable {
  start?: () => void | Promise<void>
  stop?: () => void | Promise<void>
}

export interface Part { name: string, part: Startable }

/** Starts `parts` in order; on a failure, stops the started ones in reverse and rethrows. */
export async function startAll (parts: Part[]): Promise<void> {
  const started: Part[] = []
  try {
    for (const p of parts) {
      await p.part.start?.()
      started.push(p)
    }
  } catch (err) {
    await stopAll(started)
    throw err
  }
}

/**
 * Stops `parts` in reverse order. Every part is stopped even if an earlier one throws;
 * the first error is rethrown at the end.
 */
export async function stopAll (parts: Part[]): Promise<void> {
  let first: unknown
  for (const p of [...parts].reverse()) {
    try {
      await p.part.stop?.()
    } catch (err) {
      first ??= err
    }
  }
  if (first !== undefined) throw first
}
