/**
 * Request helpers for the runtime's tests: the URL and `fetch` init that reach each zoo operation.
 *
 * @module
 */
import type { MockOperation } from '../data.ts'
import { zooMockData } from './zoo-mock-data.ts'

/** The base URL of the zoo mock data. */
export const ZOO_BASE = 'https://api.example.com/v1'

/** The zoo operation named `name`; throws when there is none. */
export function zooOperation(name: string): MockOperation {
  const found = zooMockData.operations.find((operation) => operation.name === name)
  if (found === undefined) throw new Error(`no zoo operation ${name}`)
  return found
}

/** The URL of an operation with every path parameter set to `id`. */
export function urlOf(operation: MockOperation, id = '5', base = ZOO_BASE): string {
  return base + operation.path.replace(/\{[^}]+\}/g, id)
}

/**
 * Calls an operation of the zoo mock by name, with a JSON body for operations that take one and the
 * credentials the secured ones need (a bearer token and an API key), unless `init` sets its own.
 */
export function callZoo(name: string, init: RequestInit & { id?: string } = {}): Promise<Response> {
  const operation = zooOperation(name)
  const { id, ...rest } = init
  const headers = new Headers(rest.headers)
  if (!headers.has('authorization')) headers.set('authorization', 'Bearer test-token')
  if (!headers.has('x-api-key')) headers.set('x-api-key', 'test-key')
  const body =
    rest.body ?? (operation.requestBody === undefined ? undefined : JSON.stringify({ name: 'New Zoo' }))
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json')
  return fetch(urlOf(operation, id), {
    method: operation.method,
    redirect: 'manual',
    ...rest,
    headers,
    ...(body === undefined ? {} : { body }),
  })
}
