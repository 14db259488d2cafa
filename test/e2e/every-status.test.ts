/**
 * End to end, for every example spec: generated SDK → generated MSW mocks in `setupServer` → every
 * operation × every declared status. Each answer must carry that status, the headers HTTP requires for
 * it (the conformance table of design.md), and a body valid against the declared schema (or RFC 9457
 * problem+json where the spec declares none).
 */
import { withMiddleware } from '@statusline/client'
import { createSampler, createValidator } from '@statusline/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AnyOperation, loadExampleSdks, responseFor, sampleParams } from '../helpers/example-sdks.ts'

const examples = await loadExampleSdks()

/** Keeps 3xx answers as they are instead of following them, so the redirect itself is checked. */
const manualRedirects = {
  onRequest: ({ request }: { request: Request }) => new Request(request, { redirect: 'manual' }),
}

describe.each(examples)('$name: every operation × every declared status', ({ sdk, createMock, data }) => {
  const mock = createMock({ seed: 7 })
  const server = setupServer(...mock.handlers)
  const root = { components: data.components }
  const validator = createValidator({ root, openapi: data.openapi })
  const sampler = createSampler({ root, openapi: data.openapi, seed: 7, validator })
  const client = sdk.createClient({
    auth: { bearer: 'test-token', apiKey: 'test-key', basic: { username: 'u', password: 'p' } },
    fetch: withMiddleware([manualRedirects]),
  })
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  const cases = data.operations.flatMap((operation) =>
    mock.statuses(operation.name).map((status) => ({ operation, status })),
  )

  it('covers every operation', () => {
    expect(new Set(cases.map((c) => c.operation.name)).size).toBe(data.operations.length)
  })

  it.each(cases.map((c) => [`${c.operation.name} → ${c.status}`, c] as const))(
    '%s',
    async (_, { operation, status }) => {
      mock.reset()
      mock.scenario(operation.name, status)
      const call = client[operation.name as keyof typeof client] as unknown as AnyOperation
      const res = await call(sampleParams(operation, sampler, status))

      expect(res.status).toBe(status)
      expect(res.ok).toBe(status >= 200 && status < 300)
      expect(mock.calls(operation.name)).toHaveLength(1)

      const headers = res.response.headers
      if (status === 201 || status === 202 || [301, 302, 303, 307, 308].includes(status)) {
        expect(headers.get('location')).toBeTruthy()
      }
      if (status === 401) expect(headers.get('www-authenticate')).toBeTruthy()
      if (status === 405) expect(headers.get('allow')).toMatch(/^[A-Z]+(, [A-Z]+)*$/)
      if (status === 429 || status === 503) expect(headers.get('retry-after')).toMatch(/^\d+$/)

      const declared = responseFor(operation, status)
      const body = res.ok ? res.data : res.error
      if ([204, 205, 304].includes(status) || declared?.noContent === true) {
        expect(body).toBeUndefined()
        return
      }
      for (const header of declared?.headers.filter((h) => h.required) ?? []) {
        expect(headers.get(header.name), `required header ${header.name}`).not.toBeNull()
      }
      const content = declared?.contents[0]
      if (content === undefined) {
        if (status >= 400) {
          expect(headers.get('content-type')).toContain('application/problem+json')
          expect(body).toMatchObject({ status, title: expect.any(String) })
        }
        return
      }
      if (content.kind === 'json' && content.schema !== undefined) {
        const verdict = validator.validate(content.schema, body)
        expect(verdict.errors, JSON.stringify(body)).toEqual([])
      }
    },
  )
})
