/**
 * Finds `$ref` chains that loop without reaching a value (`A → B → A`, or `A → A`): they have no meaning
 * and would send any resolver into an endless loop. Recursive schemas, whose *properties* refer back to
 * the schema, are not chains and are fine.
 *
 * @module
 */

import { getAtPointer, parsePointer, pointerOf } from './json-pointer.ts'

/** One looping chain: where it was first met, and the pointers it goes through (the first one repeated last). */
export interface RefCycle {
  readonly segments: readonly string[]
  readonly chain: readonly string[]
}

/**
 * Follows the `$ref` of every entry of every `components` section of a bundled document (internal `$ref`s
 * only) and reports each loop once. Linear in the number of entries: finished pointers are remembered.
 */
export function findRefCycles(document: Record<string, unknown>): RefCycle[] {
  const cycles: RefCycle[] = []
  const done = new Set<string>()
  const components = document.components
  if (typeof components !== 'object' || components === null) return cycles
  for (const [section, entries] of Object.entries(components)) {
    if (typeof entries !== 'object' || entries === null) continue
    for (const name of Object.keys(entries)) {
      const cycle = follow(document, pointerOf(['components', section, name]), done)
      if (cycle) cycles.push(cycle)
    }
  }
  return cycles
}

function follow(document: Record<string, unknown>, start: string, done: Set<string>): RefCycle | undefined {
  const path: string[] = []
  const onPath = new Set<string>()
  let pointer = start
  let cycle: RefCycle | undefined
  while (!done.has(pointer)) {
    if (onPath.has(pointer)) {
      const chain = [...path.slice(path.indexOf(pointer)), pointer]
      cycle = { segments: parsePointer(pointer), chain }
      break
    }
    const next = nextPointer(document, pointer)
    if (next === undefined) break
    onPath.add(pointer)
    path.push(pointer)
    pointer = next
  }
  for (const p of path) done.add(p)
  done.add(pointer)
  return cycle
}

/** The pointer the value at `pointer` refers to, when it is an object with an internal `$ref`. */
function nextPointer(document: Record<string, unknown>, pointer: string): string | undefined {
  const lookup = getAtPointer(document, parsePointer(pointer))
  if (!lookup.found || typeof lookup.value !== 'object' || lookup.value === null) return undefined
  const ref = (lookup.value as { $ref?: unknown }).$ref
  if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined
  try {
    return pointerOf(parsePointer(ref))
  } catch {
    return undefined
  }
}
