import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createMock } from './create-mock.ts'
import type { UnhandledScenarioEvent } from './mock-types.ts'
import { zooMockData } from './testing/zoo-mock-data.ts'
import { callZoo, ZOO_BASE } from './testing/zoo-requests.ts'

const mock = createMock(zooMockData, { seed: 3 })
const server = setupServer(...mock.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  mock.reset()
  server.resetHandlers()
})
afterAll(() => server.close())

async function statusesOf(name: string, count: number): Promise<number[]> {
  const statuses: number[] = []
  for (let index = 0; index < count; index++) statuses.push((await callZoo(name)).status)
  return statuses
}

describe('sequences', () => {
  it('plays 503 → 503 → 201, then stays on the last step', async () => {
    mock.scenario('createZoo', [503, 503, 201])
    expect(await statusesOf('createZoo', 5)).toEqual([503, 503, 201, 201, 201])
  })

  it('mixes statuses and specs, and restarts when scripted again', async () => {
    mock.scenario('getZoo', [{ status: 404, body: { error: 'not yet' } }, 200])
    const first = await callZoo('getZoo')
    expect(await first.json()).toEqual({ error: 'not yet' })
    expect((await callZoo('getZoo')).status).toBe(200)
    mock.scenario('getZoo', [404, 200])
    expect(await statusesOf('getZoo', 2)).toEqual([404, 200])
  })

  it('forgets sequence positions on reset', async () => {
    mock.scenario('createZoo', [503, 201])
    await callZoo('createZoo')
    mock.reset()
    expect((await callZoo('createZoo')).status).toBe(201)
  })
})

describe("scenario('*')", () => {
  it('scripts every operation, declared or not', async () => {
    mock.scenario('*', 500)
    const list = await callZoo('listZoos')
    expect(list.status).toBe(500)
    expect(await list.json()).toHaveProperty('error')
    const count = await callZoo('countZoos')
    expect(count.status).toBe(500)
    expect(count.headers.get('content-type')).toBe('application/problem+json')
  })

  it("loses to an operation's own scenario", async () => {
    mock.scenario('*', 503)
    mock.scenario('getZoo', 404)
    expect((await callZoo('getZoo')).status).toBe(404)
    const list = await callZoo('listZoos')
    expect(list.status).toBe(503)
    expect(list.headers.get('retry-after')).toBe('1')
  })

  it('keeps one sequence position per operation', async () => {
    mock.scenario('*', [503, 200])
    expect((await callZoo('listZoos')).status).toBe(503)
    expect((await callZoo('countZoos')).status).toBe(503)
    expect((await callZoo('listZoos')).status).toBe(200)
  })
})

describe('networkError', () => {
  it('makes fetch throw, wins over a scenario, and is recorded with status 0', async () => {
    mock.scenario('getZoo', 404)
    mock.networkError('getZoo')
    await expect(callZoo('getZoo')).rejects.toThrow(TypeError)
    expect(mock.calls('getZoo').map((call) => call.status)).toEqual([0])
    expect((await callZoo('countZoos')).status).toBe(200)
  })

  it("fails every operation with '*' until reset", async () => {
    mock.networkError('*')
    await expect(callZoo('countZoos')).rejects.toThrow(TypeError)
    mock.reset()
    expect((await callZoo('countZoos')).status).toBe(200)
  })
})

describe('calls', () => {
  it('records method, URL, parsed path, query, headers, JSON body and status', async () => {
    await fetch(`${ZOO_BASE}/zoos?tag=a&tag=b&limit=3`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Trace': 'abc' },
      body: JSON.stringify({ name: 'Leipzig' }),
    })
    const [call] = mock.calls('createZoo')
    expect(call).toMatchObject({
      operation: 'createZoo',
      method: 'POST',
      url: `${ZOO_BASE}/zoos?tag=a&tag=b&limit=3`,
      path: {},
      query: { tag: ['a', 'b'], limit: '3' },
      body: { name: 'Leipzig' },
      status: 201,
    })
    expect(call?.headers['x-trace']).toBe('abc')
    expect(call?.timestamp).toBeTypeOf('number')
  })

  it('records decoded path parameters and form bodies', async () => {
    await fetch(`${ZOO_BASE}/zoos/a%20b`, {
      method: 'PUT',
      body: new URLSearchParams({ name: 'Form Zoo' }),
    })
    const [call] = mock.calls('updateZoo')
    expect(call?.path).toEqual({ zooId: 'a b' })
    expect(call?.body).toEqual({ name: 'Form Zoo' })
  })

  it('lists every call without an operation, oldest first', async () => {
    await callZoo('countZoos')
    await callZoo('ping')
    expect(mock.calls().map((call) => call.operation)).toEqual(['countZoos', 'ping'])
  })
})

