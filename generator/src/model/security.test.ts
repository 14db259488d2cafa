import { describe, expect, test } from 'vitest'
import { buildContext } from './context.ts'
import type { JsonRecord } from './record.ts'
import { buildSecuritySchemes, effectiveSecurity } from './security.ts'
import type { SecurityRequirement, SecurityScheme } from './types.ts'

describe('effectiveSecurity', () => {
  const bearer = { bearer: [] }
  const cases: [
    string,
    { given: { document?: unknown; operation?: unknown }; want: SecurityRequirement[] },
  ][] = [
    ['nothing anywhere: anonymous', { given: {}, want: [] }],
    ['inherited from the document', { given: { document: [bearer] }, want: [bearer] }],
    [
      'the operation’s own wins',
      { given: { document: [bearer], operation: [{ key: [] }] }, want: [{ key: [] }] },
    ],
    [
      '[] on the operation removes the document’s',
      { given: { document: [bearer], operation: [] }, want: [] },
    ],
    ['{} is kept as an anonymous alternative', { given: { operation: [bearer, {}] }, want: [bearer, {}] }],
    [
      'scopes kept, AND inside one requirement',
      {
        given: { operation: [{ oauth: ['read', 'write'], key: [] }] },
        want: [{ oauth: ['read', 'write'], key: [] }],
      },
    ],
    [
      'non-string scopes dropped',
      { given: { operation: [{ oauth: ['read', 3] }] }, want: [{ oauth: ['read'] }] },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const operation: JsonRecord = given.operation === undefined ? {} : { security: given.operation }
    const document: JsonRecord = {
      openapi: '3.1.0',
      ...(given.document === undefined ? {} : { security: given.document }),
    }
    expect(effectiveSecurity(buildContext(document, 'test.yaml'), operation, '/paths/~1x/get')).toEqual(want)
  })

  test('a requirement that is not an object is an error', () => {
    expect(() =>
      effectiveSecurity(buildContext({}, 'test.yaml'), { security: ['bearer'] }, '/paths/~1x/get'),
    ).toThrow(/SL007 The security requirement at \/paths\/~1x\/get\/security\/0 is not an object/)
  })
})

describe('buildSecuritySchemes', () => {
  const cases: [string, { given: unknown; want: Record<string, SecurityScheme> }][] = [
    ['none', { given: undefined, want: {} }],
    [
      'http bearer, scheme lower-cased',
      {
        given: { b: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' } },
        want: { b: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    ],
    [
      'http basic',
      {
        given: { b: { type: 'http', scheme: 'basic', description: 'x' } },
        want: { b: { type: 'http', scheme: 'basic' } },
      },
    ],
    [
      'apiKey',
      {
        given: { k: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
        want: { k: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
      },
    ],
    [
      'oauth2 reduced to its type',
      { given: { o: { type: 'oauth2', flows: {} } }, want: { o: { type: 'oauth2' } } },
    ],
    [
      'openIdConnect and mutualTLS',
      {
        given: { o: { type: 'openIdConnect', openIdConnectUrl: 'x' }, m: { type: 'mutualTLS' } },
        want: { o: { type: 'openIdConnect' }, m: { type: 'mutualTLS' } },
      },
    ],
    [
      '$ref followed',
      {
        given: { a: { $ref: '#/components/securitySchemes/b' }, b: { type: 'mutualTLS' } },
        want: { a: { type: 'mutualTLS' }, b: { type: 'mutualTLS' } },
      },
    ],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    const document = { openapi: '3.1.0', components: given === undefined ? {} : { securitySchemes: given } }
    expect(buildSecuritySchemes(buildContext(document, 'test.yaml'))).toEqual(want)
  })

  const errors: [string, { given: unknown; want: RegExp }][] = [
    [
      'apiKey without in',
      {
        given: { k: { type: 'apiKey', name: 'k' } },
        want: /\/components\/securitySchemes\/k needs a "name" and "in"/,
      },
    ],
    ['http without scheme', { given: { h: { type: 'http' } }, want: /has no "scheme"/ }],
    ['unknown type', { given: { x: { type: 'basic' } }, want: /has type "basic"/ }],
  ]
  test.each(errors)('%s', (_, { given, want }) => {
    const document = { openapi: '3.1.0', components: { securitySchemes: given } }
    expect(() => buildSecuritySchemes(buildContext(document, 'test.yaml'))).toThrow(want)
  })
})
