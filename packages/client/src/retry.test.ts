import { getEventListeners } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { binaryBody } from './body-encoders.ts'
import { call } from './call.ts'
import { createClient } from './create-client.ts'
import type { OperationSpec } from './operation.ts'
import { writeBody } from './request-body.ts'
import { retryDelay, shouldRetry } from './retry.ts'

const withRetryAfter = (value: string) =>
  new Response(null, { status: 503, headers: { 'retry-after': value } })

describe('retryDelay', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2025, 0, 1, 12, 0, 0) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('backs off exponentially from baseDelay, capped by maxDelay', () => {
    const policy = { baseDelay: 100, maxDelay: 1000, jitter: false }
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelay(policy, attempt, undefined))).toEqual([
      100, 200, 400, 800, 1000,
    ])
    expect(retryDelay({ jitter: false }, 1, undefined)).toBe(300)
  })

  it('jitters within [delay/2, delay]', () => {
    const random = vi.spyOn(Math, 'random')
    random.mockReturnValueOnce(0).mockReturnValueOnce(0.999999)
    expect(retryDelay({ baseDelay: 1000 }, 1, undefined)).toBe(500)
    expect(retryDelay({ baseDelay: 1000 }, 1, undefined)).toBeCloseTo(1000, 2)
    random.mockRestore()
  })

  it('honours Retry-After in seconds, without jitter, capped by maxDelay', () => {
    expect(retryDelay({}, 1, withRetryAfter('2'))).toBe(2000)
    expect(retryDelay({}, 3, withRetryAfter('0'))).toBe(0)
    expect(retryDelay({ maxDelay: 5000 }, 1, withRetryAfter('120'))).toBe(5000)
  })

  it('honours Retry-After as an HTTP-date; a past date means no wait', () => {
    expect(retryDelay({}, 1, withRetryAfter('Wed, 01 Jan 2025 12:00:07 GMT'))).toBe(7000)
    expect(retryDelay({}, 1, withRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT'))).toBe(0)
  })

  it('falls back to backoff when Retry-After does not parse', () => {
    expect(retryDelay({ jitter: false }, 2, withRetryAfter('soon'))).toBe(600)
    // Negative seconds are neither delay-seconds nor an HTTP-date (Date.parse reads '-5' as a year).
    expect(retryDelay({ jitter: false }, 2, withRetryAfter('-5'))).toBe(600)
  })
})

describe('shouldRetry', () => {
  const busy = new Response(null, { status: 503 })
  it('retries the default statuses of idempotent methods while attempts remain', () => {
    expect(shouldRetry({}, 'GET', 1, busy, undefined)).toBe(true)
    expect(shouldRetry({}, 'GET', 3, busy, undefined)).toBe(false)
    expect(shouldRetry({}, 'POST', 1, busy, undefined)).toBe(false)
    expect(shouldRetry({}, 'PATCH', 1, busy, undefined)).toBe(false)
    expect(shouldRetry({}, 'GET', 1, new Response(null, { status: 500 }), undefined)).toBe(false)
    expect(
      shouldRetry(
        { statuses: [500], methods: ['POST'] },
        'POST',
        1,
        new Response(null, { status: 500 }),
        undefined,
      ),
    ).toBe(true)
  })
})

