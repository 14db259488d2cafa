/**
 * The handlers that can answer a method, in their original order. MSW's `getResponse` runs every handler
 * in turn, and each parses the URL and the cookies before it checks the method; a handler for another
 * method can never match (MSW compares methods exactly), so leaving it out changes no answer and saves
 * most of the work on large APIs (GitHub's spec has ~1,000 operations).
 *
 * @module
 */
import type { RequestHandler } from 'msw'

/** The handler's method when it is a plain string (`http.get` …); undefined for a RegExp (`http.all`) or a non-HTTP handler. */
function exactMethod(handler: RequestHandler): string | undefined {
  const method = (handler.info as { method?: unknown }).method
  return typeof method === 'string' ? method.toUpperCase() : undefined
}

/** Returns, per request method, the handlers that may match it (cached per method). */
export function createMethodIndex(handlers: readonly RequestHandler[]): (method: string) => RequestHandler[] {
  const byMethod = new Map<string, RequestHandler[]>()
  return (method) => {
    const upper = method.toUpperCase()
    let list = byMethod.get(upper)
    if (list === undefined) {
      list = handlers.filter((handler) => {
        const own = exactMethod(handler)
        return own === undefined || own === upper
      })
      byMethod.set(upper, list)
    }
    return list
  }
}
