/**
 * The text of an XML 1.0 document (W3C XML 1.0 Fifth Edition): character data and attribute values
 * escaped, characters XML 1.0 cannot carry replaced, and names made well-formed namespace names (NCName,
 * Namespaces in XML 1.0 §3) whatever a schema's property names hold.
 *
 * @module
 */

/** What each character that markup would misread is written as. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a CR into LF, and a tab or LF in an attribute into a space: references keep them.
  '\r': '&#13;',
}

const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { ...ENTITIES, '\t': '&#9;', '\n': '&#10;' }

/**
 * The characters XML 1.0 cannot carry, not even as character references (§2.2 `Char`): C0 controls
 * other than tab, LF and CR, lone surrogates (in `u` mode a surrogate pair is one code point, so only a
 * lone one matches the range), U+FFFE and U+FFFF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls XML 1.0 cannot carry is its job
const NOT_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** Stands for a character XML 1.0 cannot carry. */
const REPLACEMENT = '\uFFFD'

/** Markup characters, CR, and the characters XML 1.0 cannot carry. */
const TEXT_SPECIAL = /[&<>"'\r]/g
const ATTRIBUTE_SPECIAL = /[&<>"'\r\t\n]/g

/**
 * Character data for element content: `& < > " '` and CR as references, characters XML 1.0 cannot
 * carry as U+FFFD.
 *
 * @example
 * escapeText('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeText(text: string): string {
  return text.replace(NOT_CHAR, REPLACEMENT).replace(TEXT_SPECIAL, (char) => ENTITIES[char] ?? char)
}

/**
 * An attribute value, to write between double quotes: as {@link escapeText}, and tab and LF as
 * references too (a parser would normalise them to spaces).
 *
 * @example
 * escapeAttribute('x\ny') // 'x&#10;y'
 */
export function escapeAttribute(text: string): string {
  return text
    .replace(NOT_CHAR, REPLACEMENT)
    .replace(ATTRIBUTE_SPECIAL, (char) => ATTRIBUTE_ENTITIES[char] ?? char)
}

/** XML 1.0 `NameStartChar` without `:` (§2.3; Namespaces in XML §3, NCName). */
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
/** XML 1.0 `NameChar` without `:`. */
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040`

const NOT_NAME_CHAR = new RegExp(`[^${NAME_CHAR}]`, 'gu')
const STARTS_NAME = new RegExp(`^[${NAME_START}]`, 'u')

/**
 * A name usable as an element or attribute name without a prefix (an NCName): each character a name
 * cannot hold (spaces, `:`, `@`, `$`…) becomes `_`, and a name that cannot start as it does (empty, a
 * digit, `-`, `.`) gets a leading `_`.
 *
 * @example
 * xmlName('first name') // 'first_name'
 * xmlName('2fa')        // '_2fa'
 */
export function xmlName(name: string): string {
  const chars = name.replace(NOT_NAME_CHAR, '_')
  return STARTS_NAME.test(chars) ? chars : `_${chars}`
}
