import { beforeAll, describe, expect, it } from 'vitest'
import type { MockData, MockOperation, MockParameter } from '../data.ts'
import { operationNamed, specMockData } from '../fixtures/spec-data.ts'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { createValidator } from '../validate/validator.ts'
import { isJsonParameter } from './content-param.ts'
import { summarizeIssues } from './issues.ts'
import { MAX_NESTING } from './nesting.ts'
import { validateRequest } from './validate-request.ts'

let data: MockData
let options: Omit<Parameters<typeof validateRequest>[2], 'pathParams'>

beforeAll(async () => {
  data = await specMockData('features/parameters')
  options = {
    view: createSchemaView(data.components),
    validator: createValidator({
      root: { openapi: data.openapi, components: data.components },
      openapi: data.openapi,
      allErrors: true,
    }),
  }
})

const BASE = 'https://params.example.com'

function run(operation: MockOperation, path: string, headers: Record<string, string> = {}, pathParams = {}) {
  const request = new Request(`${BASE}${path}`, { method: operation.method, headers })
  return validateRequest(operation, request, { ...options, pathParams })
}

async function issuesOf(
  operation: MockOperation,
  path: string,
  headers: Record<string, string> = {},
  pathParams = {},
) {
  const result = await run(operation, path, headers, pathParams)
  return result.ok ? 'accepted' : `${result.status} ${summarizeIssues(result.issues)}`
}

const q = (json: string) => `/query?q=1&json=${encodeURIComponent(json)}`

describe('content-typed parameters (OpenAPI 3.1 §4.8.12.1)', () => {
  it('records the media type in the mock data', () => {
    const json = operationNamed(data, 'queryStyles').parameters.find((p) => p.name === 'json')
    expect(json?.mediaType).toBe('application/json')
    expect(operationNamed(data, 'queryStyles').parameters.find((p) => p.name === 'q')?.mediaType).toBe(
      undefined,
    )
    expect(isJsonParameter(json as MockParameter)).toBe(true)
    expect(isJsonParameter({ ...(json as MockParameter), mediaType: 'application/geo+json' })).toBe(true)
    expect(isJsonParameter({ ...(json as MockParameter), mediaType: 'text/plain' })).toBe(false)
  })

  it('parses a JSON query parameter, untouched by coercion', async () => {
    const result = await run(operationNamed(data, 'queryStyles'), q('{"lat":1.5,"lng":-2}'))
    expect(result).toMatchObject({ ok: true, parsed: { query: { q: '1', json: { lat: 1.5, lng: -2 } } } })
  })

  it('refuses text that is not JSON with 400 naming the parameter, where and why', async () => {
    const op = operationNamed(data, 'queryStyles')
    expect(await issuesOf(op, q('{bad'))).toBe(
      '400 query.json: is not application/json: malformed JSON at line 1, column 2 (offset 1): unexpected "b", expected a property name in double quotes',
    )
    expect(await issuesOf(op, '/query?q=1&json=')).toMatch(
      /^400 query\.json: is not application\/json: malformed JSON/,
    )
    expect(await issuesOf(op, `${q('{}')}&json=%7B%7D`)).toBe(
      '400 query.json: is given 2 times; it takes one application/json document',
    )
  })

  it('refuses JSON of the wrong type with the schema 400', async () => {
    const op = operationNamed(data, 'queryStyles')
    expect(await issuesOf(op, q('5'))).toBe('400 query.json: must be object')
    expect(await issuesOf(op, q('[]'))).toBe('400 query.json: must be object')
    expect(await issuesOf(op, q('{"lat":"x"}'))).toBe('400 query.json.lat: must be number')
    expect(await issuesOf(op, q('{"lat":"1"}'))).toBe('400 query.json.lat: must be number')
  })

  it('refuses JSON nested deeper than the mock reads', async () => {
    const op = operationNamed(data, 'queryStyles')
    const deep = `${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}`
    expect(await issuesOf(op, q(deep))).toMatch(/^400 query\.json: is nested more than 1000 levels deep/)
  })

  it('reads JSON headers, cookies and path segments the same way', async () => {
    const header = operationNamed(data, 'headerStyles')
    const required = { 'X-Request-Id': '123e4567-e89b-42d3-a456-426614174000' }
    expect(await issuesOf(header, '/header', { ...required, 'X-Json': '{"R":1,"G":2,"B":3}' })).toBe(
      'accepted',
    )
    expect(await issuesOf(header, '/header', { ...required, 'X-Json': 'R,1,G,2,B,3' })).toMatch(
      /^400 header\.X-Json: is not application\/json: malformed JSON at line 1, column 1/,
    )
    const schema = { type: 'array', items: { type: 'integer' } }
    const param = (where: MockParameter['in']): MockParameter => ({
      name: 'ids',
      in: where,
      required: true,
      style: where === 'cookie' ? 'form' : 'simple',
      explode: where === 'cookie',
      schema,
      mediaType: 'application/json',
    })
    const op = (where: MockParameter['in']): MockOperation => ({
      ...operationNamed(data, 'queryStyles'),
      path: '/ids',
      parameters: [param(where)],
    })
    expect(await issuesOf(op('cookie'), '/ids', { cookie: 'ids=%5B1%2C2%5D' })).toBe('accepted')
    expect(await issuesOf(op('cookie'), '/ids', { cookie: 'ids=1,2' })).toMatch(
      /^400 cookie\.ids: is not application\/json: malformed JSON at line 1, column 2/,
    )
    expect(await issuesOf(op('path'), '/ids', {}, { ids: '[1,2]' })).toBe('accepted')
    expect(await issuesOf(op('path'), '/ids', {}, { ids: '["a"]' })).toBe('400 path.ids[0]: must be integer')
    expect(await issuesOf(op('path'), '/ids', {}, { ids: '1,2' })).toMatch(
      /^400 path\.ids: is not application\/json/,
    )
    expect(await issuesOf(op('path'), '/ids')).toBe('400 path.ids: is required')
  })
})
