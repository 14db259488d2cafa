/**
 * The operation descriptor: the small object generated code passes to the runtime for each operation.
 * It carries only what cannot be known from the call's arguments, and leaves out every value that equals
 * its default. Where an operation needs code beyond the defaults (a parameter style, a body encoding, a
 * binary response, a typed header), the descriptor *references* that code, imported by name from
 * `@statusline/client`, so a bundler keeps exactly the helpers the app's operations use:
 *
 * ```ts
 * import { arrayHeader, call, formBody, pipeDelimited, readHeaders, writeRequest, type OperationSpec } from '@statusline/client'
 *
 * const updateZooSpec = {
 *   method: 'POST',
 *   path: '/zoos/{zId}',
 *   params: { tags: { in: 'query', style: pipeDelimited } },
 *   write: writeRequest,
 *   body: { mediaType: 'application/x-www-form-urlencoded', encode: formBody },
 *   responses: {
 *     200: { headers: readHeaders({ 'x-rate-limit': Number, link: arrayHeader }) },
 *     204: { empty: true },
 *     '4XX': {},
 *   },
 *   security: [['bearerAuth']],
 * } as const satisfies OperationSpec
 * ```
 *
 * What `call` does without a reference: it sends path parameters only and no body (`write: writeParams`
 * sends the query, header and cookie parameters, `writeBody` the body as JSON, `writeRequest` both); a
 * parameter is one scalar (a Date as ISO 8601, an array or an object as JSON text), written as the
 * location's default style writes one (`value` in a path or header, `name=value` in a query or cookie),
 * percent-encoded with `encodeURIComponent` (headers: as is); it reads response bodies as JSON when the
 * Content-Type says JSON, else as text, and no headers (`readHeaders` reads declared ones).
 * A parameter that may hold an array or an object references its style's serialiser even when that is
 * the location's default (`simple`, `formExploded`). `params` is keyed by name: of two parameters of one
 * name at different locations, one has an entry.
 *
 * @module
 */

import type { ParseAs, RequestDraft, RequestParams } from './options.ts'

/** Encodes one name or value of a URL component (`encodeURIComponent`, or `encodeReserved`). */
export type Encode = (text: string) => string

/**
 * Serialises one parameter into the text that goes into the path, the query string (`name=value` pairs
 * joined with `&`), a header, or the Cookie header (pairs joined with `&`, split by the runtime). The
 * exported serialisers (`matrix`, `labelExploded`, `pipeDelimited`, `deepObject`, `jsonForm`…) each
 * implement one `style` × `explode` combination of OpenAPI 3.1 §4.8.12.4.
 */
export type ParamSerializer = (name: string, value: unknown, encode: Encode) => string

/** How one parameter is serialised, when it may hold an array or an object, or its style is not its location's default. */
export interface ParamSpec {
  /** The location this entry applies to; a parameter of the same name elsewhere keeps the defaults. */
  readonly in: 'path' | 'query' | 'header' | 'cookie'
  /** The serialiser, e.g. `pipeDelimited`, `simple`; without one, the value is written as one scalar. */
  readonly style?: ParamSerializer
  /** The percent-encoder, e.g. `encodeReserved` for `allowReserved`; default `encodeURIComponent`. */
  readonly encode?: Encode
}

/** Turns the call's `body` into what `fetch` sends, e.g. `formBody`, `multipartBody`, `textBody`. */
export type BodyEncoder = (body: unknown) => BodyInit

/**
 * Writes what a call sends beyond its path into the request being built: `writeParams` (query, header
 * and cookie parameters), `writeBody` (the body), `writeRequest` (both), which generated descriptors
 * reference when their operation declares such parameters or a body.
 */
export type RequestWriter = (draft: RequestDraft, params: RequestParams, spec: OperationSpec) => void

/** The request body of an operation. */
export interface BodySpec {
  /**
   * The Content-Type to send. Left out for multipart bodies, whose Content-Type (with its boundary)
   * `fetch` sets. (An operation without a `body` entry sends a call's body as `application/json`.)
   */
  readonly mediaType?: string
  /** The encoder; default `JSON.stringify`. */
  readonly encode?: BodyEncoder
}

/**
 * Chooses how to read a response body from its Content-Type, e.g. `blobUnlessText` for responses that
 * declare binary media types; returning `undefined` keeps the default (JSON or text).
 */
export type BodyReader = (contentType: string) => ParseAs | undefined

/** Decodes a declared response header's value: `String`, `Number`, `booleanHeader`, `arrayHeader`. */
export type HeaderDecoder = (value: string) => unknown

/**
 * Reads a response key's declared headers from the response: `readHeaders({ name: decoder })`, the
 * values by lower-case name, absent headers left out.
 */
export type HeadersReader = (received: Headers) => Record<string, unknown>

/** What the runtime needs to know about one declared response key. */
export interface ResponseSpec {
  /** True when the body must not be read: 204/205/304 or no content declared. */
  readonly empty?: boolean
  /** Reads the declared headers (`readHeaders(…)`); without it, a member's `headers` is `{}`. */
  readonly headers?: HeadersReader
  /** How to read the body when the default (JSON or text) does not fit, e.g. `blobUnlessText`. */
  readonly read?: BodyReader
}

/** The descriptor of one operation. */
export interface OperationSpec {
  /** Upper-case HTTP method. */
  readonly method: string
  /** The path template, e.g. `/zoos/{zId}`. */
  readonly path: string
  /**
   * A query the spec's path key carries (`method=flickr.x`, `lat={lat}&lon={lon}`), sent before the
   * call's query parameters, its `{name}`s filled with path parameters; `writeParams` sends it.
   */
  readonly pathQuery?: string
  /** Parameters whose serialisation differs from the defaults, by name as the spec writes it. */
  readonly params?: Readonly<Record<string, ParamSpec>>
  /**
   * Writes the call's query, header and cookie parameters (`writeParams`), its body (`writeBody`) or both
   * (`writeRequest`); without it, only path parameters are sent.
   */
  readonly write?: RequestWriter
  /** The request body's media type and encoder, for `writeBody`, when they are not JSON's. */
  readonly body?: BodySpec
  /** Declared response keys (`200`, `'4XX'`, `'default'`) and what is special about them. */
  readonly responses: Readonly<Record<string, ResponseSpec>>
  /** Security alternatives, each a list of scheme names that must all be applied. Empty: anonymous. */
  readonly security?: readonly (readonly string[])[]
  /**
   * The operation's own server URLs, which replace the document's for it (OpenAPI 3.1 §4.8.10.1); absent
   * for operations sent to the client's `baseUrl`. `call` does not read it: `onOwnServer` does.
   */
  readonly servers?: readonly string[]
  /**
   * The first of {@link servers} as a template whose `{variable}`s the client's `baseUrl` gives values when
   * it is another instance of the document's server templates (`onOwnServer`); absent when it has none.
   */
  readonly serverTemplate?: string
}
