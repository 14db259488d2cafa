import fc from 'fast-check'
import { matchRequestUrl } from 'msw'
import { describe, expect, it } from 'vitest'
import type { MockOperation } from './data.ts'
import { ownServerPrefixes } from './own-servers.ts'
import { createRouteTable } from './route-table.ts'
import { compareTemplates, createTemplateMatcher, toMswPath } from './routes.ts'

function operation(method: string, path: string, name = `${method} ${path}`): MockOperation {
  return { name, operationId: name, method, path, tags: [], parameters: [], responses: [], security: [] }
}

/**
 * The reference: one MSW-style matcher per operation, tried in `compareTemplates` order — what the mock
 * did with one MSW handler per operation, except that a leading `*` stands for the URL's origin only,
 * and that of two templates differing by a trailing slash only, the one the URL's slash names is tried
 * first.
 */
function reference(operations: readonly MockOperation[], prefix: string, method: string, url: URL) {
  const same = (a: MockOperation) => a.method.toUpperCase() === method.toUpperCase()
  const toggled = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : `${path}/`)
  const slashed = url.pathname.endsWith('/')
  const unlike = (a: MockOperation) =>
    a.path.endsWith('/') !== slashed && operations.some((b) => same(b) && b.path === toggled(a.path))
  const sorted = [...operations].sort(
    (a, b) => Number(unlike(a)) - Number(unlike(b)) || compareTemplates(a.path, b.path),
  )
  for (const candidate of sorted) {
    if (!same(candidate)) continue
    const path = toMswPath(prefix, candidate.path)
    let params: Record<string, string> | undefined
    if (path === undefined) {
      params = createTemplateMatcher(prefix, candidate.path)(url)
    } else {
      const result = matchRequestUrl(url, path.startsWith('*') ? `${url.origin}${path.slice(1)}` : path)
      if (result.matches) {
        params = {}
        for (const [, name] of candidate.path.matchAll(/\{([^{}]+)\}/g))
          params[name ?? ''] = String(result.params?.[name ?? ''])
      }
    }
    if (params !== undefined) return { name: candidate.name, params }
  }
  return undefined
}

function routed(operations: readonly MockOperation[], prefix: string, method: string, url: URL) {
  const match = createRouteTable(operations, prefix, ownServerPrefixes({}, prefix)).find(method, url)
  return match === undefined ? undefined : { name: match.operation.name, params: match.params }
}

function outcome(run: () => unknown): unknown {
  try {
    return run()
  } catch (error) {
    return { throws: error instanceof Error ? error.name : String(error) }
  }
}

