/**
 * The operation model: the one normalised view of an OpenAPI document that every emitter reads.
 *
 * Only `model/` knows OpenAPI's quirks (parameter inheritance from path items, `$ref`ed responses,
 * `4XX` ranges, `default`, missing operationIds, Swagger-era leftovers). Emitters never open the raw
 * document: identifiers here are already safe TypeScript identifiers, doc text is already escaped for a
 * TSDoc block, and status keys are already expanded.
 *
 * Schemas are kept as JSON Schema objects exactly as the bundled document holds them (with internal
 * `$ref`s such as `#/components/schemas/Zoo`); `pointer` fields are RFC 6901 JSON pointers into that
 * bundled document, so emitters can reference the generated `schema.d.ts` types and the mock runtime can resolve
 * the same schema at run time.
 *
 * @module
 */

/** HTTP methods that OpenAPI 3.x path items can declare (OpenAPI 3.1 §4.8.9, Path Item Object). */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace'

/** A JSON Schema object as it appears in the bundled document (may hold internal `$ref`s). */
export type JsonSchema = { readonly [key: string]: unknown } | boolean

/** Where a parameter lives (OpenAPI 3.1 §4.8.12.2, `in`). */
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie'

/** Parameter serialisation styles (OpenAPI 3.1 §4.8.12.4, Style Values). */
export type ParameterStyle =
  | 'matrix'
  | 'label'
  | 'simple'
  | 'form'
  | 'spaceDelimited'
  | 'pipeDelimited'
  | 'deepObject'

/** One parameter of an operation, after path-item parameters were merged in (OpenAPI 3.1 §4.8.12). */
export interface Parameter {
  /** The name as the spec writes it (case preserved; used on the wire and as the key in param objects). */
  readonly name: string
  readonly in: ParameterLocation
  readonly required: boolean
  /** Resolved style: the spec's value, or the default for the location (form for query/cookie, simple otherwise). */
  readonly style: ParameterStyle
  /** Resolved explode: the spec's value, or true for `form`, false otherwise. */
  readonly explode: boolean
  readonly allowReserved: boolean
  readonly deprecated: boolean
  /** The parameter's schema; for `content`-typed parameters, the schema of its single media type. */
  readonly schema: JsonSchema
  /** Set for `content`-typed parameters (e.g. `application/json` in a query string). */
  readonly contentType?: string
  /** Escaped doc text, safe inside a TSDoc block; empty when the spec has none. */
  readonly doc: string
  /** JSON pointer of the parameter object in the bundled document. */
  readonly pointer: string
}

/** One media type of a request or response body (OpenAPI 3.1 §4.8.14, Media Type Object). */
export interface MediaContent {
  /** The media type as written, e.g. `application/json`, `application/vnd.github+json`, `*\/*`. */
  readonly mediaType: string
  /** What the runtime decodes it as. */
  readonly kind: BodyKind
  /** The schema, or undefined when the media type has none. */
  readonly schema?: JsonSchema
  /** JSON pointer of the schema in the bundled document (present when `schema` is). */
  readonly schemaPointer?: string
  /** The media type's `example`, or the value of each named `examples` entry (after `$ref`s resolved). */
  readonly examples: Readonly<Record<string, unknown>>
}

/** How a body is encoded or decoded at run time. */
export type BodyKind = 'json' | 'text' | 'form' | 'multipart' | 'binary'

/** The request body of an operation (OpenAPI 3.1 §4.8.13). */
export interface RequestBody {
  readonly required: boolean
  /** Media types in spec order; the emitters use the first as the default. */
  readonly contents: readonly MediaContent[]
  readonly doc: string
  readonly pointer: string
}

/** A response header (OpenAPI 3.1 §4.8.21). */
export interface ResponseHeader {
  /** Lower-cased header name, as the SDK exposes it. */
  readonly name: string
  /** The name as the spec writes it. */
  readonly specName: string
  readonly required: boolean
  readonly schema: JsonSchema
  readonly doc: string
}

/** How a response key was written in the spec. */
export type ResponseKeyKind = 'status' | 'range' | 'default'

/** One entry of an operation's Responses Object (OpenAPI 3.1 §4.8.16). */
export interface Response {
  /** The key as written: `'200'`, `'4XX'`, `'default'`. */
  readonly key: string
  readonly kind: ResponseKeyKind
  /** For `status`: that status. For `range`: the class digit (4 for `4XX`). For `default`: 0. */
  readonly code: number
  /**
   * Literal statuses this key stands for at run time: `[404]` for `'404'`; for `4XX` the statuses of
   * 400–499 not declared separately; for `default`, empty (it means every status not otherwise listed).
   */
  readonly statuses: readonly number[]
  /** Statuses for which HTTP forbids a body (204, 205, 304) or the spec declares no content. */
  readonly noContent: boolean
  readonly contents: readonly MediaContent[]
  readonly headers: readonly ResponseHeader[]
  readonly doc: string
  readonly pointer: string
}

