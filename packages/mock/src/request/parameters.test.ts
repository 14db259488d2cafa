import { describe, expect, it } from 'vitest'
import type { MockOperation, MockParameter } from '../data.ts'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { createValidator } from '../validate/validator.ts'
import { readParameters } from './parameters.ts'

const components = { schemas: {} }
const context = {
  view: createSchemaView(components),
  validator: createValidator({ root: { components }, openapi: '3.0.3' }),
}

/** A query parameter, form style and exploded as OpenAPI's defaults have it. */
const query = (name: string, schema: MockParameter['schema'], required = false): MockParameter => ({
  name,
  in: 'query',
  required,
  style: 'form',
  explode: true,
  schema,
})

const operation = (parameters: MockParameter[], selectors?: MockOperation['selectors']): MockOperation =>
  ({
    name: 'search',
    operationId: 'search',
    method: 'GET',
    path: '/search',
    tags: [],
    parameters,
    responses: [],
    ...(selectors === undefined ? {} : { selectors }),
  }) as unknown as MockOperation

const read = (op: MockOperation, search: string) =>
  readParameters(
    op,
    { url: new URL(`https://api.test/search${search}`), pathParams: {}, headers: new Headers() },
    context,
  )

describe('readParameters: exploded form objects', () => {
  // Microcks' `queryMap`: `?name=x&labels.env=prod` is the map `{ name: 'x', 'labels.env': 'prod' }`.
  const map = query('queryMap', { type: 'object', additionalProperties: { type: 'string' } }, true)

  it('collects a map of free names from the names no other parameter reads', () => {
    const op = operation(
      [map, query('page', { type: 'integer' })],
      [{ in: 'query', name: 'kind', value: 'svc' }],
    )
    const { parsed, issues } = read(op, '?kind=svc&name=x&labels.env=prod&page=2')
    expect(issues).toEqual([])
    expect(parsed.query).toEqual({ queryMap: { name: 'x', 'labels.env': 'prod' }, page: 2 })
  })

  it('reports a required map with no names as missing', () => {
    expect(read(operation([map]), '').issues).toEqual([
      { in: 'query', name: 'queryMap', message: 'is required' },
    ])
  })

  it('reads only the named properties of an object that names them', () => {
    const point = query('point', {
      type: 'object',
      properties: { x: { type: 'integer' }, y: { type: 'integer' } },
    })
    const { parsed } = read(operation([point]), '?x=1&y=2&utm_source=mail')
    expect(parsed.query).toEqual({ point: { x: 1, y: 2 } })
  })
})
