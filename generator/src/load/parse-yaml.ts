/**
 * YAML text to a value, with YAML 1.2 core-schema semantics (`yes`/`on` stay strings, `0o17` is octal,
 * `1.0` is a float, as the 1.2 spec says) and positions for every node so diagnostics can name a line.
 *
 * @module
 */

import type { Document, Node } from 'yaml'
import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { pointerOf } from './json-pointer.ts'
import type { SourcePosition } from './line-index.ts'
import { yamlModule } from './yaml-module.ts'
import { keepStringScalars } from './yaml-scalars.ts'

/** A parsed source: the value, and how to find the line a pointer names. */
export interface ParsedText {
  readonly value: unknown
  /** Position of the member a pointer names (its key, for object members); undefined when absent. */
  readonly locate: (segments: readonly string[]) => SourcePosition | undefined
  /** Problems that did not stop parsing. */
  readonly warnings: Diagnostic[]
}

const MAX_REPORTED_ERRORS = 5
const MAX_REPORTED_SCALARS = 5

/**
 * Parses YAML 1.2 (core schema, unique keys). Top-level `openapi`/`swagger` versions written as plain
 * numbers (`openapi: 3.0`) are kept as their source text (`'3.0'`), with an SL011 warning, because the
 * number would have lost the text (`3.0` → `3`). Other plain numbers and booleans where OpenAPI expects a
 * string are kept as written too, with an SL016 warning (`yaml-scalars.ts`).
 *
 * @throws DiagnosticError SL002 naming the line and column of each syntax error (at most five).
 */
export function parseYaml(text: string, file: string): ParsedText {
  const lineCounter = new (yamlModule().LineCounter)()
  const doc = yamlModule().parseDocument(text, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter,
  })
  const position = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }

  if (doc.errors.length > 0) {
    throw new DiagnosticError(
      doc.errors.slice(0, MAX_REPORTED_ERRORS).map((error) => {
        const at = position(error.pos[0])
        return createDiagnostic('SL002', {
          file,
          line: at.line,
          column: at.column,
          message: `Invalid YAML: ${firstLine(error.message)}`,
        })
      }),
    )
  }

  const warnings = doc.warnings.map((warning) => {
    const at = position(warning.pos[0])
    return createDiagnostic('SL002', {
      file,
      severity: 'warning',
      line: at.line,
      column: at.column,
      message: firstLine(warning.message),
    })
  })

  const kept = keepStringScalars(doc)
  kept.slice(0, MAX_REPORTED_SCALARS).forEach((scalar) => {
    const at = scalar.offset === undefined ? undefined : position(scalar.offset)
    warnings.push(
      createDiagnostic('SL016', {
        file,
        pointer: pointerOf(scalar.segments),
        line: at?.line,
        column: at?.column,
        message: `\`${scalar.text}\` is a ${typeof scalar.read} in YAML, but a string belongs here; read as the string "${scalar.text}"${kept.length > MAX_REPORTED_SCALARS ? ` (and ${kept.length - MAX_REPORTED_SCALARS} more like it)` : ''}`,
      }),
    )
  })

  let value: unknown
  try {
    value = doc.toJS()
  } catch (error) {
    throw new DiagnosticError([
      createDiagnostic('SL002', {
        file,
        message: `Invalid YAML: ${error instanceof Error ? firstLine(error.message) : String(error)}`,
      }),
    ])
  }

  const locate = (segments: readonly string[]): SourcePosition | undefined => {
    const offset = locateInYaml(doc, segments)
    return offset === undefined ? undefined : position(offset)
  }

  if (isRecord(value)) {
    for (const key of ['openapi', 'swagger']) {
      const node = doc.get(key, true)
      if (typeof value[key] === 'number' && yamlModule().isScalar(node) && typeof node.source === 'string') {
        value[key] = node.source
        const at = locate([key])
        warnings.push(
          createDiagnostic('SL011', {
            file,
            pointer: `/${key}`,
            line: at?.line,
            column: at?.column,
            message: `\`${key}: ${node.source}\` is a number in YAML; read as the string "${node.source}"`,
          }),
        )
      }
    }
  }

  return { value, locate, warnings }
}

type YamlNode = Node | null | undefined

/** Offset of the member a pointer names in a YAML node tree (key of map members, the item of sequences). */
function locateInYaml(doc: Document, segments: readonly string[]): number | undefined {
  let node = doc.contents as YamlNode
  let offset = node?.range?.[0]
  for (const segment of segments) {
    if (yamlModule().isAlias(node)) node = node.resolve(doc) as YamlNode
    if (yamlModule().isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === segment)
      if (!pair) return undefined
      offset = (pair.key as YamlNode)?.range?.[0]
      node = pair.value as YamlNode
    } else if (yamlModule().isSeq(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined
      const item = node.items[Number(segment)] as YamlNode
      if (item === undefined) return undefined
      offset = item?.range?.[0]
      node = item
    } else {
      return undefined
    }
  }
  return offset
}

function keyText(key: unknown): string | undefined {
  if (yamlModule().isScalar(key)) return String(key.value)
  return typeof key === 'string' ? key : undefined
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
