import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from './create-mock.ts'
import type { MockOperation } from './data.ts'
import { findResponse } from './status-keys.ts'
import { zooMockData } from './testing/zoo-mock-data.ts'
import { callZoo, ZOO_BASE, zooOperation } from './testing/zoo-requests.ts'
import { createValidator } from './validate/index.ts'

const mock = createMock(zooMockData, { seed: 7 })
const server = setupServer(...mock.handlers)
const validator = createValidator({
  root: { components: zooMockData.components },
  openapi: zooMockData.openapi,
})

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  mock.reset()
  server.resetHandlers()
})
afterAll(() => server.close())

/** Checks a JSON or text body against the declared schema of the answered response. */
async function expectDeclaredBody(operation: MockOperation, response: Response): Promise<void> {
  const declared = findResponse(operation, response.status)
  const content = declared?.contents[0]
  if (content?.schema === undefined)
    throw new Error(`${operation.name} ${response.status} declares no schema`)
  expect(response.headers.get('content-type')).toBe(content.mediaType)
  const body = content.kind === 'json' ? await response.json() : await response.text()
  const result = validator.validate(content.schema, body)
  expect(result.errors).toEqual([])
}

describe('default answers', () => {
  it.each([
    ['listZoos', 200],
    ['getZoo', 200],
    ['countZoos', 200],
    ['updateZoo', 200],
    ['ping', 200],
  ])('%s answers %i with a body that validates against its schema', async (name, status) => {
    const response = await callZoo(name)
    expect(response.status).toBe(status)
    await expectDeclaredBody(zooOperation(name), response)
  })

  it('fills declared response headers from their schemas', async () => {
    const response = await callZoo('listZoos')
    expect(response.headers.get('x-total-count')).toMatch(/^\d+$/)
  })

  it('answers 201 with the Location of the created resource', async () => {
    const response = await callZoo('createZoo')
    expect(response.status).toBe(201)
    const body = (await response.json()) as { id: number }
    expect(response.headers.get('location')).toBe(`${ZOO_BASE}/zoos/${body.id}`)
  })

  it('answers 202 with the Location of a status monitor', async () => {
    const response = await callZoo('startZooJob')
    expect(response.status).toBe(202)
    const body = (await response.json()) as { id: string }
    expect(response.headers.get('location')).toBe(`${ZOO_BASE}/zoos/5/jobs/status/${body.id}`)
  })

  it('answers 204 without a body or Content-Type', async () => {
    const response = await callZoo('deleteZoo')
    expect(response.status).toBe(204)
    expect(response.headers.get('content-type')).toBeNull()
    expect(await response.text()).toBe('')
  })

  it('answers binary media types with bytes of the declared type', async () => {
    const response = await callZoo('getZooLogo')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
  })

  it('routes a static segment before a parameter (/zoos/count is not getZoo)', async () => {
    await callZoo('countZoos')
    expect(mock.calls('countZoos')).toHaveLength(1)
    expect(mock.calls('getZoo')).toHaveLength(0)
  })
})

describe('every declared status', () => {
  const cases = zooMockData.operations.flatMap((operation) =>
    mock.statuses(operation.name).map((status) => [operation.name, status] as const),
  )

  it.each(cases)('%s answers %i with the headers and body HTTP requires', async (name, status) => {
    const operation = zooOperation(name)
    mock.scenario(name, status)
    const response = await callZoo(name)
    expect(response.status).toBe(status)
    if ([201, 202, 301, 302, 303, 307, 308].includes(status))
      expect(response.headers.get('location')).toMatch(/^https:/)
    if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/realm="Zoo API"/)
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD, PUT, DELETE')
    if (status === 429 || status === 503) expect(response.headers.get('retry-after')).toBe('1')
    if ([204, 205, 304].includes(status)) {
      expect(response.headers.get('content-type')).toBeNull()
      expect(await response.text()).toBe('')
      return
    }
    const declared = findResponse(operation, status)
    if (declared !== undefined && declared.contents.length > 0) {
      await expectDeclaredBody(operation, response)
    } else if (status >= 400) {
      expect(response.headers.get('content-type')).toBe('application/problem+json')
      expect(await response.json()).toMatchObject({ type: 'about:blank', status })
    }
  })

  it('lists one status per declared key: literals, the first free status of a range, 500 for default', () => {
    expect(mock.statuses('getZoo')).toEqual([200, 401, 404, 400])
    expect(mock.statuses('createZoo')).toEqual([201, 400, 500])
    expect(mock.statuses('listZoos')).toEqual([200, 500])
    expect(mock.statuses('ping')).toEqual([500])
  })
})

