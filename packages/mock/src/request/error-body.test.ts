import { beforeAll, describe, expect, it } from 'vitest'
import type { MockData } from '../data.ts'
import { operationNamed, specMockData } from '../fixtures/spec-data.ts'
import { createSampler, type Sampler } from '../sample/index.ts'
import { createSchemaView, type SchemaView } from '../schema-view/schema-view.ts'
import { findResponse } from '../status-keys.ts'
import { buildErrorBody, type ErrorBodyInput } from './error-body.ts'
import { statusCode } from './error-slots.ts'
import type { RequestIssue } from './issues.ts'

interface Api {
  readonly data: MockData
  readonly sampler: Sampler
  readonly view: SchemaView
}
const apis = new Map<string, Api>()

beforeAll(async () => {
  for (const name of ['zoo', 'chimestack', 'people']) {
    const data = await specMockData(name)
    const root = { openapi: data.openapi, components: data.components }
    apis.set(name, {
      data,
      sampler: createSampler({ root, openapi: data.openapi, seed: 3 }),
      view: createSchemaView(data.components),
    })
  }
})

const issues: RequestIssue[] = [
  { in: 'query', name: 'limit', message: 'must be <= 100' },
  { in: 'body', name: '/name', message: 'is required' },
]

function build(api: string, operation: string, status: number, extra: Partial<ErrorBodyInput> = {}) {
  const { data, sampler, view } = apis.get(api)!
  const op = operationNamed(data, operation)
  const body = buildErrorBody({ operation: op, status, issues, sampler, view, seed: 1, ...extra })
  const schema = findResponse(op, status)?.contents[0]?.schema
  if (body.source === 'declared' && schema !== undefined) {
    expect(sampler.validator.validate(schema, body.value, { direction: 'response' }).errors).toEqual([])
  }
  return body
}

describe('buildErrorBody', () => {
  it('fills the `error` string of a `{ error }` body with every failing field', () => {
    expect(build('zoo', 'listZoos', 400)).toEqual({
      contentType: 'application/json',
      kind: 'json',
      source: 'declared',
      value: { error: 'query.limit: must be <= 100; body.name: is required' },
    })
  })

  it('fills a per-field list of the declared 422 shape', () => {
    const body = build('zoo', 'createZoo', 422, {
      issues: [
        { in: 'body', name: '/name', message: 'is required' },
        { in: 'body', name: '/address/city', message: 'must be string' },
      ],
    })
    expect(body.value).toEqual({
      error: 'body.name: is required; body.address.city: must be string',
      fields: [
        { field: 'name', message: 'is required' },
        { field: 'address.city', message: 'must be string' },
      ],
    })
  })

  it('fills the error of a ChimeStack envelope: code, message, status', () => {
    const body = build('chimestack', 'createCluster', 400)
    const value = body.value as { error: Record<string, unknown>; result: unknown; requestId: string }
    expect(value.error).toEqual({
      code: 'BadRequest',
      message: 'query.limit: must be <= 100; body.name: is required',
      status: 400,
    })
    expect(value.result).toBeNull()
    expect(value.requestId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('uses the range or default response when the status has no literal key', () => {
    const body = build('zoo', 'getZoo', 406, {
      issues: [],
      message: 'text/html accepts none of application/json',
    })
    expect(body.value).toEqual({ error: 'text/html accepts none of application/json' })
  })

  it('fills a declared problem+json with pointers and details', () => {
    const body = build('people', 'createPerson', 400, {
      issues: [
        { in: 'body', name: '/email', message: 'must match format "email"' },
        { in: 'header', name: 'X-Trace', message: 'must be string' },
      ],
    })
    expect(body.contentType).toBe('application/problem+json')
    expect(body.value).toMatchObject({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'body.email: must match format "email"; header.X-Trace: must be string',
      errors: [
        { pointer: '/email', detail: 'must match format "email"' },
        { pointer: 'header.X-Trace', detail: 'must be string' },
      ],
    })
  })

  it('answers problem+json with an errors member when the status declares no body', () => {
    expect(build('people', 'getPerson', 404, { issues: [], message: 'people/42 does not exist' })).toEqual({
      contentType: 'application/problem+json',
      kind: 'json',
      source: 'problem',
      value: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'people/42 does not exist' },
    })
    expect(
      build('people', 'createPerson', 415, {
        issues: [{ in: 'header', name: 'Content-Type', message: 'is missing' }],
      }).value,
    ).toEqual({
      type: 'about:blank',
      title: 'Unsupported Media Type',
      status: 415,
      detail: 'header.Content-Type: is missing',
      errors: [{ in: 'header', name: 'Content-Type', message: 'is missing' }],
    })
  })

  it('undoes a fill that the schema refuses (maxLength, enum)', () => {
    const data = apis.get('zoo')!
    const operation = {
      ...operationNamed(data.data, 'getZoo'),
      responses: [
        {
          key: '400',
          statuses: [400],
          noContent: false,
          headers: [],
          contents: [
            {
              mediaType: 'application/json',
              kind: 'json' as const,
              schema: {
                type: 'object',
                required: ['message', 'code'],
                properties: {
                  message: { type: 'string', maxLength: 10 },
                  code: { type: 'string', enum: ['E_INPUT'] },
                  status: { type: 'integer', maximum: 99 },
                },
              },
            },
          ],
        },
      ],
    }
    const body = buildErrorBody({
      operation,
      status: 400,
      issues,
      sampler: data.sampler,
      view: data.view,
      seed: 1,
    })
    const value = body.value as { message: string; code: string; status?: number }
    expect(value.message).toBe('query.lim…')
    expect(value.code).toBe('E_INPUT')
    expect(value.status === undefined || value.status <= 99).toBe(true)
  })

  it('names statuses as codes', () => {
    expect(statusCode(404)).toBe('NotFound')
    expect(statusCode(418)).toBe('ImATeapot')
    expect(statusCode(422)).toBe('UnprocessableContent')
  })
})
