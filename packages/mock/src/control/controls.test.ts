import { getResponse, type RequestHandler } from 'msw'
import { describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.ts'
import type { MockData } from '../data.ts'
import type { UntypedOperations } from '../scenario-types.ts'
import { zooMockData } from '../testing/zoo-mock-data.ts'
import { createMockControls } from './controls.ts'

/** The fixture with operationIds that differ from the function names (`get-zoo` for `getZoo`). */
const data: MockData = {
  ...zooMockData,
  operations: zooMockData.operations.map((operation) => ({
    ...operation,
    operationId: operation.name.replace(/[A-Z]/g, (char) => `-${char.toLowerCase()}`),
  })),
}

/** Credentials for the fixture's secured operations. */
const CREDENTIALS = { authorization: 'Bearer token', 'x-api-key': 'key' }

function setup() {
  const mock = createMock<UntypedOperations>(data, { baseUrl: 'https://zoo.test/v1' })
  const controls = createMockControls(mock)
  const status = async (path: string, init: RequestInit = {}) => {
    try {
      const response = await getResponse(
        [...mock.handlers] as RequestHandler[],
        new Request(`https://zoo.test/v1${path}`, { ...init, headers: CREDENTIALS }),
      )
      return response?.type === 'error' ? 0 : response?.status
    } catch {
      return -1
    }
  }
  return { mock, controls, status }
}

describe('createMockControls', () => {
  it('lists operations with their declared keys, representative statuses and default status', () => {
    const { controls } = setup()
    const getZoo = controls.operations().find((operation) => operation.name === 'getZoo')
    expect(getZoo).toMatchObject({ operationId: 'get-zoo', method: 'GET', defaultStatus: 200 })
    expect(getZoo?.responses.map((response) => response.key)).toEqual(['200', '401', '404', '4XX'])
    expect(getZoo?.statuses).toEqual([200, 401, 404, 400])
  })

  it('scripts by function name or operationId, and remembers what it scripted', async () => {
    const { controls, status } = setup()
    expect(controls.setScenario('get-zoo', { status: 404 })).toBe('getZoo')
    expect(await status('/zoos/1')).toBe(404)
    expect(controls.scripted().scenarios.getZoo).toEqual({
      steps: [{ status: 404 }],
      sequence: false,
      force: false,
    })
  })

  it('plays a sequence, then stays on its last step', async () => {
    const { controls, status } = setup()
    controls.setScenario('getZoo', { sequence: [404, 200] })
    expect([await status('/zoos/1'), await status('/zoos/1'), await status('/zoos/1')]).toEqual([
      404, 200, 200,
    ])
  })

  it('forgets one operation without touching the others or the recorded calls', async () => {
    const { controls, status } = setup()
    controls.setScenario('getZoo', { status: 404 })
    controls.setScenario('listZoos', { status: 500 })
    await status('/zoos/1')
    controls.clearScenario('getZoo')
    expect(await status('/zoos/1')).toBe(200)
    expect(await status('/zoos')).toBe(500)
    expect(controls.calls('getZoo')).toHaveLength(2)
    expect(Object.keys(controls.scripted().scenarios)).toEqual(['listZoos'])
  })

  it('turns a network error on and off, restoring the scenario underneath', async () => {
    const { controls, status } = setup()
    controls.setScenario('getZoo', { status: 404 })
    controls.networkError('getZoo', true)
    expect(await status('/zoos/1')).toBe(0)
    controls.networkError('getZoo', false)
    expect(await status('/zoos/1')).toBe(404)
    expect(controls.scripted().networkErrors).toEqual([])
  })

  it('scripts every operation with "*" and resets everything', async () => {
    const { controls, status } = setup()
    controls.setScenario('*', { status: 503 })
    expect(await status('/zoos')).toBe(503)
    controls.reset()
    expect(await status('/zoos')).toBe(200)
    expect(controls.calls()).toHaveLength(1)
    expect(controls.scripted()).toEqual({ scenarios: {}, networkErrors: [] })
  })

  it('answers unknown operations with 404 and undeclared statuses with 400', () => {
    const { controls } = setup()
    expect(() => controls.setScenario('nope', { status: 200 })).toThrow(
      expect.objectContaining({ status: 404 }),
    )
    expect(() => controls.setScenario('getZoo', { status: 500 })).toThrow(
      expect.objectContaining({ status: 400 }),
    )
    expect(() => controls.calls('nope')).toThrow(/operation "nope"/)
  })

  it('replays a scripted state on another mock and reports what it could not', async () => {
    const first = setup()
    first.controls.setScenario('getZoo', { status: 404 })
    first.controls.setScenario('createZoo', { status: 418, force: true })
    first.controls.networkError('ping', true)
    const second = setup()
    const state = {
      ...first.controls.scripted(),
      scenarios: {
        ...first.controls.scripted().scenarios,
        gone: { steps: [200], sequence: false, force: false },
      },
    }
    expect(second.controls.replay(state)).toEqual(['gone'])
    expect(await second.status('/zoos/1')).toBe(404)
    expect(second.controls.scripted().networkErrors).toEqual(['ping'])
  })
})
