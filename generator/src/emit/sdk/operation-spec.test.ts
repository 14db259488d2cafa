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

/** The runtime values a module imports (types left out), as written: `label as label_`. */
function runtimeValues(contents: string): string[] {
  const line = contents.split('\n').find((text) => text.endsWith("from '@statusline/client';")) ?? ''
  const names = /{(.*)}/.exec(line)?.[1] ?? ''
  return names
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '' && !name.startsWith('type '))
}

/** The emitted descriptor constant of the operation, entries only (one per line), and the value imports. */
function emitted(
  operation: Partial<Operation>,
  schemas?: Record<string, JsonSchema>,
): { entries: string[]; imports: string[] } {
  const model = createModel({
    operations: [createOperation(operation)],
    ...(schemas === undefined ? {} : { schemas }),
  })
  const { contents } = emitClient(model).client
  const text = declarationText(contents, `const ${operation.name ?? 'getZoo'}Spec = {`)
  const lines = text.split('\n')
  expect(lines.at(-1)).toBe('};')
  return { entries: lines.slice(1, -1).map((line) => line.trim()), imports: runtimeValues(contents) }
}

/**
 * The values every client module of the fixture model imports: `call`, `createClient` for its factory,
 * and the `apply` of its bearer scheme.
 */
const BASE_IMPORTS = ['call', 'createClient as createRuntimeClient', 'tokenCredential']

