/**
 * Status coverage: which declared response keys each operation answered in this run, whether the answer
 * was generated or scripted, and a printable table of it.
 *
 * @module
 */
import type { MockOperation } from './data.ts'
import type { CoverageEntry } from './mock-types.ts'

/** The response keys answered so far, per operation. */
export interface CoverageTracker {
  /** Notes that the operation answered with the declared key `key`. */
  hit(operation: string, key: string): void
  /** One entry per operation, in the order given. */
  entries(operations: readonly MockOperation[]): CoverageEntry[]
  reset(): void
}

/** Creates an empty coverage tracker. */
export function createCoverageTracker(): CoverageTracker {
  const answered = new Map<string, Set<string>>()
  return {
    hit(operation, key) {
      let keys = answered.get(operation)
      if (keys === undefined) {
        keys = new Set()
        answered.set(operation, keys)
      }
      keys.add(key)
    },
    entries(operations) {
      return operations.map((operation) => {
        const keys = answered.get(operation.name)
        const declared = operation.responses.map((response) => response.key)
        return {
          operation: operation.name,
          exercised: declared.filter((key) => keys?.has(key) === true),
          missing: declared.filter((key) => keys?.has(key) !== true),
        }
      })
    },
    reset() {
      answered.clear()
    },
  }
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length))
}

/**
 * Renders coverage entries as a table with one row per operation and a last line with the share of
 * declared keys exercised, e.g.:
 *
 * ```
 * operation  exercised  missing
 * getZoo     200, 404   4XX, default
 * 2 of 4 declared response keys exercised (50.0%)
 * ```
 */
export function formatCoverage(entries: readonly CoverageEntry[]): string {
  const rows = entries.map((entry) => [
    entry.operation,
    entry.exercised.length === 0 ? '-' : entry.exercised.join(', '),
    entry.missing.length === 0 ? '-' : entry.missing.join(', '),
  ])
  const header = ['operation', 'exercised', 'missing']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column] ?? 0)))
      .join('  ')
      .trimEnd()
  const exercised = entries.reduce((sum, entry) => sum + entry.exercised.length, 0)
  const total = entries.reduce((sum, entry) => sum + entry.exercised.length + entry.missing.length, 0)
  const percent = total === 0 ? 100 : (exercised / total) * 100
  return [
    line(header),
    ...rows.map(line),
    `${exercised} of ${total} declared response keys exercised (${percent.toFixed(1)}%)`,
  ].join('\n')
}
