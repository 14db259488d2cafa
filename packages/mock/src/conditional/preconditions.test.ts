import { describe, expect, it } from 'vitest'
import { evaluatePreconditions } from './preconditions.ts'

const current = { weak: false, opaque: 'v1' }

function evaluate(method: string, headers: Record<string, string>) {
  return evaluatePreconditions({ method, headers: new Headers(headers), where: '/v1/zoos/6' }, current)
}

describe('evaluatePreconditions (RFC 9110 §13.2.2)', () => {
  it('lets a request without conditions, or with holding ones, proceed', () => {
    expect(evaluate('PATCH', {})).toBeUndefined()
    expect(evaluate('PATCH', { 'if-match': '"x", "v1"' })).toBeUndefined()
    expect(evaluate('PATCH', { 'if-match': '*' })).toBeUndefined()
    expect(evaluate('PUT', { 'if-none-match': '"x"' })).toBeUndefined()
    expect(evaluate('GET', { 'if-none-match': '"x"' })).toBeUndefined()
  })

  it('fails If-Match with 412 by strong comparison, naming the method, the target and its tag', () => {
    expect(evaluate('PATCH', { 'if-match': '"nope"' })).toEqual({
      status: 412,
      detail:
        '[statusline] Failed to PATCH /v1/zoos/6: If-Match: "nope" matches no current entity tag (strong comparison, RFC 9110 §13.1.1): its entity tag is "v1"; nothing was done.',
    })
    expect(evaluate('DELETE', { 'if-match': 'W/"v1"' })?.status).toBe(412)
    const untagged = { method: 'GET', headers: new Headers({ 'if-match': '"v1"' }), where: '/v1/x' }
    expect(evaluatePreconditions(untagged, undefined)?.detail).toContain('it has no entity tag')
  })

  it('fails a malformed If-Match (it cannot hold) and ignores a malformed If-None-Match', () => {
    expect(evaluate('PUT', { 'if-match': 'v1' })?.detail).toContain(
      'If-Match: v1 is neither "*" nor a list of entity tags',
    )
    expect(evaluate('GET', { 'if-none-match': 'v1' })).toBeUndefined()
    expect(evaluate('PUT', { 'if-none-match': '"v1' })).toBeUndefined()
  })

  it('answers If-None-Match by weak comparison: 304 for GET/HEAD, 412 for other methods', () => {
    expect(evaluate('GET', { 'if-none-match': 'W/"v1"' })?.status).toBe(304)
    expect(evaluate('head', { 'if-none-match': '*' })?.status).toBe(304)
    expect(evaluate('PUT', { 'if-none-match': '*' })).toEqual({
      status: 412,
      detail:
        '[statusline] Failed to PUT /v1/zoos/6: If-None-Match: * asks that it not exist, and it does; nothing was done.',
    })
    expect(evaluate('PATCH', { 'if-none-match': '"a", "v1"' })?.detail).toContain(
      'matches its current entity tag "v1"',
    )
  })

  it('evaluates If-Match first, and ignores If-Modified-Since and If-Unmodified-Since (no Last-Modified)', () => {
    expect(evaluate('GET', { 'if-match': '"x"', 'if-none-match': '"v1"' })?.status).toBe(412)
    expect(evaluate('GET', { 'if-modified-since': 'Sat, 01 Jan 2050 00:00:00 GMT' })).toBeUndefined()
    expect(evaluate('PUT', { 'if-unmodified-since': 'Sat, 01 Jan 2000 00:00:00 GMT' })).toBeUndefined()
    expect(evaluate('GET', { 'if-modified-since': 'yesterday-ish' })).toBeUndefined()
  })
})
