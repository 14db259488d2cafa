import { describe, expect, it } from 'vitest'
import type { MockOperation, MockSecurityScheme } from '../data.ts'
import { type CredentialSource, checkCredentials } from './check-credentials.ts'

const schemes: Record<string, MockSecurityScheme> = {
  bearerAuth: { type: 'http', scheme: 'bearer' },
  basicAuth: { type: 'http', scheme: 'basic' },
  digestAuth: { type: 'http', scheme: 'Digest' },
  headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
  cookieKey: { type: 'apiKey', in: 'cookie', name: 'session' },
  oauth: { type: 'oauth2' },
  oidc: { type: 'openIdConnect' },
  mtls: { type: 'mutualTLS' },
}

function op(security: MockOperation['security']): MockOperation {
  return {
    name: 'op',
    operationId: 'op',
    method: 'GET',
    path: '/x',
    tags: [],
    parameters: [],
    responses: [],
    security,
  }
}

function source(headers: Record<string, string> = {}, query = ''): CredentialSource {
  return { url: new URL(`https://api.example.com/x${query}`), headers: new Headers(headers) }
}

const check = (
  security: MockOperation['security'],
  src: CredentialSource,
  accept?: (c: { value: string }) => boolean,
) =>
  checkCredentials(op(security), schemes, src, {
    realm: 'Test API',
    ...(accept === undefined ? {} : { accept }),
  })

const basic = (text: string) => `Basic ${btoa(text)}`

describe('checkCredentials', () => {
  it('lets anonymous requests through without requirements or with an empty alternative', () => {
    expect(check([], source())).toEqual({ ok: true, credentials: [] })
    expect(check([{ bearerAuth: [] }, {}], source())).toEqual({ ok: true, credentials: [] })
  })

  it.each([
    ['bearer', { bearerAuth: [] }, { authorization: 'Bearer abc.def-123' }, 'abc.def-123'],
    ['bearer, any case', { bearerAuth: [] }, { authorization: 'bearer tok==' }, 'tok=='],
    ['basic', { basicAuth: [] }, { authorization: basic('ada:secret') }, 'ada:secret'],
    ['digest', { digestAuth: [] }, { authorization: 'Digest username="a"' }, 'username="a"'],
    ['apiKey header', { headerKey: [] }, { 'x-api-key': 'k1' }, 'k1'],
    ['apiKey cookie', { cookieKey: [] }, { cookie: 'a=b; session=s3' }, 's3'],
    ['oauth2', { oauth: ['read'] }, { authorization: 'Bearer t' }, 't'],
    ['openIdConnect', { oidc: [] }, { authorization: 'Bearer t' }, 't'],
  ])('accepts %s', (_, requirement, headers, value) => {
    const result = check([requirement], source(headers))
    expect(result).toMatchObject({ ok: true, credentials: [{ value }] })
  })

  it('reads an apiKey from the query string', () => {
    expect(check([{ queryKey: [] }], source({}, '?api_key=q'))).toMatchObject({
      ok: true,
      credentials: [{ kind: 'apiKey', value: 'q' }],
    })
  })

  it.each([
    [
      'no Authorization',
      { bearerAuth: [] },
      {},
      'missing credentials for bearerAuth',
      'Bearer realm="Test API"',
    ],
    [
      'an empty Bearer token',
      { bearerAuth: [] },
      { authorization: 'Bearer ' },
      'bearerAuth: the Bearer token is malformed',
      'Bearer realm="Test API"',
    ],
    [
      'a token with spaces',
      { bearerAuth: [] },
      { authorization: 'Bearer a b' },
      'bearerAuth: the Bearer token is malformed',
      'Bearer realm="Test API"',
    ],
    [
      'Basic for bearer',
      { bearerAuth: [] },
      { authorization: basic('a:b') },
      'bearerAuth expects a Bearer token',
      'Bearer realm="Test API"',
    ],
    [
      'basic without colon',
      { basicAuth: [] },
      { authorization: basic('ab') },
      'basicAuth: Basic credentials must be base64 of user:password',
      'Basic realm="Test API"',
    ],
    [
      'basic not base64',
      { basicAuth: [] },
      { authorization: 'Basic ***' },
      'basicAuth: Basic credentials must be base64 of user:password',
      'Basic realm="Test API"',
    ],
    [
      'a blank API key',
      { headerKey: [] },
      { 'x-api-key': ' ' },
      'missing API key X-API-Key (header) for headerKey',
      'ApiKey realm="Test API", name="X-API-Key", in="header"',
    ],
    [
      'oauth2 without token',
      { oauth: ['zoo:write'] },
      {},
      'missing credentials for oauth',
      'Bearer realm="Test API", scope="zoo:write"',
    ],
  ])('refuses %s with 401 and a challenge', (_, requirement, headers, message, challenge) => {
    expect(check([requirement], source(headers))).toEqual({ ok: false, status: 401, challenge, message })
  })

  it('needs every scheme of one alternative', () => {
    const both = [{ bearerAuth: [], headerKey: [] }]
    expect(check(both, source({ authorization: 'Bearer t' }))).toMatchObject({
      ok: false,
      message: 'missing API key X-API-Key (header) for headerKey',
    })
    expect(check(both, source({ authorization: 'Bearer t', 'x-api-key': 'k' }))).toMatchObject({
      ok: true,
      credentials: [{ scheme: 'bearerAuth' }, { scheme: 'headerKey' }],
    })
  })

  it('is satisfied by any alternative, and challenges every unsatisfied one', () => {
    const either = [{ bearerAuth: [] }, { headerKey: [] }]
    expect(check(either, source({ 'x-api-key': 'k' }))).toMatchObject({
      ok: true,
      credentials: [{ scheme: 'headerKey' }],
    })
    expect(check(either, source())).toEqual({
      ok: false,
      status: 401,
      challenge: 'Bearer realm="Test API", ApiKey realm="Test API", name="X-API-Key", in="header"',
      message: 'missing credentials for bearerAuth; missing API key X-API-Key (header) for headerKey',
    })
  })

  it('treats mutualTLS and undeclared schemes as satisfied (not checkable over HTTP)', () => {
    expect(check([{ mtls: [] }], source())).toEqual({ ok: true, credentials: [] })
    expect(check([{ nowhere: [] }], source())).toEqual({ ok: true, credentials: [] })
  })

  it('lets `accept` refuse well-formed credentials', () => {
    const issued = new Set(['good'])
    const accept = (credential: { value: string }) => issued.has(credential.value)
    expect(check([{ bearerAuth: [] }], source({ authorization: 'Bearer good' }), accept)).toMatchObject({
      ok: true,
    })
    expect(check([{ bearerAuth: [] }], source({ authorization: 'Bearer forged' }), accept)).toMatchObject({
      ok: false,
      message: 'bearerAuth: the credentials were not accepted',
    })
  })
})
