/**
 * Property: whatever arrives, the mock answers — never throws, never leaves a request under its base URL
 * unanswered, always with an integer status in 100–599, and every error answer is either RFC 9457
 * problem+json or the body the operation declares for that status (valid against its schema). Requests
 * are random and malformed: methods, paths under and outside the base URL (templates filled with random
 * text, percent-encoding, dot segments), query strings, headers (including 64 KiB values), and bodies
 * (invalid JSON, deeply nested JSON, binary garbage, wrong content types, bodies over the size limit),
 * against the zoo and chimestack mocks with validation, credential checks and the stateful store on.
 * Afterwards `Object.prototype` is untouched.
 */
import {
  createMock,
  createValidator,
  type MockData,
  type MockOperation,
  type SchemaValidator,
} from '@statusline/mock'
import fc from 'fast-check'
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { responseFor } from '../helpers/example-sdks.ts'
import { specMockData } from '../helpers/zoo-mock-data.ts'

const RUNS = 500

/** One generated request, before it becomes a fetch `Request`. */
interface RequestInput {
  readonly method: string
  readonly url: string
  readonly headers: readonly (readonly [string, string])[]
  readonly body: string | Uint8Array | undefined
  /** The operation whose path template the URL was built from, if any. */
  readonly operation: MockOperation | undefined
}

const token = fc.stringMatching(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,20}$/)
const headerValue = fc.oneof(
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
  fc.constantFrom(
    '',
    ' ',
    'null',
    '{}',
    '%00',
    'Bearer',
    'Bearer ',
    'Bearer t0ken',
    'Basic !!!',
    'Basic Og==',
    'code=404',
    'code=abc, dynamic=true',
    'example=__proto__',
  ),
  fc.nat({ max: 65_536 }).map((n) => 'x'.repeat(n)),
)
const segment = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    '%ZZ',
    '%',
    '__proto__',
    'constructor',
    '-1',
    '1e999',
    '9'.repeat(40),
  ),
  fc.integer().map(String),
)
const query = fc
  .array(
    fc.tuple(
      fc.oneof(
        segment,
        fc.constantFrom(
          'limit',
          'offset',
          'page',
          'sortby',
          'order',
          'filter[x]',
          'a[b][c]',
          '__proto__[polluted]',
        ),
      ),
      segment,
    ),
    { maxLength: 6 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 4 }),
  fc.constantFrom(
    '{',
    '{"a":',
    '[1,2',
    'nul',
    '{"a":1}}',
    '\u0000',
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
  ),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => nested(depth, '[', ']')),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  fc.uint8Array({ maxLength: 256 }),
  fc.constant('x'.repeat(1024 * 1024 + 1)),
)
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'multipart/form-data',
  'application/octet-stream',
  'application/json; charset=latin1',
  '*/*',
  ';;;',
  'application/',
)

/** Random requests for a mock under `base`: along its operations' templates, elsewhere under it, and outside it. */
function requests(data: MockData, base: string): fc.Arbitrary<RequestInput> {
  const operation = fc.constantFrom(...data.operations)
  const templated = fc
    .tuple(operation, fc.array(segment, { minLength: 4, maxLength: 4 }))
    .map(([op, values]) => {
      let index = 0
      return { op, path: op.path.replace(/\{[^}]+\}/g, () => values[index++ % values.length] ?? '') }
    })
  const path = fc.oneof(
    templated,
    fc.array(segment, { maxLength: 5 }).map((parts) => ({ op: undefined, path: `/${parts.join('/')}` })),
  )
  const origin = fc.oneof(
    fc.constant(base),
    fc.constant(base),
    fc.constantFrom('https://elsewhere.example.com', `${base}extra`, new URL(base).origin),
  )
  const method = fc.oneof(
    fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
    fc.stringMatching(/^[A-Z]{1,8}$/),
  )
  const headers = fc.array(
    fc.oneof(
      fc.tuple(fc.constant('content-type'), contentType),
      fc.tuple(
        fc.constantFrom('accept', 'authorization', 'prefer', 'cookie', 'x-api-key', 'content-length'),
        headerValue,
      ),
      fc.tuple(token, headerValue),
    ),
    { maxLength: 6 },
  )
  return fc
    .record({ method, origin, path, query, headers, body })
    .map(({ method, origin, path, query, headers, body }) => ({
      method,
      url: `${origin}${path.path}${query === '' ? '' : `?${query}`}`,
      headers,
      body,
      operation: path.op,
    }))
}

