/**
 * An in-process mock served by MSW for one `describe` block, recording the URL of every request it
 * sees: for end-to-end tests that check where the SDK sends each operation.
 */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** The part of a generated mock this helper uses. */
interface RecordableMock {
  readonly handlers: readonly never[]
  reset(): void
}

/**
 * Serves `mock` with MSW (unhandled requests fail the test) from `beforeAll` to `afterAll`, and records
 * `METHOD URL` of each request in `urls`; both the list and the mock are reset after each test.
 *
 * @example
 * ```ts
 * const { mock, urls } = recordedMsw(createMock({ seed: 7 }))
 * it('…', async () => { await api.getZoo({ path: { zooId: 1 } }); expect(urls).toEqual(['GET https://…/zoos/1']) })
 * ```
 */
export function recordedMsw<M extends RecordableMock>(mock: M): { mock: M; urls: string[] } {
  const server = setupServer(...mock.handlers)
  const urls: string[] = []
  server.events.on('request:start', ({ request }) => {
    urls.push(`${request.method} ${request.url}`)
  })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    urls.length = 0
    mock.reset()
  })
  afterAll(() => server.close())
  return { mock, urls }
}
