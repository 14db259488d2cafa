import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from './create-mock.ts'
import type { MockData } from './data.ts'
import { specMockData } from './fixtures/spec-data.ts'
import type { Mock, MockOptions } from './mock-types.ts'
import type { UntypedOperations } from './scenario-types.ts'

const ZOO = 'https://api.example.com/v1'
const CHIME = 'https://api.chimestack.example/v1'
const PEOPLE = 'https://people.example.com/api'
const BEARER = { authorization: 'Bearer t0ken' }
const JSON_TYPE = { 'content-type': 'application/json' }
const validZoo = { code: 'BER-001', name: 'Berlin', city: 'Berlin', country: 'DE' }

const server = setupServer()
let zooData: MockData
let chimeData: MockData
let peopleData: MockData

beforeAll(async () => {
  ;[zooData, chimeData, peopleData] = await Promise.all([
    specMockData('zoo'),
    specMockData('chimestack'),
    specMockData('people'),
  ])
  server.listen({ onUnhandledRequest: 'error' })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function use(data: MockData, options: MockOptions = {}): Mock<UntypedOperations> {
  const mock = createMock(data, { seed: 7, ...options })
  server.use(...mock.handlers)
  return mock
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', body, headers: { ...BEARER, ...JSON_TYPE, ...headers } })

describe('automatic answers: request validation', () => {
  it('answers malformed JSON with 400 naming the position, in the spec’s `{ error }` shape', async () => {
    use(zooData)
    const response = await post(`${ZOO}/zoos`, '{"name": "Berlin",')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.json()).toEqual({
      error:
        'body: malformed JSON at line 1, column 19 (offset 18): unexpected end of input, expected a property name in double quotes',
    })
  })

  it('answers the declared 422 for a body that fails its schema, listing each field', async () => {
    const mock = use(zooData)
    const response = await post(`${ZOO}/zoos`, JSON.stringify({ code: 'nope', name: 42, country: 'DE' }))
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      error:
        'body.city: is required; body.code: must match pattern "^[A-Z]{3}-[0-9]{3}$"; body.name: must be string',
      fields: [
        { field: 'city', message: 'is required' },
        { field: 'code', message: 'must match pattern "^[A-Z]{3}-[0-9]{3}$"' },
        { field: 'name', message: 'must be string' },
      ],
    })
    expect(mock.calls('createZoo').map((call) => call.status)).toEqual([422])
  })

  it('answers 400 for bad query and path parameters', async () => {
    use(zooData)
    const list = await fetch(`${ZOO}/zoos?limit=1000&order=sideways`)
    expect(list.status).toBe(400)
    expect(await list.json()).toEqual({
      error:
        'query.limit: must be <= 100; query.order: must be equal to one of the allowed values: "asc", "desc"',
    })
    const item = await fetch(`${ZOO}/zoos/abc`)
    expect(item.status).toBe(400)
    expect(await item.json()).toEqual({ error: 'path.zooId: must be integer' })
  })

  it('answers 415 for an undeclared Content-Type, 406 for an Accept it cannot satisfy', async () => {
    use(zooData)
    const form = await post(`${ZOO}/zoos`, 'name=Berlin', {
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect(form.status).toBe(415)
    expect(form.headers.get('content-type')).toBe('application/problem+json')
    expect(await form.json()).toMatchObject({
      status: 415,
      title: 'Unsupported Media Type',
      errors: [
        {
          in: 'header',
          name: 'Content-Type',
          message: 'application/x-www-form-urlencoded is not supported; use application/json',
        },
      ],
    })
    const html = await fetch(`${ZOO}/zoos/1`, { headers: { accept: 'text/html' } })
    expect(html.status).toBe(406)
    expect(await html.json()).toEqual({ error: 'header.Accept: text/html accepts none of application/json' })
    expect((await fetch(`${ZOO}/zoos/1`, { headers: { accept: 'text/html;q=0.9, */*;q=0.1' } })).status).toBe(
      200,
    )
  })

  it('answers 413 for a body over the limit', async () => {
    const mock = use(zooData, { bodyLimit: 64 })
    const response = await post(`${ZOO}/zoos`, JSON.stringify({ ...validZoo, name: 'x'.repeat(100) }))
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({
      status: 413,
      detail: 'body: is larger than the limit of 64 bytes',
    })
    expect(mock.calls('createZoo')[0]).toMatchObject({ status: 413, body: undefined })
  })

  it('fills a ChimeStack error envelope and a People problem+json', async () => {
    use(chimeData)
    const chime = await post(
      `${CHIME}/clusters`,
      JSON.stringify({ name: '', zoneId: 'x', nodeCount: 99, version: '1' }),
    )
    expect(chime.status).toBe(400)
    const envelope = (await chime.json()) as { error: Record<string, unknown>; result: unknown }
    expect(envelope.result).toBeNull()
    expect(envelope.error).toMatchObject({ code: 'BadRequest', status: 400 })
    expect(envelope.error.message).toContain('body.nodeCount: must be <= 64')
    use(peopleData)
    const people = await fetch(`${PEOPLE}/people`, {
      method: 'POST',
      body: JSON.stringify({ firstName: 'Ada', lastName: 'L', email: 'not-an-email' }),
      headers: { 'x-api-key': 'key', ...JSON_TYPE },
    })
    expect(people.status).toBe(400)
    expect(people.headers.get('content-type')).toBe('application/problem+json')
    expect(await people.json()).toMatchObject({
      status: 400,
      title: 'Bad Request',
      errors: [{ pointer: '/email', detail: 'must match format "email"' }],
    })
  })

  it('never lets __proto__ keys reach prototypes', async () => {
    use(zooData)
    const response = await post(
      `${ZOO}/zoos`,
      `{"__proto__":{"polluted":true},${JSON.stringify(validZoo).slice(1)}`,
    )
    expect(response.status).toBe(201)
    await fetch(`${ZOO}/zoos?__proto__=x&__proto__=y`)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })
})

describe('automatic answers: credentials', () => {
  it('answers 401 with WWW-Authenticate and the declared body when the bearer token is missing or malformed', async () => {
    use(zooData)
    const missing = await post(`${ZOO}/zoos`, JSON.stringify(validZoo), { authorization: '' })
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="Zoo API"')
    expect(await missing.json()).toEqual({ error: 'missing credentials for bearerAuth' })
    const basic = await post(`${ZOO}/zoos`, JSON.stringify(validZoo), {
      authorization: `Basic ${btoa('a:b')}`,
    })
    expect(basic.status).toBe(401)
    expect((await fetch(`${ZOO}/zoos/1`)).status).toBe(200)
  })

  it('checks an API key header (People)', async () => {
    use(peopleData)
    const anonymous = await fetch(`${PEOPLE}/people`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.headers.get('www-authenticate')).toBe(
      'ApiKey realm="People API", name="X-API-Key", in="header"',
    )
    expect((await fetch(`${PEOPLE}/people`, { headers: { 'x-api-key': 'k' } })).status).toBe(200)
  })
})

describe('automatic answers: 405, OPTIONS and unknown paths', () => {
  it('answers 405 with Allow (HEAD with GET) for an undeclared method on a known path, in the declared 405 shape', async () => {
    use(zooData)
    const response = await fetch(`${ZOO}/animal-types/3`, { method: 'PATCH', headers: BEARER })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE')
    expect(await response.json()).toEqual({
      error: 'PATCH is not allowed on /animal-types/{animalTypeId}; allowed: GET, HEAD, DELETE',
    })
    const put = await fetch(`${ZOO}/zoos`, { method: 'PUT' })
    expect(put.status).toBe(405)
    expect(put.headers.get('allow')).toBe('GET, HEAD, POST')
    expect(put.headers.get('content-type')).toBe('application/problem+json')
  })

  it('answers HEAD where the path has a GET, as that GET without content (RFC 9110 §9.3.2)', async () => {
    const mock = use(zooData)
    const head = await fetch(`${ZOO}/zoos/1`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('application/json')
    expect(await head.text()).toBe('')
    expect(mock.calls('getZoo')).toHaveLength(1)
    // The GET's checks and scenarios apply: a bad path parameter, a Prefer code, a scripted status.
    expect((await fetch(`${ZOO}/zoos/abc`, { method: 'HEAD' })).status).toBe(400)
    expect((await fetch(`${ZOO}/zoos/1`, { method: 'HEAD', headers: { prefer: 'code=404' } })).status).toBe(
      404,
    )
    mock.scenario('listZoos', 500)
    const listed = await fetch(`${ZOO}/zoos`, { method: 'HEAD' })
    expect(listed.status).toBe(500)
    expect(await listed.text()).toBe('')
  })

  it('answers OPTIONS with 204 and Allow, HEAD listed wherever GET is (RFC 9110 §10.2.1)', async () => {
    use(zooData)
    const response = await fetch(`${ZOO}/zoos/1`, { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('allow')).toBe('GET, HEAD, PUT, PATCH, DELETE')
    expect(await response.text()).toBe('')
  })

  it('answers 404 problem+json for an unknown path under the base URL, or passes it through', async () => {
    use(zooData)
    const response = await fetch(`${ZOO}/giraffes`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({
      status: 404,
      detail: 'Zoo API has no path /giraffes (GET /v1/giraffes)',
    })
    server.resetHandlers()
    use(zooData, { unknownPath: 'passthrough', methodNotAllowed: false })
    server.use(http.all('*', () => HttpResponse.text('next handler')))
    expect(await (await fetch(`${ZOO}/giraffes`)).text()).toBe('next handler')
    expect(await (await fetch(`${ZOO}/animal-types/3`, { method: 'PATCH' })).text()).toBe('next handler')
  })

  it('leaves requests outside the base URL alone', async () => {
    use(zooData)
    server.use(http.all('*', () => HttpResponse.text('elsewhere')))
    expect(await (await fetch('https://api.example.com/v2/zoos')).text()).toBe('elsewhere')
    expect(await (await fetch('https://other.example.com/v1/zoos')).text()).toBe('elsewhere')
  })
})

describe('automatic answers: precedence and options', () => {
  it('puts network errors and scripted scenarios before automatic answers, automatic answers before Prefer', async () => {
    const mock = use(zooData)
    mock.scenario('createZoo', 201)
    expect((await post(`${ZOO}/zoos`, '{bad json', { authorization: '' })).status).toBe(201)
    mock.networkError('createZoo')
    await expect(post(`${ZOO}/zoos`, '{bad json')).rejects.toThrow()
    mock.reset()
    expect((await post(`${ZOO}/zoos`, '{bad json', { prefer: 'code=409' })).status).toBe(400)
    expect((await post(`${ZOO}/zoos`, JSON.stringify(validZoo), { prefer: 'code=409' })).status).toBe(409)
  })

  it('turns each behaviour off', async () => {
    use(zooData, { validate: false, security: false })
    expect(
      (await fetch(`${ZOO}/zoos`, { method: 'POST', body: '{bad json', headers: JSON_TYPE })).status,
    ).toBe(201)
    expect((await fetch(`${ZOO}/zoos?limit=1000`)).status).toBe(200)
  })

  it('refuses bad options with a clear error', () => {
    expect(() => createMock(zooData, { unknownPath: 'nope' as '404' })).toThrow(
      "[statusline] Failed to create the mock: `unknownPath` must be '404' or 'passthrough', got nope",
    )
    expect(() => createMock(zooData, { bodyLimit: -1 })).toThrow(
      '`bodyLimit` must be a number of bytes ≥ 0, got -1',
    )
    expect(() => createMock(zooData, { validate: 'yes' as unknown as boolean })).toThrow(
      '`validate` must be true or false',
    )
    expect(() => createMock(zooData, { stateful: { initialItems: -2 } })).toThrow(
      '`stateful.initialItems` must be an integer ≥ 0',
    )
  })
})
