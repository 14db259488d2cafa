/**
 * Where malformed JSON goes wrong (RFC 8259 grammar): a non-recursive scanner run only after
 * `JSON.parse` failed, so that the 400 answer names the line, the column and what was expected in the
 * same words whatever the JavaScript engine's own message says.
 *
 * @module
 */

/** Where and why a JSON text is malformed. */
export interface JsonSyntaxError {
  /** Zero-based offset of the offending character (the text's length at an unexpected end). */
  readonly offset: number
  /** One-based line and column of the offset. */
  readonly line: number
  readonly column: number
  /** What is wrong, e.g. `unexpected "}", expected a value`. */
  readonly reason: string
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y

class Failure {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function describe(text: string, offset: number): string {
  const char = text[offset]
  return char === undefined ? 'end of input' : JSON.stringify(char)
}

function position(text: string, offset: number, reason: string): JsonSyntaxError {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++
      lineStart = i + 1
    }
  }
  return { offset, line, column: offset - lineStart + 1, reason }
}

/** Scans a string starting at its opening quote; returns the offset after the closing quote. */
function scanString(text: string, start: number): number {
  let i = start + 1
  for (;;) {
    const char = text[i]
    if (char === undefined) throw new Failure(i, 'unterminated string')
    if (char === '"') return i + 1
    if (char === '\\') {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new Failure(i, 'invalid \\u escape')
        i += 6
        continue
      }
      if (next === undefined || !ESCAPES.has(next)) throw new Failure(i, 'invalid escape sequence')
      i += 2
      continue
    }
    if (char.charCodeAt(0) < 0x20) throw new Failure(i, 'control character in string (escape it)')
    i++
  }
}

/** Scans a scalar value (string, number, literal); returns the offset after it. */
function scanScalar(text: string, i: number): number {
  const char = text[i]
  if (char === '"') return scanString(text, i)
  if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
    NUMBER.lastIndex = i
    const match = NUMBER.exec(text)
    const end = i + (match?.[0].length ?? 0)
    const after = text[end]
    if (match === null || match[0] === '-' || (after !== undefined && /[\d.eE+-]/.test(after))) {
      throw new Failure(i, 'invalid number')
    }
    return end
  }
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length
  }
  throw new Failure(i, `unexpected ${describe(text, i)}, expected a value`)
}

function skipWhitespace(text: string, i: number): number {
  let at = i
  while (WHITESPACE.has(text[at] ?? '')) at++
  return at
}

function scan(text: string): void {
  const stack: ('object' | 'array')[] = []
  let i = skipWhitespace(text, 0)
  let mode: 'value' | 'key' | 'after' = 'value'
  for (;;) {
    i = skipWhitespace(text, i)
    if (mode === 'value') {
      const char = text[i]
      if (char === '{' || char === '[') {
        stack.push(char === '{' ? 'object' : 'array')
        i = skipWhitespace(text, i + 1)
        if (text[i] === (char === '{' ? '}' : ']')) {
          stack.pop()
          i++
          mode = 'after'
        } else {
          mode = char === '{' ? 'key' : 'value'
        }
        continue
      }
      i = scanScalar(text, i)
      mode = 'after'
    } else if (mode === 'key') {
      if (text[i] !== '"')
        throw new Failure(i, `unexpected ${describe(text, i)}, expected a property name in double quotes`)
      i = skipWhitespace(text, scanString(text, i))
      if (text[i] !== ':')
        throw new Failure(i, `unexpected ${describe(text, i)}, expected ":" after the property name`)
      i++
      mode = 'value'
    } else {
      const top = stack[stack.length - 1]
      if (top === undefined) {
        if (i < text.length) throw new Failure(i, `unexpected ${describe(text, i)} after the JSON value`)
        return
      }
      const close = top === 'object' ? '}' : ']'
      if (text[i] === ',') {
        i++
        mode = top === 'object' ? 'key' : 'value'
      } else if (text[i] === close) {
        stack.pop()
        i++
      } else {
        throw new Failure(i, `unexpected ${describe(text, i)}, expected "," or "${close}"`)
      }
    }
  }
}

/**
 * Locates the first syntax error of a JSON text; `undefined` when the text is valid JSON.
 *
 * @example
 * locateJsonError('{"a":}') // { offset: 5, line: 1, column: 6, reason: 'unexpected "}", expected a value' }
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text)
    return undefined
  } catch (error) {
    if (error instanceof Failure) return position(text, error.offset, error.reason)
    throw error
  }
}

/** The message of a malformed JSON body: `malformed JSON at line 1, column 6: unexpected "}", expected a value`. */
export function describeJsonError(error: JsonSyntaxError): string {
  return `malformed JSON at line ${error.line}, column ${error.column} (offset ${error.offset}): ${error.reason}`
}
