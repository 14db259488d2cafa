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

/**
 * Every `"$ref"` string of the text; when it is a member name, the colon after it and the string value
 * that follows (a `$ref` written as a value, as in an `enum`, has no colon; a member whose value is no
 * string has no third group).
 */
const REF_MEMBER = /"\$ref"(\s*:\s*)?("(?:[^"\\]|\\.)*")?/g

/** A `"mapping"` member name and the space up to its value. */
const MAPPING_MEMBER = /"mapping"\s*:\s*/g

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
  for (const [, colon, literal] of text.matchAll(REF_MEMBER)) {
    if (colon === undefined) continue
    if (literal === undefined) return undefined
    refs.add(literal.includes('\\') ? (JSON.parse(literal) as string) : literal.slice(1, -1))
  }
  for (const match of text.matchAll(MAPPING_MEMBER)) {
    const mapping = flatStringMap(text, match.index + match[0].length)
    if (mapping === undefined) return undefined
    for (const target of mapping) if (MAPPING_REFERENCE.test(target)) refs.add(target)
  }
  return refs
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
