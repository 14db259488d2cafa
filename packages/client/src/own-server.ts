/**
 * `onOwnServer()`: where an operation with servers of its own (OpenAPI 3.1 §4.8.10.1, §4.8.9.1) is sent.
 * Generated code calls it only for such operations, so an app that uses none bundles none of it:
 *
 * ```js
 * export function reposUploadReleaseAsset(params, options) {
 *   return call(reposUploadReleaseAssetSpec, params, onOwnServer(reposUploadReleaseAssetSpec, servers, options));
 * }
 * ```
 *
 * @module
 */

import { createClient, defaultClient } from './create-client.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions } from './options.ts'
import { serverFromTemplates, trimUrl } from './server-templates.ts'

/**
 * The call options that send an operation to its own server when the client's `baseUrl` is one of the
 * document's servers or an instance of their templates; otherwise `options` as given, and the call goes
 * where every other goes (a mock, a proxy, a host the document does not describe). Base URLs are compared
 * without trailing slashes.
 * - A `baseUrl` that is one of `rootServers` (the generated `createClient` sets the first by default)
 *   sends it to its first own server, `spec.servers[0]`.
 * - A `baseUrl` that is another instance of one of `rootTemplates` (the document's server URLs with their
 *   `{variable}`s, for a document that has some) sends it to `spec.serverTemplate` filled with the values
 *   the `baseUrl` gives: a client of `https://ghe.corp/api/v3` sends an operation of
 *   `{protocol}://{hostname}` to `https://ghe.corp`.
 * The call then goes through a client derived from the call's client (or the default client), with that
 * `baseUrl`. Without own servers or without a client, `options` as given (`{}` for none).
 *
 * @example
 * ```ts
 * const api = createClient() // baseUrl: 'https://api.github.com'
 * const spec = { method: 'POST', path: '/upload', servers: ['https://uploads.github.com'], responses: {} }
 * onOwnServer(spec, ['https://api.github.com'], { client: api }).client?.options.baseUrl // 'https://uploads.github.com'
 * ```
 */
export function onOwnServer(
  spec: OperationSpec,
  rootServers: readonly string[],
  options?: CallOptions | null,
  rootTemplates?: readonly string[],
): CallOptions {
  const own = spec.servers?.[0]
  const client = options?.client ?? defaultClient
  if (own === undefined || !client) return options ?? {}
  const { baseUrl } = client.options
  const url = rootServers.some((root) => trimUrl(root) === trimUrl(baseUrl))
    ? own
    : spec.serverTemplate && rootTemplates && serverFromTemplates(spec.serverTemplate, rootTemplates, baseUrl)
  return url ? { ...options, client: createClient({ ...client.options, baseUrl: url }) } : (options ?? {})
}
