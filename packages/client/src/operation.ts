/**
 * The operation descriptor: the small, plain object generated code passes to the runtime for each
 * operation. It carries only what cannot be known from the call's arguments, and leaves out every value
 * that equals its default, so a one-operation bundle stays tiny.
 *
 * ```ts
 * const getZoo_ = {
 *   method: 'GET',
 *   path: '/zoos/{zId}',
 *   params: { tags: { in: 'query', style: 'pipeDelimited' } },
 *   responses: { 200: { headers: { 'x-rate-limit': 'integer' } }, 204: { empty: true }, '4XX': {} },
 *   security: [['bearerAuth']],
 * } as const satisfies OperationSpec
 * ```
 *
 * @module
 */

/** Parameter serialisation styles of OpenAPI 3.1 §4.8.12.4. */
export type ParamStyle =
  | 'matrix'
  | 'label'
  | 'simple'
  | 'form'
  | 'spaceDelimited'
  | 'pipeDelimited'
  | 'deepObject'

/**
 * How one parameter is serialised, when that differs from its location's default
 * (path/header: simple, explode false; query/cookie: form, explode true; allowReserved false).
 */
export interface ParamSpec {
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  readonly style?: ParamStyle
  readonly explode?: boolean
  readonly allowReserved?: boolean
  /** Set for `content`-typed parameters: the value is serialised with this media type (JSON). */
  readonly contentType?: string
}

/** How a declared response header's string value is decoded. */
export type HeaderType = 'string' | 'integer' | 'number' | 'boolean' | 'array'

/** What the runtime needs to know about one declared response key. */
export interface ResponseSpec {
  /** True when the body must not be read: 204/205/304 or no content declared. */
  readonly empty?: boolean
  /** Declared headers: lower-case name → how to decode its value. */
  readonly headers?: Readonly<Record<string, HeaderType>>
}

/** How the request body is encoded. */
export type BodyEncoding = 'json' | 'text' | 'form' | 'multipart' | 'binary'

/** The descriptor of one operation. */
export interface OperationSpec {
  /** Upper-case HTTP method. */
  readonly method: string
  /** The path template, e.g. `/zoos/{zId}`. */
  readonly path: string
  /** Parameters whose serialisation differs from the defaults, by name as the spec writes it. */
  readonly params?: Readonly<Record<string, ParamSpec>>
  /** The request body's default media type and encoding, when the operation takes a body. */
  readonly body?: { readonly mediaType: string; readonly encoding: BodyEncoding }
  /** Declared response keys (`200`, `'4XX'`, `'default'`) and what is special about them. */
  readonly responses: Readonly<Record<string, ResponseSpec>>
  /** Security alternatives, each a list of scheme names that must all be applied. Empty: anonymous. */
  readonly security?: readonly (readonly string[])[]
}