describe('conformance of scripted answers', () => {
  it('challenges a 401 with the bearer scheme of the operation, in a problem+json body', async () => {
    mock.scenario('getZoo', 401)
    const response = await callZoo('getZoo')
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="Zoo API"')
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'getZoo (GET /v1/zoos/5) answered 401.',
    })
  })

  it('challenges a 401 of an apiKey operation with an ApiKey challenge', async () => {
    mock.forceScenario('deleteZoo', 401)
    const response = await callZoo('deleteZoo')
    expect(response.headers.get('www-authenticate')).toBe(
      'ApiKey realm="Zoo API", name="X-API-Key", in="header"',
    )
  })

  it('answers 404 with the declared { error } body', async () => {
    mock.scenario('getZoo', 404)
    const response = await callZoo('getZoo')
    await expectDeclaredBody(zooOperation('getZoo'), response)
  })

  it('answers a status of a range without a declared body as problem+json', async () => {
    mock.scenario('getZoo', 418)
    const response = await callZoo('getZoo')
    expect(response.status).toBe(418)
    expect(await response.json()).toMatchObject({ title: "I'm a teapot", status: 418 })
  })

  it('never sends a body on 204, even a scripted one, nor a scripted Content-Type', async () => {
    mock.forceScenario('deleteZoo', { status: 204, body: 'gone', headers: { 'content-type': 'text/plain' } })
    const response = await callZoo('deleteZoo')
    expect(response.headers.get('content-type')).toBeNull()
    expect(await response.text()).toBe('')
  })

  it('keeps headers the scenario sets over generated ones', async () => {
    mock.scenario('createZoo', { status: 201, headers: { Location: '/custom', 'X-Extra': 'yes' } })
    const response = await callZoo('createZoo')
    expect(response.headers.get('location')).toBe('/custom')
    expect(response.headers.get('x-extra')).toBe('yes')
  })

  it('answers a scripted body instead of a generated one, and a Location from its id', async () => {
    mock.scenario('createZoo', { status: 201, body: { id: 77, name: 'Scripted' } })
    const response = await callZoo('createZoo')
    expect(await response.json()).toEqual({ id: 77, name: 'Scripted' })
    expect(response.headers.get('location')).toBe(`${ZOO_BASE}/zoos/77`)
  })

  it('points the Location of a 201 of PUT on an item at the item itself', async () => {
    mock.scenario('updateZoo', 201)
    const response = await callZoo('updateZoo', { id: '12' })
    expect(response.headers.get('location')).toBe(`${ZOO_BASE}/zoos/12`)
  })

  it('sends Location on a redirect and no body on 304', async () => {
    mock.scenario('getZooLogo', [302, 304])
    const redirect = await callZoo('getZooLogo')
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toBe(`${ZOO_BASE}/zoos/5/logo`)
    const notModified = await callZoo('getZooLogo')
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
  })

  it('uses the configured Retry-After', async () => {
    const patient = createMock(zooMockData, { retryAfter: 30 })
    server.use(...patient.handlers)
    patient.scenario('deleteZoo', 429)
    const response = await callZoo('deleteZoo')
    expect(response.headers.get('retry-after')).toBe('30')
  })

  it('answers HEAD requests without a body', async () => {
    const data = {
      ...zooMockData,
      operations: [{ ...zooOperation('countZoos'), name: 'headCount', method: 'HEAD' }],
    }
    const heads = createMock(data)
    server.use(...heads.handlers)
    const response = await fetch(`${ZOO_BASE}/zoos/count`, { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('')
  })
})

describe('the body limit', () => {
  it('is the limit the mock refuses bodies over, none when it does not validate', () => {
    expect(mock.bodyLimit).toBe(1024 * 1024)
    expect(createMock(zooMockData, { bodyLimit: 10 }).bodyLimit).toBe(10)
    expect(createMock(zooMockData, { bodyLimit: 10, validate: false }).bodyLimit).toBe(undefined)
  })
})
