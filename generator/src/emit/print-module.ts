/**
 * Printing a generated module: its import declarations, then each declaration separated by a blank
 * line, two-space indentation, single quotes, no trailing whitespace, a final line break. Declarations
 * are ts-morph structures printed by `structures.ts`, or statement writers for what a structure cannot
 * express (an object literal written entry by entry, a doc comment on its own).
 *
 * @module
 */
import { CodeWriter, type StatementWriter } from './code-writer.ts'
import { type ImportStructure, importDeclaration } from './structures.ts'

/** A declaration of a module: a printed structure or a writer (both are {@link StatementWriter}s). */
export type ModuleStatement = StatementWriter

/**
 * Prints one TypeScript module, the way every generated module is formatted.
 *
 * @example
 * ```ts
 * printModule([{ moduleSpecifier: './schema.js', isTypeOnly: true, namedImports: ['paths'] }], [
 *   typeAlias({ name: 'Zoo', isExported: true, type: "paths['/zoo']" }),
 * ])
 * // "import type { paths } from './schema.js';\n\nexport type Zoo = paths['/zoo'];\n"
 * ```
 */
export function printModule(
  imports: readonly ImportStructure[],
  declarations: readonly ModuleStatement[],
): string {
  const writer = new CodeWriter()
  for (const [index, structure] of imports.entries()) {
    if (index > 0) writer.newLineIfLastNot()
    importDeclaration(structure)(writer)
  }
  for (const declaration of declarations) {
    writer.blankLineIfLastNot()
    declaration(writer)
  }
  if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot()
  return writer.toString().replace(TRAILING_WHITESPACE, '')
}

/**
 * Spaces before a line break. Generated code has no string literal that spans lines, so these are only
 * ever formatting: the space of `type X = ` before a union that starts on the next line, or the end of a
 * doc line as the spec wrote it.
 */
const TRAILING_WHITESPACE = /[ \t]+(?=\n)/g
