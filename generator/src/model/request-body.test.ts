import { describe, expect, test } from 'vitest'
import { buildContext } from './context.ts'
import type { JsonRecord } from './record.ts'
import { buildRequestBody } from './request-body.ts'

/** Builds the request body of `POST /zoos` in a document holding `components`. */
function build(requestBody: unknown, components: JsonRecord = {}) {
  const document = { openapi: '3.1.0', paths: { '/zoos': { post: { requestBody } } }, components }
  return buildRequestBody(
    buildContext(document, 'test.yaml'),
    requestBody,
    '/paths/~1zoos/post/requestBody',
    'POST /zoos',
  )
}

describe('buildRequestBody', () => {
  const zoo = { $ref: '#/components/schemas/Zoo' }

  test('none', () => {
    expect(build(undefined)).toBeUndefined()
  })

  test('media types in spec order, schemas by reference with their pointers', () => {
    const content = {
      'application/json': { schema: zoo },
      'application/xml': { schema: zoo },
      'application/octet-stream': {},
    }
    const body = build({ required: true, description: 'A zoo */', content })
    expect(body).toEqual({
      required: true,
      doc: 'A zoo *\\/',
      pointer: '/paths/~1zoos/post/requestBody',
      contents: [
        {
          mediaType: 'application/json',
          kind: 'json',
          schema: zoo,
          schemaPointer: '/paths/~1zoos/post/requestBody/content/application~1json/schema',
          examples: {},
        },
        {
          mediaType: 'application/xml',
          kind: 'text',
          schema: zoo,
          schemaPointer: '/paths/~1zoos/post/requestBody/content/application~1xml/schema',
          examples: {},
        },
        { mediaType: 'application/octet-stream', kind: 'binary', examples: {} },
      ],
    })
    expect(body?.contents[0]?.schema).toBe(zoo)
  })

  test('$ref into components/requestBodies; a description beside the $ref wins', () => {
    const body = build(
      { $ref: '#/components/requestBodies/NewZoo', description: 'Local words' },
      {
        requestBodies: {
          NewZoo: { description: 'Shared words', content: { 'text/plain': { schema: { type: 'string' } } } },
        },
      },
    )
    expect(body).toMatchObject({
      required: false,
      doc: 'Local words',
      pointer: '/components/requestBodies/NewZoo',
      contents: [
        {
          mediaType: 'text/plain',
          kind: 'text',
          schemaPointer: '/components/requestBodies/NewZoo/content/text~1plain/schema',
        },
      ],
    })
  })

  const exampleCases: [string, { given: JsonRecord; components?: JsonRecord; want: JsonRecord }][] = [
    ['example → default', { given: { example: { name: 'Berlin' } }, want: { default: { name: 'Berlin' } } }],
    ['falsy example kept', { given: { example: 0 }, want: { default: 0 } }],
    [
      'named examples take their value',
      { given: { examples: { a: { value: 1 }, b: { summary: 'B', value: null } } }, want: { a: 1, b: null } },
    ],
    [
      'externalValue skipped',
      { given: { examples: { a: { externalValue: 'https://x/a.json' }, b: { value: 2 } } }, want: { b: 2 } },
    ],
    [
      '$ref examples resolved into components/examples',
      {
        given: { examples: { berlin: { $ref: '#/components/examples/Berlin' } } },
        components: { examples: { Berlin: { value: { name: 'Berlin' } } } },
        want: { berlin: { name: 'Berlin' } },
      },
    ],
  ]
  test.each(exampleCases)('examples: %s', (_, { given, components, want }) => {
    const body = build({ content: { 'application/json': given } }, components)
    expect(body?.contents[0]?.examples).toEqual(want)
  })
})
