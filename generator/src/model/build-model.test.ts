import { describe, expect, test } from 'vitest'
import { DiagnosticError } from '../diagnostics/index.ts'
import { buildModel } from './build-model.ts'

const zooSchema = { type: 'object', properties: { name: { type: 'string' } } }
const zooRef = { $ref: '#/components/schemas/Zoo' }

/** A small zoo API exercising most of what the model normalises. */
function zooDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Zoo API', version: '1.2.3', description: 'Zoos */ and animals.' },
    servers: [{ url: 'https://{env}.zoo.example/v1', variables: { env: { default: 'api' } } }],
    security: [{ bearer: [] }],
    paths: {
      'x-internal': { get: { operationId: 'hidden' } },
      '/zoos': {
        summary: 'Zoo collection',
        post: { operationId: 'createZoo', responses: { '201': { description: 'Created' } } },
        get: {
          operationId: 'listZoos',
          security: [],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: zooRef } } } },
        },
        parameters: [{ name: 'X-Trace', in: 'header' }],
        'x-owner': 'team',
      },
      '/zoos/{zId}': {
        parameters: [{ name: 'zId', in: 'path', required: true, schema: { type: 'integer' } }],
        delete: { responses: { '204': { description: 'gone' } } },
        get: {
          operationId: 'getZoo',
          deprecated: true,
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: zooSchema } } } },
        },
        head: {
          operationId: 'headZoo',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: zooSchema } } } },
        },
      },
      '/zoos/{zId}/animals/{aId}': {
        get: { operationId: 'get-animal', responses: { '200': { description: 'ok' } } },
      },
      '/shared': { $ref: '#/components/pathItems/Shared' },
    },
    webhooks: {
      newZoo: { post: { operationId: 'newZooHook', responses: { '200': { description: 'ok' } } } },
    },
    components: {
      schemas: { Zoo: zooSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      pathItems: { Shared: { get: { operationId: 'getShared', responses: {} } } },
    },
  }
}

