/**
 * The operation descriptor (`OperationSpec` of `@statusline/client`) written as a literal: only what the
 * runtime cannot know from the call, and only values that differ from their defaults.
 *
 * ```ts
 * const getZooSpec = {
 *   method: 'GET',
 *   path: '/zoos/{zId}',
 *   responses: { 200: { headers: { 'x-rate-limit': 'integer' } }, 404: {}, '4XX': {} },
 * } as const satisfies OperationSpec
 * ```
 *
 * @module
 */
import type { ParamSpec, ResponseSpec } from '@statusline/client'
import type { Operation, Parameter } from '../../model/types.ts'
import { literal, literalKey } from '../code-text.ts'
import { headerDecoder, uniqueHeaders } from './body-types.ts'

/** Serialisation defaults per location (OpenAPI 3.1 §4.8.12.4): form and explode for query and cookie. */
function defaultsOf(location: Parameter['in']): { style: string; explode: boolean } {
  return location === 'query' || location === 'cookie'
    ? { style: 'form', explode: true }
    : { style: 'simple', explode: false }
}

/** The `ParamSpec` of a parameter serialised differently from its location's default, else undefined. */
export function paramSpec(param: Parameter): ParamSpec | undefined {
  const defaults = defaultsOf(param.in)
  const spec: { -readonly [K in keyof ParamSpec]: ParamSpec[K] } = { in: param.in }
  if (param.contentType !== undefined) spec.contentType = param.contentType
  else {
    if (param.style !== defaults.style) spec.style = param.style
    if (param.explode !== defaults.explode) spec.explode = param.explode
    if (param.allowReserved) spec.allowReserved = true
  }
  return Object.keys(spec).length > 1 ? spec : undefined
}

/** The `params` entry: parameters with non-default serialisation, by name; the first of a name wins. */
function paramsEntry(operation: Operation): Record<string, ParamSpec> | undefined {
  const params = new Map<string, ParamSpec>()
  for (const param of operation.parameters) {
    const spec = paramSpec(param)
    if (spec !== undefined && !params.has(param.name)) params.set(param.name, spec)
  }
  return params.size > 0 ? Object.fromEntries(params) : undefined
}

/** The `responses` entry: every declared key, with `empty` and header decoders where they apply. */
function responsesEntry(operation: Operation, document: unknown): Record<string, ResponseSpec> {
  const responses = new Map<string, ResponseSpec>()
  for (const response of operation.responses) {
    const key =
      response.kind === 'range'
        ? `${response.code}XX`
        : response.kind === 'default'
          ? 'default'
          : response.key
    if (responses.has(key)) continue
    const headers = uniqueHeaders(response)
    responses.set(key, {
      ...(response.noContent ? { empty: true } : {}),
      ...(headers.length > 0
        ? {
            headers: Object.fromEntries(
              headers.map((header) => [header.name, headerDecoder(header, document)]),
            ),
          }
        : {}),
    })
  }
  return Object.fromEntries(responses)
}

/**
 * The entries of an operation's descriptor literal, as `[key, value code]` pairs in the order they are
 * written. `document` is the bundled document, for header schemas that are `$ref`s.
 */
export function operationSpecEntries(operation: Operation, document: unknown): [string, string][] {
  const [content] = operation.requestBody?.contents ?? []
  const security = operation.security.map((requirement) => Object.keys(requirement))
  const entries: [string, unknown][] = [
    ['method', operation.method.toUpperCase()],
    ['path', operation.path],
    ['params', paramsEntry(operation)],
    ['body', content === undefined ? undefined : { mediaType: content.mediaType, encoding: content.kind }],
    ['responses', responsesEntry(operation, document)],
    ['security', security.length > 0 ? security : undefined],
  ]
  return entries.flatMap(([key, value]) => (value === undefined ? [] : [[literalKey(key), literal(value)]]))
}
