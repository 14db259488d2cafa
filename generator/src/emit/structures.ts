/**
 * Declarations of generated modules as ts-morph structures, printed the way ts-morph prints them:
 * each builder takes a structure (a subset of ts-morph's structure type of the same name, with text for
 * every type and statement) and returns a {@link StatementWriter} that prints it.
 *
 * ```ts
 * functionDeclaration({
 *   name: 'getZoo',
 *   isExported: true,
 *   docs: ['Get a zoo'],
 *   parameters: [{ name: 'params', type: 'GetZooParams' }],
 *   returnType: 'Promise<GetZooResult>',
 *   statements: ['return call<GetZooResult>(getZooSpec, params, options);'],
 * })
 * ```
 *
 * Only the structure *types* come from ts-morph: loading ts-morph itself loads the TypeScript compiler
 * (about a second), and printing a large module through a ts-morph source file costs seconds more,
 * while these printers write the same text directly.
 *
 * @module
 */
import type {
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  InterfaceDeclarationStructure,
  MethodSignatureStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertySignatureStructure,
  TypeAliasDeclarationStructure,
  VariableDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph'
import { stringLiteral } from './code-text.ts'
import type { CodeWriter, StatementWriter } from './code-writer.ts'

/** Doc comments of a declaration: each string is one `/** … *\/` block. */
interface Documented {
  readonly docs?: readonly string[]
}

/**
 * `import { a, b as c, type D } from 'module';` or `import type * as name from 'module';`, or in
 * JavaScript a type-only import as a JSDoc tag: `/** @import { D } from 'module' *\/`.
 */
export interface ImportStructure
  extends Pick<
    OptionalKind<ImportDeclarationStructure>,
    'moduleSpecifier' | 'isTypeOnly' | 'namespaceImport'
  > {
  readonly namedImports?: readonly (
    | string
    | Pick<OptionalKind<ImportSpecifierStructure>, 'name' | 'alias' | 'isTypeOnly'>
  )[]
  /** Printed as JSDoc's `@import` (TypeScript 5.5), for the types a JavaScript module's JSDoc names. */
  readonly isJsDoc?: boolean
}

/** `name: type = initializer`, as a function or method parameter (untyped in JavaScript). */
export interface ParameterStructure
  extends Pick<OptionalKind<ParameterDeclarationStructure>, 'name' | 'hasQuestionToken'> {
  readonly type?: string
  readonly initializer?: string
}

/** `export`, and `declare` for a declaration without a value (a declaration file's functions and constants). */
interface Modifiers {
  readonly isExported?: boolean
  readonly hasDeclareKeyword?: boolean
}

/**
 * `export const name: type = initializer;`, or `export declare const name: type;` (generated code
 * declares no other kind of variable).
 */
export interface ConstStructure
  extends Documented,
    Pick<OptionalKind<VariableStatementStructure>, 'isExported' | 'hasDeclareKeyword'> {
  readonly declarations: readonly (Pick<OptionalKind<VariableDeclarationStructure>, 'name'> & {
    readonly type?: string
    readonly initializer?: string
  })[]
}

/** `export type Name = type;` (a multi-line type is indented under the name). */
export interface TypeAliasStructure
  extends Documented,
    Pick<OptionalKind<TypeAliasDeclarationStructure>, 'name' | 'isExported'> {
  readonly type: string
}

/**
 * `export function name<typeParameters>(parameters): returnType { statements }`, or without statements
 * `export declare function name(parameters): returnType;`.
 */
export interface FunctionStructure
  extends Documented,
    Pick<OptionalKind<FunctionDeclarationStructure>, 'name' | 'isExported' | 'hasDeclareKeyword'> {
  readonly name: string
  /** Each type parameter as written, e.g. `T extends object`. */
  readonly typeParameters?: readonly string[]
  readonly parameters?: readonly ParameterStructure[]
  readonly returnType?: string
  /** Each statement's text; lines after the first are indented with the body. None: no body. */
  readonly statements?: readonly string[]
}

/** `name?: type;` in an interface. */
export interface PropertyStructure
  extends Documented,
    Pick<OptionalKind<PropertySignatureStructure>, 'name' | 'hasQuestionToken'> {
  readonly type: string
}

/** `name(parameters): returnType;` in an interface. */
export interface MethodStructure
  extends Documented,
    Pick<OptionalKind<MethodSignatureStructure>, 'name' | 'hasQuestionToken'> {
  readonly parameters?: readonly ParameterStructure[]
  readonly returnType?: string
}

/** `export interface Name { properties; methods }` */
export interface InterfaceStructure
  extends Documented,
    Pick<OptionalKind<InterfaceDeclarationStructure>, 'name' | 'isExported'> {
  readonly properties?: readonly PropertyStructure[]
  readonly methods?: readonly MethodStructure[]
}

/** One doc block: `/** text *\/` on one line, else ` * ` before each line and ` *\/` on its own. */
function writeDoc(writer: CodeWriter, text: string): void {
  const lines = text.split(/\r?\n/)
  const start = lines[0] === '' ? 1 : 0
  writer.write('/**')
  if (lines.length <= 1) writer.write(` ${lines[start] ?? ''}`)
  else {
    writer.newLine()
    for (let i = start; i < lines.length; i++) {
      const line = lines[i] ?? ''
      writer.write(line === '' ? ' *' : ` * ${line}`)
      writer.newLine()
    }
  }
  writer.spaceIfLastNot().write('*/')
}

/** The doc blocks of a declaration, each followed by a line break. */
function writeDocs(writer: CodeWriter, docs: readonly string[] | undefined): void {
  for (const doc of docs ?? []) {
    writeDoc(writer, doc)
    writer.newLine()
  }
}

/** `: text` or ` = text`, with the text's lines after the first indented one level deeper. */
function writeHanging(writer: CodeWriter, separator: string, text: string | undefined): void {
  if (text === undefined || text.trim() === '') return
  writer.hangingIndent(() => writer.write(`${separator} ${text}`))
}

/** `= initializer`, after a space. */
function writeInitializer(writer: CodeWriter, initializer: string | undefined): void {
  if (initializer === undefined || initializer.trim() === '') return
  writer.hangingIndent(() => {
    writer.spaceIfLastNot()
    writer.write(`= ${initializer}`)
  })
}

/** `(a: A, b?: B = x)`. */
function writeParameters(writer: CodeWriter, parameters: readonly ParameterStructure[] | undefined): void {
  writer.write('(')
  writer.hangingIndent(() => {
    for (const [index, parameter] of (parameters ?? []).entries()) {
      if (index > 0) writer.write(', ')
      writer.write(`${parameter.name}${parameter.hasQuestionToken === true ? '?' : ''}`)
      writeHanging(writer, ':', parameter.type)
      writeInitializer(writer, parameter.initializer)
    }
  })
  writer.write(')')
}

/** `export ` when exported, `declare ` when declared. */
function writeModifiers(writer: CodeWriter, structure: Modifiers): void {
  if (structure.isExported === true) writer.write('export ')
  if (structure.hasDeclareKeyword === true) writer.write('declare ')
}

/** Prints an import declaration: named imports, or a namespace import; as JSDoc with `isJsDoc`. */
export function importDeclaration(structure: ImportStructure): StatementWriter {
  const named = structure.namedImports ?? []
  if (named.length > 0 && structure.namespaceImport !== undefined) {
    throw new Error(
      `[statusline] Failed to print an import of ${structure.moduleSpecifier}: it has both named and namespace imports`,
    )
  }
  return (writer) => {
    const specifiers = named.map((specifier) => {
      if (typeof specifier === 'string') return specifier
      const alias =
        specifier.alias === undefined || specifier.alias.trim() === '' ? '' : ` as ${specifier.alias}`
      return `${specifier.isTypeOnly === true ? 'type ' : ''}${specifier.name}${alias}`
    })
    const jsDoc = structure.isJsDoc === true
    writer.write(jsDoc ? '/** @import' : `import${structure.isTypeOnly === true ? ' type' : ''}`)
    if (structure.namespaceImport !== undefined) writer.write(` * as ${structure.namespaceImport} from`)
    if (specifiers.length > 0) writer.write(` { ${specifiers.join(', ')} } from`)
    writer.write(` ${stringLiteral(structure.moduleSpecifier)}${jsDoc ? ' */' : ';'}`)
  }
}

/** Prints a `const` statement. */
export function constStatement(structure: ConstStructure): StatementWriter {
  return (writer) => {
    writeDocs(writer, structure.docs)
    writer.hangingIndent(() => {
      writeModifiers(writer, structure)
      writer.write('const ')
      for (const [index, declaration] of structure.declarations.entries()) {
        if (index > 0) writer.write(', ')
        writer.write(declaration.name)
        writeHanging(writer, ':', declaration.type)
        writeInitializer(writer, declaration.initializer)
      }
      writer.write(';')
    })
  }
}

/** Prints a type alias. */
export function typeAlias(structure: TypeAliasStructure): StatementWriter {
  return (writer) => {
    writeDocs(writer, structure.docs)
    writeModifiers(writer, structure)
    writer.write(`type ${structure.name}`)
    writeHanging(writer, ' =', structure.type)
    writer.write(';')
  }
}

/** Prints a function declaration: with its body, or without statements as a signature ending `;`. */
export function functionDeclaration(structure: FunctionStructure): StatementWriter {
  return (writer) => {
    writeDocs(writer, structure.docs)
    writeModifiers(writer, structure)
    writer.write(`function ${structure.name}`)
    const typeParameters = structure.typeParameters ?? []
    if (typeParameters.length > 0) writer.write(`<${typeParameters.join(', ')}>`)
    writeParameters(writer, structure.parameters)
    writeHanging(writer, ':', structure.returnType)
    const statements = structure.statements
    if (statements === undefined) {
      writer.write(';')
      return
    }
    writer.write(' ').inlineBlock(() => {
      for (const statement of statements) {
        if (writer.lastNonWhitespaceChar() === '}') writer.blankLineIfLastNot()
        else if (!writer.isAtStartOfFirstLineOfBlock()) writer.newLineIfLastNot()
        writer.write(statement)
      }
    })
  }
}

/** Prints an interface: its properties, then its methods, one per line. */
export function interfaceDeclaration(structure: InterfaceStructure): StatementWriter {
  return (writer) => {
    writeDocs(writer, structure.docs)
    writeModifiers(writer, structure)
    writer.write(`interface ${structure.name} `).inlineBlock(() => {
      for (const [index, property] of (structure.properties ?? []).entries()) {
        if (index > 0) writer.newLine()
        writeDocs(writer, property.docs)
        writer.write(`${property.name}${property.hasQuestionToken === true ? '?' : ''}`)
        writeHanging(writer, ':', property.type)
        writer.write(';')
      }
      const methods = structure.methods ?? []
      if (methods.length > 0 && !writer.isAtStartOfFirstLineOfBlock()) writer.newLine()
      for (const [index, method] of methods.entries()) {
        if (index > 0) writer.newLine()
        writeDocs(writer, method.docs)
        writer.write(`${method.name}${method.hasQuestionToken === true ? '?' : ''}`)
        writeParameters(writer, method.parameters)
        writeHanging(writer, ':', method.returnType)
        writer.write(';')
      }
    })
  }
}
