/**
 * Printing a generated module from ts-morph structures: one in-memory source file, created once from
 * the structures and printed once (ts-morph's advice for code generation), in the house format.
 *
 * @module
 */
import {
  type ImportDeclarationStructure,
  IndentationText,
  NewLineKind,
  Project,
  QuoteKind,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph'

/** A statement of a module: a ts-morph structure, or a writer for declarations ts-morph would misindent. */
export type ModuleStatement = StatementStructures | WriterFunction

/**
 * Prints one TypeScript module, the way every generated module is formatted: the imports, then each
 * declaration separated by a blank line, two-space indentation, single quotes, no trailing whitespace.
 */
export function printModule(
  imports: readonly ImportDeclarationStructure[],
  declarations: readonly ModuleStatement[],
): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Single,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  })
  const separated = declarations.flatMap((statement) => [blankLine, statement])
  const file = project.createSourceFile('module.ts', { statements: [...imports, ...separated] })
  return file.getFullText().replace(TRAILING_WHITESPACE, '')
}

/** A statement that only ensures a blank line before the next. */
const blankLine: WriterFunction = (writer) => {
  writer.blankLineIfLastNot()
}

/**
 * Spaces before a line break. Generated code has no string literal that spans lines, and doc text
 * comes trimmed, so these are only ever formatting (ts-morph writes `type X = ` before a union).
 */
const TRAILING_WHITESPACE = /[ \t]+(?=\n)/g
