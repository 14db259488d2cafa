import { afterEach, describe, expect, it, vi } from 'vitest'
import { call } from './call.ts'
import { createClient, setDefaultClient } from './create-client.ts'
import { apiKeyCredential, tokenCredential } from './credentials.ts'
import { simple } from './default-styles.ts'
import { AbortError, NetworkError, StatuslineError, TimeoutError } from './errors.ts'
import type { OperationSpec } from './operation.ts'
import type { Middleware } from './options.ts'
import { writeParams } from './request-params.ts'
import { withMiddleware } from './with-middleware.ts'

const getZoo = {
  method: 'GET',
  path: '/zoos/{zId}',
  responses: { 200: {}, 404: {}, default: {} },
  security: [['bearerAuth'], ['apiKeyQuery']],
} as const satisfies OperationSpec

const securitySchemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', apply: tokenCredential },
  apiKeyQuery: { type: 'apiKey', in: 'query', name: 'key', apply: apiKeyCredential },
} as const

/** A fetch that records each request and answers with `answer(request)`. */
function recording(
  answer: (request: Request) => Response | Promise<Response> = () => Response.json({ ok: 1 }),
) {
  const requests: Request[] = []
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request)
    return answer(request)
  })
  return { fetch, requests }
}

/** A fetch that never answers until its request is aborted. */
const hanging = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason))
  })

afterEach(() => {
  setDefaultClient(undefined)
})

describe('call: clients', () => {
  it('calls through options.client and decodes the member', async () => {
    const { fetch, requests } = recording()
    const client = createClient({ baseUrl: 'https://api.test/v1/', fetch })
    const res = await call(getZoo, { path: { zId: 1 } }, { client })
    expect(res).toMatchObject({ ok: true, status: 200, key: 200, data: { ok: 1 } })
    expect(requests[0]!.method).toBe('GET')
    expect(requests[0]!.url).toBe('https://api.test/v1/zoos/1')
  })

  it.each([
    ['https://api.test/v1?code=k', {}, 'https://api.test/v1/zoos/1?code=k'],
    ['https://api.test/v1/?code=k#top', { q: 'a b' }, 'https://api.test/v1/zoos/1?code=k&q=a%20b'],
    ['https://api.test/v1#top', { q: 1 }, 'https://api.test/v1/zoos/1?q=1'],
  ])(
    'keeps the query of baseUrl %s before the call’s own, and drops its fragment',
    async (baseUrl, query, url) => {
      const { fetch, requests } = recording()
      const spec = { method: 'GET', path: '/zoos/{zId}', write: writeParams, responses: { 200: {} } } as const
      await call(spec, { path: { zId: 1 }, query }, { client: createClient({ baseUrl, fetch }) })
      expect(requests[0]!.url).toBe(url)
    },
  )

  it('falls back to the default client', async () => {
    const { fetch } = recording()
    setDefaultClient(createClient({ baseUrl: 'https://api.test', fetch }))
    expect((await call(getZoo, { path: { zId: 1 } })).status).toBe(200)
  })

  it('takes null params, path parameters and options from JavaScript callers as none', async () => {
    const { fetch, requests } = recording()
    setDefaultClient(createClient({ baseUrl: 'https://api.test', fetch }))
    const listZoos = { method: 'GET', path: '/zoos', responses: { 200: {} } } as const
    expect((await call(listZoos, null, null)).status).toBe(200)
    expect(requests[0]!.url).toBe('https://api.test/zoos')
    await expect(call(getZoo, { path: null } as never)).rejects.toThrow(
      '[statusline] Failed to build GET /zoos/{zId}: path parameter "zId" is missing',
    )
  })

  it('throws a clear error without any client', async () => {
    await expect(call(getZoo, { path: { zId: 1 } })).rejects.toThrow(
      '[statusline] Failed to call GET /zoos/{zId}: no client (pass options.client or setDefaultClient)',
    )
  })

  it('looks globalThis.fetch up at call time', async () => {
    const { fetch } = recording()
    const client = createClient({ baseUrl: 'https://api.test' })
    vi.stubGlobal('fetch', fetch)
    try {
      await call(getZoo, { path: { zId: 1 } }, { client })
    } finally {
      vi.unstubAllGlobals()
    }
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('lets a call override fetch, add headers and merge auth over the client', async () => {
    const clientFetch = recording()
    const callFetch = recording()
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch: clientFetch.fetch,
      headers: { 'x-app': 'zoo' },
      securitySchemes,
      auth: { apiKeyQuery: 'k' },
    })
    await call(getZoo, { path: { zId: 1 } }, { client, fetch: callFetch.fetch, headers: { 'x-call': '1' } })
    await call(getZoo, { path: { zId: 2 } }, { client, fetch: callFetch.fetch, auth: { bearer: 't' } })
    expect(clientFetch.fetch).not.toHaveBeenCalled()
    const [first, second] = callFetch.requests
    expect([first!.url, first!.headers.get('x-app'), first!.headers.get('x-call')]).toEqual([
      'https://api.test/zoos/1?key=k',
      'zoo',
      '1',
    ])
    expect([second!.url, second!.headers.get('authorization')]).toEqual([
      'https://api.test/zoos/2',
      'Bearer t',
    ])
  })

  it('runs an async token provider before every attempt (refresh flows)', async () => {
    let n = 0
    const { fetch, requests } = recording((request) =>
      request.headers.get('authorization') === 'Bearer t2'
        ? Response.json({})
        : new Response(null, { status: 503 }),
    )
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch,
      securitySchemes,
      auth: { bearer: async () => `t${++n}` },
      retry: { baseDelay: 0 },
    })
    expect((await call(getZoo, { path: { zId: 1 } }, { client })).status).toBe(200)
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2'])
  })

  it('resolves a 204 declared empty without reading its body', async () => {
    let reads = 0
    const read = () => {
      reads++
      throw new Error('the body was read')
    }
    const noContent = {
      status: 204,
      ok: true,
      headers: new Headers({ 'content-type': 'application/json' }),
      text: read,
      json: read,
      blob: read,
      arrayBuffer: read,
    } as unknown as Response
    const client = createClient({ baseUrl: 'https://api.test', fetch: async () => noContent })
    const spec = { method: 'DELETE', path: '/zoos/1', responses: { 204: { empty: true }, default: {} } }
    expect(await call(spec, {}, { client })).toMatchObject({
      ok: true,
      status: 204,
      key: 204,
      data: undefined,
    })
    expect(reads).toBe(0)
  })

  it('lets unwrap name the URL fetch answered', async () => {
    const { unwrap } = await import('./unwrap.ts')
    const answer = Response.json({}, { status: 404 })
    Object.defineProperty(answer, 'url', { value: 'https://api.test/zoos/1' })
    const client = createClient({ baseUrl: 'https://api.test', fetch: async () => answer })
    await expect(unwrap(call(getZoo, { path: { zId: 1 } }, { client }))).rejects.toThrow(
      '[statusline] Failed to unwrap: https://api.test/zoos/1 answered 404',
    )
  })
})

