// Tests of the bench's pure helpers and of the load client. Not part of `npm test` (the workspace's
// vitest config does not include bench/); run with: npx vitest run bench/lib/bench-helpers.test.mjs
import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { runLoad } from '../load.mjs'
import { parseSizeTable } from '../measures/size.mjs'
import { pickGets, schemaFor } from './pick-gets.mjs'
import { allOrders, median, roundOrder } from './stats.mjs'
import { formatValue, ratio, renderTable } from './table.mjs'

describe('stats', () => {
  it.each([
    ['odd count', [3, 1, 2], 2],
    ['even count', [4, 1, 3, 2], 2.5],
    ['ignores null and NaN', [null, 5, Number.NaN, 7], 6],
    ['empty', [], null],
  ])('median: %s', (_name, values, want) => {
    expect(median(values)).toBe(want)
  })

  it('roundOrder rotates by one per round', () => {
    expect(roundOrder(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c'])
    expect(roundOrder(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a'])
    expect(roundOrder(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a'])
  })

  it('allOrders gives every order once, each item right after each other one equally often', () => {
    const orders = allOrders(['a', 'b', 'c'])
    expect(orders).toHaveLength(6)
    expect(new Set(orders.map((order) => order.join(''))).size).toBe(6)
    const after = {}
    for (const order of orders)
      for (let at = 1; at < order.length; at++) {
        const pair = order[at - 1] + order[at]
        after[pair] = (after[pair] ?? 0) + 1
      }
    expect(Object.keys(after)).toHaveLength(6)
    expect(new Set(Object.values(after))).toEqual(new Set([2]))
    expect(allOrders([])).toEqual([[]])
  })
})

describe('pickGets', () => {
  const doc = {
    openapi: '3.0.3',
    paths: {
      '/text': { get: { responses: { 200: { content: { 'text/plain': { schema: { type: 'string' } } } } } } },
      '/orgs/{org}': {
        parameters: [{ $ref: '#/components/parameters/org' }],
        get: {
          operationId: 'orgs/get',
          responses: { 200: { $ref: '#/components/responses/org' } },
        },
      },
      '/items/{id}': {
        get: {
          operationId: 'items/get',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 5 } },
            { name: 'q', in: 'query', required: true, schema: { type: 'string', enum: ['open', 'closed'] } },
            { name: 'page', in: 'query', schema: { type: 'integer' } },
          ],
          responses: { 201: { content: { 'application/vnd.x+json': { schema: { type: 'object' } } } } },
        },
      },
      '/hashes/{sha}': {
        get: {
          parameters: [
            {
              name: 'sha',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[0-9a-f]{40}$' },
            },
          ],
          responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/secret': {
        get: {
          parameters: [{ name: 'x-token', in: 'header', required: true, schema: { type: 'string' } }],
          responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
    components: {
      parameters: { org: { name: 'org', in: 'path', required: true, schema: { type: 'string' } } },
      responses: {
        org: { content: { 'application/json': { schema: { $ref: '#/components/schemas/org' } } } },
      },
      schemas: { org: { type: 'object' } },
    },
  }

  it('keeps GETs with a JSON 2xx schema whose required parameters can be filled, in document order', () => {
    const picked = pickGets(doc, 10)
    expect(picked.map((request) => [request.id, request.url, request.accept])).toEqual([
      ['orgs/get', '/orgs/octocat', 'application/json'],
      ['items/get', '/items/5?q=open', 'application/vnd.x+json'],
    ])
  })

  it('stops at count', () => {
    expect(pickGets(doc, 1)).toHaveLength(1)
  })

  it('schemaFor follows response $refs and falls back to the first JSON media type', () => {
    const [orgs, items] = pickGets(doc, 2)
    expect(schemaFor(doc, orgs.responses, 200, 'application/json; charset=utf-8')).toEqual({
      $ref: '#/components/schemas/org',
    })
    expect(schemaFor(doc, items.responses, 201, 'text/html')).toEqual({ type: 'object' })
    expect(schemaFor(doc, items.responses, 200, 'application/json')).toBeUndefined()
  })
})

describe('table', () => {
  it('formats values and ratios', () => {
    expect(formatValue(1234.5)).toBe('1,235')
    expect(formatValue(12.345)).toBe('12.3')
    expect(formatValue(1.2345)).toBe('1.23')
    expect(formatValue(null)).toBe('—')
    expect(formatValue(10, 'count')).toBe('10')
    expect(ratio(2, 4)).toBe(0.5)
    expect(ratio(2, 0)).toBe(null)
    expect(ratio(null, 4)).toBe(null)
  })

  it('renders one line per peer, the measurement and statusline once', () => {
    const lines = renderTable([
      {
        measurement: 'gen',
        unit: 's',
        better: 'lower',
        statusline: { label: 'full', value: 2 },
        peers: [
          { label: 'a', value: 4 },
          { label: 'b', value: null },
        ],
      },
    ])
    expect(lines).toHaveLength(4)
    expect(lines[2]).toMatch(/^gen\s+s, lower is better\s+2\.00 \(full\)\s+a\s+4\.00\s+0\.50×$/)
    expect(lines[3]).toMatch(/^\s+b\s+—\s+—$/)
  })
})

describe('parseSizeTable', () => {
  it('reads the numbered rows of client-size.mjs', () => {
    const rows = parseSizeTable(
      [
        'app                                     min B   gzip B  vs openapi-fetch',
        '1. statusline: one zoo operation     5106     2610  0.98×',
        "3. statusline: one of GitHub's 1223 operations     5121     2622  0.99×",
        'GitHub check: 2622 B vs 2610 B',
      ].join('\n'),
    )
    expect([...rows.keys()]).toEqual([1, 3])
    expect(rows.get(3)).toMatchObject({ min: 5121, gzip: 2622 })
  })
})

describe('runLoad', () => {
  it('counts 2xx, non-2xx and errors and reports latencies', async () => {
    let count = 0
    const server = http.createServer((_request, response) => {
      count++
      response.writeHead(count % 4 === 0 ? 500 : 200, { 'content-type': 'application/json' })
      response.end('{}')
    })
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const result = await runLoad({
        url: `http://127.0.0.1:${server.address().port}/`,
        seconds: 0.5,
        connections: 4,
        warmupSeconds: 0.1,
      })
      expect(result.ok).toBeGreaterThan(0)
      expect(result.non2xx).toBeGreaterThan(0)
      expect(result.errors).toBe(0)
      expect(result.requests).toBe(result.ok + result.non2xx)
      expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms)
      expect(result.rps).toBeCloseTo(result.ok / result.seconds, 5)
    } finally {
      server.close()
    }
  })

  it('counts connection errors', async () => {
    const result = await runLoad({
      url: 'http://127.0.0.1:9/',
      seconds: 0.2,
      connections: 2,
      warmupSeconds: 0,
    })
    expect(result.ok).toBe(0)
    expect(result.errors).toBeGreaterThan(0)
  })
})
