import { describe, expect, test } from 'vitest'
import type { Operation } from '../../model/types.ts'
import { declarationText } from '../../testing/declaration-text.ts'
import {
  createContent,
  createModel,
  createOperation,
  createParameter,
  createRequestBody,
  schemaRef,
} from '../../testing/model-factory.ts'
import { emitClient } from './emit-client.ts'

/**
 * The emitted params declaration (in `operation-types.d.ts`) and function signature (in `client.d.ts`)
 * of the operation; `Api` types its member as the function (`getZoo: typeof getZoo`).
 */
function emitted(operation: Operation): { params: string; signature: string } {
  const { declarations, types } = emitClient(createModel({ operations: [operation] }))
  const params = types.contents.includes('export type GetZooParams =')
    ? declarationText(types.contents, 'export type GetZooParams =')
    : declarationText(types.contents, 'export interface GetZooParams')
  const signature =
    declarationText(declarations.contents, 'export declare function getZoo(').split('\n')[0] ?? ''
  return { params, signature }
}

const cases: [string, { given: Partial<Operation>; want: { params: string; signature: string } }][] = [
  [
    'required path, optional query: the location is optional iff none of its parameters is required',
    {
      given: {
        parameters: [
          createParameter('zId', { in: 'path', schema: { type: 'integer' } }),
          createParameter('expand', { schema: { type: 'boolean' } }),
          createParameter('sort', { schema: { type: 'string', enum: ['name', 'city'] } }),
        ],
      },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /** Path parameters, substituted into the path template. */',
          '  path: {',
          '    zId: number;',
          '  };',
          '  /** Query parameters. */',
          '  query?: {',
          '    expand?: boolean;',
          "    sort?: 'name' | 'city';",
          '  };',
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'names that are not identifiers are quoted; a required header makes its location required',
    {
      given: {
        parameters: [
          createParameter('X-Request-Id', { in: 'header', required: true, doc: 'Correlates logs.' }),
          createParameter('page[size]', { schema: { type: 'array', items: { type: 'integer' } } }),
          createParameter('session id', { in: 'cookie', schema: { type: ['string', 'null'] } }),
        ],
      },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /** Query parameters. */',
          '  query?: {',
          "    'page[size]'?: number[];",
          '  };',
          '  /** Request headers. */',
          '  header: {',
          '    /** Correlates logs. */',
          "    'X-Request-Id': string;",
          '  };',
          '  /** Cookies, sent in the `Cookie` header. */',
          '  cookie?: {',
          "    'session id'?: string | null;",
          '  };',
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'only optional parameters: the params argument is optional',
    {
      given: {
        parameters: [
          createParameter('filter', { schema: { type: 'object', properties: { city: { type: 'string' } } } }),
          createParameter('owner', { schema: schemaRef('Owner') }),
          createParameter('legacy', { deprecated: true }),
        ],
      },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /** Query parameters. */',
          '  query?: {',
          "    filter?: NonNullable<paths['/zoos/{zId}']['get']['parameters']['query']>['filter'];",
          "    owner?: components['schemas']['Owner'];",
          '    /** @deprecated */',
          '    legacy?: string;',
          '  };',
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params?: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'a required JSON body with a component schema',
    {
      given: { requestBody: createRequestBody() },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /** The request body. Sent as `application/json`. */',
          "  body: components['schemas']['Zoo'];",
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'an optional body is optional, typed by its first media type',
    {
      given: {
        requestBody: createRequestBody({
          required: false,
          doc: 'The new zoo.',
          contents: [
            createContent({
              mediaType: 'application/x-www-form-urlencoded',
              kind: 'form',
              schema: { type: 'object' },
            }),
            createContent(),
          ],
        }),
      },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /**',
          '   * The new zoo.',
          '   *',
          '   * Sent as `application/x-www-form-urlencoded`.',
          '   */',
          "  body?: NonNullable<paths['/zoos/{zId}']['get']['requestBody']>['content']['application/x-www-form-urlencoded'] | URLSearchParams;",
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params?: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'binary and text bodies',
    {
      given: {
        requestBody: createRequestBody({
          contents: [
            createContent({
              mediaType: 'application/octet-stream',
              kind: 'binary',
              schema: { type: 'string' },
            }),
          ],
        }),
        parameters: [createParameter('note', { in: 'header', required: true })],
      },
      want: {
        params: [
          'export interface GetZooParams {',
          '  /** Request headers. */',
          '  header: {',
          '    note: string;',
          '  };',
          '  /** The request body. Sent as `application/octet-stream`. */',
          '  body: Blob | ArrayBuffer | Uint8Array | ReadableStream;',
          '}',
        ].join('\n'),
        signature:
          'export declare function getZoo(params: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
  [
    'nothing to send',
    {
      given: {},
      want: {
        params: 'export type GetZooParams = Record<string, never>;',
        signature:
          'export declare function getZoo(params?: types.GetZooParams, options?: CallOptions): Promise<types.GetZooResult>;',
      },
    },
  ],
]

describe('params type', () => {
  test.each(cases)('%s', (_, { given, want }) => {
    expect(emitted(createOperation(given))).toEqual(want)
  })

  test('a text body is a string; a multipart body also takes FormData; a $ref-ed body indexes components', () => {
    const text = emitted(
      createOperation({
        requestBody: createRequestBody({
          contents: [createContent({ mediaType: 'text/plain', kind: 'text' })],
        }),
      }),
    )
    expect(text.params).toContain('  body: string;')
    const multipart = emitted(
      createOperation({
        requestBody: createRequestBody({
          pointer: '/components/requestBodies/Upload',
          contents: [
            createContent({
              mediaType: 'multipart/form-data',
              kind: 'multipart',
              schema: { type: 'object' },
            }),
          ],
        }),
      }),
    )
    expect(multipart.params).toContain(
      "  body: components['requestBodies']['Upload']['content']['multipart/form-data'] | FormData;",
    )
  })
})
