/**
 * Upgrades a Swagger 2.0 document to OpenAPI 3.0 with swagger2openapi, so the rest of the pipeline only
 * ever sees OpenAPI 3.x. The converter patches what it can (`patch`) and marks what it cannot convert
 * instead of failing (`warnOnly`); both come back as SL013 warnings.
 *
 * @module
 */

import type swagger2openapi from 'swagger2openapi'
import { createDiagnostic, type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import { plural } from '../plural.ts'
import { pointerOf } from './json-pointer.ts'

/** The upgraded document and the converter's warnings. */
export interface UpgradeResult {
  /** An OpenAPI 3.0.0 document. */
  readonly document: Record<string, unknown>
  readonly warnings: readonly Diagnostic[]
}

const WARNING_PROPERTY = 'x-s2o-warning'

/**
 * Converts a Swagger 2.0 document (the input is not modified). External `$ref`s are left as they are,
 * for the bundler to resolve relative to `file`.
 *
 * @throws DiagnosticError SL014 when the converter rejects the document.
 * @example
 * ```ts
 * const { document, warnings } = await upgradeSwagger2(swagger, '/specs/petstore.yaml')
 * document.openapi // '3.0.0'
 * ```
 */
export async function upgradeSwagger2(
  swagger: Record<string, unknown>,
  file: string,
): Promise<UpgradeResult> {
  let result: Awaited<ReturnType<typeof swagger2openapi.convertObj>>
  try {
    // Imported when a Swagger 2.0 document comes in: loading the converter costs ≈0.2 s.
    const converter = (await import('swagger2openapi')).default
    result = await converter.convertObj(swagger, {
      patch: true,
      warnOnly: true,
      resolve: false,
      source: file,
      warnProperty: WARNING_PROPERTY,
      // YAML aliases give shared objects; clone them instead of rejecting the document.
      anchors: true,
      // Only used by the converter for its own error context; passing it skips a YAML re-serialisation.
      text: '-',
    })
  } catch (error) {
    throw new DiagnosticError([
      createDiagnostic('SL014', {
        file,
        message: `Failed to upgrade Swagger 2.0 to OpenAPI 3.0: ${error instanceof Error ? error.message : String(error)}`,
      }),
    ])
  }
  const document = result.openapi
  const warnings = collectWarnings(document, file)
  if (result.patches !== undefined && result.patches > 0) {
    warnings.push(
      createDiagnostic('SL013', {
        file,
        message: `The upgrade to OpenAPI 3.0 patched ${plural(result.patches, 'invalid construct')} of the Swagger 2.0 document`,
        hint: 'Validate the Swagger 2.0 document to see what was patched, or convert it to OpenAPI 3.x yourself.',
      }),
    )
  }
  return { document, warnings }
}

/** Removes the converter's warning markers from the document and turns them into diagnostics. */
function collectWarnings(document: Record<string, unknown>, file: string): Diagnostic[] {
  const warnings: Diagnostic[] = []
  const stack: { value: unknown; path: string[] }[] = [{ value: document, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    const record = value as Record<string, unknown>
    const message = record[WARNING_PROPERTY]
    if (message !== undefined && !Array.isArray(value)) {
      delete record[WARNING_PROPERTY]
      warnings.push(
        createDiagnostic('SL013', {
          file,
          message: `Swagger 2.0 upgrade: ${String(message)} (at ${pointerOf(path) || 'the root'} of the upgraded document)`,
        }),
      )
    }
    for (const [key, child] of Object.entries(record)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, path: [...path, key] })
    }
  }
  return warnings.reverse()
}
