/**
 * Identifiers: turning operationIds (free-form strings, OpenAPI 3.1 §4.8.10, Operation Object,
 * `operationId`) and path templates (§4.8.8, Paths Object) into ECMAScript identifiers
 * (ECMA-262 §12.7, Names and Keywords).
 *
 * The scheme, applied the same way everywhere:
 * 1. The text is NFC-normalised and cut into words at every character that cannot continue an
 *    identifier (`/`, `-`, `.`, spaces, emoji, `$`) and at `_`; each chunk is cut again at case
 *    boundaries (`getUser` → get|User, `HTMLParser` → HTML|Parser, `getV2Users` → get|V2|Users).
 * 2. camelCase joins the words with the first lower-cased and the others capitalised
 *    (`GET_USER` → `getUser`, `repos/get-content` → `reposGetContent`); PascalCase capitalises all.
 * 3. A result that cannot start an identifier (`2faVerify`) is prefixed with `_` (`_2faVerify`).
 *
 * Operations without an operationId get one from method + path: the method, then each literal path
 * segment, then `By` + the name of each template variable (`GET /zoos/{zId}/animals` →
 * `getZoosByZIdAnimals`; `GET /` → `getRoot`).
 *
 * @module
 */

/** Characters that split words: anything that cannot continue an identifier, plus `_`. */
const SEPARATORS = /[^\p{ID_Continue}\u200C\u200D]+|_+/u

/** A lower-case letter or a digit followed by an upper-case letter: `tU` in `getUser`, `2U` in `v2Users`. */
const LOWER_UPPER = /([\p{Ll}\p{N}])(\p{Lu})/gu

/** An upper-case run followed by a capitalised word: `LP` in `HTMLParser`. */
const UPPER_RUN = /(\p{Lu})(\p{Lu}\p{Ll})/gu

/** Characters that may start an identifier. */
const ID_START = /^[\p{ID_Start}$_]/u

/** A whole, syntactically valid identifier (reserved words are not checked here). */
const IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u

/** A path template variable, `{zId}` (OpenAPI 3.1 §4.8.2, Path Templating). */
const TEMPLATE_VARIABLE = /\{([^{}]*)\}/g

/**
 * Cuts free-form text into words, as step 1 of the module's scheme describes.
 *
 * @example
 * splitWords('repos/get-content') // ['repos', 'get', 'content']
 * splitWords('HTMLParser_v2')     // ['HTML', 'Parser', 'v2']
 */
export function splitWords(text: string): string[] {
  const words: string[] = []
  for (const chunk of text.normalize('NFC').split(SEPARATORS)) {
    if (chunk === '') continue
    const spaced = chunk.replace(LOWER_UPPER, '$1 $2').replace(UPPER_RUN, '$1 $2')
    for (const word of spaced.split(' ')) if (word !== '') words.push(word)
  }
  return words
}

/** Upper-cases the first character of a word and lower-cases the rest. */
function capitalise(word: string): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0)
  return first.toUpperCase() + word.slice(first.length).toLowerCase()
}

/** Prefixes `_` when the text cannot start an identifier (it starts with a digit or a mark). */
function guardStart(text: string): string {
  return text === '' || ID_START.test(text) ? text : `_${text}`
}

/**
 * camelCase identifier from free-form text; empty when the text holds no identifier characters.
 *
 * @example
 * toCamelCase('find pet by id') // 'findPetById'
 * toCamelCase('2fa/verify')     // '_2faVerify'
 */
export function toCamelCase(text: string): string {
  const words = splitWords(text)
  const [first, ...rest] = words
  if (first === undefined) return ''
  return guardStart(first.toLowerCase() + rest.map(capitalise).join(''))
}

/**
 * PascalCase identifier from free-form text; empty when the text holds no identifier characters.
 *
 * @example
 * toPascalCase('repos/get') // 'ReposGet'
 */
export function toPascalCase(text: string): string {
  return guardStart(splitWords(text).map(capitalise).join(''))
}

/**
 * Upper-cases the first character of an identifier, keeping the rest: the type stem of a function name
 * (`getUser2` → `GetUser2`, `_2faVerify` → `_2faVerify`).
 */
export function upperFirst(identifier: string): string {
  const first = String.fromCodePoint(identifier.codePointAt(0) ?? 0)
  return identifier === '' ? '' : first.toUpperCase() + identifier.slice(first.length)
}

/** Whether the text is a syntactically valid ECMAScript identifier name. */
export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text)
}

/**
 * The operationId derived from method and path template for operations that have none.
 *
 * @example
 * deriveOperationId('get', '/zoos/{zId}/animals') // 'getZoosByZIdAnimals'
 * deriveOperationId('delete', '/')                 // 'deleteRoot'
 */
export function deriveOperationId(method: string, path: string): string {
  const parts: string[] = [method]
  for (const segment of path.split('/')) {
    let last = 0
    for (const match of segment.matchAll(TEMPLATE_VARIABLE)) {
      parts.push(segment.slice(last, match.index), `By ${match[1] ?? ''}`)
      last = match.index + match[0].length
    }
    parts.push(segment.slice(last))
  }
  const words = splitWords(parts.join(' '))
  if (words.length === 1) words.push('Root')
  return toCamelCase(words.join(' '))
}
