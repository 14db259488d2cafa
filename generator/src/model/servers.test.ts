import { describe, expect, test } from 'vitest'
import { buildModel } from './build-model.ts'
import { buildContext } from './context.ts'
import { buildServers } from './servers.ts'

describe('buildServers', () => {
  const cases: [string, { given: unknown; want: string[] }][] = [
    ['no servers', { given: undefined, want: ['/'] }],
    ['empty list', { given: [], want: ['/'] }],
    ['absolute', { given: [{ url: 'https://api.example.com/v1' }], want: ['https://api.example.com/v1'] }],
    ['relative kept as written', { given: [{ url: '/api' }, { url: 'v2' }], want: ['/api', 'v2'] }],
    [
      'variables replaced by their defaults',
      {
        given: [
          {
            url: '{scheme}://{region}.example.com:{port}/{base}',
            variables: {
              scheme: { default: 'https' },
              region: { default: 'eu', enum: ['eu', 'us'] },
              port: { default: '8443' },
              base: { default: 'v1' },
            },
          },
        ],
        want: ['https://eu.example.com:8443/v1'],
      },
    ],
    [
      'undefined variable left in place',
      { given: [{ url: 'https://{tenant}.example.com' }], want: ['https://{tenant}.example.com'] },
    ],
    ['spec order', { given: [{ url: 'https://a' }, { url: 'https://b' }], want: ['https://a', 'https://b'] }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const document = given === undefined ? { openapi: '3.1.0' } : { openapi: '3.1.0', servers: given }
    expect(buildServers(buildContext(document, 'test.yaml'))).toEqual(want)
  })

  test('a server without url is an error', () => {
    expect(() => buildServers(buildContext({ servers: [{ description: 'x' }] }, 'test.yaml'))).toThrow(
      /SL007 The server at \/servers\/0 has no "url"/,
    )
  })
})

describe('operation servers', () => {
  /** A document whose one path item and its two operations declare the given servers. */
  function model(
    servers: { root?: unknown; pathItem?: unknown; get?: unknown; post?: unknown },
    source = 'test.yaml',
  ) {
    const operation = (own: unknown) => ({ ...(own === undefined ? {} : { servers: own }), responses: {} })
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      ...(servers.root === undefined ? {} : { servers: servers.root }),
      paths: {
        '/files/{id}': {
          ...(servers.pathItem === undefined ? {} : { servers: servers.pathItem }),
          get: { operationId: 'getFile', ...operation(servers.get) },
          post: { operationId: 'putFile', ...operation(servers.post) },
        },
      },
    }
    return buildModel(document, source)
  }
  const serversOf = (built: ReturnType<typeof model>) =>
    built.model.operations.map((operation) => [operation.name, operation.servers])

  test('the operation beats the path item, which beats the root', () => {
    const built = model({
      root: [{ url: 'https://api.example.com' }],
      pathItem: [{ url: 'https://files.example.com' }],
      post: [{ url: 'https://upload.example.com' }, { url: 'https://upload2.example.com' }],
    })
    expect(serversOf(built)).toEqual([
      ['getFile', ['https://files.example.com']],
      ['putFile', ['https://upload.example.com', 'https://upload2.example.com']],
    ])
    expect(built.model.servers).toEqual(['https://api.example.com'])
  })

  test('none declared, an empty list, or the root servers again: no servers of its own', () => {
    const built = model({
      root: [{ url: 'https://api.example.com/' }],
      pathItem: [],
      get: [],
      post: [{ url: 'https://{host}', variables: { host: { default: 'api.example.com' } } }],
    })
    expect(serversOf(built)).toEqual([
      ['getFile', undefined],
      ['putFile', undefined],
    ])
    expect(built.model.operations.every((operation) => !('servers' in operation))).toBe(true)
    // Without root servers, the root is '/'.
    expect(serversOf(model({ post: [{ url: '/' }] }))).toEqual([
      ['getFile', undefined],
      ['putFile', undefined],
    ])
  })

  test('variables take their defaults; relative URLs stay as written', () => {
    const built = model({
      pathItem: [
        {
          url: 'https://{region}.content.example.com:{port}',
          variables: { region: { default: 'eu' }, port: { default: 8443 } },
        },
      ],
      post: [{ url: 'upload/v2' }],
    })
    expect(serversOf(built)).toEqual([
      ['getFile', ['https://eu.content.example.com:8443']],
      ['putFile', ['upload/v2']],
    ])
  })

  test('a variable without a default is warned about once, at the list that declares it', () => {
    const { model: built, warnings } = model({ pathItem: [{ url: 'https://{tenant}.example.com' }] })
    expect(built.operations.map((operation) => operation.servers)).toEqual([
      ['https://{tenant}.example.com'],
      ['https://{tenant}.example.com'],
    ])
    expect(
      warnings
        .filter((warning) => warning.code === 'SL007')
        .map((warning) => [warning.code, warning.pointer]),
    ).toEqual([['SL007', '/paths/~1files~1{id}/servers/0/url']])
  })

  test('a server without url is an error at its pointer', () => {
    expect(() => model({ post: [{ url: 'https://ok.example.com' }, { description: 'x' }] })).toThrow(
      /SL007 The server at \/paths\/~1files~1\{id\}\/post\/servers\/1 has no "url"/,
    )
    expect(() => model({ pathItem: [{ description: 'x' }] })).toThrow(
      /SL007 The server at \/paths\/~1files~1\{id\}\/servers\/0 has no "url"/,
    )
  })

  test('an own server sharing variables with the root servers keeps them in its template', () => {
    const variables = { protocol: { default: 'https' }, hostname: { default: 'ghe.example.com' } }
    const built = model({
      root: [{ url: '{protocol}://{hostname}/api/v3', variables }, { url: 'https://fixed.example.com' }],
      pathItem: [
        { url: '{protocol}://{hostname}/{area}', variables: { ...variables, area: { default: 'x' } } },
      ],
      post: [{ url: 'https://{region}.example.com', variables: { region: { default: 'eu' } } }],
    })
    expect(built.model.serverTemplates).toEqual([
      '{protocol}://{hostname}/api/v3',
      'https://fixed.example.com',
    ])
    expect(built.model.operations.map((operation) => [operation.servers, operation.serverTemplate])).toEqual([
      // The variable only the operation's server has takes its default.
      [['https://ghe.example.com/x'], '{protocol}://{hostname}/x'],
      // No variable shared: one fixed URL.
      [['https://eu.example.com'], undefined],
    ])
  })

  test('root servers without variables have no templates, and own servers none either', () => {
    const built = model({
      root: [{ url: 'https://api.example.com' }],
      post: [{ url: 'https://{region}.example.com', variables: { region: { default: 'eu' } } }],
    })
    expect(built.model).not.toHaveProperty('serverTemplates')
    expect(built.model.operations.every((operation) => !('serverTemplate' in operation))).toBe(true)
  })
})
