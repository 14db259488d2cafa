import { describe, expect, it } from 'vitest'
import { binaryBody, formBody, multipartBody, textBody } from './body-encoders.ts'
import { buildRequest, expandPath } from './build-request.ts'
import { formExploded, simple } from './default-styles.ts'
import { StatuslineError } from './errors.ts'
import type { OperationSpec } from './operation.ts'
import type { CallOptions, ClientOptions, RequestParams } from './options.ts'
import {
  deepObject,
  encodeReserved,
  formUnexploded,
  jsonForm,
  labelExploded,
  matrix,
  pipeDelimited,
  simpleExploded,
} from './param-styles.ts'
import { writeBody, writeRequest } from './request-body.ts'
import { writeParams } from './request-params.ts'

const signal = new AbortController().signal

/** Builds the attempt and turns it into the `Request` that fetch would make of it. */
const build = async (
  spec: OperationSpec,
  params: RequestParams = {},
  client: ClientOptions = { baseUrl: 'https://api.test' },
  options: CallOptions = {},
) =>
  new Request(
    ...(await buildRequest(
      spec,
      params,
      expandPath(spec, params.path as Record<string, unknown>),
      client,
      options,
      signal,
    )),
  )

/** A GET descriptor that writes query, header and cookie parameters, as generated ones that take them do. */
const get = (path: string, extra: Partial<OperationSpec> = {}): OperationSpec => ({
  method: 'GET',
  path,
  write: writeParams,
  responses: { 200: {} },
  ...extra,
})

describe('URL', () => {
  it.each([
    ['https://api.test/v1', 'https://api.test/v1/zoos'],
    ['https://api.test/v1/', 'https://api.test/v1/zoos'],
    ['https://api.test/v1//', 'https://api.test/v1/zoos'],
    ['https://api.test', 'https://api.test/zoos'],
  ])('joins baseUrl %s and the path', async (baseUrl, want) => {
    expect((await build(get('/zoos'), {}, { baseUrl })).url).toBe(want)
  })

  it('percent-encodes path parameters (a/b c → a%2Fb%20c)', async () => {
    const request = await build(get('/zoos/{zId}/animals/{name}'), { path: { zId: 'a/b c', name: 'ü?' } })
    expect(request.url).toBe('https://api.test/zoos/a%2Fb%20c/animals/%C3%BC%3F')
  })

  it('serialises path parameters per their declared style', async () => {
    const spec = get('/items/{ids}{coords}', {
      params: { ids: { in: 'path', style: labelExploded }, coords: { in: 'path', style: matrix } },
    })
    const request = await build(spec, { path: { ids: [1, 2], coords: { x: 1, y: 2 } } })
    expect(request.url).toBe('https://api.test/items/.1.2;coords=x,1,y,2')
  })

  it('writes a parameter without a serialiser as one scalar: Dates as ISO 8601, anything else as JSON', async () => {
    const request = await build(get('/zoos/{at}'), {
      path: { at: new Date(Date.UTC(2025, 0, 2)) },
      query: { ids: [1, 2], n: 3 },
    })
    expect(request.url).toBe('https://api.test/zoos/2025-01-02T00%3A00%3A00.000Z?ids=%5B1%2C2%5D&n=3')
  })

  it('keeps the literal text around and between parameters, and a path without any as is', () => {
    expect(expandPath(get('/files/{name}.json'), { name: 'a b' })).toBe('/files/a%20b.json')
    expect(expandPath(get('/v{major}.{minor}/x'), { major: 2, minor: 0 })).toBe('/v2.0/x')
    expect(expandPath(get('/zoos'))).toBe('/zoos')
    expect(expandPath(get('/a/{x}/b}c'), { x: 1 })).toBe('/a/1/b}c')
  })

  it('throws a clear error naming a missing path parameter', () => {
    expect(() => expandPath(get('/zoos/{zId}'), {})).toThrow(StatuslineError)
    expect(() => expandPath(get('/zoos/{zId}'), { zId: null })).toThrow(
      '[statusline] Failed to build GET /zoos/{zId}: path parameter "zId" is missing',
    )
  })

  it('builds the query string per style, skipping undefined and null', async () => {
    const spec = get('/zoos', {
      params: {
        tags: { in: 'query', style: pipeDelimited },
        filter: { in: 'query', style: deepObject },
        ids: { in: 'query', style: formUnexploded },
        raw: { in: 'query', encode: encodeReserved },
        where: { in: 'query', style: jsonForm },
        multi: { in: 'query', style: formExploded },
      },
    })
    const query = {
      limit: 10,
      tags: ['a', 'b'],
      filter: { city: 'Berlin' },
      ids: [1, 2],
      multi: ['x', 'y'],
      raw: 'a/b?c',
      where: { a: 1 },
      gone: undefined,
      nothing: null,
    }
    const request = await build(spec, { query })
    expect(new URL(request.url).search).toBe(
      '?limit=10&tags=a%7Cb&filter%5Bcity%5D=Berlin&ids=1,2&multi=x&multi=y&raw=a/b?c&where=%7B%22a%22%3A1%7D',
    )
  })

  it('leaves out the ? when no query parameter has a value', async () => {
    expect((await build(get('/zoos'), { query: { a: undefined } })).url).toBe('https://api.test/zoos')
  })

  it('uses a style declared for the same name only at its own location', async () => {
    const spec = get('/zoos/{id}', {
      params: { id: { in: 'query', style: pipeDelimited } },
    })
    const request = await build(spec, { path: { id: 7 }, query: { id: [3, 4] } })
    expect(request.url).toBe('https://api.test/zoos/7?id=3%7C4')
  })
})

