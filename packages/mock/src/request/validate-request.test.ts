import { beforeAll, describe, expect, it } from 'vitest'
import type { MockData, MockOperation, SchemaObject } from '../data.ts'
import { operationNamed, specMockData } from '../fixtures/spec-data.ts'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { createValidator } from '../validate/validator.ts'
import { summarizeIssues } from './issues.ts'
import { MAX_NESTING } from './nesting.ts'
import { type RequestValidationOptions, validateRequest } from './validate-request.ts'

let zoo: MockData
let people: MockData
const optionsFor = new Map<MockData, Omit<RequestValidationOptions, 'pathParams'>>()

beforeAll(async () => {
  zoo = await specMockData('zoo')
  people = await specMockData('people')
  for (const data of [zoo, people]) {
    const root = { openapi: data.openapi, components: data.components }
    optionsFor.set(data, {
      view: createSchemaView(data.components),
      validator: createValidator({ root, openapi: data.openapi, allErrors: true }),
    })
  }
})

const BASE = 'https://api.example.com/v1'
const validZoo = { code: 'BER-001', name: 'Berlin', city: 'Berlin', country: 'DE' }

function run(
  data: MockData,
  name: string,
  init: RequestInit & { path?: string; pathParams?: Record<string, string>; bodyLimit?: number } = {},
) {
  const operation: MockOperation = operationNamed(data, name)
  const { path, pathParams = {}, bodyLimit, ...rest } = init
  const url = `${BASE}${path ?? operation.path}`
  const request = new Request(url, { method: operation.method, ...rest })
  return validateRequest(operation, request, {
    ...optionsFor.get(data)!,
    pathParams,
    ...(bodyLimit === undefined ? {} : { bodyLimit }),
  })
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  body: typeof body === 'string' ? body : JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
})