describe('Prefer header', () => {
  const prefer = (value: string) => ({ headers: { Prefer: value } })

  it('answers a declared code, or one a range covers', async () => {
    const notFound = await callZoo('getZoo', prefer('code=404'))
    expect(notFound.status).toBe(404)
    expect(await notFound.json()).toHaveProperty('error')
    expect((await callZoo('getZoo', prefer('code=418'))).status).toBe(418)
  })

  it('ignores a code the operation does not declare', async () => {
    expect((await callZoo('getZoo', prefer('code=500'))).status).toBe(200)
  })

  it('loses to a scripted scenario', async () => {
    mock.scenario('getZoo', 404)
    expect((await callZoo('getZoo', prefer('code=200'))).status).toBe(404)
  })

  it('picks a named example, and the first example with dynamic=false', async () => {
    const paris = await callZoo('getZoo', prefer('example=paris'))
    expect(await paris.json()).toEqual({ id: 2, name: 'Ménagerie', city: 'Paris' })
    const first = await callZoo('getZoo', prefer('dynamic=false'))
    expect(await first.json()).toEqual({ id: 1, name: 'Berlin Zoo', city: 'Berlin' })
  })

  it('generates with dynamic=true even when the mock uses examples', async () => {
    const examples = createMock(zooMockData, { useExamples: true })
    server.use(...examples.handlers)
    const berlin = { id: 1, name: 'Berlin Zoo', city: 'Berlin' }
    expect(await (await callZoo('getZoo')).json()).toEqual(berlin)
    expect(await (await callZoo('getZoo', prefer('dynamic=true'))).json()).not.toEqual(berlin)
  })
})

describe('seeded data', () => {
  async function listBody(seed: number, id?: string): Promise<unknown> {
    const seeded = createMock(zooMockData, { seed })
    server.use(...seeded.handlers)
    const response = await callZoo(id === undefined ? 'listZoos' : 'getZoo', id === undefined ? {} : { id })
    server.resetHandlers()
    return response.json()
  }

  it('gives the same body for the same seed and URL, and another for another seed', async () => {
    const first = await listBody(11)
    expect(await listBody(11)).toEqual(first)
    expect(await listBody(12)).not.toEqual(first)
  })

  it('gives the same resource the same data across calls', async () => {
    const one = await (await callZoo('getZoo', { id: '8' })).json()
    const again = await (await callZoo('getZoo', { id: '8' })).json()
    expect(again).toEqual(one)
  })
})

describe('coverage', () => {
  it('lists the declared keys exercised and those never answered', async () => {
    await callZoo('getZoo')
    mock.scenario('getZoo', 404)
    await callZoo('getZoo')
    mock.scenario('getZoo', 451)
    await callZoo('getZoo')
    const entry = mock.coverage().find((item) => item.operation === 'getZoo')
    expect(entry).toEqual({ operation: 'getZoo', exercised: ['200', '404', '4XX'], missing: ['401'] })
    const report = mock.coverageReport()
    expect(report).toMatch(/getZoo\s+200, 404, 4XX\s+401/)
    expect(report).toMatch(/listZoos\s+-\s+200, default/)
    expect(report).toMatch(/3 of \d+ declared response keys exercised \(\d+\.\d%\)$/)
  })

  it('starts over after reset', async () => {
    await callZoo('ping')
    mock.reset()
    expect(mock.coverage().every((item) => item.exercised.length === 0)).toBe(true)
  })
})

describe('delays', () => {
  it("waits a scenario's delay before answering", async () => {
    mock.scenario('countZoos', { status: 200, delay: 60 })
    const started = performance.now()
    await callZoo('countZoos')
    expect(performance.now() - started).toBeGreaterThanOrEqual(50)
  })

  it('waits the global delay', async () => {
    const slow = createMock(zooMockData, { delay: 60 })
    server.use(...slow.handlers)
    const started = performance.now()
    await callZoo('countZoos')
    expect(performance.now() - started).toBeGreaterThanOrEqual(50)
  })
})

