import { describe, expect, it, vi } from 'vitest'
import { applyAuth } from './apply-auth.ts'
import { apiKeyCredential, basicCredential, noCredential, tokenCredential } from './credentials.ts'
import type { Auth, RequestDraft, SecuritySchemeSpec } from './options.ts'

const schemes: Record<string, SecuritySchemeSpec> = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', apply: tokenCredential },
  basicAuth: { type: 'http', scheme: 'basic', apply: basicCredential },
  tokenAuth: { type: 'http', scheme: 'Token', apply: tokenCredential },
  headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', apply: apiKeyCredential },
  queryKey: { type: 'apiKey', in: 'query', name: 'api_key', apply: apiKeyCredential },
  cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid', apply: apiKeyCredential },
  oauth: { type: 'oauth2', apply: tokenCredential },
  oidc: { type: 'openIdConnect', apply: tokenCredential },
  mtls: { type: 'mutualTLS', apply: noCredential },
}

/** What a draft holds, as `header name=value` and `query pair` lines. */
const lines = (draft: RequestDraft): string[] => [
  ...[...draft.headers].map(([name, value]) => `header ${name}=${value}`),
  ...draft.query.map((pair) => `query ${pair}`),
]

/** Runs applyAuth on an empty draft and returns what it wrote. */
async function applied(security: string[][] | undefined, auth: Auth): Promise<string[]> {
  const draft: RequestDraft = { headers: new Headers(), query: [] }
  await applyAuth(security, schemes, auth, draft)
  return lines(draft)
}

describe('applyAuth', () => {
  it.each([
    [[['bearerAuth']], { bearer: 't0k' }, ['header authorization=Bearer t0k']],
    [
      [['basicAuth']],
      { basic: { username: 'ann', password: 'pa:ss' } },
      ['header authorization=Basic YW5uOnBhOnNz'],
    ],
    [[['tokenAuth']], { tokenAuth: 'abc' }, ['header authorization=token abc']],
    [[['headerKey']], { apiKey: 'k1' }, ['header x-api-key=k1']],
    [[['queryKey']], { queryKey: 'k 2' }, ['query api_key=k%202']],
    [[['cookieKey']], { cookieKey: 'k3' }, ['header cookie=sid=k3']],
    [[['oauth']], { bearer: 'o' }, ['header authorization=Bearer o']],
    [[['oidc']], { oidc: 'i' }, ['header authorization=Bearer i']],
    [[['mtls']], { mtls: 'ignored' }, []],
  ])('%j with %j', async (security, auth, want) => {
    expect(await applied(security, auth as Auth)).toEqual(want)
  })

  it('refuses a credential that is not a token for a token scheme, instead of sending it as text', async () => {
    const draft: RequestDraft = { headers: new Headers(), query: [] }
    await expect(
      applyAuth([['bearerAuth']], schemes, { bearerAuth: { username: 'ann', password: 'pw' } }, draft),
    ).rejects.toThrow('[statusline] Failed to apply a bearer scheme: its credential is not a token')
    expect(lines(draft)).toEqual([])
  })

  it('encodes Basic credentials as UTF-8', async () => {
    const [line] = await applied([['basicAuth']], { basic: { username: 'jürgen', password: 'pw' } })
    expect(line).toBe(`header authorization=Basic ${Buffer.from('jürgen:pw', 'utf8').toString('base64')}`)
  })

  it('prefers a value under the scheme name over the kind shortcut', async () => {
    expect(await applied([['bearerAuth']], { bearer: 'kind', bearerAuth: 'name' })).toEqual([
      'header authorization=Bearer name',
    ])
  })

  it('applies only the schemes the operation names', async () => {
    expect(
      await applied([['queryKey']], { bearer: 't', apiKey: 'k', basic: { username: 'u', password: 'p' } }),
    ).toEqual(['query api_key=k'])
    expect(await applied(undefined, { bearer: 't' })).toEqual([])
    expect(await applied([], { bearer: 't' })).toEqual([])
  })

  it('picks the first alternative whose schemes all have credentials, and applies all of them', async () => {
    const security = [['bearerAuth', 'headerKey'], ['queryKey'], ['cookieKey']]
    expect(await applied(security, { bearer: 't', queryKey: 'q', cookieKey: 'c' })).toEqual([
      'query api_key=q',
    ])
    expect(await applied(security, { bearer: 't', headerKey: 'h', queryKey: 'q' })).toEqual([
      'header authorization=Bearer t',
      'header x-api-key=h',
    ])
  })

  it('sends nothing when no alternative can be satisfied; an empty alternative means anonymous', async () => {
    expect(await applied([['bearerAuth']], {})).toEqual([])
    expect(await applied([['bearerAuth'], []], {})).toEqual([])
    expect(await applied([['unknownScheme']], { unknownScheme: 'x' })).toEqual([])
  })

  it('calls an async token provider, and only for the scheme it applies', async () => {
    const fresh = vi.fn(async () => 'fresh')
    const unused = vi.fn(() => 'unused')
    expect(await applied([['bearerAuth']], { bearer: fresh, apiKey: unused })).toEqual([
      'header authorization=Bearer fresh',
    ])
    expect(fresh).toHaveBeenCalledTimes(1)
    expect(unused).not.toHaveBeenCalled()
  })

  it('accepts a provider of Basic credentials', async () => {
    expect(await applied([['basicAuth']], { basic: async () => ({ username: 'a', password: 'b' }) })).toEqual(
      ['header authorization=Basic YTpi'],
    )
  })
})
