import { describe, expect, it } from 'vitest'
import type { MockOperation } from '../data.ts'
import { createSchemaView } from '../schema-view/schema-view.ts'
import { listPage } from './list-query.ts'

const view = createSchemaView({})
const items = [
  { id: 1, name: 'Delta', country: 'DE', tags: ['big'], zooId: 1 },
  { id: 2, name: 'alpha', country: 'FR', tags: [], zooId: 2 },
  { id: 3, name: 'Charlie', country: 'DE', tags: ['small', 'big'], zooId: 1 },
  { id: 4, name: 'Bravo', country: 'GB', tags: ['small'], zooId: 2 },
]
const properties = ['id', 'name', 'country', 'tags', 'zooId']
const operation = (defaults: Record<string, number> = {}): MockOperation => ({
  name: 'list',
  operationId: 'list',
  method: 'GET',
  path: '/x',
  tags: [],
  security: [],
  responses: [],
  parameters: Object.entries(defaults).map(([name, value]) => ({
    name,
    in: 'query' as const,
    required: false,
    style: 'form',
    explode: true,
    schema: { type: 'integer', default: value },
  })),
})
const ids = (query: Record<string, unknown>, op = operation()) =>
  listPage(items, query, op, properties, view).items.map((i) => i.id)

describe('listPage', () => {
  it.each([
    ['no query', {}, [1, 2, 3, 4]],
    ['an equality filter', { country: 'DE' }, [1, 3]],
    ['a snake_case filter for a camelCase property', { zoo_id: 2 }, [2, 4]],
    ['a list of wanted values', { country: ['FR', 'GB'] }, [2, 4]],
    ['an array property containing the value', { tags: 'big' }, [1, 3]],
    ['a deepObject filter', { filter: { country: 'DE', zooId: '1' } }, [1, 3]],
    ['an unknown parameter (ignored)', { cursor: 'abc' }, [1, 2, 3, 4]],
    ['sortby + order', { sortby: 'name', order: 'desc' }, [2, 1, 3, 4]],
    ['sort with a minus', { sort: '-id' }, [4, 3, 2, 1]],
    ['sort with :asc', { sort: 'country:asc' }, [1, 3, 2, 4]],
    ['sort by an unknown field (ignored)', { sortby: 'nope' }, [1, 2, 3, 4]],
    ['limit + offset', { limit: 2, offset: 1 }, [2, 3]],
    ['page + page_size', { page: 2, page_size: 3 }, [4]],
    ['page + per_page', { page: 1, per_page: 1 }, [1]],
    ['pageSize alone', { pageSize: 2 }, [1, 2]],
  ])('%s', (_, query, want) => {
    expect(ids(query)).toEqual(want)
  })

  it('applies the declared default page size, and reports the total before pagination', () => {
    expect(ids({}, operation({ limit: 3 }))).toEqual([1, 2, 3])
    expect(ids({ page: 2 }, operation({ page_size: 3 }))).toEqual([4])
    expect(listPage(items, { country: 'DE', limit: 1 }, operation(), properties, view)).toMatchObject({
      total: 2,
      offset: 0,
      limit: 1,
    })
  })
})