/** One alternative of an operation's security requirements: every scheme named must be satisfied. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>

/** A security scheme (OpenAPI 3.1 §4.8.27), reduced to what the SDK and mocks act on. */
export type SecurityScheme =
  | { readonly type: 'http'; readonly scheme: string; readonly bearerFormat?: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'oauth2' | 'openIdConnect' | 'mutualTLS' }

/**
 * What tells an operation's requests from those of others on the same path and method: one query or
 * header parameter with one value (see `path-key.ts`).
 */
export interface OperationSelector {
  readonly in: 'query' | 'header'
  /** The parameter's name as the operation declares it. */
  readonly name: string
  readonly value: string
}

/** One operation of the API: the unit every emitter iterates over. */
export interface Operation {
  /** The operationId as written, or the one derived from method + path when the spec has none. */
  readonly operationId: string
  /** Safe, unique camelCase identifier for the generated function (`repos/get` → `reposGet`). */
  readonly name: string
  /** Safe, unique PascalCase stem for generated types (`ReposGet` → `ReposGetResponse`). */
  readonly typeName: string
  readonly method: HttpMethod
  /** The path template as written (the key of the Paths Object), e.g. `/zoos/{zId}`. */
  readonly path: string
  /**
   * The path template requests use: {@link path} without a query or a fragment (`/#Action=AssumeRole` →
   * `/`, `/alerts?lat={lat}` → `/alerts`). Equal to `path` for plain keys.
   */
  readonly requestPath: string
  /**
   * The query of the path key, as written (`lat={lat}&lon={lon}`, `method=flickr.x`): sent with every
   * request, its `{param}`s filled with path parameters.
   */
  readonly pathQuery?: string
  /**
   * The query names the path key's query reads path parameters from (`lat={lat}` → `{ lat: 'lat' }`).
   */
  readonly queryPathParams?: Readonly<Record<string, string>>
  /**
   * Query or header values that mark the operation's requests among those of others on the same path and
   * method: the constants of the key's query, and a fragment that names a parameter (`/#Action=AssumeRole`).
   */
  readonly selectors?: readonly OperationSelector[]
  /** Escaped TSDoc text built from summary and description (with `@deprecated` when deprecated). */
  readonly doc: string
  readonly summary?: string
  readonly deprecated: boolean
  readonly tags: readonly string[]
  /** Parameters with path-item parameters merged in, in spec order, deduplicated by (in, name). */
  readonly parameters: readonly Parameter[]
  readonly requestBody?: RequestBody
  /** Responses in spec order. */
  readonly responses: readonly Response[]
  /** Effective security (operation's, else the document's); empty array means anonymous access. */
  readonly security: readonly SecurityRequirement[]
  /**
   * The operation's own server URLs (OpenAPI 3.1 §4.8.10.1 `servers`, else its path item's, §4.8.9.1),
   * which replace the document's for this operation: variables substituted by their defaults and
   * relative URLs kept as written, as for {@link ApiModel.servers}. Absent when neither declares a
   * non-empty list, or when the list is the document's servers.
   */
  readonly servers?: readonly string[]
  /**
   * The first of {@link servers} as a template whose `{variable}`s are those of the document's server
   * templates ({@link ApiModel.serverTemplates}), the others substituted: where the operation is on the
   * instance of the API a client's base URL names (`{protocol}://{hostname}` for a base URL that is an
   * instance of `{protocol}://{hostname}/api/v3`). Absent without own servers or shared variables.
   */
  readonly serverTemplate?: string
  /** JSON pointer of the operation object, e.g. `/paths/~1zoos~1{zId}/get`. */
  readonly pointer: string
}

/** The whole API as every emitter sees it. */
export interface ApiModel {
  readonly title: string
  readonly version: string
  /** The OpenAPI version the model was built from (after a Swagger 2.0 upgrade, `3.0.x`). */
  readonly openapi: string
  /** Escaped doc text of the API's description. */
  readonly doc: string
  /** Server URLs with variables substituted by their defaults, in spec order. */
  readonly servers: readonly string[]
  /**
   * The server URLs as templates, `{variable}`s kept, parallel to {@link servers}; absent when no server
   * URL has a variable.
   */
  readonly serverTemplates?: readonly string[]
  readonly operations: readonly Operation[]
  readonly securitySchemes: Readonly<Record<string, SecurityScheme>>
  /** The bundled OpenAPI 3.x document the pointers refer to (single file, internal `$ref`s only). */
  readonly document: Readonly<Record<string, unknown>>
  /** The file the document was loaded from (for diagnostics and generated headers). */
  readonly source: string
}
