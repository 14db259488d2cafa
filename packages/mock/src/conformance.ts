/**
 * HTTP conformance (RFC 9110 §15 and the seed documents' status table), applied to every answer,
 * generated or scripted. Headers a scenario set explicitly are kept; headers sampled from the spec are
 * replaced where HTTP gives them a meaning the mock can honour.
 *
 * | status                  | what the mock adds                                                     |
 * | ----------------------- | ---------------------------------------------------------------------- |
 * | 201                     | `Location` of the created resource: the collection URL + `/` + the body's `id` (or `uuid`, also inside a `data`/`result`/`item` envelope), else + a generated id; the request URL itself when the path ends with a parameter (`PUT /zoos/{id}`) |
 * | 202                     | `Location` of a status monitor: request URL + `/status/` + the body's id or a generated one |
 * | 301, 302, 303, 307, 308 | `Location`: the request URL (without its query), the resource's canonical URI |
 * | 204, 205, 304, 1xx      | no body, ever (even a scripted one), and no `Content-Type`/`Content-Length` |
 * | 401                     | `WWW-Authenticate`, one challenge per security scheme of the operation (see `authenticateChallenges`) |
 * | 405                     | `Allow`: the methods the spec declares on that path, upper-case, comma-separated. `HEAD` is listed only when declared: the mock answers only declared methods, so `Allow` never promises one it would not answer |
 * | 429, 503                | `Retry-After` in seconds (`MockOptions.retryAfter`, default 1) |
 * | 2xx                     | `ETag`: strong, a hash of the media type and encoded body for `GET`/`HEAD` answers with a body; the stored resource's tag for the stateful store's answers (`conditional/entity-tag-header.ts`) |
 *
 * Answers to `HEAD` requests never carry a body either. Error statuses without a declared body get an
 * RFC 9457 problem+json body when the answer is built (`respond.ts`).
 *
 * @module
 */
import { applyEntityTag } from './conditional/entity-tag-header.ts'
import type { MockOperation, MockSecurityScheme } from './data.ts'
import type { Answer } from './respond.ts'
import { headerValue } from './respond.ts'
import { hashSeed } from './sample/index.ts'

/** What conformance needs to know besides the answer. */
export interface ConformanceContext {
  readonly operation: MockOperation
  readonly url: URL
  /** The request's method (a `HEAD` answer has no body). */
  readonly method: string
  readonly seed: number
  /** Seconds for `Retry-After`. */
  readonly retryAfter: number
  /** The API's title, used as the authentication realm. */
  readonly realm: string
  readonly securitySchemes: Readonly<Record<string, MockSecurityScheme>>
  /** The upper-case methods declared on the operation's path, computed on demand. */
  readonly allowedMethods: () => readonly string[]
  /** The opaque tag of the stored resource the answer carries (stateful store), if any. */
  readonly resourceTag?: string | undefined
  /** Whether the declared `ETag` response header's schema accepts a value; `undefined`: none declared. */
  readonly declaredEntityTag?: ((value: string) => boolean) | undefined
}

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const WITHOUT_BODY = new Set([204, 205, 304])

function quote(value: string): string {
  return `"${(headerValue(value) ?? '').replace(/[\\"]/g, '\\$&')}"`
}

function idOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  for (const key of ['id', 'uuid']) {
    const id = record[key]
    if (typeof id === 'string' || typeof id === 'number') return String(id)
  }
  return undefined
}

/** The id of a created resource: `id` or `uuid` of the body, or of its `data`/`result`/`item` envelope. */
export function resourceId(body: unknown): string | undefined {
  const own = idOf(body)
  if (own !== undefined || body === null || typeof body !== 'object') return own
  const record = body as Record<string, unknown>
  for (const key of ['data', 'result', 'item']) {
    const nested = idOf(record[key])
    if (nested !== undefined) return nested
  }
  return undefined
}

