/**
 * Finds integers that a JavaScript number cannot hold exactly (beyond ±2^53 − 1): both parsers read
 * numbers as doubles, so such a literal has already been rounded. They are reported, not changed.
 *
 * @module
 */

/** A run of 16 digits, as in an integer literal beyond 2^53. */
const SIXTEEN_DIGITS = /\d{16}/g

/** A mantissa digit and a three-digit exponent, as in `1e400` (which JSON.parse reads as Infinity). */
const THREE_DIGIT_EXPONENT = /\d[eE]\+?\d{3}/g

/** Characters a JSON or YAML number token can follow directly: `: 1`, `[1`, `,1`, `{1`, a line start. */
const BEFORE_NUMBER = /[\s:,[{]/

/** Characters of a number literal before the part a pattern matched: digits, a point, a sign. */
const NUMBER_CHARACTER = /[\d.+-]/

/**
 * Whether the match at `index` can be part of a number token: walking back over the literal's digits,
 * point and sign reaches the start of the text or a character a number can follow, not a letter or a
 * quote (`"sha": "e3401541283143094…"` holds 16 digits but no number). Over-approximates: digits after a
 * space inside a string still count, which only costs a walk of the value.
 */
function startsAtNumberToken(text: string, index: number): boolean {
  let start = index
  while (start > 0 && NUMBER_CHARACTER.test(text.charAt(start - 1))) start--
  return start === 0 || BEFORE_NUMBER.test(text.charAt(start - 1))
}

/** Lines longer than this (minified JSON) are not scanned for quotes by {@link insideJsonString}. */
const MAX_LINE_SCAN = 10_000

/**
 * Whether `index` is inside a string of JSON text. JSON strings hold no line break, so the quotes before
 * `index` on its line tell: an odd number of unescaped ones. A line longer than {@link MAX_LINE_SCAN}
 * is not scanned (answers false, so the match still counts).
 */
function insideJsonString(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index) + 1
  if (index - lineStart > MAX_LINE_SCAN) return false
  let inside = false
  for (let i = lineStart; i < index; i++) {
    const char = text.charCodeAt(i)
    if (char === BACKSLASH && inside) i++
    else if (char === QUOTE) inside = !inside
  }
  return inside
}

const BACKSLASH = 0x5c
const QUOTE = 0x22

/** Whether a match of `pattern` in `text` can be part of a number token. */
function matchesInNumberToken(text: string, pattern: RegExp, json: boolean): boolean {
  for (const match of text.matchAll(pattern)) {
    if (startsAtNumberToken(text, match.index) && !(json && insideJsonString(text, match.index))) return true
  }
  return false
}

/** How a pre-check reads the text. */
export interface PreCheckOptions {
  /** The text was parsed as JSON, so a match inside a string literal is no number. */
  readonly json?: boolean
}

/**
 * The text may hold an integer literal of 16+ digits: a cheap pre-check before walking the value, which
 * on large documents (GitHub's 13 MB, full of hex digests) costs far more than the scan.
 */
export function mayHoldUnsafeIntegers(text: string, options: PreCheckOptions = {}): boolean {
  return matchesInNumberToken(text, SIXTEEN_DIGITS, options.json === true)
}

/**
 * Returns the paths (segments) of up to `limit` numbers in `value` that are integers beyond
 * `Number.MAX_SAFE_INTEGER` in magnitude. Iterative, so deep values cannot overflow the stack.
 */
export function findUnsafeIntegers(value: unknown, limit = 20): string[][] {
  return findNumbers(value, (n) => Number.isInteger(n) && !Number.isSafeInteger(n), limit).map(pathOf)
}

/**
 * The frames of up to `limit` numbers in `value` that `select` accepts, in document order. Iterative, so
 * deep values cannot overflow the stack.
 */
function findNumbers(value: unknown, select: (number: number) => boolean, limit: number): Frame[] {
  const found: Frame[] = []
  const stack: Frame[] = [{ value, key: '', parent: undefined }]
  while (stack.length > 0 && found.length < limit) {
    const frame = stack.pop()!
    const current = frame.value
    if (typeof current === 'number') {
      if (select(current)) found.push(frame)
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

/**
 * The text may hold a number JSON cannot represent: YAML `.inf`/`.nan` (any case) or a literal with a
 * three-digit exponent (`1e400`, which JSON.parse reads as Infinity). A cheap pre-check before walking;
 * JSON text has no `.inf`.
 */
export function mayHoldNonFiniteNumbers(text: string, options: PreCheckOptions = {}): boolean {
  if (options.json === true) return matchesInNumberToken(text, THREE_DIGIT_EXPONENT, true)
  return /\.(?:inf|nan)\b/i.test(text) || matchesInNumberToken(text, THREE_DIGIT_EXPONENT, false)
}

/**
 * Removes every infinite or NaN number from `value` (object members are deleted, array items spliced
 * out) and returns their paths (segments), in document order. Iterative, like {@link findUnsafeIntegers}.
 */
export function removeNonFiniteNumbers(value: unknown): string[][] {
  const found = findNumbers(value, (n) => !Number.isFinite(n), Number.POSITIVE_INFINITY)
  const paths = found.map(pathOf)
  // Last first, so that splicing an array item leaves the indexes of the others valid.
  for (const frame of [...found].reverse()) {
    const container = frame.parent?.value
    if (Array.isArray(container)) container.splice(Number(frame.key), 1)
    else if (typeof container === 'object' && container !== null)
      delete (container as Record<string, unknown>)[frame.key]
  }
  return paths
}
