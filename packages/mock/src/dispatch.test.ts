import { getResponse, HttpResponse, http, type RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { createMock } from './create-mock.ts'
import { composeDispatch } from './dispatch.ts'
import { replyToResponse } from './encode-response.ts'
import { zooMockData } from './testing/zoo-mock-data.ts'
import { urlOf, ZOO_BASE } from './testing/zoo-requests.ts'

async function snapshot(response: Response | undefined) {
  if (response === undefined) return undefined
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  return {
    status: response.status,
    statusText: response.statusText,
    type: response.type,
    headers,
    body: await response.text(),
  }
}

describe('composeDispatch', () => {
  const requests = (): Request[] => [
    ...zooMockData.operations.map(
      (operation) => new Request(urlOf(operation), { method: operation.method.toUpperCase() }),
    ),
    new Request(`${ZOO_BASE}/zoos`, { method: 'PUT' }),
    new Request(`${ZOO_BASE}/zoos`, { method: 'OPTIONS' }),
    new Request(`${ZOO_BASE}/nowhere`),
    new Request('https://elsewhere.example.com/v1/zoos'),
  ]

  it("answers every request as getResponse does with the mock's handlers", async () => {
    const viaMsw = createMock(zooMockData, { baseUrl: ZOO_BASE, seed: 3 })
    const direct = createMock(zooMockData, { baseUrl: ZOO_BASE, seed: 3 })
    viaMsw.scenario('getZoo', [404, 200])
    direct.scenario('getZoo', [404, 200])
    const dispatch = composeDispatch(direct.handlers)
    expect(dispatch).toBeDefined()
    for (const [index, request] of [...requests(), ...requests()].entries()) {
      const expected = await snapshot(await getResponse([...viaMsw.handlers], request.clone()))
      const reply = await dispatch?.(request)
      const actual = await snapshot(reply === undefined ? undefined : replyToResponse(reply))
      expect({ index, url: request.url, ...actual }).toEqual({ index, url: request.url, ...expected })
    }
    expect(direct.calls().length).toBe(viaMsw.calls().length)
  })

  it('leaves a list with a handler the mock did not make to getResponse', () => {
    const mock = createMock(zooMockData, { baseUrl: ZOO_BASE })
    const own: RequestHandler = http.get(`${ZOO_BASE}/zoos`, () => HttpResponse.json([]))
    expect(composeDispatch([own, ...mock.handlers])).toBeUndefined()
    expect(composeDispatch([])).toBeDefined()
  })
})
