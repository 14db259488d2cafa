/**
 * The loader's pipeline: read → check the version → upgrade Swagger 2.0 → bundle `$ref`s → check the
 * document is usable → validate against the OpenAPI schema. What comes out is one OpenAPI 3.0.x or 3.1.x
 * document whose `$ref`s all point into `#/components/…`.
 *
 * @module
 */

import { type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { bundleRefs } from './bundle-refs.ts'
import { parsePointer } from './json-pointer.ts'
import type { SourcePosition } from './line-index.ts'
import { readSource } from './read-source.ts'
import { detectVersion } from './spec-version.ts'
import { upgradeSwagger2 } from './upgrade-swagger2.ts'
import { assertUsable, validateDocument } from './validate.ts'

/** A spec loaded and bundled, ready for the model builder. */
export interface LoadedSpec {
  /** OpenAPI 3.0.x or 3.1.x, single file, every internal `$ref` pointing into `#/components/…`. */
  document: Record<string, unknown>
  /** Absolute path of the root file. */
  source: string
  /** The document's `openapi` version string (`'3.0.0'` for an upgraded Swagger 2.0 document). */
  openapi: string
  /** Problems that did not stop loading (schema validation, upgrade notes, unsafe integers, …). */
  warnings: Diagnostic[]
  /** Absolute paths of every file read, the root first (for watch modes and cache keys). */
  files: readonly string[]
  /**
   * Line and column in the root file of the member a JSON pointer into `document` names, when that
   * member is written there (undefined for hoisted components, and for upgraded Swagger 2.0 documents).
   */
  locate(pointer: string): SourcePosition | undefined
}

/** Options of {@link loadSpec}. */
export interface LoadOptions {
  /** Validate against the official OpenAPI schema (default true); the costliest step on large documents. */
  validate?: boolean
  /** At most this many schema problems are reported one by one (default 20). */
  maxValidationWarnings?: number
}

/**
 * Loads an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON, possibly split across files).
 *
 * @throws DiagnosticError for fatal problems (missing file, invalid YAML/JSON, unsupported version,
 * broken or circular `$ref`, unusable document); its `diagnostics` also carry the warnings found so far.
 * @example
 * ```ts
 * const spec = await loadSpec('specs/zoo/openapi.yaml')
 * spec.document.components // every $ref points in here
 * ```
 */
export async function loadSpec(file: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const warnings: Diagnostic[] = []
  try {
    const source = await readSource(file)
    warnings.push(...source.warnings)
    const { version, warnings: versionWarnings } = detectVersion(source.value, source.path, (s) =>
      source.locate(s),
    )
    warnings.push(...versionWarnings)

    let document = source.value as Record<string, unknown>
    let rootLocate: ((segments: readonly string[]) => SourcePosition | undefined) | undefined = (s) =>
      source.locate(s)
    if (version.kind === 'swagger2') {
      const upgraded = await upgradeSwagger2(document, source.path)
      warnings.push(...upgraded.warnings)
      document = upgraded.document
      rootLocate = undefined
    }

    // The refs of the text as written; an upgraded Swagger 2.0 document is no longer that text.
    const writtenRefs = version.kind === 'swagger2' ? undefined : source.writtenRefs?.()
    const bundled = await bundleRefs({ path: source.path, document, locate: rootLocate, writtenRefs })
    warnings.push(...bundled.warnings)

    const check = { file: source.path, locate: rootLocate, maxWarnings: options.maxValidationWarnings ?? 20 }
    assertUsable(document, check)
    if (options.validate !== false) warnings.push(...(await validateDocument(document, check)))

    return {
      document,
      source: source.path,
      openapi: String(document.openapi),
      warnings,
      files: bundled.files,
      locate: (pointer) => {
        if (!rootLocate) return undefined
        try {
          return rootLocate(parsePointer(pointer))
        } catch {
          return undefined
        }
      },
    }
  } catch (error) {
    if (error instanceof DiagnosticError && warnings.length > 0) {
      throw new DiagnosticError([...error.diagnostics, ...warnings])
    }
    throw error
  }
}
