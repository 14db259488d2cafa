/**
 * Offsets to 1-based line and column numbers, with the line table built once per text on first use.
 *
 * @module
 */

/** A 1-based line and column in a source file. */
export interface SourcePosition {
  readonly line: number
  readonly column: number
}

/** Maps offsets in `text` to positions; the table of line starts is built lazily and kept. */
export function createLineIndex(text: string): (offset: number) => SourcePosition {
  let starts: number[] | undefined
  return (offset) => {
    if (!starts) {
      starts = [0]
      let at = text.indexOf('\n')
      while (at !== -1) {
        starts.push(at + 1)
        at = text.indexOf('\n', at + 1)
      }
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 }
  }
}
