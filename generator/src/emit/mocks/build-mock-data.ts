/**
 * The mock data of a model (the `MockData` contract of `@statusline/mock`): the operation table with
 * its parameters, bodies, responses and security, the servers and security schemes, and the components
 * the schemas reach. What the mock never reads is left out to keep large APIs small: doc text and
 * summaries, response descriptions, schema annotations (`strip-schema.ts`), unreached components.
 *
 * @module
 */
import type {
  MockContent,
  MockData,
  MockHeader,
  MockOperation,
  MockParameter,
  MockResponse,
  MockSecurityScheme,
  SchemaObject,
} from '@statusline/mock'
import type {
  ApiModel,
  MediaContent,
  Operation,
  Parameter,
  Response,
  ResponseHeader,
  SecurityScheme,
} from '../../model/types.ts'
import { createComponentCollector } from './reachable-components.ts'

/** Options of {@link buildMockData}. */
export interface MockDataOptions {
  /** Keep the media types' examples (for `useExamples` and `Prefer: example=`). Default `true`. */
  readonly examples?: boolean
}

/** Turns a schema of the model into the schema of the mock data (stripped of annotations). */
export interface SchemaConverter {
  addSchema(schema: unknown): unknown
}

/**
 * How an operation's table entry is converted: its schemas by `convert`, its examples kept or not, and
 * the `contents` of its request and response bodies set by `setContents` (at once for `mock-data.ts`;
 * on the first read for `statusline mock`, `live-mock-data.ts`).
 */
export interface OperationConversion {
  readonly convert: SchemaConverter
  readonly examples: boolean
  setContents(target: object, key: 'contents', build: () => readonly MockContent[]): void
}

/** Sets the property to what `build` returns, at once. */
function setNow(target: object, key: string, build: () => unknown): void {
  ;(target as Record<string, unknown>)[key] = build()
}

function content(media: MediaContent, collect: SchemaConverter, examples: boolean): MockContent {
  const hasExamples = examples && Object.keys(media.examples).length > 0
  return {
    mediaType: media.mediaType,
    kind: media.kind,
    ...(media.schema === undefined ? {} : { schema: collect.addSchema(media.schema) as SchemaObject }),
    ...(hasExamples ? { examples: media.examples } : {}),
  }
}

function header(declared: ResponseHeader, collect: SchemaConverter): MockHeader {
  return {
    name: declared.name,
    required: declared.required,
    schema: collect.addSchema(declared.schema) as SchemaObject,
  }
}

function parameter(param: Parameter, collect: SchemaConverter): MockParameter {
  return {
    name: param.name,
    in: param.in,
    required: param.required,
    style: param.style,
    explode: param.explode,
    schema: collect.addSchema(param.schema) as SchemaObject,
    ...(param.contentType === undefined ? {} : { mediaType: param.contentType }),
  }
}

/** An object holding the `contents` of `media`, set as `conversion` sets them, after `fields`. */
function withContents<T extends object>(
  fields: T,
  media: readonly MediaContent[],
  conversion: OperationConversion,
): T & { contents: MockContent[] } {
  const { convert, examples } = conversion
  conversion.setContents(fields, 'contents', () => media.map((item) => content(item, convert, examples)))
  return fields as T & { contents: MockContent[] }
}

function response(declared: Response, conversion: OperationConversion): MockResponse {
  const built = withContents(
    { key: declared.key, statuses: declared.statuses, noContent: declared.noContent },
    declared.contents,
    conversion,
  )
  return Object.assign(built, { headers: declared.headers.map((item) => header(item, conversion.convert)) })
}

/**
 * The table entry of one operation: name, method, the path requests use (with the selectors that tell its
 * requests from others' on it and the query names path parameters come in), parameters, bodies and
 * responses, converted as `conversion` says, and its own servers (and their template) when it has some.
 */
export function mockOperation(op: Operation, conversion: OperationConversion): MockOperation {
  const body = op.requestBody
  return {
    name: op.name,
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.requestPath,
    ...(op.selectors === undefined ? {} : { selectors: op.selectors }),
    ...(op.queryPathParams === undefined ? {} : { queryPathParams: op.queryPathParams }),
    tags: op.tags,
    parameters: op.parameters.map((param) => parameter(param, conversion.convert)),
    ...(body === undefined
      ? {}
      : { requestBody: withContents({ required: body.required }, body.contents, conversion) }),
    responses: op.responses.map((item) => response(item, conversion)),
    security: op.security,
    ...(op.servers === undefined ? {} : { servers: op.servers }),
    ...(op.serverTemplate === undefined ? {} : { serverTemplate: op.serverTemplate }),
  }
}

function securityScheme(scheme: SecurityScheme): MockSecurityScheme {
  switch (scheme.type) {
    case 'http':
      return { type: 'http', scheme: scheme.scheme }
    case 'apiKey':
      return { type: 'apiKey', in: scheme.in, name: scheme.name }
    default:
      return { type: scheme.type }
  }
}

/** The mock data of a model, given its operations' table entries and its components, converted. */
export function assembleMockData(
  model: ApiModel,
  operations: MockOperation[],
  components: MockData['components'],
): MockData {
  return {
    title: model.title,
    openapi: model.openapi,
    servers: model.servers,
    ...(model.serverTemplates === undefined ? {} : { serverTemplates: model.serverTemplates }),
    operations,
    securitySchemes: Object.fromEntries(
      Object.entries(model.securitySchemes).map(([name, scheme]) => [name, securityScheme(scheme)]),
    ),
    components,
  }
}

/** Builds the mock data of a model. */
export function buildMockData(model: ApiModel, options: MockDataOptions = {}): MockData {
  const collect = createComponentCollector(model.document.components)
  const conversion = { convert: collect, examples: options.examples ?? true, setContents: setNow }
  const operations = model.operations.map((op) => mockOperation(op, conversion))
  return assembleMockData(model, operations, collect.result())
}