const cases: [string, { given: Partial<Operation>; want: string[]; imports?: string[] }][] = [
  [
    'an operation with path parameters only writes none and imports nothing',
    {
      given: { parameters: [createParameter('zId', { in: 'path', schema: { type: 'integer' } })] },
      want: ["method: 'GET',", "path: '/zoos/{zId}',", 'responses: { 200: {} },'],
      imports: [],
    },
  ],
  [
    'parameters with their location defaults have no params entry; query, header and cookie ones a write',
    {
      given: {
        parameters: [
          createParameter('zId', { in: 'path', schema: { type: 'integer' } }),
          createParameter('expand'),
          createParameter('X-Trace', { in: 'header' }),
          createParameter('session', { in: 'cookie' }),
          // Exploded spaceDelimited and pipeDelimited serialise as exploded form does.
          createParameter('tags', { style: 'pipeDelimited', explode: true }),
          createParameter('words', { style: 'spaceDelimited', explode: true }),
          // allowReserved only applies to query parameters.
          createParameter('X-Raw', { in: 'header', allowReserved: true }),
        ],
      },
      want: ["method: 'GET',", "path: '/zoos/{zId}',", 'write: writeParams,', 'responses: { 200: {} },'],
      imports: ['writeParams'],
    },
  ],
  [
    'other serialisations reference their serialiser, allowReserved its encoder',
    {
      given: {
        parameters: [
          createParameter('tags', { style: 'pipeDelimited', explode: false }),
          createParameter('words', { style: 'spaceDelimited', explode: false }),
          createParameter('ids', { explode: false }),
          createParameter('filter', { style: 'deepObject', explode: true }),
          createParameter('next', { allowReserved: true }),
          createParameter('zId', { in: 'path', style: 'label', explode: true }),
          createParameter('coords', { in: 'path', style: 'matrix', explode: false }),
          createParameter('X-Ids', { in: 'header', explode: true }),
          createParameter('where', { contentType: 'application/json', schema: { type: 'object' } }),
          createParameter('X-Where', { in: 'header', contentType: 'application/json' }),
        ],
      },
      want: [
        "method: 'GET',",
        "path: '/zoos/{zId}',",
        "params: { tags: { in: 'query', style: pipeDelimited }, words: { in: 'query', style: spaceDelimited }, ids: { in: 'query', style: formUnexploded }, filter: { in: 'query', style: deepObject }, next: { in: 'query', encode: encodeReserved }, zId: { in: 'path', style: labelExploded }, coords: { in: 'path', style: matrix }, 'X-Ids': { in: 'header', style: simpleExploded }, where: { in: 'query', style: jsonForm }, 'X-Where': { in: 'header', style: jsonSimple } },",
        'write: writeParams,',
        'responses: { 200: {} },',
      ],
      imports: [
        'deepObject',
        'encodeReserved',
        'formUnexploded',
        'jsonForm',
        'jsonSimple',
        'labelExploded',
        'matrix',
        'pipeDelimited',
        'simpleExploded',
        'spaceDelimited',
        'writeParams',
      ],
    },
  ],
  [
    'a location default used elsewhere is referenced like any serialiser',
    {
      given: {
        parameters: [
          createParameter('zId', { in: 'path', style: 'form', explode: true }),
          createParameter('q', { style: 'simple', explode: false }),
        ],
      },
      want: [
        "method: 'GET',",
        "path: '/zoos/{zId}',",
        "params: { zId: { in: 'path', style: formExploded }, q: { in: 'query', style: simple } },",
        'write: writeParams,',
        'responses: { 200: {} },',
      ],
      imports: ['formExploded', 'simple', 'writeParams'],
    },
  ],
  [
    'parameters that may hold arrays or objects reference their location default; scalars do not',
    {
      given: {
        parameters: [
          createParameter('zId', { in: 'path', schema: { $ref: '#/components/schemas/Limit' } }),
          createParameter('ids', { in: 'path', schema: { type: 'array', items: { type: 'integer' } } }),
          createParameter('tags', { schema: { type: ['array', 'null'], items: { type: 'string' } } }),
          createParameter('any', { schema: {} }),
          createParameter('n', { schema: { type: ['integer', 'null'] } }),
          createParameter('X-Filter', { in: 'header', schema: { type: 'object' } }),
          createParameter('prefs', { in: 'cookie', schema: { type: 'object' } }),
        ],
      },
      want: [
        "method: 'GET',",
        "path: '/zoos/{zId}',",
        "params: { ids: { in: 'path', style: simple }, tags: { in: 'query', style: formExploded }, any: { in: 'query', style: formExploded }, 'X-Filter': { in: 'header', style: simple }, prefs: { in: 'cookie', style: formExploded } },",
        'write: writeParams,',
        'responses: { 200: {} },',
      ],
      imports: ['formExploded', 'simple', 'writeParams'],
    },
  ],
  [
    'a JSON body names its media type only; other bodies reference their encoder',
    {
      given: {
        method: 'post',
        requestBody: createRequestBody({
          contents: [
            createContent({ mediaType: 'application/vnd.zoo+json' }),
            createContent({ mediaType: 'text/plain', kind: 'text' }),
          ],
        }),
      },
      want: [
        "method: 'POST',",
        "path: '/zoos/{zId}',",
        'write: writeBody,',
        "body: { mediaType: 'application/vnd.zoo+json' },",
        'responses: { 200: {} },',
      ],
      imports: ['writeBody'],
    },
  ],
  [
    'a text body',
    {
      given: {
        method: 'put',
        requestBody: createRequestBody({
          contents: [createContent({ mediaType: 'text/csv', kind: 'text' })],
        }),
      },
      want: [
        "method: 'PUT',",
        "path: '/zoos/{zId}',",
        'write: writeBody,',
        "body: { mediaType: 'text/csv', encode: textBody },",
        'responses: { 200: {} },',
      ],
      imports: ['textBody', 'writeBody'],
    },
  ],
  [
    'a form body',
    {
      given: {
        method: 'post',
        requestBody: createRequestBody({
          contents: [createContent({ mediaType: 'application/x-www-form-urlencoded', kind: 'form' })],
        }),
      },
      want: [
        "method: 'POST',",
        "path: '/zoos/{zId}',",
        'write: writeBody,',
        "body: { mediaType: 'application/x-www-form-urlencoded', encode: formBody },",
        'responses: { 200: {} },',
      ],
      imports: ['formBody', 'writeBody'],
    },
  ],
  [
    'a multipart body leaves its media type to fetch, which adds the boundary',
    {
      given: {
        method: 'post',
        requestBody: createRequestBody({
          contents: [createContent({ mediaType: 'multipart/form-data', kind: 'multipart' })],
        }),
      },
      want: [
        "method: 'POST',",
        "path: '/zoos/{zId}',",
        'write: writeBody,',
        'body: { encode: multipartBody },',
        'responses: { 200: {} },',
      ],
      imports: ['multipartBody', 'writeBody'],
    },
  ],
  [
    'a binary body',
    {
      given: {
        method: 'put',
        requestBody: createRequestBody({
          contents: [createContent({ mediaType: 'application/octet-stream', kind: 'binary' })],
        }),
      },
      want: [
        "method: 'PUT',",
        "path: '/zoos/{zId}',",
        'write: writeBody,',
        "body: { mediaType: 'application/octet-stream', encode: binaryBody },",
        'responses: { 200: {} },',
      ],
      imports: ['binaryBody', 'writeBody'],
    },
  ],
  [
    'empty responses, header decoders, binary readers and security alternatives',
    {
      given: {
        responses: [
          createResponse('200', {
            contents: [createContent(), createContent({ mediaType: 'image/png', kind: 'binary' })],
            headers: [
              createHeader('X-Beta', { schema: { type: 'boolean' } }),
              createHeader('Link', { schema: { type: 'array', items: { type: 'string' } } }),
              createHeader('X-Ratio', { schema: { type: 'number' } }),
            ],
          }),
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
        "method: 'GET',",
        "path: '/zoos/{zId}',",
        "responses: { 200: { headers: /* @__PURE__ */ readHeaders({ 'x-beta': booleanHeader, link: arrayHeader, 'x-ratio': Number }), read: blobUnlessText }, 201: { headers: /* @__PURE__ */ readHeaders({ location: String, 'x-rate-limit': Number }) }, 204: { empty: true }, '4XX': {}, default: { empty: true } },",
        "security: [['bearerAuth'], ['apiKey', 'oauth'], []],",
      ],
      imports: ['arrayHeader', 'blobUnlessText', 'booleanHeader', 'readHeaders'],
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
        "params: { 'o\\'clock': { in: 'query', style: formUnexploded } },",
        'write: writeParams,',
        'responses: { 200: {} },',
      ],
    },
  ],
]

