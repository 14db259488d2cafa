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

/** The mock data of one media type. */
export function content(media: MediaContent, collect: SchemaConverter, examples: boolean): MockContent {
  const hasExamples = examples && Object.keys(media.examples).length > 0
  return {
    mediaType: media.mediaType,
    kind: media.kind,
    ...(media.schema === undefined ? {} : { schema: collect.addSchema(media.schema) as SchemaObject }),
    ...(hasExamples ? { examples: media.examples } : {}),
  }
}

/** The mock data of one response header. */
export function header(declared: ResponseHeader, collect: SchemaConverter): MockHeader {
  return {
    name: declared.name,
    required: declared.required,
    schema: collect.addSchema(declared.schema) as SchemaObject,
  }
}

/** The mock data of one parameter. */
export function parameter(param: Parameter, collect: SchemaConverter): MockParameter {
  return {
    name: param.name,
    in: param.in,
    required: param.required,
    style: param.style,
    explode: param.explode,
    schema: collect.addSchema(param.schema) as SchemaObject,
  }
}

function response(declared: Response, collect: SchemaConverter, examples: boolean): MockResponse {
  return {
    key: declared.key,
    statuses: declared.statuses,
    noContent: declared.noContent,
    contents: declared.contents.map((media) => content(media, collect, examples)),
    headers: declared.headers.map((item) => header(item, collect)),
  }
}

function operation(op: Operation, collect: SchemaConverter, examples: boolean): MockOperation {
  const body = op.requestBody
  return {
    name: op.name,
    operationId: op.operationId,
    method: op.method.toUpperCase(),
    path: op.path,
    tags: op.tags,
    parameters: op.parameters.map((param) => parameter(param, collect)),
    ...(body === undefined
      ? {}
      : {
          requestBody: {
            required: body.required,
            contents: body.contents.map((media) => content(media, collect, examples)),
          },
        }),
    responses: op.responses.map((item) => response(item, collect, examples)),
    security: op.security,
  }
}

/** The mock data of one security scheme: what the mock checks credentials with. */
export function securityScheme(scheme: SecurityScheme): MockSecurityScheme {
  switch (scheme.type) {
    case 'http':
      return { type: 'http', scheme: scheme.scheme }
    case 'apiKey':
      return { type: 'apiKey', in: scheme.in, name: scheme.name }
    default:
      return { type: scheme.type }
  }
}

/** Builds the mock data of a model. */
export function buildMockData(model: ApiModel, options: MockDataOptions = {}): MockData {
  const examples = options.examples ?? true
  const collect = createComponentCollector(model.document.components)
  const operations = model.operations.map((op) => operation(op, collect, examples))
  return {
    title: model.title,
    openapi: model.openapi,
    servers: model.servers,
    operations,
    securitySchemes: Object.fromEntries(
      Object.entries(model.securitySchemes).map(([name, scheme]) => [name, securityScheme(scheme)]),
    ),
    components: collect.result(),
  }
}