describe('call: failures without a status', () => {
  it('turns a network failure into a NetworkError naming the request and the reason', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:1') })
    }
    const client = createClient({ baseUrl: 'https://api.test', fetch })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error).toBeInstanceOf(StatuslineError)
    expect(error).toMatchObject({
      name: 'NetworkError',
      message: '[statusline] Failed to fetch GET https://api.test/zoos/1: connect ECONNREFUSED 127.0.0.1:1',
    })
    expect((error as Error).cause).toBeInstanceOf(TypeError)
  })

  it('turns the timeout into a TimeoutError', async () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: hanging, timeout: 20 })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toBe(
      '[statusline] Failed to fetch GET https://api.test/zoos/1: timed out after 20 ms',
    )
  })

  it('turns the caller aborting into an AbortError, before or during the call', async () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: hanging })
    const controller = new AbortController()
    const pending = call(getZoo, { path: { zId: 1 } }, { client, signal: controller.signal })
    setTimeout(() => controller.abort(), 5)
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortError)
    expect((error as Error).message).toBe('[statusline] Failed to fetch GET https://api.test/zoos/1: aborted')
    await expect(
      call(getZoo, { path: { zId: 1 } }, { client, signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(AbortError)
  })

  it('treats a caller signal that times out as a timeout', async () => {
    const client = createClient({ baseUrl: 'https://api.test', fetch: hanging })
    const error = await call(getZoo, { path: { zId: 1 } }, { client, signal: AbortSignal.timeout(10) }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toBe(
      '[statusline] Failed to fetch GET https://api.test/zoos/1: timed out',
    )
  })

  it('gives the three failures distinct classes', () => {
    const classes = [NetworkError, TimeoutError, AbortError]
    for (const a of classes) for (const b of classes) expect(new a('x') instanceof b).toBe(a === b)
  })

  it('bounds retries and their waits by the timeout', async () => {
    const fetch = async () => new Response(null, { status: 503, headers: { 'retry-after': '10' } })
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: true, timeout: 30 })
    const started = Date.now()
    await expect(call(getZoo, { path: { zId: 1 } }, { client })).rejects.toBeInstanceOf(TimeoutError)
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('aborts while reading a slow body', async () => {
    const fetch = async (request: Request) => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'))
          request.signal.addEventListener('abort', () => controller.error(request.signal.reason))
        },
      })
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    }
    const client = createClient({ baseUrl: 'https://api.test', fetch, timeout: 20 })
    await expect(call(getZoo, { path: { zId: 1 } }, { client })).rejects.toBeInstanceOf(TimeoutError)
  })

  it('reports a missing path parameter before fetching', async () => {
    const { fetch } = recording()
    const client = createClient({ baseUrl: 'https://api.test', fetch })
    await expect(call(getZoo, { path: {} }, { client })).rejects.toThrow('path parameter "zId" is missing')
    expect(fetch).not.toHaveBeenCalled()
  })

  it.each([
    ['', ''],
    ['.', '.'],
    ['..', '..'],
    [[], ''],
  ])('refuses a path parameter %j, written "%s", which would request another path', async (zId, text) => {
    const { fetch } = recording()
    const client = createClient({ baseUrl: 'https://api.test/v1', fetch })
    const spec = { ...getZoo, params: { zId: { in: 'path', style: simple } } } as const
    await expect(call(spec, { path: { zId } }, { client })).rejects.toThrow(
      `[statusline] Failed to build GET /zoos/{zId}: path parameter "zId" is "${text}"`,
    )
    expect(fetch).not.toHaveBeenCalled()
  })
})

