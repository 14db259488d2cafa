/**
 * Unique, safe names for every operation of a document: the generated function's camelCase name and
 * the PascalCase stem of its types. OpenAPI 3.1 §4.8.10 requires operationIds to be unique, but real
 * documents repeat them, and distinct ids collapse to one identifier (`get_user`, `get-user`, `GetUser`
 * all become `getUser`); this module makes the result unique anyway, deterministically.
 *
 * Rules, in order:
 * 1. The candidate is `toCamelCase(operationId)`; when that is empty (no operationId, or one made only
 *    of punctuation or emoji) it is the id derived from method + path (see `identifiers.ts`).
 * 2. Candidates are compared case-insensitively on their PascalCase form, so type stems are unique even
 *    on case-insensitive file systems. Operations with a usable operationId are named before those whose
 *    name is derived, so `getUsers()` is always the operation whose id says `getUsers`. Within each group
 *    the first operation in spec order keeps its candidate; each later one gets the smallest numbered suffix from 2 (`getUser2`, `getUser3`; `getV2_2` when the candidate
 *    already ends in a digit) that is neither taken nor another operation's candidate.
 * 3. A function name in `RESERVED_VALUE_NAMES` and a type stem in `RESERVED_TYPE_NAMES` get a `_`
 *    suffix (`delete_`, `Status2xx_`). Candidates never end in `_`, so this cannot create a collision.
 *
 * @module
 */

import { deriveOperationId, toCamelCase, upperFirst } from './identifiers.ts'
import { RESERVED_TYPE_NAMES, RESERVED_VALUE_NAMES } from './reserved-names.ts'

/** What naming needs to know about one operation. */
export interface NamingInput {
  /** The operationId as written, or undefined when the operation has none. */
  readonly operationId: string | undefined
  readonly method: string
  readonly path: string
}

/** The names given to one operation. */
export interface OperationNames {
  /** The operationId as written, or the derived one when the spec has none. */
  readonly operationId: string
  /** camelCase function name, unique among the operations. */
  readonly name: string
  /** PascalCase type stem, unique among the operations regardless of case. */
  readonly typeName: string
}

/** The comparison key of a candidate: its PascalCase form, lower-cased. */
function keyOf(candidate: string): string {
  return upperFirst(candidate).toLowerCase()
}

/** The candidate identifier of one operation (rule 1). */
function candidateOf(input: NamingInput, operationId: string): string {
  return toCamelCase(operationId) || deriveOperationId(input.method, input.path)
}

/**
 * Names every operation, in the order given (spec order), following the module's rules.
 *
 * @example
 * assignOperationNames([
 *   { operationId: 'get_user', method: 'get', path: '/a' },
 *   { operationId: 'GetUser', method: 'get', path: '/b' },
 *   { operationId: undefined, method: 'delete', path: '/zoos/{zId}' },
 * ])
 * // [{ name: 'getUser', typeName: 'GetUser', … }, { name: 'getUser2', typeName: 'GetUser2', … },
 * //  { operationId: 'deleteZoosByZId', name: 'deleteZoosByZId', typeName: 'DeleteZoosByZId' }]
 */
export function assignOperationNames(inputs: readonly NamingInput[]): OperationNames[] {
  const operationIds = inputs.map((input) => input.operationId ?? deriveOperationId(input.method, input.path))
  const candidates = inputs.map((input, index) => candidateOf(input, operationIds[index] ?? ''))
  const natural = new Set(candidates.map(keyOf))
  const taken = new Set<string>()
  const chosenNames: string[] = []
  // Explicit operationIds are named first, so a derived name never takes the name an id asks for.
  const explicit = inputs.map((input) => Number(toCamelCase(input.operationId ?? '') !== ''))
  const order = [...candidates.keys()].sort((a, b) => (explicit[b] ?? 0) - (explicit[a] ?? 0) || a - b)
  for (const index of order) {
    const candidate = candidates[index] ?? ''
    let chosen = candidate
    if (taken.has(keyOf(candidate))) {
      const separator = /\p{N}$/u.test(candidate) ? '_' : ''
      for (let n = 2; ; n++) {
        chosen = `${candidate}${separator}${n}`
        const key = keyOf(chosen)
        if (!taken.has(key) && !natural.has(key)) break
      }
    }
    taken.add(keyOf(chosen))
    chosenNames[index] = chosen
  }
  return candidates.map((_, index) => {
    const chosen = chosenNames[index] ?? ''
    const typeName = upperFirst(chosen)
    return {
      operationId: operationIds[index] ?? '',
      name: RESERVED_VALUE_NAMES.has(chosen) ? `${chosen}_` : chosen,
      typeName: RESERVED_TYPE_NAMES.has(typeName) ? `${typeName}_` : typeName,
    }
  })
}
