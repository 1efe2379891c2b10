import { crc32 } from 'node:zlib'

/** Record header: u32 LE payload length, u32 LE crc32 of the payload. */
export const HEADER = 8

/** A payload framed with its length and checksum, so a torn or damaged write is recognised. */
export function frame (parts: Uint8Array[]): Buffer {
  const length = parts.reduce((n, p) => n + p.byteLength, 0)
  const out = Buffer.allocUnsafe(HEADER + length)
  let off = HEADER
  for (const p of parts) { out.set(p, off); off += p.byteLength }
  const payload = out.subarray(HEADER)
  out.writeUInt32LE(length, 0)
  out.writeUInt32LE(crc32(payload), 4)
  return out
}

export interface ParsedRecord { payload: Buffer, offset: number }

/** Records up to the first torn (short) or corrupt one; `end` is the offset just past the last good record. */
export function parseRecords (buf: Buffer): { records: ParsedRecord[], end: number } {
  const records: ParsedRecord[] = []
  let off = 0
  while (off + HEADER <= buf.length) {
    const start = off + HEADER
    const len = buf.readUInt32LE(off)
    if (len > buf.length - start) break
    const payload = buf.subarray(start, start + len)
    if (crc32(payload) !== buf.readUInt32LE(off + 4)) break
    records.push({ payload, offset: off })
    off = start + len
  }
  return { records, end: off }
}