describe('call: middleware', () => {
  it('runs onRequest in order and onResponse in reverse order around fetch', async () => {
    const events: string[] = []
    const tag = (name: string): Middleware => ({
      onRequest: ({ attempt }) => {
        events.push(`${name}.onRequest#${attempt}`)
      },
      onResponse: ({ response }) => {
        events.push(`${name}.onResponse ${response.status}`)
      },
    })
    const fetch = async () => {
      events.push('fetch')
      return Response.json({})
    }
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch: withMiddleware([tag('a'), tag('b')], fetch),
    })
    await call(getZoo, { path: { zId: 1 } }, { client })
    expect(events).toEqual([
      'a.onRequest#1',
      'b.onRequest#1',
      'fetch',
      'b.onResponse 200',
      'a.onResponse 200',
    ])
  })

  it('lets onRequest replace the request and onResponse replace the response', async () => {
    const { fetch, requests } = recording()
    const middleware: Middleware[] = [
      { onRequest: ({ request }) => new Request(request, { headers: { 'x-signed': 'yes' } }) },
      { onResponse: () => Response.json({ replaced: true }, { status: 404 }) },
    ]
    const client = createClient({ baseUrl: 'https://api.test', fetch: withMiddleware(middleware, fetch) })
    const res = await call(getZoo, { path: { zId: 1 } }, { client })
    expect(requests[0]!.headers.get('x-signed')).toBe('yes')
    expect(res).toMatchObject({ ok: false, status: 404, key: 404, error: { replaced: true } })
  })

  it('passes failures to onError, which can recover with a response', async () => {
    const seen: unknown[] = []
    const fetch = async () => {
      throw new TypeError('offline')
    }
    const middleware: Middleware[] = [
      { onResponse: ({ response }) => void seen.push(`outer sees ${response.status}`) },
      {
        onError: ({ error }) => {
          seen.push(error)
          return Response.json({ cached: true })
        },
      },
    ]
    const client = createClient({ baseUrl: 'https://api.test', fetch: withMiddleware(middleware, fetch) })
    expect(await call(getZoo, { path: { zId: 1 } }, { client })).toMatchObject({
      status: 200,
      data: { cached: true },
    })
    expect(seen[0]).toBeInstanceOf(NetworkError)
    expect(seen[1]).toBe('outer sees 200')
  })

  it('reports an error a hook throws as a NetworkError whose cause it is', async () => {
    const { fetch } = recording()
    const refused = new Error('no session')
    const onRequest = () => {
      throw refused
    }
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch: withMiddleware([{ onRequest }], fetch),
    })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).cause).toBe(refused)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('classifies a timeout for onError, and the caller gets the same TimeoutError', async () => {
    const seen: unknown[] = []
    const client = createClient({
      baseUrl: 'https://api.test',
      timeout: 20,
      fetch: withMiddleware([{ onError: ({ error }) => void seen.push(error) }], hanging),
    })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect(seen).toEqual([error])
  })

  it('rethrows the failure when no onError recovers', async () => {
    const onError = vi.fn()
    const fetch = async () => {
      throw new TypeError('offline')
    }
    const client = createClient({ baseUrl: 'https://api.test', fetch: withMiddleware([{ onError }], fetch) })
    await expect(call(getZoo, { path: { zId: 1 } }, { client })).rejects.toBeInstanceOf(NetworkError)
    expect(onError).toHaveBeenCalledTimes(1)
  })
})
