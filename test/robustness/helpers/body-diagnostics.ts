/**
 * Type-checks assertion modules (see `body-assertions.ts`) beside a generated SDK and turns each
 * diagnostic into a disagreement: which body (operation, status, seed), where in it (a JSON path found
 * by descending the literal to the diagnostic's position), and the compiler's message, shortened.
 *
 * @module
 */
import ts from 'typescript'
import { STRICT_OPTIONS } from '../../../generator/src/emit/schema-types/compile-generated.ts'
import { declarationName } from './body-assertions.ts'
import type { MockBody } from './mock-bodies.ts'

/** One body the generated type rejects. */
export interface Disagreement {
  readonly operation: string
  readonly status: number
  readonly seed: number
  /** Which of the checked bodies. */
  readonly index: number
  /** Where in the body, e.g. `$.items[0].kind`. */
  readonly path: string
  /** The same place as keys and indexes: `['items', 0, 'kind']`. */
  readonly segments: readonly (string | number)[]
  /** The compiler's message, first lines only. */
  readonly message: string
  /** The full compiler message. */
  readonly fullMessage: string
}

/**
 * The strict consumer options of the SDK compile checks, but without re-checking the generated
 * declaration files and `client.js` (their own tests do): only the assertions are under test.
 */
const OPTIONS: ts.CompilerOptions = { ...STRICT_OPTIONS, skipLibCheck: true, allowJs: false, checkJs: false }

/** The property name of an object literal member, as written in the body. */
function keyOf(name: ts.PropertyName): string {
  if (ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression)) return name.expression.text
  return ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name) ? name.text : '?'
}

/** The keys and indexes down to the innermost literal of `node` that holds `position`. */
function segmentsAt(node: ts.Expression, position: number, source: ts.SourceFile): (string | number)[] {
  const segments: (string | number)[] = []
  let current: ts.Expression | undefined = node
  while (current !== undefined) {
    const inside = (n: ts.Node) => n.getStart(source) <= position && position < n.getEnd()
    let next: ts.Expression | undefined
    if (ts.isObjectLiteralExpression(current)) {
      const property: ts.ObjectLiteralElementLike | undefined = current.properties.find(inside)
      if (property !== undefined && ts.isPropertyAssignment(property)) {
        segments.push(keyOf(property.name))
        next = inside(property.initializer) ? property.initializer : undefined
      }
    } else if (ts.isArrayLiteralExpression(current)) {
      const index = current.elements.findIndex(inside)
      if (index >= 0) {
        segments.push(index)
        next = current.elements[index]
      }
    }
    current = next
  }
  return segments
}

/** `['items', 0, 'a-b']` as `$.items[0]["a-b"]`. */
export function jsonPath(segments: readonly (string | number)[]): string {
  return segments
    .map((s) =>
      typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`,
    )
    .reduce((path, step) => path + step, '$')
}

/** The first lines of a flattened message, each cut short: union elaborations run to pages. */
function shorten(message: string): string {
  const lines = message.split('\n').map((line) => {
    const trimmed = line.trim()
    return trimmed.length > 240 ? `${trimmed.slice(0, 240)}…` : trimmed
  })
  return lines.slice(0, 4).join(' / ') + (lines.length > 4 ? ` / (${lines.length - 4} more lines)` : '')
}

/**
 * Type-checks `files` (assertion modules numbered as `bodies`, in the SDK directory) and returns every
 * diagnostic as a disagreement; one in no assertion (a broken prelude, a missing operation type) is
 * thrown, as it would hide the others.
 */
export function disagreements(files: readonly string[], bodies: readonly MockBody[]): Disagreement[] {
  const program = ts.createProgram({ rootNames: [...files], options: OPTIONS })
  // Checking binds the program's source files (parent pointers set), which the lookups below walk.
  const diagnostics = ts.getPreEmitDiagnostics(program)
  /** Per assertion module, as the program parsed it: each body's index and literal. */
  const declared = new Map<ts.SourceFile, { index: number; initializer: ts.Expression }[]>()
  for (const file of files) {
    const source = program.getSourceFile(file)
    if (source === undefined) continue
    const list: { index: number; initializer: ts.Expression }[] = []
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || d.initializer === undefined) continue
        const index = Number(d.name.text.replace(/^body/, ''))
        if (declarationName(index) === d.name.text) list.push({ index, initializer: d.initializer })
      }
    }
    declared.set(source, list)
  }
  const out: Disagreement[] = []
  for (const diagnostic of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
    const source = diagnostic.file
    const start = diagnostic.start ?? -1
    const owner = (source === undefined ? undefined : declared.get(source))?.find(
      (d) => d.initializer.parent.pos <= start && start < d.initializer.parent.end,
    )
    const body = owner === undefined ? undefined : bodies[owner.index]
    if (source === undefined || owner === undefined || body === undefined)
      throw new Error(
        `[statusline] Failed to type-check the assertions: ${source?.fileName ?? ''}: ${message}`,
      )
    const segments = segmentsAt(owner.initializer, start, source)
    out.push({
      operation: body.operation,
      status: body.status,
      seed: body.seed,
      index: owner.index,
      path: jsonPath(segments),
      segments,
      message: shorten(message),
      fullMessage: message,
    })
  }
  return out
}
