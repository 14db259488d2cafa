import { describe, expect, it } from 'vitest'
import { parseQuery, readRequestBody, recordRequest } from './recorder.ts'

const URL_BASE = 'https://api.example.com'

describe('readRequestBody', () => {
  it.each([
    ['JSON', 'application/json', '{"a":1}', { a: 1 }],
    ['vendor JSON', 'application/vnd.github+json; charset=utf-8', '[1,2]', [1, 2]],
    ['JSON that does not parse, as text', 'application/json', '{nope', '{nope'],
    ['text', 'text/plain', 'hello', 'hello'],
    ['a form', 'application/x-www-form-urlencoded', 'a=1&b=2&b=3', { a: '1', b: ['2', '3'] }],
    ['an empty JSON body', 'application/json', '', undefined],
  ])('reads %s', async (_, contentType, text, expected) => {
    const request = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: text,
    })
    expect(await readRequestBody(request)).toEqual(expected)
  })

  it('reads multipart forms, files as name/type/size', async () => {
    const form = new FormData()
    form.append('name', 'Zoo')
    form.append('logo', new Blob(['png!'], { type: 'image/png' }), 'logo.png')
    const body = await readRequestBody(new Request(URL_BASE, { method: 'POST', body: form }))
    expect(body).toEqual({ name: 'Zoo', logo: { name: 'logo.png', type: 'image/png', size: 4 } })
  })

  it('reads other media types as bytes, and a GET as no body', async () => {
    const bytes = new Uint8Array([1, 2, 3])
    const post = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: bytes,
    })
    expect(await readRequestBody(post)).toEqual(bytes)
    expect(await readRequestBody(new Request(URL_BASE))).toBeUndefined()
  })

  it('leaves the request body readable', async () => {
    const request = new Request(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    await readRequestBody(request)
    expect(await request.json()).toEqual({})
  })
})

describe('recordRequest', () => {
  it('records method, URL, path, query and lower-case headers', async () => {
    const request = new Request(`${URL_BASE}/zoos/1?x=1&x=2&y=`, { headers: { 'X-Trace': 't' } })
    const record = await recordRequest('getZoo', request, { zooId: '1' })
    expect(record).toMatchObject({
      operation: 'getZoo',
      method: 'GET',
      url: `${URL_BASE}/zoos/1?x=1&x=2&y=`,
      path: { zooId: '1' },
      query: { x: ['1', '2'], y: '' },
      body: undefined,
    })
    expect(record.headers['x-trace']).toBe('t')
  })

  it('parses a query string', () => {
    expect(parseQuery(new URLSearchParams('a=1&a=2&a=3&b=%20'))).toEqual({ a: ['1', '2', '3'], b: ' ' })
  })
})
