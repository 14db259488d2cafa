/**
 * Route candidates of resource inference: which paths are collections (a static last segment) with an
 * item route beside them (`/zoos` and `/zoos/{zooId}`), and the operations on each, plus the naming
 * helpers (`segments`, singular and camel-case forms of a collection's name).
 *
 * @module
 */
import type { MockData, MockOperation } from '../data.ts'

/** A whole-segment path parameter: `{zooId}`. */
export const PARAM = /^\{([^{}]+)\}$/

/** The segments of a path template, without a trailing slash. */
export function segments(path: string): string[] {
  return path.replace(/\/+$/, '').split('/')
}

/** `animal-types` → `animalTypes`. */
export function camel(text: string): string {
  return text.replace(/[-_]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase())
}

/** A collection name's singular: `zoos` → `zoo`, `categories` → `category`. */
export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`
  if (/(ss|us)$/i.test(word)) return word
  if (/(s|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2)
  return word.replace(/s$/i, '')
}

/** A collection path, its item path (if any) and the operations on each. */
export interface Candidate {
  readonly collectionPath: string
  readonly itemPath: string | undefined
  readonly itemParam: string | undefined
  readonly collectionOps: readonly MockOperation[]
  readonly itemOps: readonly MockOperation[]
}

/** Every path with a static last segment, as a collection candidate. */
export function candidates(data: MockData): Candidate[] {
  const byPath = new Map<string, MockOperation[]>()
  for (const operation of data.operations) {
    const list = byPath.get(operation.path) ?? []
    list.push(operation)
    byPath.set(operation.path, list)
  }
  const items = new Map<string, { path: string; param: string }>()
  for (const path of byPath.keys()) {
    const parts = segments(path)
    const param = PARAM.exec(parts[parts.length - 1] ?? '')?.[1]
    const parent = parts.slice(0, -1)
    const last = parent[parent.length - 1] ?? ''
    if (param === undefined || parent.length < 2 || last === '' || last.includes('{')) continue
    items.set(parent.join('/'), { path, param })
  }
  const out: Candidate[] = []
  const collections = new Set([
    ...items.keys(),
    ...[...byPath.keys()].map((path) => segments(path).join('/')),
  ])
  for (const collectionPath of collections) {
    const last = segments(collectionPath).pop() ?? ''
    if (last === '' || last.includes('{')) continue
    const item = items.get(collectionPath)
    const collectionOps = [...byPath]
      .filter(([path]) => segments(path).join('/') === collectionPath)
      .flatMap(([, ops]) => ops)
    out.push({
      collectionPath,
      itemPath: item?.path,
      itemParam: item?.param,
      collectionOps,
      itemOps: item === undefined ? [] : (byPath.get(item.path) ?? []),
    })
  }
  return out
}
