/**
 * Plain YAML scalars kept as written where OpenAPI expects a string. YAML 1.2 reads `version: 1.10` as the
 * number 1.1 and `enum: [1.0, 2.0]` as numbers, which loses the author's text (`1.10` and `1.1` become the
 * same value) and, under `type: string`, leaves a schema no value satisfies. Such scalars keep their source
 * text, with an SL016 warning asking for quotes:
 *
 * - fields the OpenAPI Object says are strings: `info.version`, `info.title`, `servers[].url`, server
 *   variable `default` and `enum`, `operationId`, tag names;
 * - in a schema whose `type` is `string`: the items of `enum` and `examples`, `const`, `default`, `example`.
 *
 * Only numbers and booleans written plain (unquoted) change; `null` stays null (nullable strings), and
 * strings are untouched. YAML 1.2's own reading is kept everywhere else (`yes`, `on` and `12:30:00` are
 * already strings, `0o17` is 15).
 *
 * @module
 */

import type { Document, Node, Scalar } from 'yaml'
import { yamlModule } from './yaml-module.ts'

/** A scalar whose source text replaced its YAML value. */
export interface KeptScalar {
  /** Pointer segments of the value. */
  readonly segments: readonly string[]
  /** The text as written, now the value. */
  readonly text: string
  /** The value YAML would have given. */
  readonly read: number | boolean
  /** Offset of the scalar in the source. */
  readonly offset: number | undefined
}

/** Pointer patterns (`*` matches any one segment) of the OpenAPI fields that are always strings. */
const STRING_FIELDS: readonly (readonly string[])[] = [
  ['info', 'version'],
  ['info', 'title'],
  ['servers', '*', 'url'],
  ['servers', '*', 'variables', '*', 'default'],
  ['servers', '*', 'variables', '*', 'enum', '*'],
  ['paths', '*', '*', 'servers', '*', 'url'],
  ['paths', '*', '*', 'operationId'],
  ['paths', '*', '*', 'tags', '*'],
  ['tags', '*', 'name'],
]

/** Keywords of a `type: string` schema holding a single value / a list of values. */
const STRING_VALUE_KEYWORDS = new Set(['const', 'default', 'example'])
const STRING_LIST_KEYWORDS = new Set(['enum', 'examples'])

function matches(pattern: readonly string[], segments: readonly string[]): boolean {
  return pattern.length === segments.length && pattern.every((p, i) => p === '*' || p === segments[i])
}

function keyText(key: unknown): string | undefined {
  if (yamlModule().isScalar(key)) return String(key.value)
  return typeof key === 'string' ? key : undefined
}

interface Frame {
  readonly node: Node | null | undefined
  readonly segments: readonly string[]
}

/**
 * Rewrites, in `doc`, the plain scalars the module describes to their source text; returns them in
 * document order. Iterative, so deeply nested documents cannot overflow the stack.
 */
export function keepStringScalars(doc: Document): KeptScalar[] {
  const kept: KeptScalar[] = []
  const keep = (node: unknown, segments: readonly string[]) => {
    if (!yamlModule().isScalar(node)) return
    const scalar = node as Scalar & { source?: unknown }
    const value = scalar.value
    if (scalar.type !== 'PLAIN' || (typeof value !== 'number' && typeof value !== 'boolean')) return
    if (typeof scalar.source !== 'string') return
    kept.push({ segments, text: scalar.source, read: value, offset: scalar.range?.[0] })
    scalar.value = scalar.source
  }
  const stack: Frame[] = [{ node: doc.contents as Node | null, segments: [] }]
  while (stack.length > 0) {
    const { node, segments } = stack.pop() as Frame
    if (yamlModule().isMap(node)) {
      const typePair = node.items.find((pair) => keyText(pair.key) === 'type')
      const isStringSchema = yamlModule().isScalar(typePair?.value) && typePair.value.value === 'string'
      for (const pair of node.items) {
        const key = keyText(pair.key)
        if (key === undefined) continue
        const at = [...segments, key]
        if (isStringSchema && STRING_VALUE_KEYWORDS.has(key)) keep(pair.value, at)
        if (isStringSchema && STRING_LIST_KEYWORDS.has(key) && yamlModule().isSeq(pair.value))
          for (const [index, item] of pair.value.items.entries()) keep(item, [...at, String(index)])
        if (STRING_FIELDS.some((pattern) => matches(pattern, at))) keep(pair.value, at)
        stack.push({ node: pair.value as Node | null, segments: at })
      }
    } else if (yamlModule().isSeq(node)) {
      node.items.forEach((item, index) => {
        const at = [...segments, String(index)]
        if (STRING_FIELDS.some((pattern) => matches(pattern, at))) keep(item, at)
        stack.push({ node: item as Node | null, segments: at })
      })
    }
  }
  return kept.sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0))
}
