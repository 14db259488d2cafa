/**
 * The standalone server answers exactly as the in-process handlers do: for every operation of the zoo
 * spec and every declared status, the same status, headers and body over HTTP as from `getResponse`.
 */
import { createMock, type MockData, type MockOperation, type UntypedOperations } from '@statusline/mock'
import { type MockServer, startMockServer } from '@statusline/mock/node'
import { getResponse, type RequestHandler } from 'msw'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { specMockData } from '../helpers/zoo-mock-data.ts'

/** Headers that only the transport or the server's CORS layer adds. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'vary'])

function comparable(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {}
  headers.forEach((value, name) => {
    if (!TRANSPORT.has(name) && !name.startsWith('access-control-')) out[name] = value
  })
  return out
}

/** A concrete URL path for an operation: each `{param}` filled with `7`. */
function concretePath(operation: MockOperation): string {
  return operation.path.replace(/\{[^}]+\}/g, '7')
}

function requestInit(operation: MockOperation): RequestInit {
  const init: RequestInit = {
    method: operation.method,
    headers: { authorization: 'Bearer t', accept: 'application/json' },
  }
  if (operation.requestBody !== undefined) {
    init.body = JSON.stringify({ name: 'Berlin', city: 'Berlin', country: 'DE' })
    init.headers = { ...init.headers, 'content-type': 'application/json' }
  }
  return init
}

let data: MockData
let server: MockServer
const inProcess = { mock: undefined as unknown as ReturnType<typeof createMock<UntypedOperations>> }

beforeAll(async () => {
  data = await specMockData()
  inProcess.mock = createMock<UntypedOperations>(data, { baseUrl: '/v1', seed: 7 })
  server = await startMockServer({
    mock: createMock<UntypedOperations>(data, { baseUrl: '/v1', seed: 7 }),
    port: 0,
  })
})
afterAll(async () => {
  await server?.close()
})

describe('standalone server vs in-process handlers (zoo spec)', () => {
  it('answers every operation × every declared status identically', async () => {
    let compared = 0
    for (const operation of data.operations) {
      for (const status of inProcess.mock.statuses(operation.name)) {
        inProcess.mock.forceScenario(operation.name, status)
        server.controls().mock.forceScenario(operation.name, status)
        const url = `${server.apiUrl}${concretePath(operation)}`
        const local = await getResponse(
          [...inProcess.mock.handlers] as RequestHandler[],
          new Request(url, requestInit(operation)),
        )
        const remote = await fetch(url, requestInit(operation))
        expect(local, `${operation.name} ${status}`).toBeDefined()
        const where = `${operation.method} ${operation.path} scripted ${status}`
        expect(remote.status, where).toBe(local?.status)
        expect(comparable(remote.headers), where).toEqual(comparable(local?.headers ?? new Headers()))
        expect(await remote.text(), where).toBe((await local?.text()) ?? '')
        compared++
      }
    }
    expect(compared).toBeGreaterThan(data.operations.length)
  })

  it('answers the default (unscripted) response identically, and records the same calls', async () => {
    inProcess.mock.reset()
    server.controls().reset()
    for (const operation of data.operations.filter((op) => op.method === 'GET')) {
      const url = `${server.apiUrl}${concretePath(operation)}?limit=5`
      const local = await getResponse(
        [...inProcess.mock.handlers] as RequestHandler[],
        new Request(url, requestInit(operation)),
      )
      const remote = await fetch(url, requestInit(operation))
      expect(remote.status).toBe(local?.status)
      expect(await remote.text()).toBe((await local?.text()) ?? '')
    }
    const strip = (calls: readonly { operation: string; status: number; query: unknown }[]) =>
      calls.map(({ operation, status, query }) => ({ operation, status, query }))
    expect(strip(server.controls().calls())).toEqual(strip(inProcess.mock.calls()))
    expect(server.controls().coverage().entries).toEqual(inProcess.mock.coverage())
  })
})
