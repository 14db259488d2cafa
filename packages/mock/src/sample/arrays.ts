/**
 * Arrays: `items`, `prefixItems` (2020-12) and tuple `items` arrays with `additionalItems` (draft-07),
 * `minItems`/`maxItems` (1–3 items by default, `minItems` past the depth limit), `uniqueItems` and
 * `contains` (JSON Schema 2020-12 Core §10.3.1, Validation §6.4).
 *
 * @module
 */

import { canonicalKey } from '../validate/equality-keywords.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import {
  addIssue,
  childFrame,
  type Frame,
  type Gen,
  isDeep,
  type Schema,
  STEP_BUDGET,
  sizeRange,
} from './context.ts'

const UNIQUE_RETRIES = 8

/** Generates an array for an array schema. */
export function generateArray(g: Gen, schema: Schema, frame: Frame): unknown[] {
  const { prefix, rest } = itemSchemas(schema)
  const range = sizeRange(g, frame, schema, ['minItems', 'maxItems'])
  const min = range.min
  let max = range.max
  if (rest === false) max = Math.min(max, prefix.length)
  let count: number
  if (isDeep(g, frame)) count = min
  else if (prefix.length > 0) count = Math.min(max, Math.max(min, prefix.length))
  else {
    const lo = Math.max(min, 1)
    count = Math.min(max, g.faker.number.int({ min: lo, max: lo + 2 }))
  }
  const unique = schema.uniqueItems === true
  const seen = new Set<string>()
  const out: unknown[] = []
  for (let i = 0; out.length < count && i < count + UNIQUE_RETRIES * 2; i++) {
    // Past the step budget every item is a smallest value: retrying for distinct ones only repeats it.
    if (unique && g.steps > STEP_BUDGET) break
    const index = out.length
    const itemSchema = index < prefix.length ? (prefix[index] as NormalizedSchema) : rest
    let item = g.generate(itemSchema, childFrame(frame, index))
    if (unique) {
      let key = canonicalKey(item)
      for (let retry = 0; seen.has(key) && retry < UNIQUE_RETRIES; retry++) {
        item = g.generate(itemSchema, childFrame(frame, index))
        key = canonicalKey(item)
      }
      if (seen.has(key)) {
        if (out.length >= min) break
        continue
      }
      seen.add(key)
    }
    out.push(item)
  }
  if (out.length < min && max < min)
    addIssue(g, frame, 'minItems', `minItems ${min} but the schema allows only ${max} items`)
  else if (out.length < min)
    addIssue(g, frame, 'uniqueItems', `only ${out.length} distinct items could be drawn (minItems ${min})`)
  if (schema.contains !== undefined) ensureContains(g, schema.contains as NormalizedSchema, out, max, frame)
  return out
}

function itemSchemas(schema: Schema): { prefix: readonly NormalizedSchema[]; rest: NormalizedSchema } {
  if (Array.isArray(schema.items)) {
    const rest = (schema.additionalItems ?? true) as NormalizedSchema
    return { prefix: schema.items as NormalizedSchema[], rest }
  }
  const prefix = Array.isArray(schema.prefixItems) ? (schema.prefixItems as NormalizedSchema[]) : []
  return { prefix, rest: (schema.items ?? true) as NormalizedSchema }
}

function ensureContains(g: Gen, contains: NormalizedSchema, out: unknown[], max: number, frame: Frame): void {
  if (out.some((item) => g.valid(contains, item))) return
  const item = g.generate(contains, childFrame(frame, out.length))
  if (out.length < max) out.push(item)
  else if (out.length > 0) out[out.length - 1] = item
}
