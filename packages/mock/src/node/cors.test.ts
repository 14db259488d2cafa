import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { zooMockData } from '../testing/zoo-mock-data.ts'
import { createCorsPolicy, isPreflight } from './cors.ts'

function request(method: string, headers: Record<string, string>): IncomingMessage {
  return { method, headers } as unknown as IncomingMessage
}

describe('CORS', () => {
  const policy = createCorsPolicy(zooMockData)

  it('tells a preflight from a plain OPTIONS request', () => {
    expect(isPreflight(request('OPTIONS', { 'access-control-request-method': 'PUT' }))).toBe(true)
    expect(isPreflight(request('OPTIONS', {}))).toBe(false)
    expect(isPreflight(request('GET', { 'access-control-request-method': 'PUT' }))).toBe(false)
  })

  it('echoes the Origin with credentials, or sends * without one', () => {
    expect(policy.actual(request('GET', { origin: 'http://app.test' }))).toMatchObject({
      'access-control-allow-origin': 'http://app.test',
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    })
    expect(policy.actual(request('GET', {}))['access-control-allow-origin']).toBe('*')
    expect(policy.actual(request('GET', { origin: 'null' }))['access-control-allow-origin']).toBe('*')
  })

  it('exposes the conformance headers and every declared response header', () => {
    const exposed = String(policy.actual(request('GET', {}))['access-control-expose-headers']).split(', ')
    expect(exposed).toEqual(
      expect.arrayContaining(['location', 'retry-after', 'www-authenticate', 'allow', 'x-total-count']),
    )
  })

  it('allows Authorization, Prefer, Content-Type, API-key headers and what the preflight asks for', () => {
    const headers = policy.preflight(
      request('OPTIONS', {
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-trace',
      }),
    )
    const allowed = String(headers['access-control-allow-headers']).split(', ')
    expect(allowed).toEqual(
      expect.arrayContaining(['authorization', 'prefer', 'content-type', 'x-api-key', 'x-trace']),
    )
    expect(headers['access-control-allow-methods']).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  })
})
