/**
 * Client creation and the default client that standalone operation functions fall back to.
 *
 * @module
 */

import type { Client, ClientOptions } from './options.ts'

/** The client set with `setDefaultClient` (a live binding: `call` reads it directly). */
export let defaultClient: Client | undefined

/**
 * Creates a runtime client. Generated SDKs wrap it, binding every operation onto the returned object.
 *
 * @example
 * ```ts
 * const client = createClient({ baseUrl: 'https://api.example.com/v1', auth: { bearer: token }, retry: true })
 * const res = await getZoo({ path: { zId: 1 } }, { client })
 * ```
 */
export function createClient(options: ClientOptions = {}): Client {
  return { options: { ...options } }
}

/**
 * Sets (or, with `undefined`, clears) the client that calls without `options.client` use.
 *
 * @example
 * ```ts
 * setDefaultClient(createClient({ baseUrl: 'http://localhost:4010' }))
 * await getZoo({ path: { zId: 1 } })
 * ```
 */
export function setDefaultClient(client: Client | undefined): void {
  defaultClient = client
}

/** The client set with `setDefaultClient`, if any. */
export function getDefaultClient(): Client | undefined {
  return defaultClient
}
