/**
 * Request validation against what the generated SDKs send: every operation of the feature specs (every
 * parameter style × explode × location, every body media type) and of the example APIs, called through
 * its generated SDK with every parameter sampled, must pass the mock's validation — the mock's
 * deserialisation is the inverse of the SDK's serialisation (refusals are covered by
 * `packages/mock/src/automatic-answers.test.ts` and `rest-backend.test.ts`).
 */
import { type Client, withMiddleware } from '@statusline/client'
import { createSampler, type MockData, type Sampler } from '@statusline/mock'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleParams } from '../helpers/example-sdks.ts'
import { generateInto } from '../helpers/generate-into.ts'
import { ROOT } from '../helpers/paths.ts'

type AnyCall = (params: Record<string, unknown>) => Promise<{ status: number; error?: unknown }>

const SPECS = [
  'features/parameters',
  'features/bodies',
  'features/path-fragments',
  'zoo',
  'chimestack',
  'people',
  'petstore',
]

describe.each(SPECS)('%s: what the SDK sends passes validation', (spec) => {
  let data: MockData
  let client: Client & Record<string, unknown>
  let sampler: Sampler
  const server = setupServer()

  beforeAll(async () => {
    const { dir } = await generateInto(
      `${ROOT}specs/${spec}.yaml`,
      `validation-roundtrip/${spec.replace('/', '-')}`,
    )
    const sdk = (await import(`${dir}index.js`)) as {
      createClient(options?: object): Client & Record<string, unknown>
    }
    const mocks = (await import(`${dir}mocks.ts`)) as { createMock(options?: object): { handlers: never[] } }
    data = ((await import(`${dir}mock-data.ts`)) as { mockData: MockData }).mockData
    sampler = createSampler({
      root: { components: data.components },
      openapi: data.openapi,
      seed: 5,
      useExamples: false,
    })
    server.use(...mocks.createMock({ seed: 5 }).handlers)
    server.listen({ onUnhandledRequest: 'error' })
    client = sdk.createClient({
      auth: { bearer: 'test-token', apiKey: 'test-key', basic: { username: 'u', password: 'p' } },
      fetch: withMiddleware([{ onRequest: ({ request }) => new Request(request, { redirect: 'manual' }) }]),
    })
  }, 120_000)
  afterAll(() => server.close())

  it('answers every operation without a validation error', async () => {
    const refused: string[] = []
    for (const operation of data.operations) {
      for (const seed of [1, 2, 3]) {
        const call = client[operation.name] as AnyCall
        const res = await call(sampleParams(operation, sampler, seed, { optional: true }))
        if ([400, 406, 413, 415, 422].includes(res.status)) {
          refused.push(`${operation.name} (seed ${seed}) → ${res.status}: ${JSON.stringify(res.error)}`)
        }
      }
    }
    expect(refused).toEqual([])
  })
})
