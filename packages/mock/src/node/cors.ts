/**
 * CORS (Fetch standard §3.2) for the standalone mock server, so a browser app on another origin can call
 * it: the request's `Origin` is echoed (with credentials allowed) or `*` is sent, the headers the
 * conformance rules add are exposed along with every response header the spec declares, and a preflight
 * (`OPTIONS` with `Access-Control-Request-Method`) is answered `204` without reaching the handlers.
 *
 * @module
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import type { MockData } from '../data.ts'

/** Headers the mock's conformance rules add, always exposed. */
const EXPOSED = [
  'Location',
  'Retry-After',
  'WWW-Authenticate',
  'Allow',
  'Content-Disposition',
  'ETag',
  'Link',
]
/** Request headers a preflight always allows. */
const ALLOWED_HEADERS = ['Authorization', 'Prefer', 'Content-Type', 'Accept', 'If-Match', 'If-None-Match']
/** Methods a preflight allows. */
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS'

/** The CORS headers of one mock: built once per mock data. */
export interface CorsPolicy {
  /** Headers to add to an actual (non-preflight) response. */
  actual(request: IncomingMessage): OutgoingHttpHeaders
  /** Headers of the answer to a preflight request. */
  preflight(request: IncomingMessage): OutgoingHttpHeaders
}

/** True for a CORS preflight: `OPTIONS` with `Access-Control-Request-Method`. */
export function isPreflight(request: IncomingMessage): boolean {
  return request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined
}

/** Declared response header names and the request headers the spec's parameters and API keys use. */
function declaredHeaders(data: MockData): { exposed: string[]; allowed: string[] } {
  const exposed = new Set(EXPOSED.map((name) => name.toLowerCase()))
  const allowed = new Set(ALLOWED_HEADERS.map((name) => name.toLowerCase()))
  for (const operation of data.operations) {
    for (const response of operation.responses)
      for (const header of response.headers) exposed.add(header.name)
    for (const param of operation.parameters) if (param.in === 'header') allowed.add(param.name.toLowerCase())
  }
  for (const scheme of Object.values(data.securitySchemes)) {
    if (scheme.type === 'apiKey' && scheme.in === 'header') allowed.add(scheme.name.toLowerCase())
  }
  return { exposed: [...exposed], allowed: [...allowed] }
}

/** Creates the CORS policy of a mock's data. */
export function createCorsPolicy(data: MockData): CorsPolicy {
  const declared = declaredHeaders(data)
  const expose = declared.exposed.join(', ')
  const allowHeaders = declared.allowed.join(', ')
  const origin = (request: IncomingMessage): OutgoingHttpHeaders => {
    const from = request.headers.origin
    return from === undefined || from === 'null'
      ? { 'access-control-allow-origin': '*' }
      : { 'access-control-allow-origin': from, 'access-control-allow-credentials': 'true', vary: 'Origin' }
  }
  return {
    actual(request) {
      return { ...origin(request), 'access-control-expose-headers': expose }
    },
    preflight(request) {
      const asked = request.headers['access-control-request-headers']
      return {
        ...origin(request),
        'access-control-allow-methods': ALLOWED_METHODS,
        'access-control-allow-headers': asked === undefined ? allowHeaders : `${allowHeaders}, ${asked}`,
        'access-control-max-age': '600',
        'content-length': '0',
      }
    },
  }
}
