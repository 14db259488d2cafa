/**
 * Hand-built operation models for emitter tests: every factory returns a complete, consistent value with
 * sensible defaults (the zoo API), and takes overrides for the fields a test cares about. The model's
 * `document` is synthesised from the operations (see `model-document.ts`), so emitters that read it
 * (openapi-typescript, `$ref` resolution) see the same API the model describes.
 *
 * @example
 * ```ts
 * const model = createModel({
 *   operations: [createOperation({ responses: [createResponse('200'), createResponse('404')] })],
 * })
 * ```
 *
 * @module
 */
import type {
  ApiModel,
  JsonSchema,
  MediaContent,
  Operation,
  Parameter,
  RequestBody,
  Response,
  ResponseHeader,
} from '../model/types.ts'
import { DEFAULT_SCHEMAS, documentFromOperations, pointerSegment } from './model-document.ts'

/** A model value with its readonly fields made writable and optional, for overrides. */
type Overrides<T> = { -readonly [K in keyof T]?: T[K] }

/** `#/components/schemas/<name>` as a `$ref` schema. */
export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${pointerSegment(name)}` }
}

/** Statuses for which HTTP forbids a body. */
const NO_BODY_STATUSES = new Set([204, 205, 304])

/** A media type; defaults to `application/json` holding a `Zoo`. */
export function createContent(overrides: Overrides<MediaContent> = {}): MediaContent {
  return { mediaType: 'application/json', kind: 'json', schema: schemaRef('Zoo'), examples: {}, ...overrides }
}

/** A response header; `name` is lower-cased from `specName` unless given. */
export function createHeader(specName: string, overrides: Overrides<ResponseHeader> = {}): ResponseHeader {
  return {
    name: specName.toLowerCase(),
    specName,
    required: false,
    schema: { type: 'string' },
    doc: '',
    ...overrides,
  }
}

/**
 * A response for the key `key` (`'200'`, `'4XX'`, `'default'`). Kind and code follow from the key;
 * 2xx and `default` answer a `Zoo`, the others an `Error`, 204/205/304 nothing. A range's `statuses` are
 * completed by `createOperation`, which knows the keys declared beside it.
 */
export function createResponse(key: string, overrides: Overrides<Response> = {}): Response {
  const range = /^([1-5])XX$/i.exec(key)
  const kind = key === 'default' ? 'default' : range !== null ? 'range' : 'status'
  const code = kind === 'default' ? 0 : range !== null ? Number(range[1]) : Number(key)
  if (kind === 'status' && !(Number.isInteger(code) && code >= 100 && code <= 599)) {
    throw new Error(
      `[statusline] Failed to create a test response: "${key}" is not a status, range or default`,
    )
  }
  const bodyless = kind === 'status' && NO_BODY_STATUSES.has(code)
  const isSuccess = kind === 'default' || Math.floor(code >= 100 ? code / 100 : code) === 2
  const contents =
    overrides.contents ??
    (bodyless ? [] : [createContent({ schema: schemaRef(isSuccess ? 'Zoo' : 'Error') })])
  return {
    key,
    kind,
    code,
    statuses: kind === 'status' ? [code] : [],
    noContent: bodyless || contents.length === 0,
    headers: [],
    doc: kind === 'default' ? 'Unexpected response' : `Response ${key}`,
    pointer: '',
    ...overrides,
    contents,
  }
}

/** A parameter; defaults to an optional string query parameter with the location's default serialisation. */
export function createParameter(name: string, overrides: Overrides<Parameter> = {}): Parameter {
  const location = overrides.in ?? 'query'
  const formStyle = location === 'query' || location === 'cookie'
  return {
    name,
    in: location,
    required: location === 'path',
    style: formStyle ? 'form' : 'simple',
    explode: formStyle,
    allowReserved: false,
    deprecated: false,
    schema: { type: 'string' },
    doc: '',
    pointer: '',
    ...overrides,
  }
}

/** A request body; defaults to a required JSON `Zoo`. */
export function createRequestBody(overrides: Overrides<RequestBody> = {}): RequestBody {
  return { required: true, contents: [createContent()], doc: '', pointer: '', ...overrides }
}

/**
 * An operation; defaults to `getZoo`, `GET /zoos/{zId}`, answering `200`. `name` defaults to the
 * operationId and `typeName` to its PascalCase form, so pass identifier-shaped ids. Pointers are filled
 * in to match the synthesised document, and range responses get their expanded `statuses`.
 */
export function createOperation(overrides: Overrides<Operation> = {}): Operation {
  const operationId = overrides.operationId ?? overrides.name ?? 'getZoo'
  const name = overrides.name ?? operationId
  const path = overrides.path ?? '/zoos/{zId}'
  const method = overrides.method ?? 'get'
  const pointer = overrides.pointer ?? `/paths/${pointerSegment(path)}/${method}`
  const responses = overrides.responses ?? [createResponse('200')]
  const declared = new Set(responses.filter((r) => r.kind === 'status').map((r) => r.code))
  const requestBody = overrides.requestBody
  return {
    operationId,
    name,
    typeName: overrides.typeName ?? name.charAt(0).toUpperCase() + name.slice(1),
    method,
    path,
    requestPath: path.split(/[?#]/)[0] ?? path,
    doc: 'Get a zoo',
    deprecated: false,
    tags: [],
    security: [],
    ...overrides,
    pointer,
    parameters: (overrides.parameters ?? []).map((param, index) => ({
      ...param,
      pointer: param.pointer || `${pointer}/parameters/${index}`,
    })),
    ...(requestBody === undefined
      ? {}
      : { requestBody: withBodyPointers(requestBody, `${pointer}/requestBody`) }),
    responses: responses.map((response) => {
      const at = response.pointer || `${pointer}/responses/${pointerSegment(response.key)}`
      const statuses = response.kind === 'range' ? expandRange(response.code, declared) : response.statuses
      return { ...withBodyPointers(response, at), statuses }
    }),
  }
}

/** The statuses of class `digit` (4 → 400–499) that are not declared as literal keys. */
function expandRange(digit: number, declared: ReadonlySet<number>): number[] {
  const statuses: number[] = []
  for (let status = digit * 100; status < digit * 100 + 100; status++)
    if (!declared.has(status)) statuses.push(status)
  return statuses
}

/** Fills in `pointer` and each content's `schemaPointer` under `at`, keeping the ones already set. */
function withBodyPointers<T extends RequestBody | Response>(body: T, at: string): T {
  const pointer = body.pointer || at
  const contents = body.contents.map((content) =>
    content.schema === undefined || content.schemaPointer !== undefined
      ? content
      : { ...content, schemaPointer: `${pointer}/content/${pointerSegment(content.mediaType)}/schema` },
  )
  return { ...body, pointer, contents }
}

/**
 * A whole API; defaults to the zoo API with one `getZoo` operation, one server and a bearer scheme.
 * Pass `schemas` to replace the components' schemas (`Zoo` and `Error` by default) of the synthesised
 * document, or `document` to use a document of your own.
 */
export function createModel(
  overrides: Overrides<ApiModel> & { schemas?: Record<string, JsonSchema> } = {},
): ApiModel {
  const { schemas = DEFAULT_SCHEMAS, ...rest } = overrides
  const operations = rest.operations ?? [createOperation()]
  const securitySchemes = rest.securitySchemes ?? { bearerAuth: { type: 'http', scheme: 'bearer' } }
  const base = {
    title: 'Zoo API',
    version: '1.0.0',
    openapi: '3.0.3',
    doc: 'The zoo API.',
    servers: ['https://api.example.com/v1'],
    source: 'specs/zoo.yaml',
    ...rest,
    operations,
    securitySchemes,
  }
  return { ...base, document: rest.document ?? documentFromOperations(base, schemas) }
}
