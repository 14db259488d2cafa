/**
 * Doc comments in `schema.d.ts`: a schema's `description` and `deprecated` (JSON Schema 2020-12
 * Meta-Data §9.1, §9.3) as TSDoc, escaped by the model's `buildDocText`, so text from the spec never
 * ends its comment.
 *
 * @module
 */
import { buildDocText } from '../../model/doc-text.ts'
import { commentText } from '../code-text.ts'

/**
 * One line that `buildDocText` would return unchanged: no line break, control character, `*`, `@` or
 * byte-order mark, and no trailing white space. Most descriptions are such a line, and skip the
 * escaping passes.
 */
const PLAIN_LINE = /^[^\p{Cc}\u2028\u2029\uFEFF*@]*[^\s\p{Cc}\u2028\u2029\uFEFF*@]$/u

/** The doc text of a schema (its description, and `@deprecated`); empty when it has none. */
export function schemaDocText(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return ''
  const { description, deprecated } = schema as { description?: unknown; deprecated?: unknown }
  if (description === undefined && deprecated !== true) return ''
  if (deprecated !== true && typeof description === 'string' && PLAIN_LINE.test(description))
    return description
  return buildDocText({ description, deprecated })
}

/**
 * A doc comment indented by `pad`, ending with a newline: `/** text *\/` for one line, a block with
 * ` * ` prefixes otherwise; empty for empty text. The text is passed through `commentText` again, so
 * unescaped text cannot end the comment either.
 */
export function docComment(text: string, pad: string): string {
  if (text === '') return ''
  const safe = commentText(text)
  if (!safe.includes('\n')) return `${pad}/** ${safe} */\n`
  const lines = safe.split('\n').map((line) => (line === '' ? `${pad} *` : `${pad} * ${line}`))
  return `${pad}/**\n${lines.join('\n')}\n${pad} */\n`
}
