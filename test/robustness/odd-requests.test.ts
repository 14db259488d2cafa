/**
 * Odd requests to the mock server (in process, over HTTP): `Prefer` directives it cannot follow, a
 * scalar query parameter given twice, interim (1xx) statuses, unsendable headers and endless delays
 * scripted through the admin API, a body in a charset or content coding the mock cannot decode, a Host
 * header, request target or method that makes no fetch Request (the zoo spec), multipart bodies that
 * do not parse (the Swagger 2.0 petstore) and a deepObject parameter written as a plain one (People).
 * Each must get a clear answer naming the problem, never a silent wrong answer nor a response the
 * client waits on forever.
 */

import { request as httpRequest } from 'node:http'
import { createMock } from '@statusline/mock'
import { type MockServer, startMockServer } from '@statusline/mock/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { specMockData } from '../helpers/zoo-mock-data.ts'
import { rawRequest } from './helpers/raw-http.ts'

let server: MockServer

beforeAll(async () => {
  server = await startMockServer({ mock: createMock(await specMockData(), { baseUrl: '/v1' }), port: 0 })
})
afterEach(() => server.controls().reset())
afterAll(async () => {
  await server?.close()
})

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.apiUrl}${path}`, { headers, signal: AbortSignal.timeout(5000) })
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() }
}

describe('the Prefer header', () => {
  it('answers the example it names', async () => {
    const res = await get('/zoos/1', { prefer: 'example=small' })
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body)).toMatchObject({ id: 7, name: 'Tallinn Zoo' })
  })

  it.each([
    ['example=nope', 'example=nope names no example of the getZoo 200 response (it has "berlin", "small")'],
    [
      'code=404, example=berlin',
      'example=berlin names no example of the getZoo 404 response (it has "default")',
    ],
    ['code=abc', 'code=abc is not a final HTTP status (an integer 200–599)'],
    ['code=99', 'code=99 is not a final HTTP status (an integer 200–599)'],
    ['code=100', 'code=100 is not a final HTTP status (an integer 200–599)'],
    ['code=999', 'code=999 is not a final HTTP status (an integer 200–599)'],
    ['dynamic=maybe', 'dynamic=maybe is not true or false'],
  ])('answers %j, which it cannot follow, with 400 naming the directive', async (prefer, reason) => {
    const res = await get('/zoos/1', { prefer })
    expect(res).toMatchObject({ status: 400, type: 'application/problem+json' })
    expect(JSON.parse(res.body).detail).toBe(`[statusline] Failed to follow the Prefer header: ${reason}.`)
  })

  it('follows the first of a directive given twice (RFC 7240 §2)', async () => {
    expect((await get('/zoos/1', { prefer: 'code=404, code=200' })).status).toBe(404)
  })

  it('leaves other preferences alone', async () => {
    expect((await get('/zoos/1', { prefer: 'return=minimal, respond-async, code=404' })).status).toBe(404)
  })
})

describe('query parameters', () => {
  it('answers a scalar parameter given twice with 400, since only exploded arrays repeat', async () => {
    const res = await get('/zoos?limit=1&limit=2')
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).error).toBe('query.limit: is given 2 times; it takes one value (form style)')
  })
})

describe('interim statuses', () => {
  it('refuses a 1xx scenario over the admin API, which would leave the client waiting', async () => {
    for (const status of [100, 101, 103]) {
      const res = await fetch(`${server.adminUrl}/scenarios/getZoo`, {
        method: 'PUT',
        body: JSON.stringify({ status, force: true }),
      })
      expect(res.status).toBe(400)
      expect(await res.text()).toContain(`must be a final HTTP status (an integer 200–599), got ${status}`)
    }
    expect((await get('/zoos/1')).status).toBe(200)
  })

  it('refuses a 1xx scenario in code', async () => {
    const mock = createMock(await specMockData())
    expect(() => mock.forceScenario('getZoo', 101)).toThrow(
      '[statusline] Failed to script getZoo: 101 is not a final HTTP status (an integer 200–599)',
    )
  })
})

describe('scenarios the mock could not answer', () => {
  it.each([
    [{ 'bad name': 'x' }, 'header "bad name" is not a valid header name'],
    [{ 'x-a': 'a\r\nb' }, 'header "x-a" cannot carry "a\\r\\nb" (no CR, LF or NUL; Latin-1 text only)'],
    [{ 'x-a': '€' }, 'header "x-a" cannot carry "€" (no CR, LF or NUL; Latin-1 text only)'],
    [{ 'Content-Length': '5' }, 'header "Content-Length" is set by the mock from the body it sends'],
  ])(
    'refuses headers %j when scripted, rather than answering every request with 500',
    async (headers, reason) => {
      const res = await fetch(`${server.adminUrl}/scenarios/getZoo`, {
        method: 'PUT',
        body: JSON.stringify({ status: 200, headers }),
      })
      expect(res.status).toBe(400)
      expect((await res.json()).detail).toBe(`[statusline] Failed to script getZoo: ${reason}`)
      expect((await get('/zoos/1')).status).toBe(200)
    },
  )

  it('refuses a delay longer than a timer can wait, rather than answering 500', async () => {
    const res = await fetch(`${server.adminUrl}/scenarios/getZoo`, {
      method: 'PUT',
      body: JSON.stringify({ status: 200, delay: 3_000_000_000 }),
    })
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toBe(
      '[statusline] Failed to script getZoo: `delay` must be a number of milliseconds from 0 to 2147483647, got 3000000000',
    )
    expect((await get('/zoos/1')).status).toBe(200)
  })
})

describe('request bodies', () => {
  it('answers 415 naming a Content-Encoding it does not decode, rather than misreading the body', async () => {
    for (const coding of ['gzip', 'br']) {
      const res = await fetch(`${server.apiUrl}/zoos`, {
        method: 'POST',
        headers: {
          authorization: 'Bearer t0ken',
          'content-type': 'application/json',
          'content-encoding': coding,
        },
        body: '{"code":"ABC-123","name":"Zoo","city":"Berlin","country":"DE"}',
      })
      expect(res.status).toBe(415)
      expect((await res.json()).detail).toBe(
        `header.Content-Encoding: ${coding} is not supported; send the body without a content coding`,
      )
    }
  })

  it('answers 415 naming a charset it cannot decode, rather than calling the body invalid', async () => {
    const res = await fetch(`${server.apiUrl}/zoos`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json; charset=bogus' },
      body: '{"code":"ABC-123","name":"Zoo","city":"Berlin","country":"DE"}',
    })
    expect(res.status).toBe(415)
    expect((await res.json()).detail).toBe(
      'header.Content-Type: charset=bogus is not a character encoding the mock can read',
    )
  })
})

/** What a `node:http` client sees of a request sent with `Expect: 100-continue`. */
interface ContinueExchange {
  /** Whether the server invited the body with `100 Continue` (and the client then sent it). */
  readonly continued: boolean
  readonly status: number
  readonly type: string | undefined
  readonly connection: string | undefined
  readonly body: string
}

/** Sends a request with `Expect: 100-continue`, writing `body` only once the server answers 100. */
function withExpect(url: string, method: string, headers: Record<string, string>, body: string) {
  return new Promise<ContinueExchange>((resolve, reject) => {
    let continued = false
    const req = httpRequest(url, { method, agent: false, headers: { ...headers, expect: '100-continue' } })
    req.setTimeout(5000, () => req.destroy(new Error('no answer in 5 s')))
    req.on('continue', () => {
      continued = true
      req.end(body)
    })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        text += chunk
      })
      res.on('end', () => {
        resolve({
          continued,
          status: res.statusCode ?? 0,
          type: res.headers['content-type'],
          connection: res.headers.connection,
          body: text,
        })
        req.destroy()
      })
    })
    req.on('error', reject)
    req.flushHeaders()
  })
}

describe('Expect: 100-continue', () => {
  const zoo = '{"code":"ABC-123","name":"Zoo","city":"Berlin","country":"DE"}'
  const headers = { authorization: 'Bearer t0ken', 'content-type': 'application/json' }

  it('answers 413 before the body is sent when its Content-Length is over the limit', async () => {
    const res = await withExpect(
      `${server.apiUrl}/zoos`,
      'POST',
      { ...headers, 'content-length': '5000000' },
      '',
    )
    expect(res).toMatchObject({ continued: false, status: 413, type: 'application/problem+json' })
    expect(JSON.parse(res.body).detail).toBe('body: is larger than the limit of 1048576 bytes')
    // The body it announced is never read: the connection cannot carry another request.
    expect(res.connection).toBe('close')
    const admin = await withExpect(
      `${server.adminUrl}/scenarios/getZoo`,
      'PUT',
      { 'content-length': String(2 * 1024 * 1024) },
      '',
    )
    expect(admin).toMatchObject({ continued: false, status: 413, type: 'application/problem+json' })
    expect(JSON.parse(admin.body).detail).toBe(
      '[statusline] Failed to read the request body: it is over 1048576 bytes',
    )
  })

  it('invites a body it reads with 100 Continue, then answers it as usual', async () => {
    const res = await withExpect(
      `${server.apiUrl}/zoos`,
      'POST',
      { ...headers, 'content-length': String(Buffer.byteLength(zoo)) },
      zoo,
    )
    expect(res).toMatchObject({ continued: true, status: 201 })
    expect(JSON.parse(res.body)).toMatchObject({ code: expect.any(String) })
    const admin = await withExpect(`${server.adminUrl}/scenarios/getZoo`, 'PUT', {}, '{"status":404}')
    expect(admin).toMatchObject({ continued: true, status: 200 })
    expect((await get('/zoos/1')).status).toBe(404)
  })
})

describe('request targets, Host headers and methods that make no fetch Request', () => {
  it.each([
    ['GET /v1/zoos/1', 'a b', 'the Host header "a b" is no host[:port]'],
    ['GET /v1/zoos/1', '[::1', 'the Host header "[::1" is no host[:port]'],
    ['GET /v1/zoos/1', 'x:99999', 'the Host header "x:99999" is no host[:port]'],
    ['GET *', 'x', 'the request target "*" is neither a path nor an absolute URL'],
  ])('answers %s with Host: %s with 400 naming it', async (line, host, reason) => {
    const res = await rawRequest(
      server.port,
      `${line} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
    )
    expect(res.status).toBe(400)
    expect(JSON.parse(res.body).detail).toBe(`[statusline] Failed to answer ${line}: ${reason}`)
  })

  it('answers CONNECT, which Node hands over apart, with 501 rather than closing the connection', async () => {
    const res = await rawRequest(
      server.port,
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
    )
    expect(res.status).toBe(501)
    expect(JSON.parse(res.body).detail).toBe(
      '[statusline] Failed to answer CONNECT example.com:443: the mock does not implement CONNECT',
    )
  })

  it.each(['TRACE'])('answers %s, which fetch forbids, with 501 naming it', async (method) => {
    const res = await rawRequest(
      server.port,
      `${method} /v1/zoos/1 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`,
    )
    expect(res.status).toBe(501)
    expect(JSON.parse(res.body).detail).toBe(
      `[statusline] Failed to answer ${method} /v1/zoos/1: the mock does not implement ${method} (fetch forbids it)`,
    )
  })
})

