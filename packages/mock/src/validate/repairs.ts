/**
 * Repairs of vendor schemas whose meaning is clear, and the direction rule of `required`.
 *
 * @module
 */

import { isRecord } from './keywords.ts'
import { getAt, parseFragment } from './pointer.ts'
import { type Walk, type WalkState, warn } from './walk-state.ts'

/**
 * Whether property `name` of `raw` is hidden in the walk's direction: OAS 3.0.3 §4.7.24 — a required
 * readOnly property is required in responses only, a required writeOnly one in requests only.
 */
export function hiddenIn(state: WalkState, raw: Record<string, unknown>, name: string): boolean {
  const flag = state.direction === 'request' ? 'readOnly' : 'writeOnly'
  let node = isRecord(raw.properties) ? raw.properties[name] : undefined
  for (let hops = 0; hops < 8 && isRecord(node); hops++) {
    if (node[flag] === true) return true
    if (typeof node.$ref === 'string') {
      const tokens = node.$ref.startsWith('#') ? parseFragment(node.$ref) : undefined
      node = tokens === undefined ? undefined : getAt(state.rawRoot, tokens)
    } else if (Array.isArray(node.allOf) && node.allOf.length === 1) node = node.allOf[0]
    else return false
  }
  return false
}

/**
 * `type: 'null'` next to `oneOf`/`anyOf`/`allOf`/`$ref` accepts no value at all; documents converted
 * from 3.0 `nullable` carry it. Read as "this, or null", with a warning.
 */
export function repairNullType(walk: Walk, out: Record<string, unknown>, at: readonly string[]): void {
  const onlyNull =
    out.type === 'null' || (Array.isArray(out.type) && out.type.length === 1 && out.type[0] === 'null')
  const composite = ['oneOf', 'anyOf', 'allOf', '$ref'].filter((k) => k in out)
  if (!onlyNull || composite.length === 0) return
  warn(walk, at, `type 'null' next to ${composite.join(', ')} accepts no value; read as nullable`)
  const inner: Record<string, unknown> = {}
  for (const key of composite) {
    inner[key] = out[key]
    delete out[key]
  }
  delete out.type
  walk.state.produced.add(inner)
  if ('$ref' in inner) walk.state.refs.push(inner)
  out.anyOf = [inner, { type: 'null' }]
}
