/**
 * The admin API of the standalone mock server, route by route, as the README's curl examples use it,
 * plus bad input (clear 4xx problem+json), CORS, unknown routes, handler failures and the event stream.
 */
import { createMock, type UntypedOperations } from '@statusline/mock'
import { type MockServer, startMockServer } from '@statusline/mock/node'
import { HttpResponse, http } from 'msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { specMockData } from '../helpers/zoo-mock-data.ts'

let server: MockServer
const lines: string[] = []

beforeAll(async () => {
  const data = await specMockData()
  server = await startMockServer({
    mock: createMock<UntypedOperations>(data, { baseUrl: '/v1', seed: 1 }),
    port: 0,
    log: (line) => lines.push(line),
  })
})
afterAll(async () => {
  await server?.close()
})
beforeEach(async () => {
  await fetch(`${server.adminUrl}/scenarios`, { method: 'DELETE' })
})

const admin = (path: string, init: RequestInit = {}) => fetch(`${server.adminUrl}${path}`, init)
const api = (path: string, init: RequestInit = {}) => fetch(`${server.apiUrl}${path}`, init)
const put = (path: string, body: unknown) =>
  admin(path, {
    method: 'PUT',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  })

async function problem(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  const body = (await response.json()) as { status: number; detail: string }
  expect(body.status).toBe(status)
  return body.detail
}

