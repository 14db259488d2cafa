import { describe, expect, it } from 'vitest'
import { createCoverageTracker, formatCoverage } from './coverage.ts'
import type { MockOperation } from './data.ts'

function operation(name: string, keys: string[]): MockOperation {
  return {
    name,
    operationId: name,
    method: 'GET',
    path: `/${name}`,
    tags: [],
    parameters: [],
    responses: keys.map((key) => ({ key, statuses: [], noContent: true, contents: [], headers: [] })),
    security: [],
  }
}

describe('coverage', () => {
  const operations = [operation('getZoo', ['200', '404', '4XX', 'default']), operation('ping', ['204'])]

  it('splits declared keys into exercised and missing, in spec order', () => {
    const tracker = createCoverageTracker()
    tracker.hit('getZoo', 'default')
    tracker.hit('getZoo', '200')
    tracker.hit('getZoo', '200')
    expect(tracker.entries(operations)).toEqual([
      { operation: 'getZoo', exercised: ['200', 'default'], missing: ['404', '4XX'] },
      { operation: 'ping', exercised: [], missing: ['204'] },
    ])
    tracker.reset()
    expect(tracker.entries(operations)[0]?.exercised).toEqual([])
  })

  it('renders an aligned table with the overall share', () => {
    const report = formatCoverage([
      { operation: 'getZoo', exercised: ['200', 'default'], missing: ['404', '4XX'] },
      { operation: 'ping', exercised: [], missing: ['204'] },
    ])
    expect(report).toBe(
      [
        'operation  exercised     missing',
        'getZoo     200, default  404, 4XX',
        'ping       -             204',
        '2 of 5 declared response keys exercised (40.0%)',
      ].join('\n'),
    )
  })

  it('reports 100% for an API without declared keys', () => {
    expect(formatCoverage([])).toBe(
      'operation  exercised  missing\n0 of 0 declared response keys exercised (100.0%)',
    )
  })
})
