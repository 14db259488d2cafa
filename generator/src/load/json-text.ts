/**
 * Positions in JSON text: where a syntax error is (Node's `JSON.parse` messages carry no position on
 * Node 20) and where the member a JSON pointer names starts. Both are only used on the error and warning
 * paths; the happy path is plain `JSON.parse`.
 *
 * @module
 */

/** A syntax error found by {@link findJsonSyntaxError}: the offset it is at and what was expected. */
export interface JsonSyntaxProblem {
  readonly offset: number
  readonly message: string
}

class JsonSyntaxFailure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message)
  }
}

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const QUOTE = 0x22
const BACKSLASH = 0x5c

function isWhitespace(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === TAB
}

function skipWhitespace(text: string, pos: number): number {
  let p = pos
  while (p < text.length && isWhitespace(text.charCodeAt(p))) p++
  return p
}

function describe(text: string, pos: number): string {
  return pos >= text.length ? 'end of input' : `"${text[pos]}"`
}

/** Returns the offset after the string that starts at `pos` (a `"`), checking escapes and control characters. */
function scanString(text: string, pos: number): number {
  let p = pos + 1
  while (p < text.length) {
    const code = text.charCodeAt(p)
    if (code === QUOTE) return p + 1
    if (code === BACKSLASH) {
      const next = text[p + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(p + 2, p + 6))) {
          throw new JsonSyntaxFailure(p, 'Invalid \\u escape in string: four hex digits are expected')
        }
        p += 6
        continue
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        throw new JsonSyntaxFailure(p, `Invalid escape "\\${next ?? ''}" in string`)
      }
      p += 2
      continue
    }
    if (code < SPACE)
      throw new JsonSyntaxFailure(p, 'Unescaped control character (e.g. a line break) in string')
    p++
  }
  throw new JsonSyntaxFailure(pos, 'Unterminated string')
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y

function scanScalar(text: string, pos: number): number {
  const code = text.charCodeAt(pos)
  if (code === QUOTE) return scanString(text, pos)
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, pos)) return pos + word.length
  }
  numberPattern.lastIndex = pos
  const match = numberPattern.exec(text)
  if (match && match[0].length > 0 && match[0] !== '-') return pos + match[0].length
  throw new JsonSyntaxFailure(pos, `Unexpected ${describe(text, pos)}: a value is expected`)
}

/** Reads `"key" :` at `pos` (after whitespace); returns the offset after the colon. */
function scanKeyAndColon(text: string, pos: number, afterComma: boolean): number {
  const start = skipWhitespace(text, pos)
  if (text.charCodeAt(start) !== QUOTE) {
    const what =
      afterComma && text[start] === '}' ? 'Trailing comma before "}"' : `Unexpected ${describe(text, start)}`
    throw new JsonSyntaxFailure(start, `${what}: a property name in double quotes is expected`)
  }
  const colon = skipWhitespace(text, scanString(text, start))
  if (text[colon] !== ':')
    throw new JsonSyntaxFailure(colon, `Unexpected ${describe(text, colon)}: ":" is expected`)
  return colon + 1
}

/**
 * Finds the first syntax error in JSON text, or undefined when the text is valid JSON. Iterative, so
 * deeply nested input cannot overflow the stack.
 *
 * @example
 * ```ts
 * findJsonSyntaxError('{"a": 1,}') // { offset: 8, message: 'Trailing comma before "}": …' }
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  const stack: string[] = []
  let pos = 0
  let expectValue = true
  let afterComma = false
  try {
    for (;;) {
      if (expectValue) {
        pos = skipWhitespace(text, pos)
        const c = text[pos]
        if (c === '{' || c === '[') {
          const close = c === '{' ? '}' : ']'
          const inner = skipWhitespace(text, pos + 1)
          if (text[inner] === close) {
            pos = inner + 1
            expectValue = false
          } else {
            stack.push(close)
            pos = c === '{' ? scanKeyAndColon(text, pos + 1, false) : pos + 1
          }
        } else if (afterComma && c === ']') {
          throw new JsonSyntaxFailure(pos, 'Trailing comma before "]": a value is expected')
        } else {
          pos = scanScalar(text, pos)
          expectValue = false
        }
        afterComma = false
        continue
      }
      pos = skipWhitespace(text, pos)
      const close = stack[stack.length - 1]
      if (close === undefined) {
        if (pos < text.length)
          throw new JsonSyntaxFailure(pos, `Unexpected ${describe(text, pos)} after the JSON value`)
        return undefined
      }
      const c = text[pos]
      if (c === ',') {
        pos = close === '}' ? scanKeyAndColon(text, pos + 1, true) : pos + 1
        expectValue = true
        afterComma = close === ']'
      } else if (c === close) {
        stack.pop()
        pos++
      } else {
        throw new JsonSyntaxFailure(pos, `Unexpected ${describe(text, pos)}: "," or "${close}" is expected`)
      }
    }
  } catch (error) {
    if (error instanceof JsonSyntaxFailure) return { offset: error.offset, message: error.message }
    throw error
  }
}

/** Returns the offset after the (valid) JSON value starting at `pos`. */
function skipValue(text: string, pos: number): number {
  const first = text[pos]
  if (first !== '{' && first !== '[') return scanScalar(text, pos)
  let depth = 0
  let p = pos
  while (p < text.length) {
    const code = text.charCodeAt(p)
    if (code === QUOTE) {
      p = scanString(text, p)
      continue
    }
    if (code === 0x7b || code === 0x5b) depth++
    else if (code === 0x7d || code === 0x5d) {
      depth--
      if (depth === 0) return p + 1
    }
    p++
  }
  return p
}

/**
 * Finds where the member a pointer names starts in valid JSON text: the offset of its key for object
 * members, of the element for array items, 0 for the whole document. Undefined when there is no such
 * member (e.g. the pointer names a value that only exists after bundling).
 */
export function locateInJson(text: string, segments: readonly string[]): number | undefined {
  let pos = skipWhitespace(text, 0)
  let memberStart = pos
  try {
    for (const segment of segments) {
      const c = text[pos]
      if (c === '{') {
        pos = skipWhitespace(text, pos + 1)
        let found = false
        while (text.charCodeAt(pos) === QUOTE) {
          const keyEnd = scanString(text, pos)
          const raw = text.slice(pos, keyEnd)
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1)
          const keyStart = pos
          pos = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1)
          if (key === segment) {
            memberStart = keyStart
            found = true
            break
          }
          pos = skipWhitespace(text, skipValue(text, pos))
          if (text[pos] !== ',') return undefined
          pos = skipWhitespace(text, pos + 1)
        }
        if (!found) return undefined
      } else if (c === '[') {
        if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined
        const index = Number(segment)
        pos = skipWhitespace(text, pos + 1)
        for (let i = 0; i < index; i++) {
          if (text[pos] === ']') return undefined
          pos = skipWhitespace(text, skipValue(text, pos))
          if (text[pos] !== ',') return undefined
          pos = skipWhitespace(text, pos + 1)
        }
        if (text[pos] === ']') return undefined
        memberStart = pos
      } else {
        return undefined
      }
    }
  } catch (error) {
    if (error instanceof JsonSyntaxFailure) return undefined
    throw error
  }
  return memberStart
}
