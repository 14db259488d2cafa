/**
 * The parsed URL of a request, parsed once: routing, validation, recording and answering each read it,
 * and parsing it again in every step costs more per request than the lookup.
 *
 * @module
 */

const parsed = new WeakMap<Request, URL>()

/** `new URL(request.url)`, parsed on the first call for each request. Shared: do not modify it. */
export function urlOf(request: Request): URL {
  let url = parsed.get(request)
  if (url === undefined) {
    url = new URL(request.url)
    parsed.set(request, url)
  }
  return url
}