describe('headers', () => {
  it('sends header parameters (simple style, not percent-encoded)', async () => {
    const spec = get('/', { params: { 'X-Ids': { in: 'header', style: simple } } })
    const request = await build(spec, {
      header: { 'X-Ids': [1, 2], 'X-Name': 'a b', 'X-None': undefined },
    })
    expect(request.headers.get('x-ids')).toBe('1,2')
    expect(request.headers.get('x-name')).toBe('a b')
    expect(request.headers.has('x-none')).toBe(false)
  })

  it('serialises a header parameter with its declared serialiser, still not percent-encoded', async () => {
    const spec = get('/', { params: { 'X-Filter': { in: 'header', style: simpleExploded } } })
    const request = await build(spec, { header: { 'X-Filter': { city: 'Bad Tölz', open: true } } })
    expect(request.headers.get('x-filter')).toBe('city=Bad Tölz,open=true')
  })

  it('layers client headers < header parameters < call headers', async () => {
    const client = {
      baseUrl: 'https://api.test',
      headers: { 'x-a': 'client', 'x-b': 'client', 'x-c': 'client' },
    }
    const request = await build(get('/'), { header: { 'x-b': 'param', 'x-c': 'param' } }, client, {
      headers: new Headers({ 'x-c': 'call' }),
    })
    expect([request.headers.get('x-a'), request.headers.get('x-b'), request.headers.get('x-c')]).toEqual([
      'client',
      'param',
      'call',
    ])
  })

  it('joins cookie parameters (form style) into one Cookie header after existing cookies', async () => {
    const request = await build(
      get('/', { params: { ids: { in: 'cookie', style: formExploded } } }),
      { cookie: { session: 'a b', ids: [1, 2], skip: undefined } },
      { baseUrl: 'https://api.test', headers: { cookie: 'theme=dark' } },
    )
    expect(request.headers.get('cookie')).toBe('theme=dark; session=a%20b; ids=1; ids=2')
  })

  it('sends path parameters only when the descriptor has no write (its operation declares no others)', async () => {
    const { write: _, ...bare } = get('/zoos/{zId}')
    const request = await build(bare, {
      path: { zId: 1 },
      query: { q: 1 },
      header: { 'x-a': 'b' },
      cookie: { c: 'd' },
    })
    expect(request.url).toBe('https://api.test/zoos/1')
    expect([...request.headers]).toEqual([])
  })

  it('sets no Cookie header without cookies', async () => {
    expect((await build(get('/'), { cookie: {} })).headers.has('cookie')).toBe(false)
  })
})

describe('body', () => {
  const post = (body?: OperationSpec['body']): OperationSpec => ({
    method: 'POST',
    path: '/zoos',
    write: writeBody,
    responses: { 201: {} },
    ...(body ? { body } : {}),
  })

  it('sends JSON with the declared media type, vendor +json included', async () => {
    const request = await build(post({ mediaType: 'application/vnd.zoo+json' }), {
      body: { name: 'Berlin' },
    })
    expect(request.headers.get('content-type')).toBe('application/vnd.zoo+json')
    expect(await request.json()).toEqual({ name: 'Berlin' })
  })

  it('falls back to application/json when the spec declares no body', async () => {
    const request = await build(post(), { body: [1] })
    expect(request.headers.get('content-type')).toBe('application/json')
    expect(await request.text()).toBe('[1]')
  })

  it('lets fetch set the multipart boundary when the descriptor gives no media type', async () => {
    const request = await build(post({ encode: multipartBody }), {
      body: { name: 'a' },
    })
    expect(request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/)
    expect((await request.formData()).get('name')).toBe('a')
  })

  it('encodes a text body with the referenced encoder', async () => {
    const request = await build(post({ mediaType: 'text/csv', encode: textBody }), { body: 42 })
    expect([request.headers.get('content-type'), await request.text()]).toEqual(['text/csv', '42'])
  })

  it('sends form-urlencoded bodies', async () => {
    const request = await build(post({ mediaType: 'application/x-www-form-urlencoded', encode: formBody }), {
      body: { a: { b: 'c d' } },
    })
    expect(request.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(await request.text()).toBe('a%5Bb%5D=c+d')
  })

  it('sends no body and no Content-Type when the call has none', async () => {
    const request = await build(post({ mediaType: 'application/json' }))
    expect(request.body).toBeNull()
    expect(request.headers.has('content-type')).toBe(false)
  })

  it('sends a stream body as is, half duplex; other bodies set no duplex', async () => {
    const stream = new Blob(['raw bytes']).stream()
    const spec = post({ mediaType: 'application/octet-stream', encode: binaryBody })
    const [url, init] = await buildRequest(
      spec,
      { body: stream },
      '/zoos',
      { baseUrl: 'https://api.test' },
      {},
    )
    expect(init.duplex).toBe('half')
    expect(await new Request(url, init).text()).toBe('raw bytes')
    const [, json] = await buildRequest(post(), { body: {} }, '/zoos', {}, {})
    expect(json.duplex).toBeUndefined()
  })

  it('sends no body for a descriptor without a body writer (the operation declares none)', async () => {
    const request = await build(
      { ...post(), write: writeParams },
      { body: { name: 'Berlin' }, query: { q: 1 } },
    )
    expect([request.body, request.headers.has('content-type'), new URL(request.url).search]).toEqual([
      null,
      false,
      '?q=1',
    ])
  })

  it('writes the body and the parameters with writeRequest; a header parameter replaces the Content-Type', async () => {
    const request = await build(
      { ...post(), write: writeRequest },
      { body: { a: 1 }, query: { q: 1 }, header: { 'content-type': 'application/merge-patch+json' } },
    )
    expect([new URL(request.url).search, request.headers.get('content-type'), await request.text()]).toEqual([
      '?q=1',
      'application/merge-patch+json',
      '{"a":1}',
    ])
  })
})