describe('operation descriptor', () => {
  test.each(cases)('%s', (_, { given, want, imports }) => {
    const result = emitted(given, { Limit: { type: 'integer' } })
    expect(result.entries).toEqual(want)
    if (imports !== undefined) expect(result.imports).toEqual([...imports, ...BASE_IMPORTS].sort(byName))
  })

  test('an operation with servers of its own lists them, and its function sends it there by onOwnServer', () => {
    const model = createModel({
      operations: [
        createOperation({ name: 'upload', servers: ['https://uploads.example.com'] }),
        createOperation({ name: 'getZoo' }),
      ],
    })
    const { contents } = emitClient(model).client
    expect(declarationText(contents, 'const uploadSpec = {')).toContain(
      "servers: ['https://uploads.example.com'],",
    )
    expect(declarationText(contents, 'const getZooSpec = {')).not.toContain('servers')
    expect(contents).toContain('return call(uploadSpec, params, onOwnServer(uploadSpec, servers, options));')
    expect(contents).toContain('return call(getZooSpec, params, options);')
    expect(runtimeValues(contents)).toContain('onOwnServer')
    expect(
      runtimeValues(emitClient(createModel({ operations: [createOperation()] })).client.contents),
    ).not.toContain('onOwnServer')
  })

  test('a parameter named __proto__ becomes an own property of the literal', () => {
    const { entries } = emitted({ parameters: [createParameter('__proto__', { explode: false })] })
    expect(entries).toContain("params: { ['__proto__']: { in: 'query', style: formUnexploded } },")
  })

  test('a helper whose name an operation takes is imported under an alias', () => {
    const { entries, imports } = emitted({
      name: 'label',
      parameters: [createParameter('zId', { in: 'path', style: 'label', explode: false })],
    })
    expect(entries).toContain("params: { zId: { in: 'path', style: label_ } },")
    expect(imports).toContain('label as label_')
  })
})

/** Code-point order, as the import tracker sorts. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
