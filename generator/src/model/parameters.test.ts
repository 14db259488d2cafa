import { describe, expect, test } from 'vitest'
import { DiagnosticError } from '../diagnostics/index.ts'
import { buildContext } from './context.ts'
import { buildParameters } from './parameters.ts'
import type { JsonRecord } from './record.ts'

/** Builds the parameters of `GET path` in a document holding `components`. */
function build(given: {
  path: string
  pathItem?: JsonRecord
  operation?: JsonRecord
  components?: JsonRecord
}) {
  const pathItem = given.pathItem ?? {}
  const operation = given.operation ?? {}
  const pathItemPointer = `/paths/${given.path.replaceAll('/', '~1')}`
  const document = {
    openapi: '3.1.0',
    paths: { [given.path]: { ...pathItem, get: operation } },
    components: given.components ?? {},
  }
  const context = buildContext(document, 'test.yaml')
  const parameters = buildParameters(context, {
    path: given.path,
    pathItem,
    pathItemPointer,
    operation,
    operationPointer: `${pathItemPointer}/get`,
  })
  return { parameters, warnings: context.warnings }
}

describe('buildParameters: merging and order', () => {
  const cases: [string, { given: Parameters<typeof build>[0]; want: string[] }][] = [
    [
      'path-item parameters first, then the operation’s',
      {
        given: {
          path: '/zoos/{zId}',
          pathItem: {
            parameters: [{ name: 'zId', in: 'path', required: true, schema: { type: 'integer' } }],
          },
          operation: { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] },
        },
        want: ['path:zId:/paths/~1zoos~1{zId}/parameters/0', 'query:q:/paths/~1zoos~1{zId}/get/parameters/0'],
      },
    ],
    [
      'the operation overrides by (in, name), in place',
      {
        given: {
          path: '/zoos',
          pathItem: {
            parameters: [
              { name: 'limit', in: 'query' },
              { name: 'sort', in: 'query' },
            ],
          },
          operation: { parameters: [{ name: 'limit', in: 'query', description: 'own' }] },
        },
        want: ['query:limit:/paths/~1zoos/get/parameters/0', 'query:sort:/paths/~1zoos/parameters/1'],
      },
    ],
    [
      'same name in another location is another parameter',
      {
        given: {
          path: '/zoos',
          pathItem: { parameters: [{ name: 'id', in: 'query' }] },
          operation: { parameters: [{ name: 'id', in: 'header' }] },
        },
        want: ['query:id:/paths/~1zoos/parameters/0', 'header:id:/paths/~1zoos/get/parameters/0'],
      },
    ],
    [
      'header names compare case-insensitively',
      {
        given: {
          path: '/zoos',
          pathItem: { parameters: [{ name: 'X-Trace', in: 'header' }] },
          operation: { parameters: [{ name: 'x-trace', in: 'header' }] },
        },
        want: ['header:x-trace:/paths/~1zoos/get/parameters/0'],
      },
    ],
    [
      'Accept, Content-Type and Authorization headers are ignored',
      {
        given: {
          path: '/zoos',
          operation: {
            parameters: [
              { name: 'accept', in: 'header' },
              { name: 'Content-Type', in: 'header' },
              { name: 'Authorization', in: 'header' },
              { name: 'Accept', in: 'query' },
            ],
          },
        },
        want: ['query:Accept:/paths/~1zoos/get/parameters/3'],
      },
    ],
    [
      '$ref parameters resolve into components, pointer of the target',
      {
        given: {
          path: '/zoos',
          operation: { parameters: [{ $ref: '#/components/parameters/Limit' }] },
          components: { parameters: { Limit: { name: 'limit', in: 'query' } } },
        },
        want: ['query:limit:/components/parameters/Limit'],
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const { parameters } = build(given)
    expect(parameters.map((p) => `${p.in}:${p.name}:${p.pointer}`)).toEqual(want)
  })

  test('the override replaces the inherited parameter entirely', () => {
    const { parameters } = build({
      path: '/zoos',
      pathItem: { parameters: [{ name: 'limit', in: 'query', required: true, description: 'inherited' }] },
      operation: { parameters: [{ name: 'limit', in: 'query', description: 'own' }] },
    })
    expect(parameters[0]).toMatchObject({ required: false, doc: 'own' })
  })
})

