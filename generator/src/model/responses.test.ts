import { describe, expect, test } from 'vitest'
import { buildContext } from './context.ts'
import type { JsonRecord } from './record.ts'
import { buildResponses } from './responses.ts'
import type { HttpMethod } from './types.ts'

/** Builds the responses of `<method> /zoos` in a document holding `components`. */
function build(responses: unknown, options: { method?: HttpMethod; components?: JsonRecord } = {}) {
  const method = options.method ?? 'get'
  const document = {
    openapi: '3.1.0',
    paths: { '/zoos': { [method]: { responses } } },
    components: options.components ?? {},
  }
  const context = buildContext(document, 'test.yaml')
  return {
    responses: buildResponses(context, responses, `/paths/~1zoos/${method}/responses`, method),
    warnings: context.warnings,
  }
}

const json = { 'application/json': { schema: { type: 'object' } } }

describe('buildResponses: keys', () => {
  // A parsed document is a plain object: integer-like keys ('200') come first, ascending, whatever the
  // file's order; the other keys follow in file order.
  test('statuses, ranges and default, in document order; ranges exclude declared statuses', () => {
    const { responses, warnings } = build({
      '200': { description: 'ok', content: json },
      '4XX': { description: 'client error', content: json },
      '404': { description: 'missing', content: json },
      '400': { description: 'bad', content: json },
      '5xx': { description: 'server', content: json },
      default: { description: 'other', content: json },
    })
    expect(warnings).toEqual([])
    expect(responses.map((r) => [r.key, r.kind, r.code])).toEqual([
      ['200', 'status', 200],
      ['400', 'status', 400],
      ['404', 'status', 404],
      ['4XX', 'range', 4],
      ['5XX', 'range', 5],
      ['default', 'default', 0],
    ])
    const range4 = responses[3]?.statuses ?? []
    expect(range4).toHaveLength(98)
    expect(range4.slice(0, 3)).toEqual([401, 402, 403])
    expect(range4).not.toContain(404)
    expect(range4.at(-1)).toBe(499)
    expect(responses[2]?.statuses).toEqual([404])
    expect(responses[1]?.statuses).toEqual([400])
    expect(responses[4]?.statuses).toHaveLength(100)
    expect(responses[5]?.statuses).toEqual([])
  })

  const invalidCases: [string, { given: JsonRecord; want: string[]; warned: string[] }][] = [
    [
      'letter O and 600 skipped',
      {
        given: { '2OO': {}, '600': {}, '200': {} },
        want: ['200'],
        warned: ['/paths/~1zoos/get/responses/600', '/paths/~1zoos/get/responses/2OO'],
      },
    ],
    ['x- extensions skipped silently', { given: { 'x-foo': {}, '200': {} }, want: ['200'], warned: [] }],
    [
      'a range in two spellings: the second skipped',
      { given: { '4xx': {}, '4XX': {} }, want: ['4XX'], warned: ['/paths/~1zoos/get/responses/4XX'] },
    ],
  ]
  test.each(invalidCases)('%s', (_, { given, want, warned }) => {
    const { responses, warnings } = build(given)
    expect(responses.map((r) => r.key)).toEqual(want)
    expect(warnings.map((w) => [w.code, w.severity, w.pointer])).toEqual(
      warned.map((p) => ['SL007', 'warning', p]),
    )
  })

  test('no responses', () => {
    expect(build(undefined).responses).toEqual([])
  })
})

describe('buildResponses: noContent', () => {
  const cases: [string, { given: JsonRecord; method?: HttpMethod; want: boolean }][] = [
    ['200 with content', { given: { description: '', content: json }, want: false }],
    ['200 without content', { given: { description: '' }, want: true }],
    ['200 with content: {}', { given: { description: '', content: {} }, want: true }],
    ['HEAD 200 with content', { given: { description: '', content: json }, method: 'head', want: true }],
  ]
  test.each(cases)('%s', (_, { given, method, want }) => {
    const { responses } = build({ '200': given }, method === undefined ? {} : { method })
    expect(responses[0]?.noContent).toBe(want)
  })

  test.each(['204', '205', '304'])('%s even with content declared', (key) => {
    const { responses } = build({ [key]: { description: '', content: json } })
    expect(responses[0]).toMatchObject({ noContent: true, contents: [{ mediaType: 'application/json' }] })
  })

  test('a 2XX range is judged by its content only', () => {
    expect(build({ '2XX': { description: '', content: json } }).responses[0]?.noContent).toBe(false)
  })
})

describe('buildResponses: references and headers', () => {
  const components = {
    responses: {
      NotFound: {
        description: 'Not found */',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
      Alias: { $ref: '#/components/responses/NotFound' },
    },
    headers: { RateLimit: { description: 'Calls left', required: true, schema: { type: 'integer' } } },
  }

  test('$ref responses (and chains of them) resolve into components/responses', () => {
    const { responses } = build({ '404': { $ref: '#/components/responses/Alias' } }, { components })
    expect(responses[0]).toMatchObject({
      key: '404',
      doc: 'Not found *\\/',
      pointer: '/components/responses/NotFound',
      contents: [
        {
          mediaType: 'application/problem+json',
          kind: 'json',
          schema: { $ref: '#/components/schemas/Problem' },
          schemaPointer: '/components/responses/NotFound/content/application~1problem+json/schema',
        },
      ],
    })
  })

  test('headers: lower-cased, $refs resolved, Content-Type skipped, spec order kept', () => {
    const { responses } = build(
      {
        '200': {
          description: 'ok',
          headers: {
            'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' },
            'Content-Type': { schema: { type: 'string' } },
            ETag: { schema: { type: 'string' }, deprecated: true },
            'Retry-After': { content: { 'text/plain': { schema: { type: 'integer' } } } },
            etag: { schema: { type: 'number' } },
          },
        },
      },
      { components },
    )
    expect(responses[0]?.headers).toEqual([
      {
        name: 'x-rate-limit',
        specName: 'X-Rate-Limit',
        required: true,
        schema: { type: 'integer' },
        doc: 'Calls left',
      },
      { name: 'etag', specName: 'ETag', required: false, schema: { type: 'string' }, doc: '@deprecated' },
      { name: 'retry-after', specName: 'Retry-After', required: false, schema: { type: 'integer' }, doc: '' },
    ])
  })

  test('a $ref cycle is an error naming the pointer', () => {
    const cyclic = {
      responses: { A: { $ref: '#/components/responses/B' }, B: { $ref: '#/components/responses/A' } },
    }
    expect(() => build({ '200': { $ref: '#/components/responses/A' } }, { components: cyclic })).toThrow(
      /SL006 The response at \/paths\/~1zoos\/get\/responses\/200 is a cycle of \$refs/,
    )
  })

  test('an external $ref is an error', () => {
    expect(() => build({ '200': { $ref: 'other.yaml#/Ok' } })).toThrow(/SL010 .*"other.yaml#\/Ok"/)
  })
})
