import { describe, expect, test } from 'vitest'
import type { Response } from '../../model/types.ts'
import { declarationText, unionMembers } from '../../testing/declaration-text.ts'
import {
  createContent,
  createHeader,
  createModel,
  createOperation,
  createResponse,
  schemaRef,
} from '../../testing/model-factory.ts'
import { emitClient } from './emit-client.ts'

const zoo = "components['schemas']['Zoo']"
const error = "components['schemas']['Error']"

/** Every 2xx status, declared one by one. */
const every2xx = Array.from({ length: 100 }, (_, index) => createResponse(String(200 + index)))

const cases: [string, { given: Response[]; want: { members: string[]; statuses: string } }][] = [
  [
    'a literal status, a range next to a literal, no default',
    {
      given: [
        createResponse('200', {
          headers: [createHeader('X-Rate-Limit', { required: true, schema: { type: 'integer' } })],
        }),
        createResponse('404'),
        createResponse('4XX'),
      ],
      want: {
        members: [
          `SuccessMember<200, 200, ${zoo}, { 'x-rate-limit': number }>`,
          `ErrorMember<404, 404, ${error}, NoHeaders>`,
          `ErrorMember<'4XX', Exclude<Status4xx, 404>, ${error}, NoHeaders>`,
          `SuccessMember<'default', Exclude<Status2xx, 200>, ${zoo}, NoHeaders>`,
          "ErrorMember<'default', Status1xx | Status3xx | Status5xx, unknown, NoHeaders>",
        ],
        statuses: '200 | 404 | Exclude<Status4xx, 404>',
      },
    },
  ],
  [
    'a declared default types both catch-all members with its body',
    {
      given: [
        createResponse('201'),
        createResponse('400'),
        createResponse('default', { contents: [createContent({ schema: schemaRef('Error') })] }),
      ],
      want: {
        members: [
          `SuccessMember<201, 201, ${zoo}, NoHeaders>`,
          `ErrorMember<400, 400, ${error}, NoHeaders>`,
          `SuccessMember<'default', Exclude<Status2xx, 201>, ${zoo}, NoHeaders>`,
          `ErrorMember<'default', Status1xx | Status3xx | Exclude<Status4xx, 400> | Status5xx, ${error}, NoHeaders>`,
        ],
        statuses: 'AnyStatus',
      },
    },
  ],
  [
    'a range alone covers its whole class',
    {
      given: [createResponse('200'), createResponse('5XX')],
      want: {
        members: [
          `SuccessMember<200, 200, ${zoo}, NoHeaders>`,
          `ErrorMember<'5XX', Status5xx, ${error}, NoHeaders>`,
          `SuccessMember<'default', Exclude<Status2xx, 200>, ${zoo}, NoHeaders>`,
          "ErrorMember<'default', Status1xx | Status3xx | Status4xx, unknown, NoHeaders>",
        ],
        statuses: '200 | Status5xx',
      },
    },
  ],
  [
    'a 2XX range leaves no undeclared success member',
    {
      given: [createResponse('2XX'), createResponse('404')],
      want: {
        members: [
          `SuccessMember<'2XX', Status2xx, ${zoo}, NoHeaders>`,
          `ErrorMember<404, 404, ${error}, NoHeaders>`,
          "ErrorMember<'default', Status1xx | Status3xx | Exclude<Status4xx, 404> | Status5xx, unknown, NoHeaders>",
        ],
        statuses: '404 | Status2xx',
      },
    },
  ],
  [
    'every 2xx declared as a literal leaves no undeclared success member',
    {
      given: every2xx,
      want: {
        members: [
          ...every2xx.map((r) =>
            r.noContent
              ? `SuccessMember<${r.key}, ${r.key}, undefined, NoHeaders>`
              : `SuccessMember<${r.key}, ${r.key}, ${zoo}, NoHeaders>`,
          ),
          "ErrorMember<'default', ErrorStatus, unknown, NoHeaders>",
        ],
        statuses: every2xx.map((r) => r.key).join(' | '),
      },
    },
  ],
  [
    '204 has no content; 1xx and 3xx are error members',
    {
      given: [createResponse('204'), createResponse('101'), createResponse('304')],
      want: {
        members: [
          'SuccessMember<204, 204, undefined, NoHeaders>',
          `ErrorMember<101, 101, ${error}, NoHeaders>`,
          'ErrorMember<304, 304, undefined, NoHeaders>',
          "SuccessMember<'default', Exclude<Status2xx, 204>, unknown, NoHeaders>",
          "ErrorMember<'default', Exclude<Status1xx, 101> | Exclude<Status3xx, 304> | Status4xx | Status5xx, unknown, NoHeaders>",
        ],
        statuses: '204 | 101 | 304',
      },
    },
  ],
  [
    'several media types make a union; text is a string, binary a Blob',
    {
      given: [
        createResponse('200', {
          contents: [
            createContent(),
            createContent({ mediaType: 'text/csv', kind: 'text', schema: { type: 'string' } }),
            createContent({
              mediaType: 'image/png',
              kind: 'binary',
              schema: { type: 'string', format: 'binary' },
            }),
          ],
        }),
      ],
      want: {
        members: [
          `SuccessMember<200, 200, ${zoo} | string | Blob, NoHeaders>`,
          `SuccessMember<'default', Exclude<Status2xx, 200>, ${zoo} | string | Blob, NoHeaders>`,
          "ErrorMember<'default', ErrorStatus, unknown, NoHeaders>",
        ],
        statuses: '200',
      },
    },
  ],
  [
    'an inline schema indexes the operation in paths; headers by schema type, optional unless required',
    {
      given: [
        createResponse('200', {
          contents: [createContent({ schema: { type: 'array', items: schemaRef('Zoo') } })],
          headers: [
            createHeader('Link'),
            createHeader('X-Total', { required: true, schema: { type: 'number' } }),
            createHeader('X-Cached', { schema: { type: 'boolean' } }),
            createHeader('X-Tags', { schema: { type: 'array', items: { type: 'string' } } }),
          ],
        }),
      ],
      want: {
        members: [
          "SuccessMember<200, 200, paths['/zoos/{zId}']['get']['responses'][200]['content']['application/json'], { 'link'?: string; 'x-total': number; 'x-cached'?: boolean; 'x-tags'?: string[] }>",
          `SuccessMember<'default', Exclude<Status2xx, 200>, paths['/zoos/{zId}']['get']['responses'][200]['content']['application/json'], NoHeaders>`,
          "ErrorMember<'default', ErrorStatus, unknown, NoHeaders>",
        ],
        statuses: '200',
      },
    },
  ],
  [
    'a $ref-ed response indexes components.responses',
    {
      given: [
        createResponse('404', {
          pointer: '/components/responses/NotFound',
          contents: [createContent({ mediaType: 'application/problem+json', schema: { type: 'object' } })],
        }),
      ],
      want: {
        members: [
          "ErrorMember<404, 404, components['responses']['NotFound']['content']['application/problem+json'], NoHeaders>",
          "SuccessMember<'default', Status2xx, unknown, NoHeaders>",
          "ErrorMember<'default', Status1xx | Status3xx | Exclude<Status4xx, 404> | Status5xx, unknown, NoHeaders>",
        ],
        statuses: '404',
      },
    },
  ],
]

describe('result union members', () => {
  test.each(cases)('%s', (_, { given, want }) => {
    const types = emitClient(createModel({ operations: [createOperation({ responses: given })] })).types
      .contents
    expect(unionMembers(types, 'GetZooResult')).toEqual(want.members)
    const operationTypes = declarationText(types, 'export interface OperationTypes')
    expect(operationTypes).toContain(
      `getZoo: { params: GetZooParams; result: GetZooResult; statuses: ${want.statuses} };`,
    )
  })

  test('no responses at all: every status is an undeclared catch-all, and nothing is declared', () => {
    const types = emitClient(createModel({ operations: [createOperation({ responses: [] })] })).types.contents
    expect(unionMembers(types, 'GetZooResult')).toEqual([
      "SuccessMember<'default', Status2xx, unknown, NoHeaders>",
      "ErrorMember<'default', ErrorStatus, unknown, NoHeaders>",
    ])
    expect(types).toContain('statuses: never')
  })
})
