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

/** A base URL as base URLs are compared: without trailing slashes (none counts as `''`). */
const trim = (url: string | undefined): string => (url ?? '').replace(/\/+$/, '')

/**
 * The call options that send an operation to its own first server (`spec.servers[0]`) when the client's
 * `baseUrl` is one of the document's servers (`rootServers`; the generated `createClient` sets the first
 * by default), compared without trailing slashes: a client derived from the call's client (or the
 * default client), with that `baseUrl`. With any other `baseUrl` (a mock, a proxy, an enterprise host),
 * without own servers or without a client, `options` as given: the call goes where every other goes.
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
  options: CallOptions = {},
): CallOptions {
  const own = spec.servers?.[0]
  const client = options.client ?? defaultClient
  if (own === undefined || !client || !rootServers.some((url) => trim(url) === trim(client.options.baseUrl)))
    return options
  return { ...options, client: createClient({ ...client.options, baseUrl: own }) }
}