describe('createRouteTable', () => {
  const operations = [
    operation('get', '/zoos/{zooId}'),
    operation('get', '/zoos/count'),
    operation('get', '/zoos'),
    operation('post', '/zoos'),
    operation('get', '/repos/{owner}/{repo}'),
    operation('get', '/repos/{owner}/{repo}/issues/{number}'),
    operation('get', '/files/{name}.{ext}'),
    operation('get', '/'),
    operation('patch', '/zoos/{zoo-id}'),
  ]

  it.each([
    ['GET', 'http://localhost/v1/zoos/count', 'get /zoos/count', {}],
    ['GET', 'http://localhost/v1/zoos/7/', 'get /zoos/{zooId}', { zooId: '7' }],
    ['GET', 'http://localhost/V1/Zoos', 'get /zoos', {}],
    ['POST', 'http://localhost/v1/zoos', 'post /zoos', {}],
    ['GET', 'http://localhost/v1/repos/octo/cat/issues/12', 'get /repos/{owner}/{repo}/issues/{number}', {}],
    ['GET', 'http://localhost/v1/files/map.pdf', 'get /files/{name}.{ext}', { name: 'map', ext: 'pdf' }],
    ['GET', 'http://localhost/v1/', 'get /', {}],
    ['patch', 'http://localhost/v1/zoos/a%20b', 'patch /zoos/{zoo-id}', { 'zoo-id': 'a b' }],
    ['DELETE', 'http://localhost/v1/zoos/7', undefined, undefined],
    ['GET', 'http://localhost/v1/unknown', undefined, undefined],
    ['GET', 'http://localhost/x/v1/zoos', undefined, undefined],
  ])('%s %s → %s', (method, href, name, params) => {
    const url = new URL(href)
    const found = routed(operations, '*/v1', method, url)
    expect(found?.name).toBe(name)
    if (params !== undefined && Object.keys(params).length > 0) expect(found?.params).toEqual(params)
    expect(found).toEqual(reference(operations, '*/v1', method, url))
  })

  it("tells apart templates that differ only by a trailing slash, by the URL's own (useapi.net)", () => {
    const twins = [operation('get', '/jobs', 'list'), operation('get', '/jobs/', 'one')]
    for (const ops of [twins, [...twins].reverse()]) {
      expect(routed(ops, '*/v1', 'GET', new URL('http://localhost/v1/jobs'))?.name).toBe('list')
      expect(routed(ops, '*/v1', 'GET', new URL('http://localhost/v1/jobs/'))?.name).toBe('one')
    }
    // Alone, a template takes the URL with or without the slash; a twin of another method does not count.
    const alone = [operation('get', '/jobs', 'list'), operation('post', '/jobs/', 'create')]
    expect(routed(alone, '*/v1', 'GET', new URL('http://localhost/v1/jobs/'))?.name).toBe('list')
  })

  it('anchors a relative base URL at the origin: /orgs/octocat is not GET /octocat (GitHub)', () => {
    const github = [
      operation('get', '/octocat', 'metaGetOctocat'),
      operation('get', '/orgs/{org}', 'orgsGet'),
    ]
    expect(routed(github, '*', 'GET', new URL('http://127.0.0.1:4010/orgs/octocat'))).toEqual({
      name: 'orgsGet',
      params: { org: 'octocat' },
    })
  })

  // Property: on generated APIs and URLs near their paths, the table answers what the reference does.
  const segment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('zoos', 'Zoos', 'count', 'repos', 'v1', 'a.b', 'x-y', 'x') },
    { weight: 3, arbitrary: fc.constantFrom('{id}', '{owner}', '{repo}', '{zoo-id}') },
    { weight: 1, arbitrary: fc.constantFrom('{name}.json', 'a:b', '', 'a|b') },
  )
  const template = fc
    .tuple(fc.array(segment, { minLength: 0, maxLength: 4 }), fc.boolean())
    .map(([segments, slash]) => `/${segments.join('/')}${slash && segments.length > 0 ? '/' : ''}`)
  const api = fc.array(fc.tuple(fc.constantFrom('get', 'post', 'GET'), template), { maxLength: 12 })
  const prefix = fc.constantFrom('*', '*/v1', 'http://localhost:4010', 'https://api.example.com/v1')
  const urlSegment = fc.constantFrom(
    'zoos',
    'ZOOS',
    'count',
    'repos',
    'v1',
    'a.b',
    'x',
    '7',
    '%20',
    '%E0%A4%A',
    '',
  )

  it('routes every generated request as one handler per operation would', () => {
    fc.assert(
      fc.property(
        api,
        prefix,
        fc.constantFrom('GET', 'get', 'POST', 'PUT'),
        fc.constantFrom('http://localhost:4010', 'https://api.example.com', 'http://other'),
        fc.constantFrom('', '/v1', '/x/v1'),
        fc.array(urlSegment, { maxLength: 5 }),
        fc.constantFrom('', '/', '//'),
        (pairs, base, method, origin, basePath, segments, tail) => {
          const operations = pairs.map(([verb, path], index) => operation(verb, path, `op${index}`))
          const url = new URL(`${origin}${basePath}/${segments.join('/')}${tail}`)
          expect(outcome(() => routed(operations, base, method, url))).toEqual(
            outcome(() => reference(operations, base, method, url)),
          )
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('operations with servers of their own', () => {
  const upload = {
    ...operation('POST', '/uploads/{name}', 'upload'),
    servers: ['https://uploads.example.com/v1/'],
  }
  const operations = [
    operation('POST', '/uploads/{name}', 'other'),
    upload,
    operation('GET', '/status', 'status'),
  ]

  it('are matched under their own servers as well as under the base URL', () => {
    const base = 'https://api.example.com/v1'
    const table = createRouteTable(operations, base, ownServerPrefixes({}, base))
    const find = (method: string, url: string) => table.find(method, new URL(url))?.operation.name
    expect(find('POST', 'https://uploads.example.com/v1/uploads/a')).toBe('upload')
    expect(table.find('POST', new URL('https://uploads.example.com/v1/uploads/a%20b'))?.params).toEqual({
      name: 'a b',
    })
    // Under the base URL the first matching operation still wins, as before.
    expect(find('POST', 'https://api.example.com/v1/uploads/a')).toBe('other')
    // Only that operation, only its own server's path.
    expect(find('GET', 'https://uploads.example.com/v1/status')).toBeUndefined()
    expect(find('POST', 'https://uploads.example.com/uploads/a')).toBeUndefined()
  })
})

describe('selectors', () => {
  type Selector = NonNullable<MockOperation['selectors']>[number]
  const selected = (name: string, selector: Selector | undefined, path = '/'): MockOperation => ({
    ...operation('POST', path, name),
    ...(selector ? { selectors: [selector] } : {}),
  })
  const operations = [
    selected('rest', undefined),
    selected('assumeRole', { in: 'query', name: 'Action', value: 'AssumeRole' }),
    selected('describeTags', { in: 'header', name: 'X-Amz-Target', value: 'Ws.DescribeTags' }),
    selected('other', { in: 'query', name: 'Action', value: 'Other' }, '/{id}'),
  ]
  const table = createRouteTable(operations, 'https://api.test', ownServerPrefixes({}, 'https://api.test'))
  const find = (url: string, headers?: HeadersInit) =>
    table.find('POST', new URL(url), headers === undefined ? undefined : new Headers(headers))?.operation.name

  it('routes to the operation whose query or header value the request carries, before one without', () => {
    expect(find('https://api.test/?Action=AssumeRole&Version=1')).toBe('assumeRole')
    expect(find('https://api.test/', { 'x-amz-target': 'Ws.DescribeTags' })).toBe('describeTags')
    expect(find('https://api.test/?Action=Unknown')).toBe('rest')
    expect(find('https://api.test/?action=AssumeRole')).toBe('rest')
  })

  it('requires every selector, and reads path parameters sent in the query', () => {
    const both: MockOperation = {
      ...operation('GET', '/rest/{v}', 'search'),
      selectors: [
        { in: 'query', name: 'method', value: 'search' },
        { in: 'query', name: 'format', value: 'json' },
      ],
      queryPathParams: { lat: 'lat' },
    }
    const rest = createRouteTable(
      [operation('GET', '/rest/{v}', 'other'), both],
      'https://api.test',
      ownServerPrefixes({}, 'https://api.test'),
    )
    const at = (url: string) => rest.find('GET', new URL(url))
    expect(at('https://api.test/rest/1?method=search&format=json&lat=5')).toMatchObject({
      operation: { name: 'search' },
      params: { v: '1', lat: '5' },
    })
    expect(at('https://api.test/rest/1?method=search')?.operation.name).toBe('other')
  })

  it('finds nothing when the template matches but the selector does not', () => {
    expect(find('https://api.test/x?Action=AssumeRole')).toBeUndefined()
    expect(find('https://api.test/x?Action=Other')).toBe('other')
  })
})

describe('overloads by request body', () => {
  const withBody = (name: string, ...mediaTypes: string[]): MockOperation => ({
    ...operation('POST', '/recognizeText', name),
    requestBody: {
      required: true,
      contents: mediaTypes.map((mediaType) => ({
        mediaType,
        kind: mediaType.includes('json') ? ('json' as const) : ('binary' as const),
      })),
    },
  })
  // Azure's Computer Vision: `/recognizeText` takes an image URL as JSON, `/recognizeText#overload=stream`
  // the image itself.
  const table = createRouteTable(
    [
      withBody('recognizeText', 'application/json'),
      withBody('recognizeTextInStream', 'application/octet-stream'),
    ],
    'https://api.test',
    ownServerPrefixes({}, 'https://api.test'),
  )
  const find = (contentType?: string) =>
    table.find(
      'POST',
      new URL('https://api.test/recognizeText'),
      new Headers(contentType === undefined ? {} : { 'content-type': contentType }),
    )?.operation.name

  it('routes to the operation whose request body takes the Content-Type sent', () => {
    expect(find('application/json; charset=utf-8')).toBe('recognizeText')
    expect(find('application/octet-stream')).toBe('recognizeTextInStream')
  })

  it('routes to the first one when the request names no Content-Type, or one none of them takes', () => {
    expect(find()).toBe('recognizeText')
    expect(find('text/plain')).toBe('recognizeText')
  })

  it('never routes to a less specific template for its Content-Type (the operation answers 415)', () => {
    const generic: MockOperation = {
      ...operation('POST', '/{resource}', 'postAnything'),
      requestBody: { required: true, contents: [{ mediaType: 'text/plain', kind: 'text' }] },
    }
    const both = createRouteTable(
      [generic, withBody('recognizeText', 'application/json')],
      'https://api.test',
      ownServerPrefixes({}, 'https://api.test'),
    )
    const url = new URL('https://api.test/recognizeText')
    const text = new Headers({ 'content-type': 'text/plain' })
    expect(both.find('POST', url, text)?.operation.name).toBe('recognizeText')
  })
})
