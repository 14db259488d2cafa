/**
 * The option types of the runtime: what `createClient` takes, what each call may override, the
 * credentials (`Auth`), middleware hooks and retry policy. Types only; no runtime code.
 *
 * @module
 */

import type { StatuslineError } from './errors.ts'
import type { OperationSpec } from './operation.ts'

/** A value or a promise of it. */
export type Awaitable<T> = T | Promise<T>

/** A token, or a function returning one (called before every attempt: the place for refresh flows). */
export type Token = string | (() => Awaitable<string>)

/** Username and password of HTTP Basic authentication (RFC 7617). */
export interface BasicCredentials {
  readonly username: string
  readonly password: string
}

/** Anything `Auth` may hold for one scheme. */
export type Credential = Token | BasicCredentials | (() => Awaitable<BasicCredentials>)

/**
 * Credentials, keyed by security scheme name (as the spec's `components.securitySchemes` names them) or,
 * as a shortcut, by scheme kind: `bearer` (http bearer, oauth2, openIdConnect), `basic`, `apiKey`.
 * A scheme's own name wins over its kind. Only schemes the operation's `security` names are sent.
 *
 * @example
 * ```ts
 * createClient({ auth: { bearer: () => session.accessToken() } })
 * createClient({ auth: { petstore_auth: 'abc', api_key: 'k-123' } })
 * ```
 */
export interface Auth {
  bearer?: Token | undefined
  basic?: BasicCredentials | (() => Awaitable<BasicCredentials>) | undefined
  apiKey?: Token | undefined
  [schemeName: string]: Credential | undefined
}

/**
 * The request of one attempt while it is being built: its headers, its query string's `name=value`
 * pairs (percent-encoded, joined with `&` after the base URL's own query) and its body. Descriptor
 * writers (`writeBody`, `writeParams`) and credentials (`apiKeyCredential`, `tokenCredential`…) write
 * into it.
 */
export interface RequestDraft {
  readonly headers: Headers
  readonly query: string[]
  /** The encoded body; none when absent. */
  body?: BodyInit | undefined
  /**
   * `'half'` when the body is a stream: Node's fetch requires it then, and such a request is sent once
   * (a stream cannot be read twice, so it is never retried).
   */
  duplex?: 'half' | undefined
}

/**
 * Writes a scheme's credential (`value`, a token or `BasicCredentials`, functions already called) into
 * the request: `tokenCredential`, `basicCredential`, `apiKeyCredential`, `noCredential`.
 */
export type ApplyCredential = (draft: RequestDraft, value: unknown, scheme: SecuritySchemeSpec) => void

/**
 * A security scheme (OpenAPI 3.1 §4.8.27) reduced to what the runtime acts on, with the `apply` that
 * writes its credential. Generated code passes the document's schemes to `createClient` as
 * `securitySchemes`, each `apply` imported by name, so an app bundles only the kinds its spec uses:
 * `tokenCredential` for http schemes other than basic, oauth2 and openIdConnect, `basicCredential`,
 * `apiKeyCredential` and `noCredential` (mutualTLS).
 *
 * @example
 * ```ts
 * const securitySchemes = {
 *   bearerAuth: { type: 'http', scheme: 'bearer', apply: tokenCredential },
 *   key: { type: 'apiKey', in: 'query', name: 'api_key', apply: apiKeyCredential },
 * }
 * ```
 */
export type SecuritySchemeSpec =
  | {
      readonly type: 'http'
      readonly scheme: string
      readonly bearerFormat?: string
      readonly apply: ApplyCredential
    }
  | {
      readonly type: 'apiKey'
      readonly in: 'header' | 'query' | 'cookie'
      readonly name: string
      readonly apply: ApplyCredential
    }
  | { readonly type: 'oauth2' | 'openIdConnect'; readonly apply: ApplyCredential }
  | { readonly type: 'mutualTLS'; readonly apply: ApplyCredential }

/**
 * Retry policy. Retries are opt-in (`retry: true` takes every default). Delays grow exponentially from
 * `baseDelay`, with jitter, capped by `maxDelay`; a `Retry-After` header (seconds or HTTP-date) replaces
 * the computed delay, still capped by `maxDelay`.
 */
