/**
 * Reading one declaration back out of an emitted module, for emitter tests that assert on text:
 * generated modules separate top-level declarations by a blank line, and declarations hold none.
 *
 * @module
 */

/**
 * The text of the declaration that starts with `head` at the beginning of a line (its doc comment
 * excluded), up to the blank line that ends it.
 *
 * @example
 * declarationText(client, 'export type GetZooResult =')
 */
export function declarationText(source: string, head: string): string {
  const start = source.startsWith(head) ? 0 : source.indexOf(`\n${head}`) + 1
  if (start === 0 && !source.startsWith(head)) {
    throw new Error(`[statusline] Failed to find a declaration: no line starts with ${JSON.stringify(head)}`)
  }
  const end = source.indexOf('\n\n', start)
  return source.slice(start, end === -1 ? undefined : end).trimEnd()
}

/** The members of an emitted result union `export type <name> =`, one string per `| member` line. */
export function unionMembers(source: string, name: string): string[] {
  return declarationText(source, `export type ${name} =`)
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\s*\|\s*/, '').replace(/;$/, ''))
}
