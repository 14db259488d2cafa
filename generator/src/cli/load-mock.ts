/**
 * Reads a spec into mock data for `statusline mock`: load → model → the mocks emitter's
 * `buildLiveMockData`, the conversion generated SDKs get from `buildMockData`, without writing files, and
 * with each body's schemas converted when the server first reads them. The document is not validated against the
 * OpenAPI schema: that check only produces warnings (SL007), costs as much as the rest of the start on
 * large documents (≈0.7 s and ≈30 MB on GitHub's), and `statusline generate` reports it; a document the
 * model cannot use still fails here with its diagnostic.
 *
 * @module
 */
import type { MockData } from '@statusline/mock'
import type { Diagnostic } from '../diagnostics/diagnostic.ts'
import { buildLiveMockData } from '../emit/mocks/live-mock-data.ts'
import { loadSpec, withLines, withLinesOnError } from '../load/index.ts'
import { buildModel } from '../model/build-model.ts'

/** The mock data of a spec. */
export interface LoadedMockData {
  readonly data: MockData
  /** Every file the spec was read from (to watch). */
  readonly files: readonly string[]
  readonly warnings: readonly Diagnostic[]
}

/** Loads `spec` into mock data; throws a `DiagnosticError` for a broken spec. */
export async function loadMockData(spec: string): Promise<LoadedMockData> {
  const loaded = await loadSpec(spec, { validate: false })
  const { model, warnings } = withLinesOnError(loaded, () => buildModel(loaded.document, loaded.source))
  return {
    data: buildLiveMockData(model),
    files: loaded.files,
    warnings: [...loaded.warnings, ...withLines(warnings, loaded)],
  }
}
