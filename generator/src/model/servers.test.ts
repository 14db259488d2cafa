import { describe, expect, test } from 'vitest'
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