describe('undeclared statuses', () => {
  it('answers a forced status and reports it to a callback', async () => {
    const events: UnhandledScenarioEvent[] = []
    const reporting = createMock(zooMockData, { onUnhandledScenario: (event) => events.push(event) })
    server.use(...reporting.handlers)
    reporting.forceScenario('countZoos', { status: 418, body: 'teapot' })
    const response = await callZoo('countZoos')
    expect(response.status).toBe(418)
    expect(await response.text()).toBe('teapot')
    expect(events).toEqual([{ operation: 'countZoos', status: 418, source: 'forced' }])
  })

  it("answers 500 naming the mistake with onUnhandledScenario: 'error'", async () => {
    const strict = createMock(zooMockData, { onUnhandledScenario: 'error' })
    server.use(...strict.handlers)
    strict.forceScenario('countZoos', 418)
    const response = await callZoo('countZoos')
    expect(response.status).toBe(500)
    expect(((await response.json()) as { detail: string }).detail).toBe(
      '[statusline] Failed to answer countZoos: it does not declare status 418 (scripted by forced).',
    )
  })

  it("warns once per operation and status with onUnhandledScenario: 'warn'", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const warning = createMock(zooMockData, { onUnhandledScenario: 'warn' })
    server.use(...warning.handlers)
    await callZoo('countZoos', { headers: { Prefer: 'code=404' } })
    await callZoo('countZoos', { headers: { Prefer: 'code=404' } })
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })
})

describe('bad input', () => {
  it.each([
    [() => mock.scenario('nope', 200), '[statusline] Failed to script a scenario: unknown operation "nope"'],
    [
      () => mock.scenario('getZoo', 500),
      '[statusline] Failed to script getZoo: status 500 is not declared (declared: 200, 401, 404, 4XX); use forceScenario() for an undeclared status',
    ],
    [
      () => mock.scenario('getZoo', []),
      '[statusline] Failed to script getZoo: a sequence needs at least one step',
    ],
    [
      () => mock.forceScenario('getZoo', 999),
      '[statusline] Failed to script getZoo: 999 is not a final HTTP status (an integer 200–599)',
    ],
    [
      () => mock.networkError('nope'),
      '[statusline] Failed to script a network error: unknown operation "nope"',
    ],
    [() => mock.statuses('nope'), '[statusline] Failed to list statuses: unknown operation "nope"'],
  ])('throws a clear error (%#)', (action, message) => {
    expect(action).toThrow(message)
  })

  it('rejects options that are not numbers', () => {
    expect(() => createMock(zooMockData, { delay: -1 })).toThrow(
      '[statusline] Failed to create the mock: `delay` must be a number from 0 to 2147483647, got -1',
    )
  })
})

describe('base URL', () => {
  it('matches any origin under a relative base URL', async () => {
    const relative = createMock({ ...zooMockData, servers: ['/v1'] })
    server.use(...relative.handlers)
    expect((await fetch('http://localhost:5173/v1/zoos/count')).status).toBe(200)
    expect((await fetch('https://elsewhere.example/v1/zoos/count')).status).toBe(200)
    expect(relative.calls('countZoos')).toHaveLength(2)
  })

  it('takes baseUrl over the first server', async () => {
    const local = createMock(zooMockData, { baseUrl: 'http://localhost:4010/' })
    server.use(...local.handlers)
    expect((await fetch('http://localhost:4010/zoos/count')).status).toBe(200)
    expect(local.calls('countZoos')).toHaveLength(1)
  })

  it('matches templates MSW cannot express (dashed names, two parameters in a segment)', async () => {
    const data = {
      ...zooMockData,
      operations: [
        {
          ...zooMockData.operations[3]!,
          name: 'getFile',
          path: '/zoos/{zoo-id}/files/{name}.{ext}',
        },
      ],
    }
    const custom = createMock(data)
    server.use(...custom.handlers)
    expect((await fetch(`${ZOO_BASE}/zoos/7/files/map.pdf`)).status).toBe(200)
    expect(custom.calls('getFile')[0]?.path).toEqual({ 'zoo-id': '7', name: 'map', ext: 'pdf' })
  })
})
