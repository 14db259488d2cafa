/**
 * The OpenAPI 3.0 document a hand-built test model stands for: paths, parameters, request bodies,
 * responses and headers written back from the operations, plus `components.schemas` and
 * `components.securitySchemes`. Parameters, request bodies and responses whose pointer is
 * `/components/<kind>/<name>` are written there and referenced with a `$ref`. Emitters that read
 * `model.document` (openapi-typescript) then describe the same API as the emitters that read the
 * operations.
 *
 * @module
 */
import type { ApiModel, JsonSchema, MediaContent, Operation, Response } from '../model/types.ts'

/** The schemas of the zoo API that the factory's defaults refer to. */
export const DEFAULT_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Zoo: {
    type: 'object',
    required: ['id', 'name'],
    properties: { id: { type: 'integer' }, name: { type: 'string' }, city: { type: 'string' } },
  },
  Error: {
    type: 'object',
    required: ['message'],
    properties: { code: { type: 'integer' }, message: { type: 'string' } },
  },
}

/** Escapes one JSON pointer segment (RFC 6901 §3): `~` → `~0`, `/` → `~1`. */
export function pointerSegment(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** The `content` map of a request body or response. */
function contentMap(contents: readonly MediaContent[]): Record<string, unknown> {
  return Object.fromEntries(
    contents.map((content) => [
      content.mediaType,
      content.schema === undefined ? {} : { schema: content.schema },
    ]),
  )
}

/** One Response Object. */
function responseObject(response: Response): Record<string, unknown> {
  const headers = Object.fromEntries(
    response.headers.map((header) => [header.specName, { required: header.required, schema: header.schema }]),
  )
  return {
    description: response.doc || response.key,
    ...(response.headers.length > 0 ? { headers } : {}),
    ...(response.contents.length > 0 ? { content: contentMap(response.contents) } : {}),
  }
}

/** Components the synthesised document holds besides `schemas`, filled as operations are written. */
type Components = Record<'responses' | 'requestBodies' | 'parameters', Record<string, unknown>>

/**
 * Writes an object where its model pointer says it lives: under `components` (returning a `$ref` to it)
 * when the pointer is `/components/<kind>/<name>`, else inline.
 */
function placed(components: Components, kind: keyof Components, pointer: string, object: unknown): unknown {
  const match = new RegExp(`^/components/${kind}/([^/]+)$`).exec(pointer)
  if (match?.[1] === undefined) return object
  components[kind][match[1].replaceAll('~1', '/').replaceAll('~0', '~')] = object
  return { $ref: `#${pointer}` }
}

/** One Operation Object. */
function operationObject(operation: Operation, components: Components): Record<string, unknown> {
  const body = operation.requestBody
  return {
    operationId: operation.operationId,
    ...(operation.summary === undefined ? {} : { summary: operation.summary }),
    ...(operation.deprecated ? { deprecated: true } : {}),
    ...(operation.parameters.length === 0
      ? {}
      : {
          parameters: operation.parameters.map((param) =>
            placed(components, 'parameters', param.pointer, {
              name: param.name,
              in: param.in,
              required: param.required,
              ...(param.contentType === undefined
                ? { schema: param.schema, style: param.style, explode: param.explode }
                : { content: { [param.contentType]: { schema: param.schema } } }),
              ...(param.allowReserved ? { allowReserved: true } : {}),
            }),
          ),
        }),
    ...(body === undefined
      ? {}
      : {
          requestBody: placed(components, 'requestBodies', body.pointer, {
            required: body.required,
            content: contentMap(body.contents),
          }),
        }),
    responses: Object.fromEntries(
      operation.responses.map((response) => [
        response.key,
        placed(components, 'responses', response.pointer, responseObject(response)),
      ]),
    ),
    ...(operation.security.length > 0 ? { security: operation.security } : {}),
  }
}

/** The document of a model's operations, servers, security schemes and `schemas`. */
export function documentFromOperations(
  model: Pick<ApiModel, 'title' | 'version' | 'servers' | 'operations' | 'securitySchemes'>,
  schemas: Readonly<Record<string, JsonSchema>>,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  const components: Components = { responses: {}, requestBodies: {}, parameters: {} }
  for (const operation of model.operations) {
    const item = paths[operation.path] ?? {}
    item[operation.method] = operationObject(operation, components)
    paths[operation.path] = item
  }
  const used = Object.fromEntries(
    Object.entries(components).filter(([, entries]) => Object.keys(entries).length > 0),
  )
  return {
    openapi: '3.0.3',
    info: { title: model.title, version: model.version },
    servers: model.servers.map((url) => ({ url })),
    paths,
    components: { schemas, ...used, securitySchemes: model.securitySchemes },
  }
}
