import { afterEach, describe, expect, it, vi } from 'vitest'
import { binaryBody } from './body-encoders.ts'
import { call } from './call.ts'
import { createClient } from './create-client.ts'
import { AbortError, NetworkError, StatuslineError, TimeoutError } from './errors.ts'
import type { OperationSpec } from './operation.ts'
import { writeBody } from './request-body.ts'
import { withMiddleware } from './with-middleware.ts'

const getZoo = {
  method: 'GET',
  path: '/zoos/{zId}',
  responses: { 200: {}, default: {} },
} as const satisfies OperationSpec

const putFile = {
  method: 'PUT',
  path: '/files',
  write: writeBody,
  body: { mediaType: 'application/octet-stream', encode: binaryBody },
  responses: { 204: {}, default: {} },
} as const satisfies OperationSpec

type FetchArgs = [input: RequestInfo | URL, init?: RequestInit]

/** Replaces the global fetch with a spy answering `answer(...)`; `afterEach` restores it. */
function stubFetch(answer: (...args: FetchArgs) => Promise<Response> = async () => Response.json({ ok: 1 })) {
  const spy = vi.fn(answer)
  vi.stubGlobal('fetch', spy)
  return spy
}

/** A global fetch that never answers until its init's signal aborts. */
const hanging = (_: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))
  })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('call: the global fetch, without middleware or a custom fetch', () => {
  it('takes the URL and the init as they are, with no signal when the call needs none', async () => {
    const spy = stubFetch()
    const client = createClient({ baseUrl: 'https://api.test/v1/', headers: { 'x-app': 'zoo' } })
    expect(await call(getZoo, { path: { zId: 1 } }, { client })).toMatchObject({
      status: 200,
      data: { ok: 1 },
    })
    const [input, init] = spy.mock.calls[0]!
    expect(input).toBe('https://api.test/v1/zoos/1')
    expect(init).toMatchObject({ method: 'GET', body: undefined, signal: undefined })
    expect(new Headers(init?.headers).get('x-app')).toBe('zoo')
  })

  it("passes the caller's signal as is, and a timeout's signal when there is only a timeout", async () => {
    const spy = stubFetch()
    const client = createClient({ baseUrl: 'https://api.test' })
    const controller = new AbortController()
    await call(getZoo, { path: { zId: 1 } }, { client, signal: controller.signal })
    await call(getZoo, { path: { zId: 1 } }, { client, timeout: 60_000 })
    await call(getZoo, { path: { zId: 1 } }, { client, timeout: 60_000, signal: controller.signal })
    const [first, second, third] = spy.mock.calls.map(([, init]) => init?.signal)
    expect(first).toBe(controller.signal)
    expect(second).toBeInstanceOf(AbortSignal)
    expect(second).not.toBe(controller.signal)
    expect(third).toBeInstanceOf(AbortSignal)
    expect(third).not.toBe(controller.signal)
    controller.abort()
    expect(third?.aborted).toBe(true)
    expect(second?.aborted).toBe(false)
  })

  it('takes a Request when middleware runs, the one the hooks return', async () => {
    const spy = stubFetch()
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch: withMiddleware([
        { onRequest: ({ request }) => new Request(request, { headers: { 'x-signed': 'yes' } }) },
      ]),
    })
    await call(getZoo, { path: { zId: 1 } }, { client })
    const [input, init] = spy.mock.calls[0]!
    expect(input).toBeInstanceOf(Request)
    expect((input as Request).headers.get('x-signed')).toBe('yes')
    expect(init).toBeUndefined()
  })

  it('sends a stream body (half duplex), and reports a network failure as a NetworkError', async () => {
    const spy = stubFetch(async () => new Response(null, { status: 204 }))
    const client = createClient({ baseUrl: 'https://api.test' })
    expect((await call(putFile, { body: new Blob(['raw']).stream() }, { client })).status).toBe(204)
    const [input, init] = spy.mock.calls[0]!
    expect(input).toBe('https://api.test/files')
    expect(await new Request(input, init).text()).toBe('raw')

    stubFetch(async (input, init) => {
      await new Request(input, init).text()
      throw new TypeError('fetch failed', { cause: new Error('socket hang up') })
    })
    const error = await call(putFile, { body: new Blob(['raw']).stream() }, { client }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).message).toBe(
      '[statusline] Failed to fetch PUT https://api.test/files: socket hang up',
    )
  })

  it('names the URL as Request normalises it when fetch fails', async () => {
    stubFetch(async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') })
    })
    const client = createClient({ baseUrl: 'HTTPS://API.test:443' })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as Error).message).toBe(
      '[statusline] Failed to fetch GET https://api.test/zoos/1: connect ECONNREFUSED',
    )
  })

  it('turns the timeout into a TimeoutError', async () => {
    stubFetch(hanging)
    const client = createClient({ baseUrl: 'https://api.test', timeout: 20 })
    const error = await call(getZoo, { path: { zId: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as Error).message).toBe(
      '[statusline] Failed to fetch GET https://api.test/zoos/1: timed out after 20 ms',
    )
  })

  it('retries a network failure', async () => {
    let calls = 0
    const spy = stubFetch(async () => {
      if (++calls === 1) throw new TypeError('fetch failed')
      return Response.json({ ok: 2 })
    })
    const client = createClient({ baseUrl: 'https://api.test', retry: { baseDelay: 0 } })
    expect(await call(getZoo, { path: { zId: 1 } }, { client })).toMatchObject({
      status: 200,
      data: { ok: 2 },
    })
    expect(spy).toHaveBeenCalledTimes(2)
  })
})

describe("call: what Node's fetch cannot take", () => {
  // The real fetch: both fail before any connection is made.
  it("rejects with fetch's TypeError for a URL without a base (no baseUrl outside a browser)", async () => {
    const error = await call(getZoo, { path: { zId: 1 } }, { client: createClient() }).catch(
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TypeError)
    expect(error).not.toBeInstanceOf(StatuslineError)
    expect((error as Error).message).toContain('/zoos/1')
  })

  it('still rejects with an AbortError naming the path when the caller had aborted', async () => {
    const error = await call(
      getZoo,
      { path: { zId: 1 } },
      { client: createClient(), signal: AbortSignal.abort() },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortError)
    expect((error as Error).message).toBe('[statusline] Failed to fetch GET /zoos/1: aborted')
  })

  it("rejects with fetch's TypeError for a body on GET (a hand-written descriptor that writes one)", async () => {
    const client = createClient({ baseUrl: 'https://api.test' })
    const spec = { ...getZoo, write: writeBody }
    const error = await call(spec, { path: { zId: 1 }, body: { a: 1 } }, { client }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TypeError)
    expect(error).not.toBeInstanceOf(StatuslineError)
  })
})