describe('buildModel', () => {
  test('document-level fields', () => {
    const document = zooDocument()
    const { model } = buildModel(document, 'specs/zoo.yaml')
    expect(model).toMatchObject({
      title: 'Zoo API',
      version: '1.2.3',
      openapi: '3.1.0',
      doc: 'Zoos *\\/ and animals.',
      servers: ['https://api.zoo.example/v1'],
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      source: 'specs/zoo.yaml',
    })
    expect(model.document).toBe(document)
  })

  test('paths in document order, methods in the fixed order, x- and non-method keys and webhooks skipped', () => {
    const { model } = buildModel(zooDocument(), 'zoo.yaml')
    expect(model.operations.map((o) => [o.method, o.path, o.name, o.pointer])).toEqual([
      ['get', '/zoos', 'listZoos', '/paths/~1zoos/get'],
      ['post', '/zoos', 'createZoo', '/paths/~1zoos/post'],
      ['get', '/zoos/{zId}', 'getZoo', '/paths/~1zoos~1{zId}/get'],
      ['delete', '/zoos/{zId}', 'deleteZoosByZId', '/paths/~1zoos~1{zId}/delete'],
      ['head', '/zoos/{zId}', 'headZoo', '/paths/~1zoos~1{zId}/head'],
      ['get', '/zoos/{zId}/animals/{aId}', 'getAnimal', '/paths/~1zoos~1{zId}~1animals~1{aId}/get'],
      ['get', '/shared', 'getShared', '/components/pathItems/Shared/get'],
    ])
  })

  test('operation fields', () => {
    const { model, warnings } = buildModel(zooDocument(), 'zoo.yaml')
    const [list, create, get, remove, head, animal] = model.operations
    expect(list).toMatchObject({
      operationId: 'listZoos',
      typeName: 'ListZoos',
      summary: 'Zoo collection',
      doc: 'Zoo collection',
      tags: [],
      security: [],
    })
    expect(list?.parameters.map((p) => p.name)).toEqual(['X-Trace'])
    expect(list?.responses[0]?.contents[0]?.schema).toBe(zooRef)
    expect(create).toMatchObject({ security: [{ bearer: [] }], responses: [{ key: '201', noContent: true }] })
    expect(create).not.toHaveProperty('requestBody')
    expect(get).toMatchObject({
      deprecated: true,
      doc: '@deprecated',
      parameters: [{ name: 'zId', in: 'path', schema: { type: 'integer' } }],
    })
    expect(get).not.toHaveProperty('summary')
    expect(get?.responses[0]?.contents[0]?.schema).toBe(zooSchema)
    expect(remove).toMatchObject({
      operationId: 'deleteZoosByZId',
      typeName: 'DeleteZoosByZId',
      responses: [{ key: '204', noContent: true }],
    })
    expect(head?.responses[0]).toMatchObject({ noContent: true })
    expect(animal?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:zId', 'path:aId'])
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['SL009', '/paths/~1zoos~1{zId}~1animals~1{aId}/get'],
      ['SL009', '/paths/~1zoos~1{zId}~1animals~1{aId}/get'],
    ])
  })

  test('a request body on GET or HEAD is left out with SL019; on DELETE it is kept', () => {
    const body = { required: true, content: { 'application/json': { schema: { type: 'object' } } } }
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/search': {
          get: { operationId: 'search', requestBody: body, responses: {} },
          head: { operationId: 'probe', requestBody: body, responses: {} },
          delete: { operationId: 'purge', requestBody: body, responses: {} },
        },
      },
    }
    const { model, warnings } = buildModel(document, 'get-body.yaml')
    const [search, purge, probe] = model.operations
    expect(search).not.toHaveProperty('requestBody')
    expect(probe).not.toHaveProperty('requestBody')
    expect(purge?.requestBody?.required).toBe(true)
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['SL019', '/paths/~1search/get/requestBody'],
      ['SL019', '/paths/~1search/head/requestBody'],
    ])
    expect(warnings[0]?.message).toBe(
      'GET /search declares a request body, which fetch cannot send with GET; the SDK and the mocks leave it out.',
    )
  })

  test('paths that differ only in parameter names are reported (SL020) where they share a method', () => {
    const list = (operationId: string) => ({ get: { operationId, responses: {} } })
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/v1/{project}/subscriptions': list('listSubscriptions'),
        '/v1/{topic}/subscriptions': list('listTopicSubscriptions'),
        '/v1/{topic}/subscriptions#overload=stream': list('listStream'),
        '/v2/{a}/x': list('getX'),
        '/v2/{b}/x': { post: { operationId: 'postX', responses: {} } },
      },
    }
    const { model, warnings } = buildModel(document, 'spec.yaml')
    expect(model.operations).toHaveLength(5)
    // (Their undeclared path parameters are SL009's.)
    const identical = warnings.filter((w) => w.code === 'SL020')
    expect(identical.map((w) => w.pointer)).toEqual(['/paths/~1v1~1{topic}~1subscriptions'])
    expect(identical[0]?.message).toBe(
      'The path /v1/{topic}/subscriptions is /v1/{project}/subscriptions but for the names of its parameters: a GET request to either matches both, and the mock answers it as /v1/{project}/subscriptions.',
    )
  })

  test('a form or multipart body whose schema is typed but not an object loses it with SL021', () => {
    const post = (operationId: string, content: Record<string, unknown>) => ({
      post: { operationId, requestBody: { required: true, content }, responses: {} },
    })
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/upload': post('upload', {
          'multipart/form-data': { schema: { type: 'string', format: 'binary' } },
        }),
        '/detect': post('detect', {
          'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Key' } },
          'multipart/form-data': { schema: { type: ['string', 'null'] } },
        }),
        '/fields': post('fields', {
          'multipart/form-data': { schema: { type: ['object', 'null'] } },
          'application/x-www-form-urlencoded': { schema: { properties: { a: { type: 'string' } } } },
          'text/plain': { schema: { type: 'string' } },
        }),
      },
      components: { schemas: { Key: { type: 'string', example: 'xxxx' } } },
    }
    const { model, warnings } = buildModel(document, 'forms.yaml')
    const [upload, detect, fields] = model.operations
    expect(upload?.requestBody?.contents).toEqual([
      { mediaType: 'multipart/form-data', kind: 'multipart', examples: {} },
    ])
    expect(detect?.requestBody?.contents.map((content) => content.schema)).toEqual([undefined, undefined])
    expect(fields?.requestBody?.contents.every((content) => content.schema !== undefined)).toBe(true)
    expect(warnings.map((w) => [w.code, w.pointer])).toEqual([
      ['SL021', '/paths/~1upload/post/requestBody/content/multipart~1form-data/schema'],
      ['SL021', '/paths/~1detect/post/requestBody/content/application~1x-www-form-urlencoded/schema'],
      ['SL021', '/paths/~1detect/post/requestBody/content/multipart~1form-data/schema'],
    ])
    expect(warnings[0]?.message).toBe(
      'The multipart/form-data body of POST /upload has a schema of type string, which cannot describe the named fields of a form; the SDK and the mocks leave the schema out and take any fields.',
    )
  })

  test('duplicate operationIds: reported at the second, both reachable under unique names', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { operationId: 'getThing', responses: {} } },
        '/b': {
          get: { operationId: 'getThing', responses: {} },
          put: { operationId: 'get_thing', responses: {} },
        },
        '/c': { get: { operationId: 'getThing', responses: {} } },
      },
    }
    const { model, warnings } = buildModel(document, 'dup.yaml')
    expect(model.operations.map((o) => [o.operationId, o.name, o.typeName])).toEqual([
      ['getThing', 'getThing', 'GetThing'],
      ['getThing', 'getThing2', 'GetThing2'],
      ['get_thing', 'getThing3', 'GetThing3'],
      ['getThing', 'getThing4', 'GetThing4'],
    ])
    expect(warnings.map((w) => [w.code, w.severity, w.file, w.pointer])).toEqual([
      ['SL008', 'warning', 'dup.yaml', '/paths/~1b/get'],
      ['SL008', 'warning', 'dup.yaml', '/paths/~1c/get'],
    ])
    expect(warnings[0]?.message).toBe(
      'The operationId "getThing" of GET /b is already used by GET /a; this operation is generated as getThing2.',
    )
  })

  test('a document without paths has no operations and the default server', () => {
    const { model, warnings } = buildModel(
      { openapi: '3.1.0', info: { title: 'Empty', version: '0' } },
      'empty.yaml',
    )
    expect(model).toMatchObject({ operations: [], servers: ['/'], securitySchemes: {}, doc: '' })
    expect(warnings).toEqual([])
  })

  const errors: [string, { given: Record<string, unknown>; want: RegExp }][] = [
    [
      'Swagger 2.0',
      { given: { swagger: '2.0', paths: {} }, want: /SL004 The document has openapi: undefined/ },
    ],
    ['OpenAPI 4', { given: { openapi: '4.0.0' }, want: /SL004 .*"4\.0\.0"/ }],
    [
      'paths not an object',
      { given: { openapi: '3.0.0', paths: [] }, want: /SL007 The paths of the document are not an object/ },
    ],
    [
      'operation not an object',
      {
        given: { openapi: '3.0.0', paths: { '/a': { get: 'x' } } },
        want: /SL007 The GET operation at \/paths\/~1a\/get is not an object/,
      },
    ],
    [
      'broken path item $ref',
      {
        given: { openapi: '3.1.0', paths: { '/a': { $ref: '#/components/pathItems/None' } } },
        want: /SL005/,
      },
    ],
  ]
  test.each(errors)('error: %s', (_, { given, want }) => {
    expect(() => buildModel(given, 'bad.yaml')).toThrow(DiagnosticError)
    expect(() => buildModel(given, 'bad.yaml')).toThrow(want)
  })

  test('an error carries the warnings found before it', () => {
    const given = {
      openapi: '3.1.0',
      paths: {
        '/a/{id}': { get: { responses: {} } },
        '/b': { get: { responses: { '200': { $ref: '#/components/responses/None' } } } },
      },
    }
    try {
      buildModel(given, 'bad.yaml')
      expect.unreachable('buildModel should throw')
    } catch (error) {
      expect(error).toBeInstanceOf(DiagnosticError)
      expect((error as DiagnosticError).diagnostics.map((d) => [d.code, d.severity])).toEqual([
        ['SL005', 'error'],
        ['SL009', 'warning'],
      ])
    }
  })
})