describe('admin API', () => {
  it('GET /operations lists every operation with its statuses', async () => {
    const response = await admin('/operations')
    expect(response.status).toBe(200)
    const operations = (await response.json()) as {
      name: string
      method: string
      path: string
      tags: string[]
      statuses: number[]
      defaultStatus: number
    }[]
    const getZoo = operations.find((op) => op.name === 'getZoo')
    expect(getZoo).toMatchObject({ method: 'GET', path: '/zoos/{zooId}', tags: ['zoos'], defaultStatus: 200 })
    expect(getZoo?.statuses).toEqual(expect.arrayContaining([200, 404, 500]))
    expect(operations).toHaveLength(26)
  })

  it('PUT /scenarios/{op} scripts a status, a body, headers and a sequence; GET /scenarios shows them', async () => {
    expect((await put('/scenarios/getZoo', { status: 404 })).status).toBe(200)
    expect((await api('/zoos/1')).status).toBe(404)

    await put('/scenarios/getZoo', {
      status: 200,
      body: { id: 1, name: 'Berlin' },
      headers: { 'x-note': 'scripted' },
    })
    const scripted = await api('/zoos/1')
    expect(await scripted.json()).toEqual({ id: 1, name: 'Berlin' })
    expect(scripted.headers.get('x-note')).toBe('scripted')

    await put('/scenarios/listZoos', { sequence: [500, 500, 200] })
    expect([
      (await api('/zoos')).status,
      (await api('/zoos')).status,
      (await api('/zoos')).status,
      (await api('/zoos')).status,
    ]).toEqual([500, 500, 200, 200])

    const state = (await (await admin('/scenarios')).json()) as { scenarios: Record<string, unknown> }
    expect(Object.keys(state.scenarios).sort()).toEqual(['getZoo', 'listZoos'])
  })

  it('accepts the spec operationId and "*" for every operation, and a delay', async () => {
    await put('/scenarios/*', { status: 503 })
    expect((await api('/animals')).status).toBe(503)
    await put('/scenarios/getZoo', { status: 200, delay: 150 })
    const started = performance.now()
    expect((await api('/zoos/1')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('DELETE /scenarios/{op} forgets one operation; DELETE /scenarios resets everything', async () => {
    await put('/scenarios/getZoo', { status: 404 })
    await put('/scenarios/listZoos', { status: 500 })
    expect((await admin('/scenarios/getZoo', { method: 'DELETE' })).status).toBe(204)
    expect((await api('/zoos/1')).status).toBe(200)
    expect((await api('/zoos')).status).toBe(500)
    expect((await admin('/scenarios', { method: 'DELETE' })).status).toBe(204)
    expect((await api('/zoos')).status).toBe(200)
    expect(((await (await admin('/calls')).json()) as unknown[]).length).toBe(1)
  })

  it('POST /network-error/{op} drops the connection; DELETE restores the scenario it had', async () => {
    await put('/scenarios/getZoo', { status: 404 })
    expect((await admin('/network-error/getZoo', { method: 'POST' })).status).toBe(200)
    await expect(api('/zoos/1')).rejects.toThrow(TypeError)
    expect(lines.at(-1)).toMatch(/^GET \/v1\/zoos\/1 network-error \d+\.\dms$/)
    expect((await admin('/network-error/getZoo', { method: 'DELETE' })).status).toBe(200)
    expect((await api('/zoos/1')).status).toBe(404)
  })

  it('GET /calls?operationId= returns the recorded requests with their bodies', async () => {
    await api('/zoos', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ name: 'Berlin', city: 'Berlin', country: 'DE' }),
    })
    await api('/zoos/3')
    const calls = (await (await admin('/calls?operationId=createZoo')).json()) as {
      operation: string
      body: unknown
      method: string
    }[]
    expect(calls).toHaveLength(1)
    expect(calls[0]).toMatchObject({
      operation: 'createZoo',
      method: 'POST',
      body: { name: 'Berlin', city: 'Berlin', country: 'DE' },
    })
    expect(((await (await admin('/calls')).json()) as unknown[]).length).toBe(2)
  })

  it('GET /coverage reports the exercised and missing keys', async () => {
    await put('/scenarios/getZoo', { status: 404 })
    await api('/zoos/1')
    const coverage = (await (await admin('/coverage')).json()) as {
      entries: { operation: string; exercised: string[]; missing: string[] }[]
      report: string
    }
    expect(coverage.entries.find((entry) => entry.operation === 'getZoo')).toMatchObject({
      exercised: ['404'],
    })
    expect(coverage.report).toMatch(/1 of \d+ declared response keys exercised/)
  })

  it('GET /events streams one JSON entry per answered request', async () => {
    const controller = new AbortController()
    const events = await admin('/events', { signal: controller.signal })
    expect(events.headers.get('content-type')).toContain('text/event-stream')
    const reader = (events.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    await api('/zoos/42')
    let text = ''
    while (!text.includes('/v1/zoos/42')) text += new TextDecoder().decode((await reader.read()).value)
    const entry = JSON.parse(
      /data: (.*)\n/.exec(text.slice(text.lastIndexOf('data: ')))?.[1] ?? '{}',
    ) as Record<string, unknown>
    expect(entry).toMatchObject({ method: 'GET', path: '/v1/zoos/42', status: 200, operation: 'getZoo' })
    controller.abort()
  })

  it('DELETE /scenarios empties the backlog a new /events stream replays', async () => {
    await api('/zoos/7')
    const backlog = async () => {
      const controller = new AbortController()
      const events = await admin('/events', { signal: controller.signal })
      const reader = (events.body as ReadableStream<Uint8Array>).getReader()
      const text = new TextDecoder().decode((await reader.read()).value)
      controller.abort()
      return text
    }
    expect(await backlog()).toContain('/v1/zoos/7')
    await admin('/scenarios', { method: 'DELETE' })
    await api('/zoos/8')
    const after = await backlog()
    expect(after).not.toContain('/v1/zoos/7')
    expect(after).toContain('/v1/zoos/8')
  })
})

describe('admin API: bad input gets a clear 4xx', () => {
  it.each([
    ['invalid JSON', '/scenarios/getZoo', '{"status": 4', 400, /not valid JSON/],
    ['an unknown operation', '/scenarios/nope', { status: 200 }, 404, /operation "nope"/],
    [
      'an undeclared status',
      '/scenarios/createZoo',
      { status: 418 },
      400,
      /418 is not declared.*"force": true/,
    ],
    ['a misspelt field', '/scenarios/getZoo', { stauts: 404 }, 400, /unknown field "stauts"/],
    [
      'a status that is no HTTP status',
      '/scenarios/getZoo',
      { status: 99 },
      400,
      /status must be a final HTTP status/,
    ],
    ['an empty sequence', '/scenarios/getZoo', { sequence: [] }, 400, /non-empty array/],
    [
      'a delay next to a sequence',
      '/scenarios/getZoo',
      { sequence: [404, 200], delay: 800 },
      400,
      /"delay" cannot go next to `sequence`/,
    ],
    ['a negative delay', '/scenarios/getZoo', { status: 200, delay: -1 }, 400, /delay must be a number/],
  ])('%s', async (_label, path, body, status, message) => {
    expect(await problem(await put(path, body), status)).toMatch(message)
  })

  it('refuses a scenario body nested too deep to answer, and the operation keeps answering', async () => {
    const deep = `{"status": 200, "body": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    // It was stored, then every answer of getZoo, and GET /scenarios, was 500 "Maximum call stack size exceeded".
    expect(await problem(await put('/scenarios/getZoo', deep), 400)).toMatch(
      /scenario\.body is nested more than 1000 levels deep/,
    )
    expect((await api('/zoos/1')).status).toBe(200)
    expect((await admin('/scenarios')).status).toBe(200)
  })

  it('answers an undeclared status with force: true', async () => {
    expect((await put('/scenarios/createZoo', { status: 418, force: true })).status).toBe(200)
    expect((await api('/zoos', { method: 'POST', headers: { authorization: 'Bearer t' } })).status).toBe(418)
  })

  it('answers 405 with Allow for a wrong method and 404 for an unknown route', async () => {
    const wrong = await admin('/coverage', { method: 'POST' })
    expect(await problem(wrong, 405)).toMatch(/allowed methods are GET/)
    expect(wrong.headers.get('allow')).toBe('GET')
    expect(await problem(await admin('/nothing-here'), 404)).toMatch(/admin route/)
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const inherited = await admin(`/${name}`)
      expect(await problem(inherited, 404)).toMatch(/Failed to find admin route/)
      expect(inherited.headers.get('allow')).toBeNull()
    }
    for (const path of ['/operations/getZoo', '/coverage/getZoo', '/scenarios/getZoo', '/events/getZoo']) {
      expect(await problem(await admin(path), 404)).toContain(
        `Failed to find admin route /__statusline/api${path}`,
      )
    }
    expect(await problem(await admin('/network-error', { method: 'POST' }), 400)).toMatch(
      /name the operation/,
    )
  })
})

describe('mock routes', () => {
  it('answers a path no operation matches with 404 problem+json, inside and outside the base path', async () => {
    expect(await problem(await api('/no/such/path'), 404)).toContain('/no/such/path')
    const outside = await fetch(`${server.origin}/elsewhere`)
    expect(await problem(outside, 404)).toMatch(/GET \/elsewhere: no operation of the spec matches it/)
  })

  it('answers a CORS preflight and exposes the conformance headers', async () => {
    const preflight = await api('/zoos', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://app.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-custom',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://app.test')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE')
    const allowed = preflight.headers.get('access-control-allow-headers') ?? ''
    for (const name of ['authorization', 'prefer', 'content-type', 'x-custom'])
      expect(allowed).toContain(name)
    const actual = await api('/zoos', { headers: { origin: 'http://app.test' } })
    expect(actual.headers.get('access-control-allow-origin')).toBe('http://app.test')
    const exposed = actual.headers.get('access-control-expose-headers') ?? ''
    for (const name of ['location', 'retry-after', 'www-authenticate', 'allow', 'x-total-count'])
      expect(exposed).toContain(name)
    expect((await api('/zoos')).headers.get('access-control-allow-origin')).toBe('*')
  })

  it('logs one line per request', async () => {
    await api('/zoos?limit=2')
    expect(lines.at(-1)).toMatch(/^GET \/v1\/zoos\?limit=2 200 \d+\.\dms$/)
  })
})

describe('server robustness', () => {
  let custom: MockServer
  beforeAll(async () => {
    const data = await specMockData()
    const mock = createMock<UntypedOperations>(data, { baseUrl: '/v1' })
    const handlers = [
      http.get('*/v1/boom', () => {
        throw new Error('resolver exploded')
      }),
      http.get('*/v1/cookies', () => {
        const headers = new Headers()
        headers.append('set-cookie', 'a=1; Path=/')
        headers.append('set-cookie', 'b=2; Path=/')
        return new HttpResponse('ok', { headers })
      }),
      http.get('*/v1/stream', () => {
        const encoder = new TextEncoder()
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let index = 0; index < 5; index++) controller.enqueue(encoder.encode(`chunk${index};`))
            controller.close()
          },
        })
        return new HttpResponse(body, { headers: { 'content-type': 'text/plain' } })
      }),
      ...mock.handlers,
    ]
    const withExtras: typeof mock = { ...mock, handlers }
    custom = await startMockServer({ mock: withExtras, port: 0, cors: false })
  })
  afterAll(async () => {
    await custom?.close()
  })

  it('answers a throwing handler with 500 problem+json and keeps serving', async () => {
    expect(await problem(await fetch(`${custom.apiUrl}/boom`), 500)).toMatch(/resolver exploded/)
    expect((await fetch(`${custom.apiUrl}/zoos`)).status).toBe(200)
  })

  it('keeps each Set-Cookie header, streams multi-chunk bodies, and sends no CORS headers with cors: false', async () => {
    const cookies = await fetch(`${custom.apiUrl}/cookies`)
    expect(cookies.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/'])
    expect(cookies.headers.get('access-control-allow-origin')).toBeNull()
    expect(await (await fetch(`${custom.apiUrl}/stream`)).text()).toBe('chunk0;chunk1;chunk2;chunk3;chunk4;')
  })

  it('refuses a port in use with a clear message', async () => {
    const data = await specMockData()
    await expect(
      startMockServer({ mock: createMock<UntypedOperations>(data, { baseUrl: '/v1' }), port: custom.port }),
    ).rejects.toThrow(/Failed to start the mock server: 127\.0\.0\.1:\d+ is already in use/)
  })
})
