/**
 * The mock data: what the generator emits for the mock runtime (into `mock-data.ts` of a generated SDK).
 * It is plain JSON: the operation table of the model, with schemas left as JSON Schema that may hold
 * internal `$ref`s (`#/components/schemas/Zoo`), resolved at run time against `components`. The runtime
 * never reads OpenAPI itself; the generator's model has already normalised every quirk.
 *
 * @module
 */

/** A JSON Schema as written in the document (may contain `$ref`s into `components`). */
export type SchemaObject = { readonly [key: string]: unknown } | boolean

/** One media type of a body. */
export interface MockContent {
  readonly mediaType: string
  /** json | text | form | multipart | binary: how the body is encoded on the wire. */
  readonly kind: 'json' | 'text' | 'form' | 'multipart' | 'binary'
  readonly schema?: SchemaObject
  /** Named examples (a single `example` is named `default`). */
  readonly examples?: Readonly<Record<string, unknown>>
}

/** One declared response header. */
export interface MockHeader {
  /** Lower-case name. */
  readonly name: string
  readonly required: boolean
  readonly schema: SchemaObject
}

/** One declared response key of an operation. */
export interface MockResponse {
  /** `'200'`, `'4XX'`, `'default'`. */
  readonly key: string
  /** Literal statuses this key stands for (for `default`: empty, meaning every undeclared status). */
  readonly statuses: readonly number[]
  readonly noContent: boolean
  readonly contents: readonly MockContent[]
  readonly headers: readonly MockHeader[]
  /** The response's description; the generator leaves it out (the runtime does not read it). */
  readonly description?: string
}

/** One parameter, for request validation and for parsing recorded calls. */
export interface MockParameter {
  readonly name: string
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly required: boolean
  readonly style: string
  readonly explode: boolean
  readonly schema: SchemaObject
  /**
   * The media type of a `content`-typed parameter (OpenAPI 3.1 §4.8.12.1), e.g. `application/json`: its
   * value is a document of that type rather than text in `style`. Absent for `schema`-typed parameters.
   */
  readonly mediaType?: string
}

/** One operation. */
export interface MockOperation {
  /** The generated function's name (the key of `scenario()`), e.g. `getZoo`. */
  readonly name: string
  /** The operationId as written in the spec. */
  readonly operationId: string
  /** Upper-case method. */
  readonly method: string
  /** The path template requests use, e.g. `/zoos/{zId}` (a fragment in the spec's path key left out). */
  readonly path: string
  /**
   * Query or header values that mark this operation's requests among those of others on the same path
   * and method (AWS's `/#Action=AssumeRole`: `Action=AssumeRole`; `/rest?method=flickr.x`: `method`).
   */
  readonly selectors?: readonly {
    readonly in: 'query' | 'header'
    readonly name: string
    readonly value: string
  }[]
  /** Path parameters sent in the query (`/alerts?lat={lat}`): query name → parameter name. */
  readonly queryPathParams?: Readonly<Record<string, string>>
  readonly tags: readonly string[]
  readonly summary?: string
  readonly parameters: readonly MockParameter[]
  readonly requestBody?: { readonly required: boolean; readonly contents: readonly MockContent[] }
  readonly responses: readonly MockResponse[]
  /** Security alternatives: each maps scheme names to scopes; empty means anonymous. */
  readonly security: readonly Readonly<Record<string, readonly string[]>>[]
  /**
   * The operation's own server URLs (OpenAPI 3.1 §4.8.10.1), where the SDK sends it while its base URL is
   * one of {@link MockData.servers}: the mock answers it there as well as under its base URL. Absent
   * for operations served under the base URL only.
   */
  readonly servers?: readonly string[]
  /**
   * The first of {@link servers} as a template whose `{variable}`s are those of
   * {@link MockData.serverTemplates}: the mock also answers the operation at the instance of it that its
   * base URL gives, where the SDK sends it (`own-servers.ts`). Absent when it has no such variable.
   */
  readonly serverTemplate?: string
}

/** A security scheme, as far as the mock needs it (401 challenges, credential checks). */
export type MockSecurityScheme =
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'oauth2' | 'openIdConnect' | 'mutualTLS' }

/** Everything the mock runtime knows about an API. */
export interface MockData {
  readonly title: string
  /** The OpenAPI version of the source document: `3.0.x` schemas use `nullable`, `3.1.x` schemas are JSON Schema 2020-12. */
  readonly openapi: string
  /** Server URLs of the spec (variables substituted); the first is the default base URL. */
  readonly servers: readonly string[]
  /** The server URLs with their `{variable}`s, parallel to {@link servers}; absent when none has one. */
  readonly serverTemplates?: readonly string[]
  readonly operations: readonly MockOperation[]
  readonly securitySchemes: Readonly<Record<string, MockSecurityScheme>>
  /** The document's `components` (schemas, responses, …) that `$ref`s in schemas point into. */
  readonly components: Readonly<Record<string, unknown>>
}
