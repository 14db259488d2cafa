/**
 * Iterative walks over the reference graph (`ref-graph.ts`): which occurrences leave each node, the back
 * edges of a depth-first walk, strongly connected components (Tarjan), and a post-order. None recurses,
 * so a chain of thousands of references cannot overflow the stack.
 *
 * @module
 */
import type { RefGraph } from './ref-graph.ts'

/** The outgoing occurrences of each node, for the occurrences `keep` selects. */
export function adjacency(graph: RefGraph, keep: (occurrence: number) => boolean): number[][] {
  const edges: number[][] = graph.nodes.map(() => [])
  for (let occurrence = 0; occurrence < graph.from.length; occurrence++) {
    const from = graph.from[occurrence] as number
    if (from >= 0 && keep(occurrence)) edges[from]?.push(occurrence)
  }
  return edges
}

/** The back edges of a depth-first walk along `edges`, roots taken in node order. */
export function backEdges(graph: RefGraph, edges: readonly number[][]): number[] {
  const back: number[] = []
  depthFirst(
    graph,
    edges,
    (occurrence, onWalk) => {
      if (onWalk) back.push(occurrence)
    },
    () => {},
  )
  return back
}

/**
 * A depth-first walk along `edges`, roots taken in node order: `onEdge` sees each occurrence followed,
 * with whether its target is on the walk (a back edge); `onDone` sees each node once the walk has left
 * everything it reaches.
 */
function depthFirst(
  graph: RefGraph,
  edges: readonly number[][],
  onEdge: (occurrence: number, onWalk: boolean) => void,
  onDone: (node: number) => void,
): void {
  const state = new Uint8Array(graph.nodes.length) // 0 unvisited, 1 on the walk, 2 done
  const stack: number[] = []
  const next: number[] = []
  for (let root = 0; root < graph.nodes.length; root++) {
    if (state[root] !== 0) continue
    state[root] = 1
    stack.push(root)
    next.push(0)
    while (stack.length > 0) {
      const node = stack[stack.length - 1] as number
      const out = edges[node] as number[]
      const position = next[next.length - 1] as number
      if (position === out.length) {
        state[node] = 2
        onDone(node)
        stack.pop()
        next.pop()
        continue
      }
      next[next.length - 1] = position + 1
      const occurrence = out[position] as number
      const target = graph.to[occurrence] as number
      onEdge(occurrence, state[target] === 1)
      if (state[target] === 0) {
        state[target] = 1
        stack.push(target)
        next.push(0)
      }
    }
  }
}

/**
 * Strongly connected components (Tarjan, iterative). Returns each node's component, and per component
 * whether it holds a cycle (more than one node, or a node referring to itself).
 */
export function cyclicComponents(
  graph: RefGraph,
  edges: readonly number[][],
): { component: Int32Array; cyclic: boolean[] } {
  const count = graph.nodes.length
  const index = new Int32Array(count).fill(-1)
  const low = new Int32Array(count)
  const component = new Int32Array(count).fill(-1)
  const cyclic: boolean[] = []
  const onStack = new Uint8Array(count)
  const sccStack: number[] = []
  const callStack: number[] = []
  const next: number[] = []
  let counter = 0
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue
    index[root] = low[root] = counter++
    sccStack.push(root)
    onStack[root] = 1
    callStack.push(root)
    next.push(0)
    while (callStack.length > 0) {
      const node = callStack[callStack.length - 1] as number
      const out = edges[node] as number[]
      const position = next[next.length - 1] as number
      if (position < out.length) {
        next[next.length - 1] = position + 1
        const target = graph.to[out[position] as number] as number
        if (index[target] === -1) {
          index[target] = low[target] = counter++
          sccStack.push(target)
          onStack[target] = 1
          callStack.push(target)
          next.push(0)
        } else if (onStack[target] === 1) low[node] = Math.min(low[node] as number, index[target] as number)
        continue
      }
      callStack.pop()
      next.pop()
      const parent = callStack[callStack.length - 1]
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[node] as number)
      if (low[node] !== index[node]) continue
      const id = cyclic.length
      let size = 0
      let member: number | undefined
      do {
        member = sccStack.pop() as number
        onStack[member] = 0
        component[member] = id
        size++
      } while (member !== node)
      const selfLoop = out.some((occurrence) => graph.to[occurrence] === node)
      cyclic.push(size > 1 || selfLoop)
    }
  }
  return { component, cyclic }
}

/**
 * The nodes in post-order of a depth-first walk along `edges` (every node after the nodes it reaches,
 * when the edges hold no cycle).
 */
export function postOrder(graph: RefGraph, edges: readonly number[][]): number[] {
  const order: number[] = []
  depthFirst(
    graph,
    edges,
    () => {},
    (node) => order.push(node),
  )
  return order
}