export interface RetryOptions {
  /** Total attempts, the first included. Default 3. */
  attempts?: number | undefined
  /** Statuses that trigger a retry. Default `[429, 502, 503, 504]`. */
  statuses?: readonly number[] | undefined
  /** Methods that may be retried (statuses and network errors alike). Default: GET HEAD OPTIONS PUT DELETE TRACE. */
  methods?: readonly string[] | undefined
  /** Delay before the first retry, in ms; doubled for each further one. Default 300. */
  baseDelay?: number | undefined
  /** Upper bound of any delay, `Retry-After` included, in ms. Default 30 000. */
  maxDelay?: number | undefined
  /** Randomise each computed delay within [delay/2, delay] (not `Retry-After`). Default true. */
  jitter?: boolean | undefined
}

/** What `call` tells a custom fetch about the attempt it sends. */
export interface FetchContext {
  /** The operation being called. */
  readonly spec: OperationSpec
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt: number
}

/** What every middleware hook receives. */
export interface RequestContext extends FetchContext {
  /** The request about to be sent (after auth and earlier `onRequest` hooks). */
  readonly request: Request
}

/** What `onResponse` receives. */
export interface ResponseContext extends RequestContext {
  readonly response: Response
}

/** What `onError` receives: the classified failure (`NetworkError`, `TimeoutError` or `AbortError`). */
export interface ErrorContext extends RequestContext {
  readonly error: StatuslineError
}

/**
 * Hooks around every attempt, installed with `withMiddleware`. `onRequest` hooks run in registration
 * order and may return a replacement `Request`; `onResponse` and `onError` run in reverse order (the
 * first middleware is the outermost) and may return a replacement `Response`. An `onError` that returns
 * a `Response` recovers from the failure.
 *
 * @example
 * ```ts
 * const log: Middleware = { onResponse: ({ request, response }) => console.log(request.url, response.status) }
 * createClient({ fetch: withMiddleware([log]) })
 * ```
 */
export interface Middleware {
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing keeps the request.
  onRequest?(context: RequestContext): Awaitable<Request | undefined | void>
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing keeps the response.
  onResponse?(context: ResponseContext): Awaitable<Response | undefined | void>
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing rethrows the error.
  onError?(context: ErrorContext): Awaitable<Response | undefined | void>
}

/**
 * Forces how a response body is read (by default: JSON or text by Content-Type, or as the descriptor's
 * `read` chooses). `stream` leaves it unread.
 */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream'

/**
 * A fetch passed as an option: the runtime calls it with one `Request` and, where fetch takes its init,
 * the attempt's `FetchContext` (which holds no init member: `globalThis.fetch` and other fetch-compatible
 * functions ignore it). A test double such as `async (request) => new Response(...)` fits, and so does
 * `withMiddleware(…)`.
 */
export type Fetch = (request: Request, context: FetchContext & RequestInit) => Promise<Response>

/** Options of `createClient`; every call made with the client uses them. */
export interface ClientOptions {
  /**
   * Prefix of every request URL, e.g. the spec's first server. A trailing slash is ignored; a query
   * (`?code=…`) is sent with every request, before the call's own parameters; a fragment is dropped.
   */
  baseUrl?: string | undefined
  /** Headers sent with every request. */
  headers?: HeadersInit | undefined
  /**
   * The fetch implementation, called with one `Request` per attempt; `withMiddleware(…)` runs hooks around
   * it. By default `globalThis.fetch`, looked up at call time (so MSW can patch it), which takes the URL
   * and the init as they are.
   */
  fetch?: Fetch | undefined
  /** Credentials per security scheme; see `Auth`. */
  auth?: Auth | undefined
  /** The document's security schemes by name (generated code passes them). */
  securitySchemes?: Readonly<Record<string, SecuritySchemeSpec>> | undefined
  /** Retry policy, opt-in; `true` takes the defaults. */
  retry?: RetryOptions | boolean | undefined
  /** Milliseconds the whole call may take (retries and body reading included). */
  timeout?: number | undefined
}

/**
 * A runtime client: the options every call made through it uses. `options` may be changed after
 * creation (e.g. `client.options.auth = { bearer: token }` after a login).
 */
export interface Client {
  readonly options: ClientOptions
}

/** Per-call options; `headers` and `auth` merge over the client's, the others replace them. */
export interface CallOptions {
  /** The client to call through; without one, the default client (`setDefaultClient`). */
  client?: Client | undefined
  signal?: AbortSignal | undefined
  headers?: HeadersInit | undefined
  timeout?: number | undefined
  auth?: Auth | undefined
  retry?: RetryOptions | boolean | undefined
  fetch?: Fetch | undefined
  parseAs?: ParseAs | undefined
}

/** A call's parameters grouped by location, each an object keyed by the spec's parameter names. */
export interface RequestParams {
  path?: object | undefined
  query?: object | undefined
  header?: object | undefined
  cookie?: object | undefined
  body?: unknown
}
