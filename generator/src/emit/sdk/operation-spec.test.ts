import { describe, expect, test } from 'vitest'
import type { JsonSchema, Operation } from '../../model/types.ts'
import { declarationText } from '../../testing/declaration-text.ts'
import {
  createContent,
  createHeader,
  createModel,
  createOperation,
  createParameter,
  createRequestBody,
  createResponse,
} from '../../testing/model-factory.ts'
import { emitClient } from './emit-client.ts'

/** The emitted descriptor constant of the operation, entries only (one per line). */
function specEntries(operation: Partial<Operation>, schemas?: Record<string, JsonSchema>): string[] {
  const model = createModel({
    operations: [createOperation(operation)],
    ...(schemas === undefined ? {} : { schemas }),
  })
  const text = declarationText(emitClient(model).contents, 'const getZooSpec = {')
  const lines = text.split('\n')
  expect(lines.at(-1)).toBe('} as const satisfies OperationSpec;')
  return lines.slice(1, -1).map((line) => line.trim())
}

const cases: [string, { given: Partial<Operation>; want: string[] }][] = [
  [
    'parameters with their location defaults are left out',
    {
      given: {
        parameters: [
          createParameter('zId', { in: 'path', schema: { type: 'integer' } }),
          createParameter('expand'),
          createParameter('X-Trace', { in: 'header' }),
          createParameter('session', { in: 'cookie' }),
        ],
      },
      want: ["method: 'GET',", "path: '/zoos/{zId}',", 'responses: { 200: {} },'],
    },
  ],
  [
    'only the serialisation fields that differ are written',
    {
      given: {
        parameters: [
          createParameter('tags', { style: 'pipeDelimited' }),
          createParameter('ids', { explode: false }),
          createParameter('filter', { style: 'deepObject', explode: true }),
          createParameter('next', { allowReserved: true }),
          createParameter('zId', { in: 'path', style: 'label', explode: true }),
          createParameter('where', { contentType: 'application/json', schema: { type: 'object' } }),
        ],
      },
      want: [
        "method: 'GET',",
        "path: '/zoos/{zId}',",
        "params: { tags: { in: 'query', style: 'pipeDelimited' }, ids: { in: 'query', explode: false }, filter: { in: 'query', style: 'deepObject' }, next: { in: 'query', allowReserved: true }, zId: { in: 'path', style: 'label', explode: true }, where: { in: 'query', contentType: 'application/json' } },",
        'responses: { 200: {} },',
      ],
    },
  ],
  [
    'a body, empty and header-decoding responses, security alternatives',
    {
      given: {
        method: 'post',
        requestBody: createRequestBody({
          contents: [
            createContent({ mediaType: 'application/vnd.zoo+json' }),
            createContent({ mediaType: 'text/plain', kind: 'text' }),
          ],
        }),
        responses: [
          createResponse('201', {
            headers: [
              createHeader('Location', { required: true }),
              createHeader('X-Rate-Limit', { schema: { $ref: '#/components/schemas/Limit' } }),
            ],
          }),
          createResponse('204'),
          createResponse('4xx', { key: '4XX' }),
          createResponse('default', { contents: [] }),
        ],
        security: [{ bearerAuth: [] }, { apiKey: [], oauth: ['read'] }, {}],
      },
      want: [
        "method: 'POST',",
        "path: '/zoos/{zId}',",
        "body: { mediaType: 'application/vnd.zoo+json', encoding: 'json' },",
        "responses: { 201: { headers: { location: 'string', 'x-rate-limit': 'integer' } }, 204: { empty: true }, '4XX': {}, default: { empty: true } },",
        "security: [['bearerAuth'], ['apiKey', 'oauth'], []],",
      ],
    },
  ],
  [
    'strings from the spec are escaped literals',
    {
      given: {
        path: '/zoos/{zId}/it\'s \\ "quoted"\u2028*/',
        parameters: [createParameter("o'clock", { explode: false })],
      },
      want: [
        "method: 'GET',",
        "path: '/zoos/{zId}/it\\'s \\\\ \"quoted\"\\u2028*/',",
        "params: { 'o\\'clock': { in: 'query', explode: false } },",
        'responses: { 200: {} },',
      ],
    },
  ],
]

describe('operation descriptor', () => {
  test.each(cases)('%s', (_, { given, want }) => {
    expect(specEntries(given, { Limit: { type: 'integer' } })).toEqual(want)
  })

  test('a parameter named __proto__ becomes an own property of the literal', () => {
    const entries = specEntries({ parameters: [createParameter('__proto__', { explode: false })] })
    expect(entries).toContain("params: { ['__proto__']: { in: 'query', explode: false } },")
  })
})
