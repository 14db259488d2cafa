import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from '../create-mock.ts'
import { operationNamed, specMockData } from '../fixtures/spec-data.ts'
import { createSampler } from '../sample/index.ts'
import { findResponse } from '../status-keys.ts'
import { zooMockData } from '../testing/zoo-mock-data.ts'
import { callZoo } from '../testing/zoo-requests.ts'

const mock = createMock(zooMockData, { seed: 7 })
const server = setupServer(...mock.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  mock.reset()
  server.resetHandlers(...mock.handlers)
})
afterAll(() => server.close())

async function etagOf(name: string): Promise<string> {
  const response = await callZoo(name)
  expect(response.status).toBe(200)
  return response.headers.get('etag') ?? ''
}

describe('conditional GET/HEAD of generated answers', () => {
  it('tags a 200 with a strong ETag, the same on every call and on HEAD, another for another resource', async () => {
    const etag = await etagOf('getZoo')
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    expect(await etagOf('getZoo')).toBe(etag)
    const head = await callZoo('getZoo', { method: 'HEAD' })
    expect(head.headers.get('etag')).toBe(etag)
    expect((await callZoo('getZoo', { id: '6' })).headers.get('etag')).not.toBe(etag)
    expect(await etagOf('listZoos')).toMatch(/^"[0-9a-f]{16}"$/)
  })

  it('answers 304 (no body, the ETag) to a matching If-None-Match, weak or *, and 200 otherwise', async () => {
    const etag = await etagOf('getZoo')
    for (const condition of [etag, `W/${etag}`, '*', `"a", ${etag}`]) {
      const response = await callZoo('getZoo', { headers: { 'if-none-match': condition } })
      expect(response.status, condition).toBe(304)
      expect(response.headers.get('etag')).toBe(etag)
      expect(response.headers.get('content-type')).toBeNull()
      expect(await response.text()).toBe('')
    }
    expect(mock.calls('getZoo').at(-1)?.status).toBe(304)
    for (const condition of ['"other"', 'garbage', '"unterminated']) {
      const response = await callZoo('getZoo', { headers: { 'if-none-match': condition } })
      expect(response.status, condition).toBe(200)
    }
  })

  it('answers 412 problem+json to a GET whose If-Match fails; ignores If-Modified-Since, even malformed', async () => {
    const etag = await etagOf('getZoo')
    expect((await callZoo('getZoo', { headers: { 'if-match': etag } })).status).toBe(200)
    const failed = await callZoo('getZoo', { headers: { 'if-match': '"stale"' } })
    expect(failed.status).toBe(412)
    expect(await failed.json()).toMatchObject({
      status: 412,
      detail: expect.stringContaining('[statusline] Failed to GET /v1/zoos/5: If-Match: "stale"'),
    })
    for (const since of ['Sat, 01 Jan 2050 00:00:00 GMT', 'not a date'])
      expect((await callZoo('getZoo', { headers: { 'if-modified-since': since } })).status).toBe(200)
  })

  it('ignores conditions on stateless writes (nothing is stored to compare) and on scripted answers', async () => {
    expect((await callZoo('updateZoo', { headers: { 'if-match': '"nope"' } })).status).toBe(200)
    const etag = await etagOf('getZoo')
    mock.scenario('getZoo', 200)
    const scripted = await callZoo('getZoo', { headers: { 'if-none-match': etag } })
    expect(scripted.status).toBe(200)
    expect(scripted.headers.get('etag')).toBe(etag)
  })

  it('puts the computed tag in a declared ETag header, valid against its schema, and counts a declared 304', async () => {
    const data = await specMockData('features/status-keys')
    const own = createMock(data, { seed: 1 })
    server.use(...own.handlers)
    const url = 'https://status.example.com/conditional'
    const first = await fetch(url)
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/)
    const schema = findResponse(operationNamed(data, 'getConditional'), 200)?.headers[0]?.schema
    const sampler = createSampler({ root: { components: data.components }, openapi: data.openapi })
    expect(sampler.validator.validate(schema, etag, { direction: 'response' }).valid).toBe(true)
    const again = await fetch(url, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(own.coverage().find((entry) => entry.operation === 'getConditional')?.exercised).toEqual([
      '200',
      '304',
    ])
  })
})
