/**
 * Finds integers that a JavaScript number cannot hold exactly (beyond ±2^53 − 1): both parsers read
 * numbers as doubles, so such a literal has already been rounded. They are reported, not changed.
 *
 * @module
 */

/** The text may hold an integer literal of 16+ digits (a cheap pre-check before walking the value). */
export function mayHoldUnsafeIntegers(text: string): boolean {
  return /\d{16}/.test(text)
}

/**
 * Returns the paths (segments) of up to `limit` numbers in `value` that are integers beyond
 * `Number.MAX_SAFE_INTEGER` in magnitude. Iterative, so deep values cannot overflow the stack.
 */
export function findUnsafeIntegers(value: unknown, limit = 20): string[][] {
  const found: string[][] = []
  const stack: Frame[] = [{ value, key: '', parent: undefined }]
  while (stack.length > 0 && found.length < limit) {
    const frame = stack.pop()!
    const current = frame.value
    if (typeof current === 'number') {
      if (Number.isInteger(current) && !Number.isSafeInteger(current)) found.push(pathOf(frame))
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], key: String(i), parent: frame })
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current)
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!
        const child = (current as Record<string, unknown>)[key]
        if (typeof child === 'object' || typeof child === 'number')
          stack.push({ value: child, key, parent: frame })
      }
    }
  }
  return found
}

interface Frame {
  readonly value: unknown
  readonly key: string
  readonly parent: Frame | undefined
}

function pathOf(frame: Frame): string[] {
  const path: string[] = []
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.key)
  return path.reverse()
}