describe('call with retries', () => {
  const getZoo: OperationSpec = {
    method: 'GET',
    path: '/zoos/{zId}',
    responses: { 200: {}, 503: {}, default: {} },
  }

  beforeEach(() => {
    vi.useFakeTimers({ now: Date.UTC(2025, 0, 1, 12, 0, 0) })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A fetch answering with the given statuses in turn, recording when each attempt happened. */
  function sequence(...answers: (number | Error | (() => Response))[]) {
    const times: number[] = []
    const fetch = vi.fn(async (_request: Request) => {
      times.push(Date.now())
      const next = answers.length > 1 ? answers.shift()! : answers[0]!
      if (next instanceof Error) throw next
      return typeof next === 'function' ? next() : Response.json({ status: next }, { status: next })
    })
    return { fetch, gaps: () => times.slice(1).map((t, i) => t - times[i]!) }
  }

  it('retries 503 → 503 → 200 with exponential backoff', async () => {
    const { fetch, gaps } = sequence(503, 503, 200)
    const client = createClient({
      baseUrl: 'https://api.test',
      fetch,
      retry: { baseDelay: 100, jitter: false },
    })
    const pending = call(getZoo, { path: { zId: 1 } }, { client })
    await vi.runAllTimersAsync()
    expect(await pending).toMatchObject({ status: 200, data: { status: 200 } })
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(gaps()).toEqual([100, 200])
  })

  it("leaves no abort listener on the caller's signal once the waits are over", async () => {
    // The global fetch, so that no `Request` (which follows the signal until collected) is built.
    const { fetch } = sequence(503, 503, 200, 503, 200)
    vi.stubGlobal('fetch', fetch)
    const client = createClient({ baseUrl: 'https://api.test', retry: { baseDelay: 1 } })
    // One signal for the life of a page, shared by many calls that retry.
    const { signal } = new AbortController()
    try {
      for (let i = 0; i < 2; i++) {
        const pending = call(getZoo, { path: { zId: 1 } }, { client, signal })
        await vi.runAllTimersAsync()
        expect((await pending).status).toBe(200)
      }
    } finally {
      vi.unstubAllGlobals()
    }
    expect(fetch).toHaveBeenCalledTimes(5)
    expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })

  it('stops after `attempts` and returns the last member', async () => {
    const { fetch } = sequence(503)
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: { attempts: 4, baseDelay: 1 } })
    const pending = call(getZoo, { path: { zId: 1 } }, { client })
    await vi.runAllTimersAsync()
    expect(await pending).toMatchObject({ ok: false, status: 503, key: 503 })
    expect(fetch).toHaveBeenCalledTimes(4)
  })

  it('waits what Retry-After says, in seconds and as an HTTP-date', async () => {
    const { fetch, gaps } = sequence(
      () => withRetryAfter('2'),
      () => withRetryAfter('Wed, 01 Jan 2025 12:00:07 GMT'),
      200,
    )
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: true })
    const pending = call(getZoo, { path: { zId: 1 } }, { client })
    await vi.runAllTimersAsync()
    expect((await pending).status).toBe(200)
    expect(gaps()).toEqual([2000, 5000])
  })

  it('does not retry non-idempotent methods', async () => {
    const { fetch } = sequence(503, 200)
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: true })
    const create = { method: 'POST', path: '/zoos', responses: { 201: {}, default: {} } }
    expect(await call(create, { body: {} }, { client })).toMatchObject({ status: 503 })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('does not retry unless asked to, and a call can turn retries off or on', async () => {
    const { fetch } = sequence(503, 200)
    const client = createClient({ baseUrl: 'https://api.test', fetch })
    expect((await call(getZoo, { path: { zId: 1 } }, { client })).status).toBe(503)
    const retrying = createClient({ baseUrl: 'https://api.test', fetch, retry: true })
    expect((await call(getZoo, { path: { zId: 1 } }, { client: retrying, retry: false })).status).toBe(200)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('retries network errors of idempotent methods', async () => {
    const { fetch } = sequence(new TypeError('fetch failed'), 200)
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: { jitter: false } })
    const pending = call(getZoo, { path: { zId: 1 } }, { client })
    await vi.runAllTimersAsync()
    expect((await pending).status).toBe(200)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('does not retry a stream body, which can be sent once only', async () => {
    const { fetch } = sequence(503, 200)
    const client = createClient({ baseUrl: 'https://api.test', fetch, retry: true })
    const upload = {
      method: 'PUT',
      path: '/f',
      write: writeBody,
      body: { mediaType: 'application/octet-stream', encode: binaryBody },
      responses: {},
    }
    expect((await call(upload, { body: new Blob(['x']).stream() }, { client })).status).toBe(503)
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
