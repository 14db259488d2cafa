/**
 * Loads the committed example SDKs (packages/<name>-sdk) with their mocks and mock data, so a test can
 * drive every operation generically.
 */
import type { Client } from '@statusline/client'
import type {
  Mock,
  MockData,
  MockOperation,
  MockResponse,
  Sampler,
  UntypedOperations,
} from '@statusline/mock'
import { EXAMPLES } from '../../generator/scripts/examples-list.ts'

/** An operation function of a generated SDK, called generically. */
export type AnyOperation = (
  params: Record<string, unknown>,
  options?: Record<string, unknown>,
) => Promise<{
  ok: boolean
  status: number
  key: string | number
  data?: unknown
  error?: unknown
  headers: Record<string, unknown>
  response: Response
}>

/** One example SDK, loaded. */
export interface ExampleSdk {
  readonly name: string
  readonly spec: string
  readonly sdk: Record<string, unknown> & { createClient(options?: Record<string, unknown>): Client }
  readonly createMock: (options?: Record<string, unknown>) => Mock<UntypedOperations>
  readonly data: MockData
}

/** Loads every example SDK listed in `generator/scripts/examples-list.ts`. */
export async function loadExampleSdks(): Promise<ExampleSdk[]> {
  return Promise.all(
    EXAMPLES.map(async ({ spec, name }) => {
      const base = `../../packages/${name}/`
      const sdk = (await import(`${base}index.js`)) as ExampleSdk['sdk']
      const mocks = (await import(`${base}mocks.ts`)) as { createMock: ExampleSdk['createMock'] }
      const data = ((await import(`${base}mock-data.ts`)) as { mockData: MockData }).mockData
      return { name, spec, sdk, createMock: mocks.createMock, data }
    }),
  )
}

/** The declared response that answers `status`: the literal key, else its range, else `default`. */
export function responseFor(operation: MockOperation, status: number): MockResponse | undefined {
  const { responses } = operation
  return (
    responses.find((r) => r.key === String(status)) ??
    responses.find((r) => r.key.toUpperCase() === `${Math.floor(status / 100)}XX`) ??
    responses.find((r) => r.key === 'default')
  )
}

/**
 * Valid request parameters for an operation, sampled from its parameter and body schemas: every path
 * parameter and every required query, header and cookie parameter (all of them with `optional`), and the
 * body when there is one.
 */
export function sampleParams(
  operation: MockOperation,
  sampler: Sampler,
  seed: number,
  options: { readonly optional?: boolean } = {},
): Record<string, unknown> {
  const params: Record<string, Record<string, unknown>> = {}
  for (const p of operation.parameters) {
    if (!p.required && p.in !== 'path' && options.optional !== true) continue
    params[p.in] ??= {}
    params[p.in]![p.name] = sampler.sample(p.schema, { seed, direction: 'request', propertyName: p.name })
  }
  const content = operation.requestBody?.contents[0]
  if (content === undefined) return params
  const body =
    content.kind === 'binary'
      ? new Blob(['statusline'])
      : content.schema === undefined
        ? content.kind === 'text'
          ? 'text'
          : {}
        : sampler.sample(content.schema, { seed, direction: 'request' })
  return { ...params, body }
}
