import fc from 'fast-check'
import { matchRequestUrl } from 'msw'
import { describe, expect, it } from 'vitest'
import { compileMswPath } from './msw-path.ts'

/**
 * What MSW's own matcher says, reduced to the named parameters (as the mock's handlers read them), with a
 * leading `*` standing for the URL's origin only: MSW's `*` matches any text, ours the origin.
 */
function mswMatch(url: URL, path: string): Record<string, string> | undefined | 'throws' {
  let result: ReturnType<typeof matchRequestUrl>
  try {
    result = matchRequestUrl(url, path.startsWith('*') ? `${url.origin}${path.slice(1)}` : path)
  } catch {
    return 'throws'
  }
  if (!result.matches) return undefined
  const names = [...path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] ?? '')
  const params: Record<string, string> = {}
  for (const name of names) params[name] = String(result.params?.[name])
  return params
}

function ownMatch(url: URL, path: string): Record<string, string> | undefined | 'throws' {
  const matcher = compileMswPath(path)
  if (matcher === undefined) throw new Error(`not compiled: ${path}`)
  try {
    return matcher(`${url.origin}${url.pathname}`)
  } catch {
    return 'throws'
  }
}

describe('compileMswPath', () => {
  it.each([
    ['*/v1/zoos/:zId', 'http://127.0.0.1:4010/v1/zoos/7', { zId: '7' }],
    ['*/v1/zoos/:zId', 'http://127.0.0.1:4010/V1/ZOOS/a%20b/', { zId: 'a b' }],
    ['*/v1/zoos/:zId', 'http://127.0.0.1:4010/before/v1/zoos/7', undefined],
    ['*/octocat', 'https://api.github.com/orgs/octocat', undefined],
    ['*/v1/zoos/:zId', 'http://127.0.0.1:4010/v1/zoos/7/x', undefined],
    ['*/v1/zoos/:zId', 'http://127.0.0.1:4010/v1/zoos//', undefined],
    ['*/v1/', 'http://h/v1', undefined],
    ['*/v1/', 'http://h/v1/', {}],
    ['https://api.example.com:8443/v1/a.b/:x', 'https://API.example.com:8443/v1/A.B/1?q=2#h', { x: '1' }],
    ['https://api.example.com/v1/a.b/:x', 'https://api.example.com/v1/aXb/1', undefined],
    ['https://api.example.com/v1/:a/:a', 'https://api.example.com/v1/1/2', { a: '2' }],
  ])('%s matches %s as MSW does', (path, url, expected) => {
    expect(ownMatch(new URL(url), path)).toEqual(expected)
    expect(mswMatch(new URL(url), path)).toEqual(expected)
  })

  it('throws on a malformed escape in a parameter, as MSW does; one before the base path is no match', () => {
    expect(ownMatch(new URL('http://h/v1/zoos/%E0%A4%A'), '*/v1/zoos/:id')).toBe('throws')
    expect(mswMatch(new URL('http://h/v1/zoos/%E0%A4%A'), '*/v1/zoos/:id')).toBe('throws')
    expect(ownMatch(new URL('http://h/%E0%A4%A/v1/zoos/1'), '*/v1/zoos/:id')).toBeUndefined()
  })

  it('leaves paths with other syntax to MSW', () => {
    expect(compileMswPath('*/v1/files/:name.json')).toBeUndefined()
    expect(compileMswPath('*/a|b/:id')).toBeUndefined()
    expect(compileMswPath('http://[::1]:4010/v1/:id')).toBeUndefined()
    expect(compileMswPath('/v1/zoos')).toBeUndefined()
  })

  // Property: for the paths `toMswPath` writes and URLs near them, the compiled matcher and MSW agree.
  const staticSegment = fc.stringMatching(/^[A-Za-z0-9._~%$&'=@,;!-]{1,6}$/)
  const segment = fc.oneof(
    staticSegment,
    fc.stringMatching(/^[a-z_][A-Za-z0-9_]{0,4}$/).map((name) => `:${name}`),
  )
  const prefix = fc.oneof(
    fc.constantFrom('*', '*/v1', '*/api/v2.1'),
    fc.constantFrom('http://localhost:4010', 'https://api.example.com/v1', 'HTTPS://Api.Example.com'),
  )
  const urlText = fc.oneof(
    fc.constantFrom('x', 'X', 'v1', 'api', 'v2.1', '%20', '%E0%A4%A', 'a%2Fb', '', 'é', 'ß'),
    staticSegment,
  )

  it('agrees with MSW on generated paths and URLs', () => {
    fc.assert(
      fc.property(
        prefix,
        fc.array(segment, { minLength: 0, maxLength: 4 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(4), urlText), { maxLength: 3 }),
        fc.constantFrom('http://localhost:4010', 'https://api.example.com', 'http://127.0.0.1:9'),
        fc.constantFrom('', '/', '//'),
        fc.boolean(),
        (start, segments, trailing, edits, origin, tail, upper) => {
          const path = `${start}/${segments.join('/')}${trailing && segments.length > 0 ? '/' : ''}`
          // A URL built from the path, then edited: segments replaced or inserted, case, trailing slashes.
          const base = start.startsWith('*') ? `${origin}${start.slice(1)}` : start
          const parts = segments.map((part) => (part.startsWith(':') ? `p${part.length}` : part))
          for (const [at, text] of edits) parts.splice(at % (parts.length + 1), at % 2, text)
          let href = `${base}/${parts.join('/')}${tail}`
          if (upper) href = href.toUpperCase().replace(/^HTTP/, 'http')
          let url: URL
          try {
            url = new URL(href)
          } catch {
            return
          }
          expect(ownMatch(url, path)).toEqual(mswMatch(url, path))
        },
      ),
      { numRuns: 2000 },
    )
  })
})
