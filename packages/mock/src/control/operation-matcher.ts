/**
 * Names the operation a request path belongs to, for the request log (the MSW handlers answer the
 * request; this only labels it). Templates are tried in handler order, static segments first.
 *
 * @module
 */
import type { MockData } from '../data.ts'
import { type CompiledTemplate, compareTemplates, compileTemplate, matchTemplate } from '../routes.ts'

/** Names the operation of `method` + `pathname` (the full URL path, base path included), or undefined. */
export type OperationMatcher = (method: string, pathname: string) => string | undefined

/** Creates the matcher of one mock data served under `basePath` (`/v1`, or `''`); compiled on first use. */
export function createOperationMatcher(data: MockData, basePath: string): OperationMatcher {
  let routes: { method: string; name: string; template: CompiledTemplate }[] | undefined
  const base = basePath.replace(/\/+$/, '')
  return (method, pathname) => {
    if (!pathname.startsWith(base)) return undefined
    routes ??= [...data.operations]
      .sort((a, b) => compareTemplates(a.path, b.path))
      .map((operation) => ({
        method: operation.method.toUpperCase(),
        name: operation.name,
        template: compileTemplate(operation.path),
      }))
    const rest = pathname.slice(base.length)
    const upper = method.toUpperCase()
    for (const route of routes) {
      if (route.method === upper && matchTemplate(route.template, rest) !== undefined) return route.name
    }
    return undefined
  }
}
