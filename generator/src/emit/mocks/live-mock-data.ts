/**
 * The mock data `statusline mock` serves: what `buildMockData` writes into `mock-data.ts`, converted the
 * same way, but built as the server reads it rather than all at start. An operation's table entry, its
 * parameters and its response keys, statuses and headers are there from the start (routing, 405/Allow,
 * CORS and scenarios read them); the bodies of its requests and responses are converted on their first
 * read, and a component schema when a ref first reaches it. Unlike `mock-data.ts`, every component is
 * present (the runtime only reads those a ref reaches, so the unreached ones cost nothing).
 *
 * @module
 */
import type { MockData } from '@statusline/mock'
import { isRecord } from '../../model/record.ts'
import type { ApiModel } from '../../model/types.ts'
import { assembleMockData, mockOperation, type OperationConversion } from './build-mock-data.ts'
import { defineLazy } from './lazy-property.ts'
import { stripSchema } from './strip-schema.ts'

/**
 * Strips schemas as `buildMockData` does (the components they reach are there already), keeps examples,
 * and converts each body's contents on their first read.
 */
const LIVE: OperationConversion = {
  convert: { addSchema: (schema) => stripSchema(schema, () => {}) },
  examples: true,
  setContents: defineLazy,
}

/** The document's components, with each schema stripped on its first read. */
function components(source: unknown): Record<string, unknown> {
  if (!isRecord(source)) return {}
  const out: Record<string, unknown> = { ...source }
  const schemas = source.schemas
  if (isRecord(schemas)) {
    const lazy: Record<string, unknown> = {}
    for (const name of Object.keys(schemas))
      defineLazy(lazy, name, () => LIVE.convert.addSchema(schemas[name]))
    out.schemas = lazy
  }
  return out
}

/**
 * The mock data of a model for a server in this process (see the module comment); examples are kept.
 *
 * @example
 * const data = buildLiveMockData(model)
 * data.operations[0].responses[0].contents // converted now
 */
export function buildLiveMockData(model: ApiModel): MockData {
  const operations = model.operations.map((op) => mockOperation(op, LIVE))
  return assembleMockData(model, operations, components(model.document.components))
}