describe('multipart bodies (the Swagger 2.0 petstore)', () => {
  let petstore: MockServer
  beforeAll(async () => {
    const data = await specMockData('petstore-v2.yaml')
    petstore = await startMockServer({ mock: createMock(data, { baseUrl: '/v2' }), port: 0 })
  })
  afterAll(async () => {
    await petstore?.close()
  })

  async function upload(contentType: string, body: string) {
    const res = await fetch(`${petstore.apiUrl}/pets/1/photos`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'content-type': contentType },
      body,
    })
    return { status: res.status, message: (await res.json()).message }
  }

  it('names the missing boundary of the Content-Type', async () => {
    expect(await upload('multipart/form-data', 'garbage')).toEqual({
      status: 400,
      message: 'body: malformed multipart body: its Content-Type names no boundary',
    })
  })

  it('names the boundary the parts do not follow', async () => {
    const unterminated = '--XX\r\nContent-Disposition: form-data; name="caption"\r\n\r\nhi\r\n'
    const res = await upload('multipart/form-data; boundary="XX"', unterminated)
    expect(res.status).toBe(400)
    expect(res.message).toMatch(
      /^body: malformed multipart body: its parts do not follow boundary XX \(.+\)$/,
    )
  })
})

describe('deepObject parameters (the People API)', () => {
  let people: MockServer
  beforeAll(async () => {
    const data = await specMockData('people.yaml')
    people = await startMockServer({ mock: createMock(data, { baseUrl: '/api' }), port: 0 })
  })
  afterAll(async () => {
    await people?.close()
  })

  it('answers 400 for a deepObject parameter written as a plain one, which it ignored', async () => {
    const res = await fetch(`${people.apiUrl}/people?filter=Smith`, { headers: { 'x-api-key': 'k' } })
    expect(res.status).toBe(400)
    expect((await res.json()).detail).toBe(
      'query.filter: must be written filter[key]=value (deepObject style)',
    )
  })
})
