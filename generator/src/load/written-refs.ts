/**
 * The references a JSON file's text holds, read from the text with a few `indexOf` scans instead of a
 * walk of the parsed value: every `$ref` value, and every `discriminator.mapping` value written as a
 * reference. The bundler uses them to see that a single-file document needs no bundling (GitHub's 13 MB
 * document: ten thousand `$ref`s, all into `#/components`) without walking it.
 *
 * The scan gives up (undefined) whenever the text does not show the references plainly: a key written
 * with escaped letters, a `$ref` that is not a string, a `mapping` that is not a flat map of strings.
 *
 * @module
 */

/** Escaped printable ASCII (`\u0024` for `$`): a key could hide behind it, so the text proves nothing. */
const ESCAPED_ASCII = /\\u00[2-7][0-9a-f]/i

/** A mapping value the bundler reads as a reference (bundle-refs.ts), not a bare schema name. */
const MAPPING_REFERENCE = /[#/]|\.(ya?ml|json)$/i

/**
 * Every `$ref` value and every reference-like `discriminator.mapping` value of a JSON text, or undefined
 * when the text does not show them all plainly (see the module comment).
 *
 * @example
 * writtenRefs('{"a":{"$ref":"#/components/schemas/A"}}') // Set { '#/components/schemas/A' }
 */
export function writtenRefs(text: string): ReadonlySet<string> | undefined {
  if (ESCAPED_ASCII.test(text)) return undefined
  const refs = new Set<string>()
  for (let at = text.indexOf('"$ref"'); at !== -1; at = text.indexOf('"$ref"', at + 6)) {
    const value = afterColon(text, at + 6)
    if (value === -1) continue
    const literal = stringAt(text, value)
    if (literal === undefined) return undefined
    refs.add(literal)
  }
  for (let at = text.indexOf('"mapping"'); at !== -1; at = text.indexOf('"mapping"', at + 9)) {
    const value = afterColon(text, at + 9)
    if (value === -1) continue
    const mapping = flatStringMap(text, value)
    if (mapping === undefined) return undefined
    for (const target of mapping) if (MAPPING_REFERENCE.test(target)) refs.add(target)
  }
  return refs
}

/** Index of the first non-space after a `:` that follows `from`; -1 when no colon follows (a value, not a key). */
function afterColon(text: string, from: number): number {
  let at = skipSpace(text, from)
  if (text.charCodeAt(at) !== 0x3a) return -1
  at = skipSpace(text, at + 1)
  return at
}

function skipSpace(text: string, from: number): number {
  let at = from
  for (;;) {
    const code = text.charCodeAt(at)
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return at
    at++
  }
}

/** The JSON string literal starting at `at`, decoded; undefined when none starts there. */
function stringAt(text: string, at: number): string | undefined {
  if (text.charCodeAt(at) !== 0x22) return undefined
  let end = at + 1
  let escaped = false
  for (;;) {
    end = text.indexOf('"', end)
    if (end === -1) return undefined
    let backslashes = 0
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) break
    escaped = true
    end++
  }
  if (!escaped) return text.slice(at + 1, end)
  const decoded: unknown = JSON.parse(text.slice(at, end + 1))
  return typeof decoded === 'string' ? decoded : undefined
}

/** The values of the object starting at `at` when it maps names to strings only; else undefined. */
function flatStringMap(text: string, at: number): string[] | undefined {
  if (text.charCodeAt(at) !== 0x7b) return undefined
  const end = text.indexOf('}', at)
  if (end === -1) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text.slice(at, end + 1))
  } catch {
    // A `{` inside (a nested object), or a `}` inside a string: not a flat map.
    return undefined
  }
  const values = Object.values(parsed as Record<string, unknown>)
  return values.every((value) => typeof value === 'string') ? (values as string[]) : undefined
}
