import { describe, expect, it } from 'vitest'
import { DecodeError } from './errors.ts'
import type { OperationSpec } from './operation.ts'
import { parseResponse, responseKey } from './parse-response.ts'
import { arrayHeader, blobUnlessText, booleanHeader, readHeaders } from './response-decoders.ts'

const spec: OperationSpec = {
  method: 'GET',
  path: '/zoos/{zId}',
  responses: {
    200: {
      headers: readHeaders({
        'x-rate-limit': Number,
        'x-ratio': Number,
        'x-beta': booleanHeader,
        'x-tags': arrayHeader,
      }),
    },
    204: {},
    404: {},
    '4XX': { headers: readHeaders({ 'retry-after': String }) },
    default: {},
  },
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })

/** A response whose body throws as soon as anyone reads it. */
function unreadable(
  status: number,
  contentType = 'application/json',
): { response: Response; reads: () => number } {
  let reads = 0
  const fail = () => {
    reads++
    throw new Error('the body was read')
  }
  const response = {
    status,
    ok: status >= 200 && status < 300,
    headers: new Headers({ 'content-type': contentType }),
    get body() {
      return fail()
    },
    text: fail,
    json: fail,
    blob: fail,
    arrayBuffer: fail,
  } as unknown as Response
  return { response, reads: () => reads }
}

describe('responseKey', () => {
  it.each([
    [200, 200],
    [404, 404],
    [418, '4XX'],
    [500, 'default'],
    [201, 'default'],
  ])('status %s → key %s', (status, key) => {
    expect(responseKey(spec.responses, status)).toBe(key)
  })

  it('answers default even when the spec declares no default', () => {
    expect(responseKey({ 200: {} }, 503)).toBe('default')
  })
})