describe('validateRequest: parameters', () => {
  it('parses and types valid query parameters', async () => {
    const result = await run(zoo, 'listZoos', { path: '/zoos?limit=10&order=desc&country=DE&unknown=1' })
    expect(result).toEqual({
      ok: true,
      parsed: {
        path: {},
        query: { limit: 10, order: 'desc', country: 'DE' },
        headers: {},
        cookies: {},
        body: undefined,
      },
    })
  })

  it('reports every bad parameter with 400: type, bounds, enum, length', async () => {
    const result = await run(zoo, 'listZoos', { path: '/zoos?limit=500&offset=x&order=up&country=DEU' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.status).toBe(400)
    expect(result.issues).toEqual([
      { in: 'query', name: 'limit', message: 'must be <= 100' },
      { in: 'query', name: 'offset', message: 'must be integer' },
      { in: 'query', name: 'order', message: 'must be equal to one of the allowed values: "asc", "desc"' },
      { in: 'query', name: 'country', message: 'must NOT have more than 2 characters' },
    ])
  })

  it('types and checks path parameters', async () => {
    expect(await run(zoo, 'getZoo', { pathParams: { zooId: '7' } })).toMatchObject({
      ok: true,
      parsed: { path: { zooId: 7 } },
    })
    expect(await run(zoo, 'getZoo', { pathParams: { zooId: 'abc' } })).toMatchObject({
      ok: false,
      status: 400,
      issues: [{ in: 'path', name: 'zooId', message: 'must be integer' }],
    })
    expect(await run(zoo, 'getZoo', { pathParams: { zooId: '0' } })).toMatchObject({
      issues: [{ in: 'path', name: 'zooId', message: 'must be >= 1' }],
    })
  })

  it('reads a form array (explode false) and a deepObject filter', async () => {
    const ok = await run(people, 'listPeople', {
      path: '/people?fields=id,email&filter[lastName]=Smith&limit=5',
      headers: { 'x-api-key': 'k' },
    })
    expect(ok).toMatchObject({
      ok: true,
      parsed: { query: { fields: ['id', 'email'], filter: { lastName: 'Smith' }, limit: 5 } },
    })
    const bad = await run(people, 'listPeople', { path: '/people?fields=id,shoeSize' })
    expect(bad).toMatchObject({ ok: false, status: 400, issues: [{ in: 'query', name: 'fields[1]' }] })
  })
})

describe('validateRequest: bodies', () => {
  it('accepts a valid body, readOnly properties absent', async () => {
    const result = await run(zoo, 'createZoo', json(validZoo))
    expect(result).toMatchObject({ ok: true, parsed: { body: validZoo, mediaType: 'application/json' } })
  })

  it('answers 422 (declared) naming every failing field', async () => {
    const result = await run(zoo, 'createZoo', json({ code: 'bad', city: '', country: 'DE', capacity: -1 }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.status).toBe(422)
    expect(summarizeIssues(result.issues)).toBe(
      'body.name: is required; body.code: must match pattern "^[A-Z]{3}-[0-9]{3}$"; body.city: must NOT have fewer than 1 characters; body.capacity: must be >= 0',
    )
  })

  it('answers 400 when the operation declares no 422', async () => {
    const result = await run(people, 'createPerson', json({ firstName: 'Ada' }, { 'x-api-key': 'k' }))
    expect(result).toMatchObject({ ok: false, status: 400 })
  })

  it('answers 400 for malformed JSON, naming the position', async () => {
    const result = await run(zoo, 'createZoo', json('{"name": "Berlin",}'))
    expect(result).toEqual({
      ok: false,
      status: 400,
      issues: [
        {
          in: 'body',
          name: '',
          message:
            'malformed JSON at line 1, column 19 (offset 18): unexpected "}", expected a property name in double quotes',
        },
      ],
    })
  })

  it('answers 400 for a body nested deeper than MAX_NESTING levels, and reads one at that depth', async () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
    const zooWith = (extra: string) => `${JSON.stringify(validZoo).slice(0, -1)},"extra":${extra}}`
    // The zoo object is one level, its `extra` property the others.
    expect(await run(zoo, 'createZoo', json(zooWith(nested(MAX_NESTING - 1))))).toMatchObject({ ok: true })
    // 2,400 levels answered 500 "Maximum call stack size exceeded" from the standalone server.
    for (const depth of [MAX_NESTING, 2400, 100_000]) {
      expect(await run(zoo, 'createZoo', json(zooWith(nested(depth))))).toEqual({
        ok: false,
        status: 400,
        issues: [
          {
            in: 'body',
            name: '',
            message: `is nested more than ${MAX_NESTING} levels deep (arrays and objects); the mock reads at most ${MAX_NESTING}`,
          },
        ],
      })
    }
  })

  it('answers 400 for a missing required body', async () => {
    expect(await run(zoo, 'createZoo', { headers: { 'content-type': 'application/json' } })).toMatchObject({
      status: 400,
      issues: [{ in: 'body', name: '', message: 'is required' }],
    })
  })

  it('answers 400 when parameters fail too, even if the body alone would be 422', async () => {
    const result = await run(zoo, 'replaceZoo', { ...json({}), pathParams: { zooId: 'x' } })
    expect(result).toMatchObject({ ok: false, status: 400 })
    if (result.ok) return
    expect(result.issues.map((i) => i.in)).toEqual(['body', 'body', 'body', 'body', 'path'])
  })

  it('drops __proto__ keys from parsed bodies without polluting prototypes', async () => {
    const result = await run(
      zoo,
      'createZoo',
      json(`{"__proto__":{"polluted":true},${JSON.stringify(validZoo).slice(1)}`),
    )
    expect(result).toMatchObject({ ok: true, parsed: { body: validZoo } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reads JSON merge patch bodies by their declared media type', async () => {
    const result = await run(people, 'updatePerson', {
      body: JSON.stringify({ phone: null }),
      headers: { 'content-type': 'application/merge-patch+json' },
      pathParams: { personId: '3f2c1d9e-8a7b-4c6d-9e0f-1a2b3c4d5e6f' },
    })
    expect(result).toMatchObject({
      ok: true,
      parsed: { body: { phone: null }, mediaType: 'application/merge-patch+json' },
    })
  })
})

describe('validateRequest: 415, 406, 413', () => {
  it('answers 415 for an undeclared Content-Type, ignoring charset', async () => {
    expect(
      await run(zoo, 'createZoo', { body: 'name=x', headers: { 'content-type': 'text/plain' } }),
    ).toEqual({
      ok: false,
      status: 415,
      issues: [
        { in: 'header', name: 'Content-Type', message: 'text/plain is not supported; use application/json' },
      ],
    })
    expect(
      await run(zoo, 'createZoo', json(validZoo, { 'content-type': 'application/json; charset=utf-8' })),
    ).toMatchObject({
      ok: true,
    })
    expect(
      await run(people, 'updatePerson', {
        ...json({ phone: null }),
        pathParams: { personId: '3f2c1d9e-8a7b-4c6d-9e0f-1a2b3c4d5e6f' },
      }),
    ).toMatchObject({ ok: false, status: 415 })
  })

  it('answers 415 for a body without Content-Type', async () => {
    const request = new Request(`${BASE}/zoos`, { method: 'POST', body: new Uint8Array([123, 125]) })
    request.headers.delete('content-type')
    const result = await validateRequest(operationNamed(zoo, 'createZoo'), request, {
      ...optionsFor.get(zoo)!,
      pathParams: {},
    })
    expect(result).toMatchObject({
      ok: false,
      status: 415,
      issues: [{ message: 'is missing; use application/json' }],
    })
  })

  it('answers 406 when Accept takes none of the response media types', async () => {
    expect(await run(zoo, 'listZoos', { headers: { accept: 'text/html' } })).toMatchObject({
      ok: false,
      status: 406,
      issues: [{ in: 'header', name: 'Accept' }],
    })
    expect(
      await run(zoo, 'listZoos', { headers: { accept: 'application/json;q=0, */*;q=0.1' } }),
    ).toMatchObject({
      ok: false,
      status: 406,
    })
    expect(
      await run(zoo, 'listZoos', { headers: { accept: 'text/html, application/*;q=0.2' } }),
    ).toMatchObject({ ok: true })
  })

  it('answers 413 from Content-Length without reading, and from a stream past the limit', async () => {
    const big = JSON.stringify({ ...validZoo, name: 'x'.repeat(2000) })
    expect(await run(zoo, 'createZoo', { ...json(big), bodyLimit: 1000 })).toMatchObject({
      ok: false,
      status: 413,
    })
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++
        if (pulled > 1000) controller.close()
        else controller.enqueue(new Uint8Array(1024).fill(32))
      },
    })
    const request = new Request(`${BASE}/zoos`, {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    const result = await validateRequest(operationNamed(zoo, 'createZoo'), request, {
      ...optionsFor.get(zoo)!,
      pathParams: {},
      bodyLimit: 4096,
    })
    expect(result).toMatchObject({
      ok: false,
      status: 413,
      issues: [{ message: 'is larger than the limit of 4096 bytes' }],
    })
    expect(pulled).toBeLessThan(10)
  })
})

describe('validateRequest: forms', () => {
  const formOperation: MockOperation = {
    name: 'upload',
    operationId: 'upload',
    method: 'POST',
    path: '/upload',
    tags: [],
    parameters: [],
    security: [],
    responses: [],
    requestBody: {
      required: true,
      contents: [
        {
          mediaType: 'application/x-www-form-urlencoded',
          kind: 'form',
          schema: {
            type: 'object',
            required: ['count'],
            properties: {
              count: { type: 'integer' },
              tags: { type: 'array', items: { type: 'string' } },
              meta: { type: 'object' },
              'parts[number]': { type: 'array', items: { type: 'integer' } },
            },
          },
        },
        {
          mediaType: 'multipart/form-data',
          kind: 'multipart',
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              file: { type: 'string', format: 'binary' },
              note: { type: 'string' },
              size: { type: 'integer' },
            },
          },
        },
      ],
    },
  }
  const options = () => ({ ...optionsFor.get(zoo)!, pathParams: {} })

  it('parses and types URL-encoded forms', async () => {
    const request = new Request(`${BASE}/upload`, {
      method: 'POST',
      body: new URLSearchParams('count=3&tags=a&tags=b&meta[k]=v&__proto__[x]=1'),
    })
    expect(await validateRequest(formOperation, request, options())).toMatchObject({
      ok: true,
      parsed: { body: { count: 3, tags: ['a', 'b'], meta: { k: 'v' } } },
    })
    const bad = new Request(`${BASE}/upload`, { method: 'POST', body: new URLSearchParams('count=many') })
    expect(await validateRequest(formOperation, bad, options())).toMatchObject({
      status: 400,
      issues: [{ in: 'body', name: '/count', message: 'must be integer' }],
    })
  })

  it('keeps a field name with brackets flat when the schema declares it so (Files.com)', async () => {
    const request = new Request(`${BASE}/upload`, {
      method: 'POST',
      body: new URLSearchParams('count=1&parts[number]=1&parts[number]=2&meta[k]=v'),
    })
    expect(await validateRequest(formOperation, request, options())).toMatchObject({
      ok: true,
      parsed: { body: { count: 1, 'parts[number]': [1, 2], meta: { k: 'v' } } },
    })
  })

  it('answers 400 for form keys nested deeper than MAX_NESTING levels (a[b][c]…)', async () => {
    const key = `meta${'[k]'.repeat(MAX_NESTING)}`
    const multipart = new FormData()
    multipart.set('file', new File(['x'], 'x.txt'))
    multipart.set(key, 'v')
    for (const body of [new URLSearchParams({ count: '1', [key]: 'v' }), multipart]) {
      const request = new Request(`${BASE}/upload`, { method: 'POST', body })
      expect(await validateRequest(formOperation, request, options())).toMatchObject({
        ok: false,
        status: 400,
        issues: [{ in: 'body', message: expect.stringContaining(`nested more than ${MAX_NESTING} levels`) }],
      })
    }
  })

  it('parses multipart forms, keeping files', async () => {
    const form = new FormData()
    form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }))
    form.append('size', '5')
    const result = await validateRequest(
      formOperation,
      new Request(`${BASE}/upload`, { method: 'POST', body: form }),
      options(),
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const body = result.parsed.body as { file: File; size: number }
    expect(body.size).toBe(5)
    expect(body.file).toBeInstanceOf(File)
    expect(await body.file.text()).toBe('hello')
    const missing = new FormData()
    missing.append('note', 'n')
    expect(
      await validateRequest(
        formOperation,
        new Request(`${BASE}/upload`, { method: 'POST', body: missing }),
        options(),
      ),
    ).toMatchObject({
      status: 400,
      issues: [{ in: 'body', name: '/file', message: 'is required' }],
    })
  })

  it('refuses a multipart body that does not parse', async () => {
    const request = new Request(`${BASE}/upload`, {
      method: 'POST',
      body: 'garbage',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    })
    expect(await validateRequest(formOperation, request, options())).toMatchObject({
      status: 400,
      issues: [{ in: 'body', message: expect.stringContaining('malformed multipart body') }],
    })
  })
})

