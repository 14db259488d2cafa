import { describe, expect, test } from 'vitest'
import { breakEagerCycles, Cut, MAX_EAGER_CHAIN } from './eager-cycles.ts'
import { OccurrenceFlag, RefGraph } from './ref-graph.ts'

const { Eager, Array: InArray, Intersection } = OccurrenceFlag

/** A graph of `count` component nodes and the given occurrences `[from, to, flags, depth?]`. */
function graphOf(count: number, edges: readonly (readonly [number, number, number, number?])[]): RefGraph {
  const graph = new RefGraph()
  for (let index = 0; index < count; index++)
    graph.nodeOf({ pointer: `#/components/schemas/N${index}`, schema: {} }, 'read')
  for (const [from, to, flags, depth] of edges) graph.occurrence(from, to, flags, depth ?? 1)
  return graph
}

describe('breakEagerCycles', () => {
  test.each<
    [string, { count: number; edges: [number, number, number, number?][]; cut: number[]; aliased: number[] }]
  >([
    ['no references', { count: 2, edges: [], cut: [], aliased: [0, 0] }],
    ['lazy references never matter', { count: 1, edges: [[0, 0, 0]], cut: [0], aliased: [0] }],
    ['a union with itself is cut', { count: 1, edges: [[0, 0, Eager]], cut: [Cut.Cycle], aliased: [0] }],
    [
      'a union cycle of two is cut once, at the back edge',
      {
        count: 2,
        edges: [
          [0, 1, Eager],
          [1, 0, Eager],
        ],
        cut: [0, Cut.Cycle],
        aliased: [0, 0],
      },
    ],
    [
      'an intersection cycle is cut at the intersection, not the union',
      {
        count: 2,
        edges: [
          [0, 1, Eager],
          [1, 0, Eager | Intersection],
        ],
        cut: [0, Cut.Cycle],
        aliased: [0, 0],
      },
    ],
    [
      'an array of itself becomes an alias',
      { count: 1, edges: [[0, 0, Eager | InArray]], cut: [0], aliased: [1] },
    ],
    [
      'a cycle through an array aliases every node on it',
      {
        count: 3,
        edges: [
          [0, 1, Eager],
          [1, 0, Eager | InArray],
          [2, 0, Eager],
        ],
        cut: [0, 0, 0],
        aliased: [1, 1, 0],
      },
    ],
  ])('%s', (_, { count, edges, cut, aliased }) => {
    const breaks = breakEagerCycles(graphOf(count, edges))
    expect([...breaks.cut]).toEqual(cut)
    expect([...breaks.aliased]).toEqual(aliased)
  })

  test('a chain of eager references longer than the limit is cut every MAX_EAGER_CHAIN steps', () => {
    const count = 1000
    const edges = Array.from(
      { length: count - 1 },
      (_, index) => [index, index + 1, Eager, 0] as [number, number, number, number],
    )
    const { cut } = breakEagerCycles(graphOf(count, edges))
    const cuts = [...cut].flatMap((value, index) => (value === Cut.Depth ? [index] : []))
    expect(cuts.length).toBe(Math.floor((count - 1) / (MAX_EAGER_CHAIN + 1)))
    for (let index = 1; index < cuts.length; index++) {
      expect((cuts[index] as number) - (cuts[index - 1] as number)).toBe(MAX_EAGER_CHAIN + 1)
    }
  })

  test('array references inside an aliased cycle do not count towards the chain', () => {
    const count = 600
    const edges = Array.from(
      { length: count },
      (_, index) => [index, (index + 1) % count, Eager | InArray, 0] as [number, number, number, number],
    )
    const { cut, aliased } = breakEagerCycles(graphOf(count, edges))
    expect([...cut].every((value) => value === 0)).toBe(true)
    expect([...aliased].every((value) => value === 1)).toBe(true)
  })
})
