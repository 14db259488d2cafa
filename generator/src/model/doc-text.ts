/**
 * Doc text: `summary` and `description` fields (CommonMark, OpenAPI 3.1 §4.3 Rich Text Formatting) made
 * safe to place inside a generated `/** … *\/` TSDoc block, once, so emitters can copy it verbatim.
 *
 * What is rewritten, and why:
 * - a star followed by a slash would close the comment: it is written `*\/` (Markdown renders the
 *   escaped slash as a plain slash);
 * - CR, CRLF, U+2028 and U+2029 become LF: emitters prefix each LF-separated line with ` * `, and a stray
 *   line terminator would leave a line without it (U+2028 also ends a `//` comment);
 * - other C0/C1 control characters and U+FEFF are dropped;
 * - `@` at the start of a line is written `\@`, so text such as `@param` is not read as a TSDoc tag;
 * - trailing spaces are trimmed and runs of blank lines collapse to one.
 * Backticks and `${` are left alone: inside a block comment they are inert, and they render as code.
 *
 * @module
 */

/** Line terminators other than LF. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g

/** Control characters and the byte-order mark (TAB and LF are put back by {@link keepTabAndLf}). */
const CONTROL = /[\p{Cc}\uFEFF]/gu

/** Drops a control character unless it is TAB or LF. */
function keepTabAndLf(character: string): string {
  return character === '\t' || character === '\n' ? character : ''
}

/** A star followed by a slash, which would end the block comment. */
const COMMENT_END = /\*\//g

/** `@` opening a line, which TSDoc would parse as a block tag. */
const LEADING_AT = /^([ \t]*)@/gm

/**
 * Anything {@link escapeDocText} would rewrite inside the text: a control character other than TAB and
 * LF (CR included), U+FEFF, U+2028, U+2029, a star and a slash, `@` opening a line, white space other
 * than LF ending a line, or a run of blank lines. A leading or trailing LF is checked apart; a single
 * blank line between paragraphs is kept as it is.
 */
const NEEDS_REWRITE = /[^\P{Cc}\t\n]|[\uFEFF\u2028\u2029]|\*\/|^[ \t]*@|[^\S\n]$|\n\n\n/mu

/**
 * Makes one piece of text safe inside a TSDoc block, as the module describes. Most text needs nothing:
 * it is returned as it is after one scan, without the rewriting passes.
 *
 * @example
 * escapeDocText('a*' + '/b') // 'a*\/b' (the text holds a star and a slash side by side)
 */
export function escapeDocText(text: string): string {
  const edgeLf = text.charCodeAt(0) === 0x0a || text.charCodeAt(text.length - 1) === 0x0a
  if (!edgeLf && !NEEDS_REWRITE.test(text)) return text
  const lines = text
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROL, keepTabAndLf)
    .replace(COMMENT_END, '*\\/')
    .replace(LEADING_AT, '$1\\@')
    .split('\n')
    .map((line) => line.trimEnd())
  const kept: string[] = []
  for (const line of lines) {
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue
    kept.push(line)
  }
  while (kept[kept.length - 1] === '') kept.pop()
  return kept.join('\n')
}

/** The fields of an OpenAPI object that make up its documentation. */
export interface DocSource {
  readonly summary?: unknown
  readonly description?: unknown
  readonly deprecated?: unknown
}

/**
 * The TSDoc text of an object: the summary, a blank line, the description (left out when it repeats
 * the summary), and `@deprecated` on a line of its own when the object is deprecated. Non-string
 * fields are ignored. Empty when there is nothing to say.
 *
 * @example
 * buildDocText({ summary: 'Get a zoo', description: 'By id.', deprecated: true })
 * // 'Get a zoo\n\nBy id.\n\n@deprecated'
 */
export function buildDocText(source: DocSource): string {
  const parts: string[] = []
  const summary = typeof source.summary === 'string' ? escapeDocText(source.summary) : ''
  const description = typeof source.description === 'string' ? escapeDocText(source.description) : ''
  if (summary !== '') parts.push(summary)
  if (description !== '' && description !== summary) parts.push(description)
  if (source.deprecated === true) parts.push('@deprecated')
  return parts.join('\n\n')
}
