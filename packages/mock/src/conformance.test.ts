import { describe, expect, it } from 'vitest'
import {
  applyConformance,
  authenticateChallenges,
  type ConformanceContext,
  resourceId,
} from './conformance.ts'
import type { MockOperation, MockSecurityScheme } from './data.ts'
import type { Answer } from './respond.ts'

const schemes: Record<string, MockSecurityScheme> = {
  bearer: { type: 'http', scheme: 'bearer' },
  basic: { type: 'http', scheme: 'Basic' },
  digest: { type: 'http', scheme: 'digest' },
  key: { type: 'apiKey', in: 'query', name: 'api_key' },
  oauth: { type: 'oauth2' },
  oidc: { type: 'openIdConnect' },
  mtls: { type: 'mutualTLS' },
}

function operation(security: MockOperation['security'], path = '/zoos'): MockOperation {
  return {
    name: 'op',
    operationId: 'op',
    method: 'POST',
    path,
    tags: [],
    parameters: [],
    responses: [],
    security,
  }
}

describe('authenticateChallenges', () => {
  it.each([
    [[{ bearer: [] }], 'Bearer realm="Zoo \\"API\\""'],
    [[{ basic: [] }], 'Basic realm="Zoo \\"API\\""'],
    [[{ digest: [] }], 'Digest realm="Zoo \\"API\\""'],
    [[{ key: [] }], 'ApiKey realm="Zoo \\"API\\"", name="api_key", in="query"'],
    [[{ oauth: ['read', 'write'] }], 'Bearer realm="Zoo \\"API\\"", scope="read write"'],
    [[{ oidc: [] }, { bearer: [] }], 'Bearer realm="Zoo \\"API\\""'],
    [
      [{ basic: [], key: [] }],
      'Basic realm="Zoo \\"API\\"", ApiKey realm="Zoo \\"API\\"", name="api_key", in="query"',
    ],
    [[{ mtls: [] }], 'Bearer realm="Zoo \\"API\\""'],
  ])('%j → %s', (security, challenge) => {
    expect(authenticateChallenges(operation(security), schemes, 'Zoo "API"')).toBe(challenge)
  })

  it("uses the document's schemes for an anonymous operation", () => {
    expect(authenticateChallenges(operation([]), { basic: schemes.basic! }, 'Zoo')).toBe('Basic realm="Zoo"')
  })
})

describe('resourceId', () => {
  it.each([
    [{ id: 3, uuid: 'u' }, '3'],
    [{ uuid: 'abc' }, 'abc'],
    [{ data: { id: 'x1' } }, 'x1'],
    [{ result: { uuid: 'r' } }, 'r'],
    [{ name: 'no id' }, undefined],
    [[{ id: 1 }], undefined],
    ['text', undefined],
  ])('%j → %s', (body, id) => {
    expect(resourceId(body)).toBe(id)
  })
})

describe('applyConformance', () => {
  function context(overrides: Partial<ConformanceContext> = {}): ConformanceContext {
    return {
      operation: operation([]),
      url: new URL('https://api.example.com/v1/zoos?draft=1'),
      method: 'POST',
      seed: 1,
      retryAfter: 2,
      realm: 'Zoo',
      securitySchemes: {},
      allowedMethods: () => ['GET', 'POST'],
      ...overrides,
    }
  }

  function answer(status: number, scripted: Record<string, string> = {}): Answer {
    const headers = new Headers({ 'content-type': 'application/json', ...scripted })
    return {
      status,
      headers,
      body: { kind: 'json', value: { id: 9 } },
      scriptedHeaders: new Set(Object.keys(scripted)),
    }
  }

  it.each([
    [201, 'location', 'https://api.example.com/v1/zoos/9'],
    [202, 'location', 'https://api.example.com/v1/zoos/status/9'],
    [301, 'location', 'https://api.example.com/v1/zoos'],
    [308, 'location', 'https://api.example.com/v1/zoos'],
    [401, 'www-authenticate', 'Bearer realm="Zoo"'],
    [405, 'allow', 'GET, POST'],
    [429, 'retry-after', '2'],
    [503, 'retry-after', '2'],
  ])('%i carries %s', (status, header, value) => {
    const built = answer(status)
    applyConformance(built, context())
    expect(built.headers.get(header)).toBe(value)
  })

  it('replaces a header sampled from the spec but keeps one the scenario set', () => {
    const sampled = answer(429)
    sampled.headers.set('retry-after', '98765')
    applyConformance(sampled, context())
    expect(sampled.headers.get('retry-after')).toBe('2')
    const scripted = answer(429, { 'retry-after': '60' })
    applyConformance(scripted, context())
    expect(scripted.headers.get('retry-after')).toBe('60')
  })

  it.each([204, 205, 304, 101])('strips the body and Content-Type of %i', (status) => {
    const built = answer(status, { 'content-type': 'text/plain' })
    applyConformance(built, context())
    expect(built.body).toBeUndefined()
    expect(built.headers.get('content-type')).toBeNull()
  })

  it('generates a stable id for a created resource whose body has none', () => {
    const first = answer(201)
    first.body = { kind: 'json', value: { name: 'x' } }
    applyConformance(first, context())
    const second = answer(201)
    second.body = undefined
    applyConformance(second, context())
    expect(first.headers.get('location')).toMatch(/^https:\/\/api\.example\.com\/v1\/zoos\/\d+$/)
    expect(second.headers.get('location')).toBe(first.headers.get('location'))
  })
})
