/**
 * Generated SDKs against a real local HTTP server (no mocks): each kind of result member is decoded
 * (declared status, range, default, undeclared, no content, text, typed headers), and parameters reach
 * the wire serialised per their style.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { generateInto } from '../helpers/generate-into.ts'

/** What the server answers next, and what it received last. */
interface Exchange {
  answer: { status: number; headers?: Record<string, string>; body?: string }
  received?: { method: string; url: string; headers: IncomingMessage['headers']; body: string }
}
const exchange: Exchange = { answer: { status: 200 } }

const server: Server = createServer((req, res) => {
  let body = ''
  req.on('data', (chunk: Buffer) => {
    body += chunk.toString('utf8')
  })
  req.on('end', () => {
    exchange.received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }
    const { status, headers = {}, body: out } = exchange.answer
    res.writeHead(status, headers)
    res.end(out)
  })
})
// Listening before the suites are collected: their SDK clients need the port.
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
afterAll(() => new Promise<void>((done) => server.close(() => done())))

const json = (status: number, value: unknown, headers: Record<string, string> = {}): Exchange['answer'] => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
})

type Member = { ok: boolean; status: number; key: unknown; data?: unknown; error?: unknown; headers: object }
type Sdk = Record<string, (params?: object) => Promise<Member>>

async function loadSdk(spec: string, label: string): Promise<Sdk> {
  const { dir } = await generateInto(spec, label)
  const mod = (await import(`${dir}client.js`)) as { createClient(o: object): Sdk }
  return mod.createClient({ baseUrl })
}

describe('status keys', async () => {
  const sdk = await loadSdk('specs/features/status-keys.yaml', 'http-status-keys')

  it.each([
    ['a declared literal', json(200, { id: 1, name: 'a' }), { ok: true, status: 200, key: 200 }],
    ['the literal beside its range', json(404, { message: 'no' }), { ok: false, status: 404, key: 404 }],
    ['a status the range covers', json(418, { message: 'teapot' }), { ok: false, status: 418, key: '4XX' }],
    ['a 5XX status', json(503, { message: 'down' }), { ok: false, status: 503, key: '5XX' }],
    ['an undeclared status', json(302, { x: 1 }), { ok: false, status: 302, key: 'default' }],
  ] as const)('decodes %s', async (_, answer, want) => {
    exchange.answer = answer
    const res = await sdk.getRangeBesideLiteral!()
    expect(res).toMatchObject(want)
    expect(res.ok ? res.data : res.error).toEqual(JSON.parse(answer.body ?? 'null'))
  })

  it('maps every status to default when only default is declared', async () => {
    exchange.answer = json(200, { ok: 1 })
    expect(await sdk.getDefaultOnly!()).toMatchObject({ ok: true, key: 'default', data: { ok: 1 } })
    exchange.answer = json(500, { bad: 1 })
    expect(await sdk.getDefaultOnly!()).toMatchObject({ ok: false, key: 'default', error: { bad: 1 } })
  })

  it('never reads the body of 204, 205 and 304', async () => {
    exchange.answer = { status: 204 }
    expect(await sdk.deleteNoContent!()).toMatchObject({ ok: true, status: 204, data: undefined })
    exchange.answer = { status: 205 }
    expect(await sdk.postReset!()).toMatchObject({ ok: true, status: 205, data: undefined })
    exchange.answer = { status: 304, headers: { etag: '"v2"' } }
    const notModified = await sdk.getConditional!({ header: { 'If-None-Match': '"v1"' } })
    expect(notModified).toMatchObject({ ok: false, status: 304, error: undefined, headers: { etag: '"v2"' } })
    expect(exchange.received?.headers['if-none-match']).toBe('"v1"')
  })

  it('gives declared headers under lower-case names', async () => {
    exchange.answer = json(200, { id: 1, name: 'a' }, { ETag: '"abc"' })
    const res = await sdk.getConditional!()
    expect(res.headers).toEqual({ etag: '"abc"' })
  })
})

describe('bodies', async () => {
  const sdk = await loadSdk('specs/features/bodies.yaml', 'http-bodies')

  it('decodes text/plain as a string and sends text', async () => {
    exchange.answer = { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'hello' }
    const res = await sdk.postText!({ body: 'ping' })
    expect(res).toMatchObject({ ok: true, status: 200, data: 'hello' })
    expect(exchange.received?.headers['content-type']).toMatch(/^text\/plain/)
    expect(exchange.received?.body).toBe('ping')
  })

  it('decodes vendor +json types as JSON', async () => {
    exchange.answer = json(200, { id: 'w1' }, { 'content-type': 'application/vnd.example.widget+json' })
    const res = await sdk.postVendorJson!({ body: { name: 'w' } })
    expect(res).toMatchObject({ ok: true, data: { id: 'w1' } })
    expect(exchange.received?.headers['content-type']).toBe('application/vnd.example.widget+json')
  })
})

describe('a wildcard media type with a JSON schema (Springfox)', async () => {
  const sdk = await loadSdk('specs/features/bodies.yaml', 'http-bodies-wildcard')

  it('sends JSON as application/json and decodes the JSON answer', async () => {
    exchange.answer = json(200, { id: 2, name: 'b' })
    const res = await sdk.postWildcardJson!({ body: { name: 'b' } })
    expect(res).toMatchObject({ ok: true, status: 200, data: { id: 2, name: 'b' } })
    expect(exchange.received?.headers['content-type']).toBe('application/json')
    expect(exchange.received?.body).toBe('{"name":"b"}')
  })

  it('sends binary data of `*/*` as the type of the data (a range is no Content-Type)', async () => {
    exchange.answer = { status: 204 }
    await sdk.postAnyBody!({ body: new Blob(['<svg/>'], { type: 'image/svg+xml' }) })
    expect(exchange.received?.headers['content-type']).toBe('image/svg+xml')
    expect(exchange.received?.body).toBe('<svg/>')
    await sdk.postAnyBody!({ body: new Uint8Array([104, 105]) })
    expect(exchange.received?.headers['content-type']).toBeUndefined()
    expect(exchange.received?.body).toBe('hi')
  })
})

describe('parameters on the wire', async () => {
  const sdk = await loadSdk('specs/features/parameters.yaml', 'http-parameters')

  it('percent-encodes path parameters', async () => {
    exchange.answer = { status: 204 }
    await sdk.pathSimple!({ path: { prim: 'a/b c', arr: ['x', 'y'], obj: { R: 1, G: 2 } } })
    expect(exchange.received?.url).toBe('/path/simple/a%2Fb%20c/x,y/R,1,G,2')
  })

  it('serialises query arrays and objects per style and explode', async () => {
    exchange.answer = { status: 204 }
    await sdk.queryStyles!({
      query: {
        q: 'x y',
        arr: ['a', 'b'],
        arrNoExplode: ['a', 'b'],
        obj: { R: 1, G: 2 },
        pipeArr: ['a', 'b'],
      },
    })
    const url = new URL(exchange.received?.url ?? '', baseUrl)
    expect(url.searchParams.get('q')).toBe('x y')
    expect(url.searchParams.getAll('arr')).toEqual(['a', 'b'])
    expect(url.searchParams.get('arrNoExplode')).toBe('a,b')
    expect(url.searchParams.get('R')).toBe('1')
    expect(url.searchParams.get('pipeArr')).toBe('a|b')
  })
})
