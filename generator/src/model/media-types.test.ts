import { describe, expect, test } from 'vitest'
import { buildContext } from './context.ts'
import { bodyKind, buildContents } from './media-types.ts'
import type { BodyKind } from './types.ts'

describe('bodyKind', () => {
  const cases: [string, { given: string; want: BodyKind }][] = [
    ['json', { given: 'application/json', want: 'json' }],
    ['json with charset', { given: 'application/json; charset=utf-8', want: 'json' }],
    ['upper case', { given: 'Application/JSON', want: 'json' }],
    ['vendor +json', { given: 'application/vnd.github+json', want: 'json' }],
    ['problem+json', { given: 'application/problem+json', want: 'json' }],
    ['text/json', { given: 'text/json', want: 'json' }],
    ['wildcard +json', { given: '*/*+json', want: 'json' }],
    ['form', { given: 'application/x-www-form-urlencoded', want: 'form' }],
    ['multipart form-data', { given: 'multipart/form-data', want: 'multipart' }],
    ['multipart mixed', { given: 'multipart/mixed; boundary=x', want: 'multipart' }],
    ['text/plain', { given: 'text/plain', want: 'text' }],
    ['text/html', { given: 'text/html', want: 'text' }],
    ['xml', { given: 'application/xml', want: 'text' }],
    ['+xml', { given: 'application/atom+xml', want: 'text' }],
    ['yaml', { given: 'application/yaml', want: 'text' }],
    ['x-yaml', { given: 'application/x-yaml', want: 'text' }],
    ['ndjson is lines of text', { given: 'application/x-ndjson', want: 'text' }],
    ['octet-stream', { given: 'application/octet-stream', want: 'binary' }],
    ['image', { given: 'image/png', want: 'binary' }],
    ['protobuf', { given: 'application/x-protobuf', want: 'binary' }],
    ['any', { given: '*/*', want: 'binary' }],
    ['application wildcard', { given: 'application/*', want: 'binary' }],
    ['not a media type', { given: 'json', want: 'binary' }],
  ]
  test.each(cases)('%s', (_, { given, want }) => {
    expect(bodyKind(given)).toBe(want)
  })
})

describe('buildContents: wildcards', () => {
  const document = {
    openapi: '3.1.0',
    components: {
      schemas: {
        Page: { type: 'object', properties: { items: { type: 'array' } } },
        Alias: { $ref: '#/components/schemas/Page' },
        File: { type: 'string', format: 'binary' },
      },
    },
  }
  const kinds = (content: Record<string, unknown>) =>
    buildContents(buildContext(document, 'test.yaml'), content, '/content').map((c) => [c.mediaType, c.kind])

  test('a wildcard whose schema describes JSON data is read as JSON (Springfox writes every response as */*)', () => {
    expect(
      kinds({
        '*/*': { schema: { $ref: '#/components/schemas/Alias' } },
        'application/*': { schema: { type: 'array', items: {} } },
        'image/*': { schema: { oneOf: [{ type: 'integer' }, { type: 'boolean' }] } },
      }),
    ).toEqual([
      ['*/*', 'json'],
      ['application/*', 'json'],
      ['image/*', 'json'],
    ])
  })

  test('a wildcard of a string, of an empty schema or of none stays binary', () => {
    expect(
      kinds({
        '*/*': { schema: { $ref: '#/components/schemas/File' } },
        'application/*': { schema: {} },
        'text/*': {},
        'audio/*': { schema: { type: ['string', 'null'] } },
      }),
    ).toEqual([
      ['*/*', 'binary'],
      ['application/*', 'binary'],
      ['text/*', 'text'],
      ['audio/*', 'binary'],
    ])
  })
})
