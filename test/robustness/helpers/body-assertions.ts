/**
 * A TypeScript module asserting that mock bodies are assignable to the generated types: one annotated
 * declaration per body, `export const body12: Body<'getZoo', 404> = { … }`, where `Body<O, S>` is the
 * `data` (2xx) or `error` type of the member of `OperationTypes[O]['result']` whose `status` admits `S`.
 *
 * Why an annotated declaration of the JSON written as a fresh literal:
 * - literals stay literal: a literal in a position whose contextual type has literal types of its
 *   primitive is not widened, so `"available"` checks against `'available' | 'sold'` and `[1, "a"]`
 *   against a tuple (no `as const`, which would make everything readonly and need a deep-readonly
 *   version of every generated type);
 * - excess-property checks stay on: a property the type calls excess is either one the schema declares
 *   there (the type lost it: a failure) or one it merely admits (the types are closed where
 *   `additionalProperties` is absent, by openapi-typescript's convention: listed, not failed; see
 *   `classify-disagreements.ts`). With checks off, a lost property would go unnoticed.
 *
 * @module
 */
import type { MockBody } from './mock-bodies.ts'

/** The helper types every assertion module starts with. */
const PRELUDE = `import type { OperationTypes } from './operation-types.js';

type Member<R, S extends number> = R extends { readonly status: infer T } ? ([S] extends [T] ? R : never) : never;
type BodyOf<M> = M extends { readonly data: infer D } ? D : M extends { readonly error: infer E } ? E : never;
type Body<O extends keyof OperationTypes, S extends number> = BodyOf<Member<OperationTypes[O]['result'], S>>;
`

/** `value` as a TypeScript expression: JSON, except that a `__proto__` key is computed (a literal one sets the prototype). */
export function literalOf(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literalOf).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(
      ([key, item]) => `${key === '__proto__' ? '["__proto__"]' : JSON.stringify(key)}: ${literalOf(item)}`,
    )
    return `{${entries.join(', ')}}`
  }
  return JSON.stringify(value)
}

/** The name of the declaration of body `index`. */
export function declarationName(index: number): string {
  return `body${index}`
}

/** The module asserting `bodies` (numbered from `first`, so chunks of one document do not collide). */
export function assertionModule(bodies: readonly MockBody[], first: number): string {
  const lines = bodies.map(
    (b, i) =>
      `export const ${declarationName(first + i)}: Body<${JSON.stringify(b.operation)}, ${b.status}> = ${literalOf(b.body)};`,
  )
  return `${PRELUDE}\n${lines.join('\n')}\n`
}