/** The fetch `Request`, or undefined when fetch itself refuses the input (not the mock's concern). */
function toRequest(input: RequestInput): Request | undefined {
  const withBody = input.body !== undefined && input.method !== 'GET' && input.method !== 'HEAD'
  try {
    return new Request(input.url, {
      method: input.method,
      headers: input.headers.filter(([name]) => name !== 'content-length') as [string, string][],
      ...(withBody ? { body: input.body as BodyInit } : {}),
    })
  } catch {
    return undefined
  }
}

/** What is wrong with an answer, or undefined when it is right. */
async function checkAnswer(
  input: RequestInput,
  url: string,
  response: Response | undefined,
  base: string,
  validator: SchemaValidator,
): Promise<string | undefined> {
  // `url` is the normalised URL of the Request (`/v1/..` is `/`).
  const underBase =
    url.startsWith(base) && (url.length === base.length || '/?'.includes(url[base.length] ?? ''))
  if (response === undefined) return underBase ? 'no answer for a request under the base URL' : undefined
  const { status } = response
  if (!Number.isInteger(status) || status < 100 || status > 599) return `status ${status}`
  const text = await response.text()
  if (status < 400 || text === '' || input.method === 'HEAD') return undefined
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return `an error body that is not JSON (${type}): ${text.slice(0, 120)}`
  }
  if (type === 'application/problem+json') {
    const problem = parsed as { status?: unknown; title?: unknown }
    return problem.status === status && typeof problem.title === 'string'
      ? undefined
      : `problem+json without status/title: ${text.slice(0, 200)}`
  }
  const declared = input.operation === undefined ? undefined : responseFor(input.operation, status)
  const content = declared?.contents.find((c) => c.mediaType === type)
  if (content?.schema === undefined) return undefined
  const verdict = validator.validate(content.schema, parsed, { direction: 'response' })
  return verdict.valid
    ? undefined
    : `the declared ${status} body is invalid: ${JSON.stringify(verdict.errors.slice(0, 2))}`
}

describe.each([
  ['zoo.yaml', 'https://api.example.com/v1'],
  ['chimestack.yaml', 'https://api.chimestack.example/v1'],
])('%s: random and malformed requests', (spec, base) => {
  it(`never throw, and always get a valid status and error body (${RUNS} runs)`, async () => {
    const data = await specMockData(spec)
    const mock = createMock(data, { seed: 3, validate: true, security: true, stateful: true, maxCalls: 50 })
    const validator = createValidator({ root: { components: data.components }, openapi: data.openapi })
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()
    const statuses = new Map<number, number>()
    await fc.assert(
      fc.asyncProperty(requests(data, base), async (input) => {
        const request = toRequest(input)
        if (request === undefined) return
        let response: Response | undefined
        try {
          response = await getResponse([...mock.handlers], request)
        } catch (error) {
          throw new Error(`the mock threw for ${input.method} ${input.url.slice(0, 200)}: ${String(error)}`)
        }
        if (response !== undefined) statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        const problem = await checkAnswer(input, request.url, response, base, validator)
        if (problem !== undefined) throw new Error(`${input.method} ${input.url.slice(0, 200)}: ${problem}`)
      }),
      { numRuns: RUNS, seed: 20_260_101, endOnFailure: true },
    )
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    // The requests reach more than one kind of answer (not all rejected the same way).
    expect(statuses.size).toBeGreaterThan(4)
  }, 120_000)
})