function challengeFor(
  scheme: MockSecurityScheme,
  realm: string,
  scopes: readonly string[],
): string | undefined {
  const scope = scopes.length === 0 ? '' : `, scope=${quote(scopes.join(' '))}`
  switch (scheme.type) {
    case 'http': {
      const name = scheme.scheme.toLowerCase()
      const label =
        name === 'bearer' ? 'Bearer' : name === 'basic' ? 'Basic' : name.replace(/^./, (c) => c.toUpperCase())
      return `${label} realm=${quote(realm)}`
    }
    case 'apiKey':
      return `ApiKey realm=${quote(realm)}, name=${quote(scheme.name)}, in=${quote(scheme.in)}`
    case 'oauth2':
    case 'openIdConnect':
      return `Bearer realm=${quote(realm)}${scope}`
    default:
      return undefined
  }
}

/**
 * The `WWW-Authenticate` value for a 401 of the operation: one challenge per distinct scheme of its
 * security requirements (the document's schemes when it has none), joined with `, `:
 * http bearer → `Bearer realm="<title>"`; http basic → `Basic realm="<title>"`; other http schemes →
 * `<Scheme> realm="<title>"`; apiKey → `ApiKey realm="<title>", name="<name>", in="<in>"`;
 * oauth2/openIdConnect → `Bearer realm="<title>"` (with `scope="…"` when scopes are required);
 * mutualTLS has no HTTP challenge. With no usable scheme: `Bearer realm="<title>"`.
 */
export function authenticateChallenges(
  operation: MockOperation,
  schemes: Readonly<Record<string, MockSecurityScheme>>,
  realm: string,
): string {
  const required = new Map<string, readonly string[]>()
  for (const alternative of operation.security) {
    for (const [name, scopes] of Object.entries(alternative))
      if (!required.has(name)) required.set(name, scopes)
  }
  if (required.size === 0) for (const name of Object.keys(schemes)) required.set(name, [])
  const challenges: string[] = []
  for (const [name, scopes] of required) {
    const scheme = schemes[name]
    const challenge = scheme === undefined ? undefined : challengeFor(scheme, realm, scopes)
    if (challenge !== undefined && !challenges.includes(challenge)) challenges.push(challenge)
  }
  return challenges.length === 0 ? `Bearer realm=${quote(realm)}` : challenges.join(', ')
}

function requestResourceUrl(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

function generatedId(context: ConformanceContext, purpose: string): string {
  return String(hashSeed(context.seed, context.operation.name, purpose, context.url.pathname))
}

/** The `Location` of the resource a 201 created. */
function createdLocation(answer: Answer, context: ConformanceContext): string {
  const base = requestResourceUrl(context.url)
  const lastSegment = context.operation.path.replace(/\/+$/, '').split('/').pop() ?? ''
  if (lastSegment.includes('{')) return base
  const id = resourceId(answer.body?.value) ?? generatedId(context, 'location')
  return `${base}/${encodeURIComponent(id)}`
}

/** Sets a header the scenario did not set itself. */
function setDefault(answer: Answer, name: string, value: () => string): void {
  if (!answer.scriptedHeaders.has(name)) answer.headers.set(name, value())
}

/** Applies the conformance rules to an answer, in place. */
export function applyConformance(answer: Answer, context: ConformanceContext): void {
  const { status, headers } = answer
  if (status === 201) setDefault(answer, 'location', () => createdLocation(answer, context))
  if (status === 202) {
    setDefault(answer, 'location', () => {
      const id = resourceId(answer.body?.value) ?? generatedId(context, 'monitor')
      return `${requestResourceUrl(context.url)}/status/${encodeURIComponent(id)}`
    })
  }
  if (REDIRECTS.has(status)) setDefault(answer, 'location', () => requestResourceUrl(context.url))
  if (status === 401) {
    setDefault(answer, 'www-authenticate', () =>
      authenticateChallenges(context.operation, context.securitySchemes, context.realm),
    )
  }
  if (status === 405) setDefault(answer, 'allow', () => context.allowedMethods().join(', '))
  if (status === 429 || status === 503) setDefault(answer, 'retry-after', () => String(context.retryAfter))
  applyEntityTag(answer, {
    method: context.method,
    resourceTag: context.resourceTag,
    declaredAccepts: context.declaredEntityTag,
  })
  if (WITHOUT_BODY.has(status) || status < 200) {
    answer.body = undefined
    headers.delete('content-type')
    headers.delete('content-length')
  } else if (context.method.toUpperCase() === 'HEAD') {
    answer.body = undefined
  }
}