describe('parseResponse', () => {
  it('decodes a declared status into its member, with data on 2xx', async () => {
    const response = json({ name: 'Berlin' })
    const member = await parseResponse(spec, response, 'GET /zoos/1')
    expect(member).toEqual({
      ok: true,
      status: 200,
      key: 200,
      data: { name: 'Berlin' },
      headers: {},
      response,
    })
  })

  it('decodes a declared error status with error, not data', async () => {
    const member = await parseResponse(spec, json({ message: 'no zoo' }, 404), 'GET /zoos/1')
    expect(member).toMatchObject({ ok: false, status: 404, key: 404, error: { message: 'no zoo' } })
    expect('data' in member).toBe(false)
  })

  it('decodes a range member with its declared headers', async () => {
    const member = await parseResponse(spec, json({ message: 'slow' }, 429, { 'retry-after': '3' }), 'x')
    expect(member).toMatchObject({ ok: false, status: 429, key: '4XX', error: { message: 'slow' } })
    expect(member.headers).toEqual({ 'retry-after': '3' })
  })

  it('decodes default and undeclared statuses into the default member', async () => {
    expect(await parseResponse(spec, json({ e: 1 }, 503), 'x')).toMatchObject({
      key: 'default',
      error: { e: 1 },
    })
    const undeclared = await parseResponse(
      { method: 'GET', path: '/', responses: { 200: {} } },
      json('x', 500),
      'x',
    )
    expect(undeclared).toMatchObject({ ok: false, status: 500, key: 'default', error: 'x' })
  })

  it('marks 2xx statuses decoded as default as ok, with data', async () => {
    expect(await parseResponse(spec, json([1], 202), 'x')).toMatchObject({
      ok: true,
      key: 'default',
      data: [1],
    })
  })

  it('decodes declared headers with their decoders and leaves absent ones out', async () => {
    const headers = { 'x-rate-limit': '42', 'x-ratio': '0.5', 'x-beta': 'TRUE', 'x-tags': 'a, b ,c' }
    const member = await parseResponse(spec, json({}, 200, headers), 'x')
    expect(member.headers).toEqual({
      'x-rate-limit': 42,
      'x-ratio': 0.5,
      'x-beta': true,
      'x-tags': ['a', 'b', 'c'],
    })
    const partial = await parseResponse(spec, json({}, 200, { 'x-beta': 'false', 'x-other': '1' }), 'x')
    expect(partial.headers).toEqual({ 'x-beta': false })
  })

  it.each([204, 205, 304])('gives a %s (which has no body) undefined data or error', async (status) => {
    const response = new Response(null, { status, headers: { 'content-type': 'application/json' } })
    const member = await parseResponse(spec, response, 'x')
    expect(member).toMatchObject({ status, [status === 304 ? 'error' : 'data']: undefined })
  })

  it('never reads the body of a key declared empty, nor of a HEAD response', async () => {
    const empty = unreadable(200)
    const declared = await parseResponse(
      { method: 'GET', path: '/', responses: { 200: { empty: true } } },
      empty.response,
      'x',
    )
    expect(declared).toMatchObject({ ok: true, key: 200, data: undefined })
    const head = unreadable(200)
    await parseResponse({ method: 'HEAD', path: '/', responses: { 200: {} } }, head.response, 'x')
    expect(empty.reads() + head.reads()).toBe(0)
  })

  it('parses vendor +json and problem+json media types', async () => {
    const vendor = new Response('{"a":1}', {
      headers: { 'content-type': 'application/vnd.github.v3+json; charset=utf-8' },
    })
    expect((await parseResponse(spec, vendor, 'x')) as { data: unknown }).toMatchObject({ data: { a: 1 } })
    const problem = new Response('{"title":"Nope"}', {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    })
    expect(await parseResponse(spec, problem, 'x')).toMatchObject({ error: { title: 'Nope' } })
  })

  it('reads text/*, XML and a missing Content-Type as text', async () => {
    const plain = new Response('hello', { headers: { 'content-type': 'text/plain; charset=utf-8' } })
    expect(await parseResponse(spec, plain, 'x')).toMatchObject({ data: 'hello' })
    const xml = new Response('<a/>', { headers: { 'content-type': 'application/xml' } })
    expect(await parseResponse(spec, xml, 'x')).toMatchObject({ data: '<a/>' })
    const bare = new Response(new Blob(['{"not":"parsed"}']))
    expect(await parseResponse(spec, bare, 'x')).toMatchObject({ data: '{"not":"parsed"}' })
  })

  it('reads other media types as text by default, and as a Blob where the key reads binary', async () => {
    const image = () => new Response(new Uint8Array([104, 105]), { headers: { 'content-type': 'image/png' } })
    expect(await parseResponse(spec, image(), 'x')).toMatchObject({ data: 'hi' })
    const binary: OperationSpec = { method: 'GET', path: '/', responses: { 200: { read: blobUnlessText } } }
    const member = (await parseResponse(binary, image(), 'x')) as { data: Blob }
    expect(member.data).toBeInstanceOf(Blob)
    expect([...new Uint8Array(await member.data.arrayBuffer())]).toEqual([104, 105])
    const problem = new Response('{"a":1}', { headers: { 'content-type': 'application/problem+json' } })
    expect(await parseResponse(binary, problem, 'x')).toMatchObject({ data: { a: 1 } })
  })

  it('gives undefined for an empty JSON or text body', async () => {
    expect(
      await parseResponse(spec, new Response('', { headers: { 'content-type': 'application/json' } }), 'x'),
    ).toMatchObject({
      data: undefined,
    })
    expect(await parseResponse(spec, new Response(null, { status: 500 }), 'x')).toMatchObject({
      error: undefined,
    })
  })

  it('throws a DecodeError with the status and a snippet for invalid JSON', async () => {
    const response = new Response(`<html>${'x'.repeat(200)}`, {
      status: 502,
      headers: { 'content-type': 'application/json' },
    })
    const error = await parseResponse(spec, response, 'GET https://api.test/zoos/1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DecodeError)
    expect(error).toMatchObject({ name: 'DecodeError', status: 502, snippet: `<html>${'x'.repeat(94)}` })
    expect((error as Error).message).toMatch(
      /^\[statusline\] Failed to decode GET https:\/\/api\.test\/zoos\/1: 502 body is not JSON: <html>x+$/,
    )
    expect((error as Error).cause).toBeInstanceOf(SyntaxError)
  })

  it('honours parseAs: stream leaves the body unread, others force a reader', async () => {
    const streamed = json({ a: 1 })
    const member = (await parseResponse(spec, streamed, 'x', 'stream')) as { data: ReadableStream }
    expect(member.data).toBe(streamed.body)
    expect(streamed.bodyUsed).toBe(false)
    expect(await new Response(member.data).json()).toEqual({ a: 1 })
    expect(await parseResponse(spec, json({ a: 1 }), 'x', 'text')).toMatchObject({ data: '{"a":1}' })
    const forced = new Response('{"a":2}', { headers: { 'content-type': 'text/plain' } })
    expect(await parseResponse(spec, forced, 'x', 'json')).toMatchObject({ data: { a: 2 } })
    const buffer = (await parseResponse(spec, json(1), 'x', 'arrayBuffer')) as { data: ArrayBuffer }
    expect(buffer.data).toBeInstanceOf(ArrayBuffer)
  })
})
