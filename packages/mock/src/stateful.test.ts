import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from './create-mock.ts'
import type { MockData } from './data.ts'
import { operationNamed, specMockData } from './fixtures/spec-data.ts'
import type { Mock, MockOptions } from './mock-types.ts'
import { createSampler } from './sample/index.ts'
import type { UntypedOperations } from './scenario-types.ts'
import { findResponse } from './status-keys.ts'

const ZOO = 'https://api.example.com/v1'
const CHIME = 'https://api.chimestack.example/v1'
const JSON_TYPE = { 'content-type': 'application/json' }
const validZoo = { code: 'BER-001', name: 'Berlin', city: 'Berlin', country: 'DE' }

type Json = Record<string, unknown>

const server = setupServer()
let zooData: MockData
let chimeData: MockData

beforeAll(async () => {
  ;[zooData, chimeData] = await Promise.all([specMockData('zoo'), specMockData('chimestack')])
  server.listen({ onUnhandledRequest: 'error' })
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function use(data: MockData, options: MockOptions = {}): Mock<UntypedOperations> {
  const mock = createMock(data, { seed: 3, stateful: true, ...options })
  server.use(...mock.handlers)
  return mock
}

/** Checks a response body against the schema the operation declares for its status. */
async function declaredBody(data: MockData, operation: string, response: Response): Promise<Json> {
  const body = (await response.json()) as Json
  const schema = findResponse(operationNamed(data, operation), response.status)?.contents[0]?.schema
  const sampler = createSampler({
    root: { openapi: data.openapi, components: data.components },
    openapi: data.openapi,
  })
  expect(sampler.validator.validate(schema, body, { direction: 'response' }).errors).toEqual([])
  return body
}

describe('stateful mode: the ChimeStack flow', () => {
  it('login → token → create a cluster in a zone → read → delete → 404; the same calls without the token → 401', async () => {
    use(chimeData)
    const login = await fetch(`${CHIME}/login`, {
      method: 'POST',
      body: JSON.stringify({ username: 'admin', password: 's3cret' }),
      headers: JSON_TYPE,
    })
    expect(login.status).toBe(200)
    const token = ((await declaredBody(chimeData, 'login', login)).result as Json).token as string
    const auth = { authorization: `Bearer ${token}` }

    const zones = await fetch(`${CHIME}/availability-zones?limit=2`, { headers: auth })
    const zoneList = (await declaredBody(chimeData, 'listAvailabilityZones', zones)).result as Json[]
    expect(zoneList).toHaveLength(2)
    const zoneId = zoneList[0]?.id

    const created = await fetch(`${CHIME}/clusters`, {
      method: 'POST',
      body: JSON.stringify({ name: 'test-cluster', zoneId, nodeCount: 3, version: '1.29.4' }),
      headers: { ...auth, ...JSON_TYPE },
    })
    expect(created.status).toBe(201)
    const cluster = (await declaredBody(chimeData, 'createCluster', created)).result as Json
    expect(cluster).toMatchObject({ name: 'test-cluster', zoneId, nodeCount: 3, version: '1.29.4' })
    expect(created.headers.get('location')).toBe(`${CHIME}/clusters/${String(cluster.id)}`)

    const read = await fetch(`${CHIME}/clusters/${String(cluster.id)}`, { headers: auth })
    expect(read.status).toBe(200)
    expect((await declaredBody(chimeData, 'getCluster', read)).result).toEqual(cluster)

    const inZone = await fetch(`${CHIME}/clusters?zoneId=${String(zoneId)}`, { headers: auth })
    expect(
      ((await declaredBody(chimeData, 'listClusters', inZone)).result as Json[]).map((c) => c.id),
    ).toContain(cluster.id)

    const deleted = await fetch(`${CHIME}/clusters/${String(cluster.id)}`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')

    const gone = await fetch(`${CHIME}/clusters/${String(cluster.id)}`, { headers: auth })
    expect(gone.status).toBe(404)
    expect((await declaredBody(chimeData, 'getCluster', gone)).error).toMatchObject({
      code: 'NotFound',
      status: 404,
    })

    for (const [method, path] of [
      ['GET', '/availability-zones'],
      ['POST', '/clusters'],
      ['GET', `/clusters/${String(cluster.id)}`],
      ['DELETE', `/clusters/${String(cluster.id)}`],
    ] as const) {
      const anonymous = await fetch(`${CHIME}${path}`, {
        method,
        ...(method === 'POST' ? { body: '{}', headers: JSON_TYPE } : {}),
      })
      expect(anonymous.status, `${method} ${path}`).toBe(401)
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="ChimeStack API"')
    }
  })

  it('stores 200 concurrent creations with distinct ids', async () => {
    use(chimeData)
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        fetch(`${CHIME}/clusters`, {
          method: 'POST',
          body: JSON.stringify({
            name: `c-${index}`,
            zoneId: '0b6a2d9e-4c1f-4e8a-9b3d-5f7e2a1c8d40',
            nodeCount: 1,
            version: '1.0.0',
          }),
          headers: { authorization: 'Bearer t', ...JSON_TYPE },
        }),
      ),
    )
    expect(responses.every((response) => response.status === 201)).toBe(true)
    const ids = await Promise.all(
      responses.map(async (response) => ((await response.json()) as { result: Json }).result.id),
    )
    expect(new Set(ids).size).toBe(200)
    const list = await fetch(`${CHIME}/clusters?limit=200&offset=5`, {
      headers: { authorization: 'Bearer t' },
    })
    const stored = ((await list.json()) as { result: Json[] }).result.map((cluster) => cluster.id)
    for (const id of ids) expect(stored).toContain(id)
  }, 30_000)
})

describe('stateful mode: the zoo', () => {
  it('lists with pagination and X-Total-Count, updates, and forgets everything on reset', async () => {
    const mock = use(zooData)
    const page = await fetch(`${ZOO}/zoos?limit=2&offset=1&sortby=name&order=desc`)
    expect(page.headers.get('x-total-count')).toBe('5')
    expect((await declaredBody(zooData, 'listZoos', page)) as unknown as Json[]).toHaveLength(2)
    const headers = { authorization: 'Bearer t', ...JSON_TYPE }
    const patched = await fetch(`${ZOO}/zoos/2`, {
      method: 'PATCH',
      body: JSON.stringify({ capacity: 1234 }),
      headers,
    })
    expect(await declaredBody(zooData, 'updateZoo', patched)).toMatchObject({ id: 2, capacity: 1234 })
    expect((await fetch(`${ZOO}/zoos/2`, { method: 'DELETE', headers })).status).toBe(204)
    expect((await fetch(`${ZOO}/zoos/2`)).status).toBe(404)
    mock.reset()
    expect((await fetch(`${ZOO}/zoos/2`)).status).toBe(200)
  })

  it('scopes nested collections and answers 404 under a missing parent', async () => {
    use(zooData)
    const animals = await fetch(`${ZOO}/zoos/3/animals`)
    const list = (await declaredBody(zooData, 'listZooAnimals', animals)) as unknown as Json[]
    expect(list.every((animal) => animal.zooId === 3)).toBe(true)
    const missing = await fetch(`${ZOO}/zoos/404/animals`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({ error: '/v1/zoos/404 does not exist' })
  })

  it('keeps automatic answers, scenarios and Prefer before the store', async () => {
    const mock = use(zooData)
    const headers = { authorization: 'Bearer t', ...JSON_TYPE }
    expect(
      (await fetch(`${ZOO}/zoos`, { method: 'POST', body: JSON.stringify({ name: 1 }), headers })).status,
    ).toBe(422)
    expect((await fetch(`${ZOO}/zoos/1`, { headers: { prefer: 'code=404' } })).status).toBe(404)
    mock.scenario('getZoo', {
      status: 200,
      body: {
        id: 99,
        code: 'SCR-001',
        name: 'Scripted',
        city: 'X',
        country: 'DE',
        createdAt: '2024-01-01T00:00:00Z',
      },
    })
    expect(await (await fetch(`${ZOO}/zoos/1`)).json()).toMatchObject({ name: 'Scripted' })
    mock.reset()
    const created = await fetch(`${ZOO}/zoos`, { method: 'POST', body: JSON.stringify(validZoo), headers })
    expect(created.headers.get('location')).toBe(`${ZOO}/zoos/6`)
    expect(mock.calls('createZoo')[0]).toMatchObject({ status: 201, body: validZoo })
  })

  it('works without validation, from the raw request', async () => {
    use(zooData, { validate: false, security: false })
    const created = await fetch(`${ZOO}/zoos`, {
      method: 'POST',
      body: JSON.stringify(validZoo),
      headers: JSON_TYPE,
    })
    expect(created.status).toBe(201)
    expect(await (await fetch(`${ZOO}/zoos/6`)).json()).toMatchObject(validZoo)
    const filtered = (await (await fetch(`${ZOO}/zoos?name=Berlin`)).json()) as Json[]
    expect(filtered.map((zoo) => zoo.id)).toEqual([6])
  })
})

describe('stateful mode: conditional requests (RFC 9110 §13)', () => {
  const AUTH = { authorization: 'Bearer t', 'x-api-key': 'k', ...JSON_TYPE }
  const zoo = `${ZOO}/zoos/2`
  const etagOf = async (url: string): Promise<string> => {
    const response = await fetch(url)
    expect(response.status).toBe(200)
    return response.headers.get('etag') ?? ''
  }
  const write = (method: string, headers: Record<string, string>, body: unknown = { name: 'Renamed' }) =>
    fetch(zoo, {
      method,
      headers: { ...AUTH, ...headers },
      ...(method === 'DELETE' ? {} : { body: JSON.stringify(body) }),
    })

  it('a write whose If-Match does not match the stored tag answers 412 problem+json, the store unchanged', async () => {
    use(zooData)
    const before = await (await fetch(zoo)).json()
    const etag = await etagOf(zoo)
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    const refused = await write('PATCH', { 'if-match': '"nope"' })
    expect(refused.status).toBe(412)
    expect(refused.headers.get('content-type')).toBe('application/problem+json')
    expect(await refused.json()).toMatchObject({
      status: 412,
      detail: `[statusline] Failed to PATCH /v1/zoos/2: If-Match: "nope" matches no current entity tag (strong comparison, RFC 9110 §13.1.1): its entity tag is ${etag}; nothing was done.`,
    })
    // A weak tag never matches If-Match, a malformed one cannot hold.
    expect((await write('PUT', { 'if-match': `W/${etag}` }, validZoo)).status).toBe(412)
    expect((await write('DELETE', { 'if-match': etag.slice(1, -1) })).status).toBe(412)
    expect(await (await fetch(zoo)).json()).toEqual(before)
    expect(await etagOf(zoo)).toBe(etag)
  })

  it('a write whose If-Match matches proceeds; its answer names the new tag, which GET then sends', async () => {
    use(zooData)
    const etag = await etagOf(zoo)
    const patched = await write('PATCH', { 'if-match': `"other", ${etag}` })
    expect(patched.status).toBe(200)
    const next = patched.headers.get('etag')
    expect(next).toMatch(/^"[0-9a-f]{16}"$/)
    expect(next).not.toBe(etag)
    expect(await etagOf(zoo)).toBe(next)
    // The old tag is stale now: the lost update is refused.
    expect((await write('PATCH', { 'if-match': etag }, { name: 'Lost' })).status).toBe(412)
    expect(((await (await fetch(zoo)).json()) as Json).name).toBe('Renamed')
    // Changing nothing keeps the tag; If-Match: * holds for an existing item.
    const same = await write('PATCH', { 'if-match': '*' })
    expect(same.headers.get('etag')).toBe(next)
    expect((await write('DELETE', { 'if-match': next ?? '' })).status).toBe(204)
    expect((await fetch(zoo)).status).toBe(404)
  })

  it('If-None-Match: * on a PUT to an existing item answers 412; a created item carries its tag', async () => {
    use(zooData)
    const refused = await write('PUT', { 'if-none-match': '*' }, validZoo)
    expect(refused.status).toBe(412)
    expect(((await refused.json()) as Json).detail).toContain('If-None-Match: * asks that it not exist')
    expect((await write('PUT', { 'if-none-match': '"other"' }, validZoo)).status).toBe(200)
    const created = await fetch(`${ZOO}/zoos`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify(validZoo),
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('etag')).toBe(await etagOf(created.headers.get('location') ?? ''))
  })

  it('GET and HEAD with a matching If-None-Match answer 304 with the ETag and no body, items and lists', async () => {
    use(zooData)
    for (const url of [zoo, `${ZOO}/zoos?limit=2`]) {
      const etag = await etagOf(url)
      for (const method of ['GET', 'HEAD']) {
        const response = await fetch(url, { method, headers: { 'if-none-match': `"x", W/${etag}` } })
        expect(response.status, `${method} ${url}`).toBe(304)
        expect(response.headers.get('etag')).toBe(etag)
        expect(await response.text()).toBe('')
      }
    }
    const etag = await etagOf(zoo)
    await write('PATCH', {})
    const changed = await fetch(zoo, { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('a missing item answers 404 whatever its conditions (RFC 9110 §13.2.1)', async () => {
    use(zooData)
    const missing = `${ZOO}/zoos/999`
    expect((await fetch(missing, { headers: { 'if-none-match': '*' } })).status).toBe(404)
    const put = await fetch(missing, {
      method: 'PUT',
      headers: { ...AUTH, 'if-match': '*' },
      body: JSON.stringify(validZoo),
    })
    expect(put.status).toBe(404)
  })
})
