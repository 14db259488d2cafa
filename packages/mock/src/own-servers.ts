/**
 * Where a mock answers an operation with servers of its own (`MockOperation.servers`) besides under its
 * base URL: where the SDK sends it. That is its first own server while the SDK's base URL is one of the
 * document's servers and, for a document whose server URLs have `{variable}`s, the instance of the
 * operation's `serverTemplate` that the mock's base URL gives (`serverFromTemplates`, which the SDK calls
 * too): a mock of `https://ghe.corp/api/v3` answers an operation of `{protocol}://{hostname}` under
 * `https://ghe.corp`.
 *
 * @module
 */

import { serverFromTemplates } from '@statusline/client'
import type { MockData, MockOperation } from './data.ts'
import { routePrefix } from './routes.ts'

/** An origin standing in for any, to read a relative base URL as an instance of an absolute template. */
const STAND_IN = 'http://statusline.invalid'

/** An absolute URL (with a scheme) rather than a path. */
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * The instance of `template` a base URL gives. A relative base URL (`/api/v3`, served on any origin)
 * gives a relative one, when the template keeps the origin as the base URL's (`{protocol}://{hostname}`).
 */
function instanceAt(template: string, templates: readonly string[], baseUrl: string): string | undefined {
  if (ABSOLUTE.test(baseUrl)) return serverFromTemplates(template, templates, baseUrl)
  const path = baseUrl.startsWith('/') ? baseUrl : `/${baseUrl}`
  const url = serverFromTemplates(template, templates, STAND_IN + path)
  return url?.startsWith(STAND_IN) && !/^[^/]/.test(url.slice(STAND_IN.length))
    ? url.slice(STAND_IN.length)
    : undefined
}

/**
 * The route prefixes (see `routePrefix`) an operation is answered under besides the mock's own, for a
 * mock of `data` at `baseUrl` (its base URL as given, or the document's first server): none for an
 * operation without servers of its own.
 *
 * @example
 * ```ts
 * const prefixes = ownServerPrefixes(data, 'https://ghe.corp/api/v3')
 * prefixes(manageOperation) // ['http://HOSTNAME', 'https://ghe.corp']
 * ```
 */
export function ownServerPrefixes(
  data: Pick<MockData, 'serverTemplates'>,
  baseUrl: string | undefined,
): (operation: MockOperation) => readonly string[] {
  const templates = data.serverTemplates
  return (operation) => {
    const prefixes = (operation.servers ?? []).map(routePrefix)
    const instance =
      operation.serverTemplate === undefined || templates === undefined || baseUrl === undefined
        ? undefined
        : instanceAt(operation.serverTemplate, templates, baseUrl.trim())
    return instance === undefined ? prefixes : [...new Set([...prefixes, routePrefix(instance)])]
  }
}
