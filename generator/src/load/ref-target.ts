/**
 * Parses a `$ref` (a URI reference, OpenAPI 3.1 §4.8.23 Reference Object) into the file and JSON pointer
 * it names, resolving relative paths against the file that holds the `$ref`.
 *
 * @module
 */

import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parsePointer } from './json-pointer.ts'

/** Where a `$ref` points: an absolute file path and the pointer segments inside it. */
export interface RefTarget {
  readonly file: string
  readonly segments: readonly string[]
}

/** The outcome of {@link parseRef}: a target, or why the `$ref` cannot be followed. */
export type ParsedRef =
  | { readonly ok: true; readonly target: RefTarget }
  | { readonly ok: false; readonly code: 'SL005' | 'SL010'; readonly reason: string }

/**
 * Parses `ref` as written in `fromFile`.
 *
 * @example
 * ```ts
 * parseRef('./schemas/zoo.yaml#/Zoo', '/specs/openapi.yaml')
 * // { ok: true, target: { file: '/specs/schemas/zoo.yaml', segments: ['Zoo'] } }
 * ```
 */
export function parseRef(ref: string, fromFile: string): ParsedRef {
  const hash = ref.indexOf('#')
  const location = hash === -1 ? ref : ref.slice(0, hash)
  const fragment = hash === -1 ? '' : ref.slice(hash + 1)

  let file = fromFile
  if (location !== '') {
    if (/^[a-z][a-z0-9+.-]+:/i.test(location)) {
      if (!location.toLowerCase().startsWith('file:')) {
        return { ok: false, code: 'SL010', reason: 'it is a remote reference; only local files are read' }
      }
      try {
        file = fileURLToPath(location)
      } catch {
        return { ok: false, code: 'SL010', reason: 'it is not a valid file: URL' }
      }
    } else {
      let path: string
      try {
        path = decodeURIComponent(location)
      } catch {
        return { ok: false, code: 'SL005', reason: 'its path has invalid percent-encoding' }
      }
      file = resolve(dirname(fromFile), path)
    }
  }

  if (fragment !== '' && !fragment.startsWith('/')) {
    return {
      ok: false,
      code: 'SL010',
      reason: `it names an anchor ("#${fragment}"); only JSON-pointer fragments ("#/…") are supported`,
    }
  }
  try {
    return { ok: true, target: { file, segments: parsePointer(`#${fragment}`) } }
  } catch (error) {
    return { ok: false, code: 'SL005', reason: error instanceof Error ? error.message : String(error) }
  }
}