describe('validateRequest: XML and other text bodies', () => {
  const schema = { type: 'object', required: ['Name'], properties: { Name: { type: 'string' } } }
  const operation = (mediaType: string, bodySchema: SchemaObject): MockOperation => ({
    name: 'assumeRole',
    operationId: 'AssumeRole',
    method: 'POST',
    path: '/',
    tags: [],
    parameters: [],
    requestBody: { required: true, contents: [{ mediaType, kind: 'text', schema: bodySchema }] },
    responses: [],
    security: [],
  })
  const components = { schemas: { Name: { type: 'string', maxLength: 3 }, Input: schema } }
  const check = (mediaType: string, body?: string, bodySchema: SchemaObject = schema) =>
    validateRequest(
      operation(mediaType, bodySchema),
      new Request(`${BASE}/`, {
        method: 'POST',
        ...(body === undefined ? {} : { body, headers: { 'content-type': mediaType } }),
      }),
      {
        view: createSchemaView(components),
        validator: createValidator({ root: { components }, openapi: '3.0.3', allErrors: true }),
        pathParams: {},
      },
    )

  it('checks an XML body for presence and as text, not against the schema of the document it holds', async () => {
    expect(await check('text/xml', '<AssumeRole><Name>a</Name></AssumeRole>')).toMatchObject({
      ok: true,
      parsed: { body: '<AssumeRole><Name>a</Name></AssumeRole>' },
    })
    expect(await check('application/vnd.x+xml', '<x/>')).toMatchObject({ ok: true })
    expect(await check('text/xml')).toMatchObject({ ok: false, status: 400 })
  })

  it('checks a text body whose schema accepts no string (a YAML document of an object) for presence only', async () => {
    const input = { $ref: '#/components/schemas/Input' }
    expect(await check('application/x-yaml', 'Name: a\n', input)).toMatchObject({
      ok: true,
      parsed: { body: 'Name: a\n' },
    })
    expect(await check('text/plain', 'Name=a')).toMatchObject({ ok: true })
    expect(await check('text/plain', '42', { type: 'integer' })).toMatchObject({ ok: true })
    expect(await check('application/x-yaml', undefined, input)).toMatchObject({ ok: false, status: 400 })
  })

  it('still validates a text body against a schema that accepts a string', async () => {
    const name = { $ref: '#/components/schemas/Name' }
    expect(await check('text/plain', 'abc', name)).toMatchObject({ ok: true })
    expect(await check('text/plain', 'abcd', name)).toMatchObject({
      ok: false,
      issues: [{ in: 'body', message: 'must NOT have more than 3 characters' }],
    })
    const either = { anyOf: [schema, { type: 'string', enum: ['on', 'off'] }] }
    expect(await check('application/x-yaml', 'on', either)).toMatchObject({ ok: true })
    expect(await check('application/x-yaml', 'maybe', either)).toMatchObject({ ok: false })
  })
})
