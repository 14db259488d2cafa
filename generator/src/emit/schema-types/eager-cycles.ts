/**
 * Which references of `schema.d.ts` must be written differently so that TypeScript accepts recursive
 * schemas. A member of an interface is resolved eagerly through unions, intersections, arrays, tuples
 * and indexed access; only object types defer their members. So `X: components['schemas']['X'][]` is
 * error TS2502 ("referenced directly or indirectly in its own type annotation"), while
 * `X: { next: components['schemas']['X'] }` is fine.
 *
 * Given the eager references between nodes (see `ref-graph.ts`):
 * 1. a cycle through union members only (`A: oneOf [A, string]`) says nothing more than its other
 *    members: the back edges of a depth-first walk over union references are cut (written `never`);
 * 2. a cycle through an intersection (`Pet: { oneOf: [Dog] }`, `Dog: { allOf: [Pet, …] }`) cannot be
 *    resolved: every intersection reference inside such a strongly connected set is cut (written as
 *    the target's own properties, or `unknown`); what remains has no cycle of direct references;
 * 3. what cycles remain pass through an array or tuple (`Json: oneOf [string, array of Json]`): their
 *    nodes are declared as type aliases, in which TypeScript defers array and tuple element types,
 *    and refer to one another by alias name;
 * 4. TypeScript resolves a chain of eager references recursively and overflows its stack near a
 *    thousand (`A0: A1 | …`, `A1: A2 | …`): where a chain, counting the inline nesting at each
 *    reference, would exceed {@link MAX_EAGER_CHAIN}, the reference is cut (written `unknown`).
 *
 * All walks are iterative, so a long chain of references cannot overflow the stack.
 *
 * @module
 */
import { adjacency, backEdges, cyclicComponents, postOrder } from './graph-walks.ts'
import { OccurrenceFlag, type RefGraph } from './ref-graph.ts'

/** How long a chain of eager references may be, each counting one plus its inline depth. */
export const MAX_EAGER_CHAIN = 200

/** How a cut occurrence is written. */
export const Cut = {
  /** Part of a cycle: `never` in a union, the target's own properties (or `unknown`) in an intersection. */
  Cycle: 1,
  /** Too deep a chain: `unknown`. */
  Depth: 2,
} as const

/** What the analysis decided. */
export interface CycleBreaks {
  /** Per occurrence: 0, or the {@link Cut} that replaces it. */
  readonly cut: Uint8Array
  /** Per node: 1 when it is declared as a type alias. */
  readonly aliased: Uint8Array
}

/** Decides the cuts and the type aliases, as the module describes. */
export function breakEagerCycles(graph: RefGraph): CycleBreaks {
  const { flags, from, to } = graph
  const cut = new Uint8Array(flags.length)
  const has = (occurrence: number, flag: number) => ((flags[occurrence] as number) & flag) !== 0
  const direct = (occurrence: number) =>
    has(occurrence, OccurrenceFlag.Eager) && !has(occurrence, OccurrenceFlag.Array) && cut[occurrence] === 0

  const unionEdges = adjacency(graph, (o) => direct(o) && !has(o, OccurrenceFlag.Intersection))
  for (const occurrence of backEdges(graph, unionEdges)) cut[occurrence] = Cut.Cycle

  const directEdges = adjacency(graph, direct)
  const directParts = cyclicComponents(graph, directEdges)
  for (let occurrence = 0; occurrence < flags.length; occurrence++) {
    if (!direct(occurrence) || !has(occurrence, OccurrenceFlag.Intersection)) continue
    const source = directParts.component[from[occurrence] as number] as number
    if (directParts.cyclic[source] && source === directParts.component[to[occurrence] as number]) {
      cut[occurrence] = Cut.Cycle
    }
  }

  const eagerEdges = adjacency(graph, (o) => has(o, OccurrenceFlag.Eager) && cut[o] === 0)
  const eagerParts = cyclicComponents(graph, eagerEdges)
  const aliased = new Uint8Array(graph.nodes.length)
  for (let node = 0; node < graph.nodes.length; node++) {
    if (eagerParts.cyclic[eagerParts.component[node] as number]) aliased[node] = 1
  }

  // Array references inside one aliased cycle are deferred; every other eager reference is resolved
  // on the spot, and those form no cycle any more.
  const { component } = eagerParts
  const deferred = (o: number) =>
    has(o, OccurrenceFlag.Array) &&
    aliased[from[o] as number] === 1 &&
    component[from[o] as number] === component[to[o] as number]
  const chains = adjacency(graph, (o) => has(o, OccurrenceFlag.Eager) && cut[o] === 0 && !deferred(o))
  const height = new Int32Array(graph.nodes.length)
  for (const node of postOrder(graph, chains)) {
    let longest = 0
    for (const occurrence of chains[node] as number[]) {
      const reach = (graph.depths[occurrence] as number) + 1 + (height[to[occurrence] as number] as number)
      if (reach > MAX_EAGER_CHAIN) cut[occurrence] = Cut.Depth
      else longest = Math.max(longest, reach)
    }
    height[node] = longest
  }
  return { cut, aliased }
}
