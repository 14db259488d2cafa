/**
 * Strings: `pattern` (generated from the regex and verified), `format`, `minLength`/`maxLength`
 * (counted in code points, as JSON Schema 2020-12 Validation §6.3 does), and property-name realism.
 *
 * @module
 */

import { compilePattern } from '../validate/patterns.ts'
import type { Frame, Gen, Schema } from './context.ts'
import { addIssue, sizeRange } from './context.ts'
import { formatValue } from './formats.ts'
import { isPlain } from './numbers.ts'
import { realisticValue } from './property-names.ts'
import { generateFromRegex, parseRegex, type RegexNode } from './regex.ts'

const ATTEMPTS = 24
const FORMAT_ATTEMPTS = 6
/** The shortest realistic values of formats, for `maxLength`s that faker's values exceed. */
const SHORT_FORMATS: Readonly<Record<string, string>> = {
  email: 'a@b.io',
  'idn-email': 'a@b.io',
  uri: 'https://a.io',
  url: 'https://a.io',
  iri: 'https://a.io',
  hostname: 'a.io',
  'idn-hostname': 'a.io',
  'uri-reference': '/a',
  'iri-reference': '/a',
  ipv4: '1.1.1.1',
  ipv6: '::1',
  date: '2024-01-01',
}
const parsedCache = new Map<string, { node: RegexNode; names: Map<string, number> } | null>()

/** Generates a string that satisfies the schema's string keywords. */
export function generateString(g: Gen, schema: Schema, frame: Frame): string {
  const { min, max } = sizeRange(g, frame, schema, ['minLength', 'maxLength'])
  const { pattern, format } = schema
  if (typeof format === 'string') {
    // Beside a pattern, a value of the format that also matches it (a date-time pattern generates
    // strings such as `9073-12-32T22:62:70Z`, which are no date-time); else the pattern's own.
    const re = typeof pattern === 'string' ? compilePattern(pattern) : null
    const value = fromFormat(g, format, min, max, (candidate) => re === null || re.test(candidate))
    if (value !== undefined) return value
  }
  if (typeof pattern === 'string') return fromPattern(g, pattern, min, max, frame)
  if (isPlain(schema)) {
    const value = realisticValue(g, frame.propertyName, 'string')
    if (typeof value === 'string' && fitsLength(value, min, max)) return value
  }
  return loremOfLength(g, min, max)
}

/** A value of `format` of a length in `[min, max]` that `accept` takes, or undefined when none is found. */
function fromFormat(
  g: Gen,
  format: string,
  min: number,
  max: number,
  accept: (value: string) => boolean,
): string | undefined {
  for (let attempt = 0; attempt < FORMAT_ATTEMPTS; attempt++) {
    const value = formatValue(g.faker, format)
    if (value === undefined) break
    for (const written of format === 'date-time' ? dateTimeWritings(value) : [value])
      if (fitsLength(written, min, max) && accept(written)) return written
  }
  const short = SHORT_FORMATS[format]
  return short !== undefined && fitsLength(short, min, max) && accept(short) ? short : undefined
}

/**
 * An RFC 3339 date-time (`2024-05-01T12:30:00.123Z`) written every way that names the same instant, for
 * lengths and patterns that ask for one: without fraction (20 characters), with 1 to 9 fraction digits,
 * with `+00:00` for `Z` (Unicourt's dates are exactly 25 characters long).
 */
function dateTimeWritings(value: string): string[] {
  const match = /^(.{19})(?:\.(\d+))?Z$/.exec(value)
  if (match === null) return [value]
  const [, seconds = '', fraction = ''] = match
  const fractions = [
    '',
    ...Array.from({ length: 9 }, (_, k) => `.${fraction.padEnd(9, '0').slice(0, k + 1)}`),
  ]
  return [value, ...fractions.flatMap((digits) => [`${seconds}${digits}Z`, `${seconds}${digits}+00:00`])]
}

/** Whether a string's length in code points lies in `[min, max]`. */
export function fitsLength(value: string, min: number, max: number): boolean {
  const length = codePoints(value)
  return length >= min && length <= max
}

function codePoints(value: string): number {
  let n = 0
  for (const _ of value) n++
  return n
}

/** Lorem words cut to a length between `min` and `max` (1–3 words when unbounded). */
function loremOfLength(g: Gen, min: number, max: number): string {
  const f = g.faker
  if (min === 0 && max === Infinity) return f.lorem.words({ min: 1, max: 3 })
  if (max === 0) return ''
  const target = f.number.int({ min: Math.max(min, 1), max: Math.min(max, Math.max(min, 1) + 24) })
  const words = [f.lorem.words({ min: 1, max: 3 })]
  // Counted as it grows: a minLength of thousands takes thousands of words.
  for (let length = codePoints(words[0] as string); length < target; ) {
    const word = f.lorem.word()
    words.push(word)
    length += 1 + codePoints(word)
  }
  const text = [...words.join(' ')].slice(0, target).join('')
  return text.endsWith(' ') ? `${text.slice(0, -1)}a` : text
}

function fromPattern(g: Gen, pattern: string, min: number, max: number, frame: Frame): string {
  const re = compilePattern(pattern)
  let parsed = parsedCache.get(pattern)
  if (parsed === undefined) {
    try {
      // The source as compiled: a pattern written for Java's engine is generated from its rewriting.
      parsed = parseRegex(re?.source ?? pattern)
    } catch {
      parsed = null
    }
    parsedCache.set(pattern, parsed)
  }
  const random = { int: (lo: number, hi: number) => g.faker.number.int({ min: lo, max: hi }) }
  let best = ''
  for (let attempt = 0; attempt < ATTEMPTS && parsed !== null; attempt++) {
    const extra = attempt < 8 ? 3 : Math.max(3, Math.min(min, 64) + attempt)
    // Every other attempt writes positive lookaheads out (a prefix the rest of the pattern must follow).
    let value = generateFromRegex(parsed, random, attempt % 4 === 3 ? 0 : extra, attempt % 2 === 1)
    if (re !== null && !re.test(value)) continue
    if (codePoints(value) < min) value = padToLength(g, value, min, re)
    if (attempt === 0 || fitsLength(value, min, max)) best = value
    if (fitsLength(value, min, max)) return value
  }
  if (parsed === null || best === '') {
    try {
      const value = g.faker.helpers.fromRegExp(pattern)
      if ((re === null || re.test(value)) && fitsLength(value, min, max)) return value
    } catch {
      // fall through to the best effort
    }
  }
  const reason = parsed === null ? 'the sampler cannot parse it' : `no match of length ${min}–${max} found`
  addIssue(g, frame, 'pattern', `could not generate a string matching /${pattern}/: ${reason}`)
  return best
}

/**
 * Pads a matching string to `min` code points at its end or start, keeping it matching: with letters, or
 * else by repeating its own last or first character (`^[0-9a-f]+$` takes no letter past `f`).
 */
function padToLength(g: Gen, value: string, min: number, re: RegExp | null): string {
  const missing = min - codePoints(value)
  const fill = g.faker.string.alpha({ length: missing, casing: 'lower' })
  const chars = [...value]
  const last = (chars.at(-1) ?? '').repeat(missing)
  const first = (chars[0] ?? '').repeat(missing)
  for (const candidate of [value + fill, fill + value, value + last, first + value])
    if (re === null || re.test(candidate)) return candidate
  return value
}
