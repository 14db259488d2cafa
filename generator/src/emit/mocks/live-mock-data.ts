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
import type { MockData, MockOperation, MockResponse } from '@statusline/mock'
import type { ApiModel, Operation, Response } from '../../model/types.ts'
import { content, header, parameter, type SchemaConverter, securityScheme } from './build-mock-data.ts'
import { defineLazy } from './lazy-property.ts'
import { stripSchema } from './strip-schema.ts'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Strips schemas as `buildMockData` does; the components they reach are there already. */
const strip: SchemaConverter = { addSchema: (schema) => stripSchema(schema, () => {}) }

function response(declared: Response): MockResponse {
  const built: Json = { key: declared.key, statuses: declared.statuses, noContent: declared.noContent }
  defineLazy(built, 'contents', () => declared.contents.map((media) => content(media, strip, true)))
  built.headers = declared.headers.map((item) => header(item, strip))
  return built as unknown as MockResponse
}

function operation(op: Operation): MockOperation {
  const built: Json = {
    name: op.name,
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    tags: op.tags,
    parameters: op.parameters.map((param) => parameter(param, strip)),
  }
  const body = op.requestBody
  if (body !== undefined) {
    const requestBody = { required: body.required }
    defineLazy(requestBody, 'contents', () => body.contents.map((media) => content(media, strip, true)))
    built.requestBody = requestBody
  }
  built.responses = op.responses.map(response)
  built.security = op.security
  return built as unknown as MockOperation
}

/** The document's components, with each schema stripped on its first read. */
function components(source: unknown): Record<string, unknown> {
  if (!isObject(source)) return {}
  const out: Json = { ...source }
  const schemas = source.schemas
  if (isObject(schemas)) {
    const lazy: Json = {}
    for (const name of Object.keys(schemas)) defineLazy(lazy, name, () => strip.addSchema(schemas[name]))
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
  return {
    title: model.title,
    openapi: model.openapi,
    servers: model.servers,
    operations: model.operations.map(operation),
    securitySchemes: Object.fromEntries(
      Object.entries(model.securitySchemes).map(([name, scheme]) => [name, securityScheme(scheme)]),
    ),
    components: components(model.document.components),
  }
}
