/**
 * `$ref`s inside the normalised schemas: resolution against the normalised root (cached per ref by
 * the normaliser; pointers may use `~0`/`~1` escapes and percent-encoding) and the schema names
 * discriminators refer to.
 *
 * @module
 */

import { ANNOTATION_KEYWORDS, isRecord } from '../validate/keywords.ts'
import type { NormalizedSchema } from '../validate/walk.ts'
import type { Gen } from './context.ts'

/** Resolves a ref of a normalised schema; `true` (anything) when it points to nothing. */
export function resolveRef(g: Gen, ref: string): NormalizedSchema {
  return g.normalizer.resolve(ref) ?? true
}

export { mappingRef, schemaNameOf } from '../validate/discriminator.ts'

/** The ref of a schema that is only a `$ref` (plus annotations), else `undefined`. */
export function refOf(schema: unknown): string | undefined {
  return isRecord(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined
}

const ANNOTATIONS: ReadonlySet<string> = new Set(['$ref', ...ANNOTATION_KEYWORDS, '$comment', 'externalDocs'])

/** Whether a schema has keywords besides `$ref` and annotations (3.1 applies a `$ref`'s siblings). */
export function hasSiblingConstraints(schema: Record<string, unknown>): boolean {
  for (const key of Object.keys(schema)) if (!ANNOTATIONS.has(key)) return true
  return false
}
