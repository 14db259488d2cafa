/**
 * Reference Objects (OpenAPI 3.1 §4.8.23): following the internal `$ref`s that the bundled document
 * uses for parameters, request bodies, responses, headers, examples, path items and security schemes.
 * Schemas are never followed here: they keep their `$ref`s for the emitters and the mock runtime.
 *
 * A chain of references (`$ref` to a `$ref`) is followed to its end; a cycle or a reference to a
 * missing or non-object target is an error naming the pointer that holds the `$ref`. `summary` and
 * `description` written next to the outermost `$ref` override the target's (OpenAPI 3.1 §4.8.23.1).
 *
 * @module
 */

import type { ModelContext } from './context.ts'
import { refPointer, valueAt } from './pointer.ts'
import { asString, isRecord, type JsonRecord } from './record.ts'

/** An object of the document after its references were followed. */
export interface Resolved {
  /** The target object. */
  readonly value: JsonRecord
  /** JSON pointer of the target object. */
  readonly pointer: string
  /** `summary`/`description` from beside the `$ref`, which take precedence over the target's. */
  readonly overrides: { readonly summary?: string; readonly description?: string }
}

/**
 * Follows the `$ref`s of an object found at `pointer` until a non-reference object is reached.
 * `what` names the expected object in error messages (`parameter`, `response` …).
 */
export function resolveObject(
  context: ModelContext,
  value: unknown,
  pointer: string,
  what: string,
): Resolved {
  if (!isRecord(value)) {
    return context.fail('SL007', pointer, `The ${what} at ${pointer} is not an object.`)
  }
  const overrides: { summary?: string; description?: string } = {}
  const summary = asString(value.summary)
  const description = asString(value.description)
  if (summary !== undefined && typeof value.$ref === 'string') overrides.summary = summary
  if (description !== undefined && typeof value.$ref === 'string') overrides.description = description
  let current: JsonRecord = value
  let currentPointer = pointer
  const seen = new Set<string>()
  while (typeof current.$ref === 'string') {
    const ref = current.$ref
    const target = refPointer(ref)
    if (target === undefined) {
      return context.fail(
        'SL010',
        currentPointer,
        `The ${what} at ${currentPointer} refers to "${ref}", which is not a reference into this document.`,
      )
    }
    if (seen.has(target.pointer)) {
      return context.fail(
        'SL006',
        pointer,
        `The ${what} at ${pointer} is a cycle of $refs through ${target.pointer}.`,
      )
    }
    seen.add(target.pointer)
    const next = valueAt(context.document, target.tokens)
    if (!isRecord(next)) {
      return context.fail(
        'SL005',
        currentPointer,
        `The ${what} at ${currentPointer} refers to "${ref}", which ${next === undefined ? 'does not exist' : 'is not an object'}.`,
      )
    }
    current = next
    currentPointer = target.pointer
  }
  return { value: current, pointer: currentPointer, overrides }
}
