/** `mock.clearScenario`, `mock.onCall` and `mock.data`: what panels and admin APIs drive a mock with. */
import { getResponse, type RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { createMock } from './create-mock.ts'
import type { RecordedCall } from './mock-types.ts'
import type { UntypedOperations } from './scenario-types.ts'
import { zooMockData } from './testing/zoo-mock-data.ts'

function setup() {
  const mock = createMock<UntypedOperations>(zooMockData, { baseUrl: 'https://zoo.test/v1' })
  const status = async (path: string) => {
    const response = await getResponse(
      [...mock.handlers] as RequestHandler[],
      new Request(`https://zoo.test/v1${path}`, { headers: { authorization: 'Bearer t', 'x-api-key': 'k' } }),
    )
    return response?.type === 'error' ? 0 : response?.status
  }
  return { mock, status }
}

describe('mock controls for panels', () => {
  it('exposes its data', () => {
    expect(setup().mock.data).toBe(zooMockData)
  })

  it('clearScenario forgets one operation’s scenario and network error, keeping calls and coverage', async () => {
    const { mock, status } = setup()
    mock.scenario('listZoos', 500)
    mock.networkError('listZoos')
    expect(await status('/zoos')).toBe(0)
    mock.clearScenario('listZoos')
    expect(await status('/zoos')).toBe(200)
    expect(mock.calls('listZoos').map((call) => call.status)).toEqual([0, 200])
    expect(mock.coverage().find((entry) => entry.operation === 'listZoos')?.exercised).toEqual(['200'])
  })

  it("clearScenario('*') forgets the wildcard scenario and network error but not an operation's own", async () => {
    const { mock, status } = setup()
    mock.scenario('*', 503)
    mock.scenario('ping', 500)
    mock.networkError('*')
    mock.clearScenario('*')
    expect(await status('/zoos')).toBe(200)
    expect(await status('/ping')).toBe(500)
  })

  it('clearScenario names an unknown operation', () => {
    expect(() => setup().mock.clearScenario('nope')).toThrow(
      '[statusline] Failed to clear a scenario: unknown operation "nope"',
    )
  })

  it('onCall reports each answered request until unsubscribed', async () => {
    const { mock, status } = setup()
    const seen: RecordedCall[] = []
    const stop = mock.onCall((call) => seen.push(call))
    await status('/zoos')
    mock.networkError('getZoo')
    await status('/zoos/4')
    stop()
    await status('/zoos')
    expect(seen.map((call) => [call.operation, call.status])).toEqual([
      ['listZoos', 200],
      ['getZoo', 0],
    ])
  })
})

describe('maxCalls', () => {
  it('keeps only the most recent calls, and coverage still counts every answer', async () => {
    const mock = createMock<UntypedOperations>(zooMockData, { baseUrl: 'https://zoo.test/v1', maxCalls: 3 })
    for (let index = 0; index < 10; index++) {
      await getResponse(
        [...mock.handlers] as RequestHandler[],
        new Request(`https://zoo.test/v1/zoos?limit=${index + 1}`),
      )
    }
    expect(mock.calls().map((call) => call.query)).toEqual([{ limit: '8' }, { limit: '9' }, { limit: '10' }])
    expect(mock.coverage().find((entry) => entry.operation === 'listZoos')?.exercised).toEqual(['200'])
  })

  it('rejects a limit below 1', () => {
    expect(() => createMock(zooMockData, { maxCalls: 0 })).toThrow('`maxCalls` must be a number ≥ 1')
  })
})
