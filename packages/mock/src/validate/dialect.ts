/**
 * The OpenAPI 3.0 dialect of the Schema Object (OAS 3.0.3 §4.7.24) and how it maps onto JSON Schema:
 * `nullable` becomes a `null` type (or an `anyOf` with `{ type: 'null' }`), boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become their numeric draft-06+ form, and a `$ref`'s siblings
 * are ignored.
 *
 * @module
 */

import { ANNOTATION_KEYWORDS } from './keywords.ts'

/** `3.0` (OpenAPI 3.0.x Schema Object) or `3.1` (JSON Schema 2020-12, OpenAPI 3.1+). */
export type Dialect = '3.0' | '3.1'

/** Annotations kept next to a 3.0 `$ref` (OpenAPI 3.0 ignores its other siblings). */
export const REF_SIBLINGS_30: readonly string[] = [
  'description',
  'title',
  'readOnly',
  'writeOnly',
  'deprecated',
]

const COMPOSITE = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'const']

/**
 * Reads the dialect from the document's `openapi` version.
 *
 * @throws when the version is not 3.x (Swagger 2.0 must be upgraded by the generator first).
 */
export function dialectOf(openapi: string): Dialect {
  const match = /^3\.(\d+)/.exec(openapi.trim())
  if (match === null) {
    throw new Error(
      `[statusline] Failed to read schemas: unsupported OpenAPI version ${JSON.stringify(openapi)} (expected 3.0.x or 3.1.x)`,
    )
  }
  return Number(match[1]) === 0 ? '3.0' : '3.1'
}

/** Turns a 3.0 `nullable: true` schema into JSON Schema that also accepts `null`. */
export function applyNullable(out: Record<string, unknown>): Record<string, unknown> {
  if (!COMPOSITE.some((k) => k in out)) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  const wrapper: Record<string, unknown> = {}
  for (const key of ANNOTATION_KEYWORDS) if (key in out) wrapper[key] = out[key]
  wrapper.anyOf = [out, { type: 'null' }]
  return wrapper
}

/** Converts a boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0, draft-04) to the numeric form. */
export function convertExclusiveBound(
  out: Record<string, unknown>,
  raw: Record<string, unknown>,
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
  bound: 'minimum' | 'maximum',
): void {
  if (raw[exclusive] !== true || typeof out[bound] !== 'number') return
  out[exclusive] = out[bound]
  delete out[bound]
}
