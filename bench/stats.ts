/**
 * Percentiles and markdown tables for the benchmark report. Percentiles interpolate
 * linearly between the two nearest ranks (numpy's default, "type 7"): with 100 samples
 * p99 lies between the 99th and the 100th value, so it is not simply the maximum.
 */

export interface Summary {
  n: number
  min: number
  p50: number
  p90: number
  p99: number
  max: number
  mean: number
}

export function percentile (sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo)
}

export function summarize (samples: number[]): Summary {
  const s = [...samples].sort((a, b) => a - b)
  return {
    n: s.length,
    min: s[0] ?? NaN,
    p50: percentile(s, 50),
    p90: percentile(s, 90),
    p99: percentile(s, 99),
    max: s[s.length - 1] ?? NaN,
    mean: s.length === 0 ? NaN : s.reduce((a, b) => a + b, 0) / s.length
  }
}

export function median (samples: number[]): number {
  return percentile([...samples].sort((a, b) => a - b), 50)
}

/** A number with `digits` significant-ish decimals: 0.0712, 1.23, 45.6, 1,234. */
export function fmt (x: number | undefined, digits = 3): string {
  if (x == null || Number.isNaN(x)) return '–'
  if (!Number.isFinite(x)) return String(x)
  const abs = Math.abs(x)
  if (Number.isInteger(x) && abs < 1000) return String(x)
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US')
  if (abs >= 100) return x.toFixed(Math.max(0, digits - 3))
  if (abs >= 10) return x.toFixed(Math.max(0, digits - 2))
  if (abs >= 1) return x.toFixed(Math.max(0, digits - 1))
  if (abs === 0) return '0'
  return x.toPrecision(Math.max(1, digits))
}

export function fmtRatio (x: number): string {
  return Number.isFinite(x) ? `${fmt(x)}×` : '–'
}

/** A GitHub-flavoured markdown table; columns after the first are right-aligned. */
export function table (headers: string[], rows: string[][]): string {
  const esc = (c: string): string => c.replace(/\|/g, '\\|')
  const lines = [
    `| ${headers.map(esc).join(' | ')} |`,
    `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map(r => `| ${r.map(esc).join(' | ')} |`)
  ]
  return lines.join('\n')
}

/** Rounds every number in a JSON-bound value to 4 decimals, so results.json stays readable. */
export function rounded<T> (value: T): T {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v))) as T
}