describe('buildParameters: defaults per location', () => {
  const cases: [string, { given: JsonRecord; want: JsonRecord }][] = [
    ['query', { given: { name: 'a', in: 'query' }, want: { style: 'form', explode: true, required: false } }],
    ['cookie', { given: { name: 'a', in: 'cookie' }, want: { style: 'form', explode: true } }],
    ['header', { given: { name: 'a', in: 'header' }, want: { style: 'simple', explode: false } }],
    [
      'path, required even when the spec says false',
      {
        given: { name: 'a', in: 'path', required: false },
        want: { style: 'simple', explode: false, required: true },
      },
    ],
    [
      'explicit style, explode follows form only',
      {
        given: { name: 'a', in: 'query', style: 'pipeDelimited' },
        want: { style: 'pipeDelimited', explode: false },
      },
    ],
    [
      'explicit explode',
      { given: { name: 'a', in: 'query', explode: false }, want: { style: 'form', explode: false } },
    ],
    [
      'deepObject',
      {
        given: { name: 'a', in: 'query', style: 'deepObject', explode: true },
        want: { style: 'deepObject', explode: true },
      },
    ],
    [
      'unknown style falls back',
      { given: { name: 'a', in: 'path', style: 'weird' }, want: { style: 'simple' } },
    ],
    [
      'allowReserved and deprecated',
      {
        given: { name: 'a', in: 'query', allowReserved: true, deprecated: true, description: 'Old */' },
        want: { allowReserved: true, deprecated: true, doc: 'Old *\\/\n\n@deprecated' },
      },
    ],
    ['no schema is any', { given: { name: 'a', in: 'query' }, want: { schema: {} } }],
    [
      'schema kept by reference',
      {
        given: { name: 'a', in: 'query', schema: { $ref: '#/components/schemas/A' } },
        want: { schema: { $ref: '#/components/schemas/A' } },
      },
    ],
    [
      'content-typed parameter',
      {
        given: {
          name: 'filter',
          in: 'query',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
        want: { schema: { type: 'object' }, contentType: 'application/json' },
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const path = given.in === 'path' ? '/x/{a}' : '/x'
    const { parameters } = build({ path, operation: { parameters: [given] } })
    expect(parameters[0]).toMatchObject(want)
    if (!('content' in given)) expect(parameters[0]).not.toHaveProperty('contentType')
  })
})

describe('buildParameters: path template', () => {
  test('an undeclared {name} is reported and synthesised as a required string', () => {
    const { parameters, warnings } = build({
      path: '/zoos/{zId}/animals/{aId}',
      operation: { parameters: [{ name: 'aId', in: 'path', required: true }] },
    })
    expect(parameters.map((p) => [p.in, p.name, p.required, p.schema])).toEqual([
      ['path', 'aId', true, {}],
      ['path', 'zId', true, { type: 'string' }],
    ])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({
      code: 'SL009',
      severity: 'warning',
      file: 'test.yaml',
      pointer: '/paths/~1zoos~1{zId}~1animals~1{aId}/get',
    })
  })

  test('a variable used twice is synthesised once; a query parameter of that name does not count', () => {
    const { parameters, warnings } = build({
      path: '/a/{id}/b/{id}',
      operation: { parameters: [{ name: 'id', in: 'query' }] },
    })
    expect(parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:id', 'path:id'])
    expect(warnings).toHaveLength(1)
  })
})

describe('buildParameters: an empty name', () => {
  test('leaves the parameter out with a warning, wherever it is', () => {
    const { parameters, warnings } = build({
      path: '/x',
      operation: {
        parameters: [
          { name: '', in: 'header', schema: { type: 'string' } },
          { name: '', in: 'query' },
          { name: 'q', in: 'query' },
        ],
      },
    })
    expect(parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:q'])
    expect(warnings.map((w) => [w.code, w.pointer, w.message])).toEqual([
      [
        'SL007',
        '/paths/~1x/get/parameters/0',
        'The header parameter at /paths/~1x/get/parameters/0 has an empty name; it is left out, as no request can carry it.',
      ],
      [
        'SL007',
        '/paths/~1x/get/parameters/1',
        'The query parameter at /paths/~1x/get/parameters/1 has an empty name; it is left out, as no request can carry it.',
      ],
    ])
  })
})

describe('buildParameters: bad input', () => {
  const cases: [string, { given: Parameters<typeof build>[0]; want: RegExp }][] = [
    [
      'missing name',
      {
        given: { path: '/x', operation: { parameters: [{ in: 'query' }] } },
        want: /SL007 The parameter at \/paths\/~1x\/get\/parameters\/0 has no name/,
      },
    ],
    [
      'bad location',
      { given: { path: '/x', operation: { parameters: [{ name: 'a', in: 'body' }] } }, want: /in: "body"/ },
    ],
    [
      'broken $ref',
      {
        given: { path: '/x', operation: { parameters: [{ $ref: '#/components/parameters/Nope' }] } },
        want: /SL005 .*#\/components\/parameters\/Nope", which does not exist/,
      },
    ],
    [
      'not an array',
      { given: { path: '/x', operation: { parameters: { a: 1 } } }, want: /are not an array/ },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(() => build(given)).toThrow(DiagnosticError)
    expect(() => build(given)).toThrow(want)
  })
})
