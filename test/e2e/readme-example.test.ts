// The README's "Mocks in your tests" example, verbatim: if this file changes, update the README.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { createClient } from 'zoo-sdk'
import { createMock } from 'zoo-sdk/mocks'

const mock = createMock({ seed: 42, retryAfter: 0 })
const server = setupServer(...mock.handlers)
const api = createClient({ retry: { attempts: 3 } })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => mock.reset())
afterAll(() => server.close())

test('shows the not-found state', async () => {
  mock.scenario('getZoo', 404)
  const res = await api.getZoo({ path: { zooId: 1 } })
  expect(res.status).toBe(404)
  if (res.status === 404) expect(res.error.error).toEqual(expect.any(String))
})

test('retries through two 503s', async () => {
  mock.scenario('listZoos', [503, 503, 200])
  const res = await api.listZoos()
  expect(res.status).toBe(200)
  expect(mock.calls('listZoos')).toHaveLength(3)
})

test('every declared status of getZoo is handled', async () => {
  for (const status of mock.statuses('getZoo')) {
    mock.scenario('getZoo', status)
    expect((await api.getZoo({ path: { zooId: 1 } })).status).toBe(status)
  }
  console.log(mock.coverageReport())
})
