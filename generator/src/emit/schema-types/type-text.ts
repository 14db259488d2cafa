/**
 * Type text with its precedence, so composed types are parenthesised only where TypeScript needs it:
 * a union inside an intersection or an array, an intersection inside an array.
 *
 * @module
 */

/** How tightly a type expression binds: a union, an intersection, or an atom (`X`, `{…}`, `X[]`, `'a'`). */
export const Precedence = { Union: 0, Intersection: 1, Atom: 2 } as const

/** One of the {@link Precedence} levels. */
export type Precedence = (typeof Precedence)[keyof typeof Precedence]

/** A type expression and its precedence. */
export interface TypeText {
  readonly text: string
  readonly precedence: Precedence
  /** Of a union: the text of each member, so that a union of unions writes each member once. */
  readonly members?: readonly string[]
}

/** An atomic type expression: a keyword, a reference, a literal, an object or array type. */
export function atom(text: string): TypeText {
  return { text, precedence: Precedence.Atom }
}

/** `unknown`, the type of schemas that constrain nothing the type system can say. */
export const UNKNOWN: TypeText = atom('unknown')

/** `never`, the type of the `false` schema. */
export const NEVER: TypeText = atom('never')

/** The text of a type, parenthesised when it binds less tightly than `at`. */
export function wrap(type: TypeText, at: Precedence): string {
  return type.precedence < at ? `(${type.text})` : type.text
}

/**
 * The union of types, each written once, in order (a member that is a union counts as its members);
 * `never` members are dropped and an `unknown` member absorbs the others. An empty union is `never`.
 */
export function unionOf(types: readonly TypeText[]): TypeText {
  if (types.length === 1) return types[0] as TypeText
  const seen = new Set<string>()
  const texts: string[] = []
  for (const type of types) {
    if (type.text === 'unknown') return UNKNOWN
    for (const text of type.members ?? [type.text]) {
      if (text === 'never' || seen.has(text)) continue
      seen.add(text)
      texts.push(text)
    }
  }
  if (texts.length === 0) return NEVER
  const [only] = texts
  // One text left from members of unions: its precedence is unknown, so it is wrapped where a union would be.
  if (texts.length === 1 && only !== undefined)
    return types.find((type) => type.text === only) ?? { text: only, precedence: Precedence.Union }
  return { text: texts.join(' | '), precedence: Precedence.Union, members: texts }
}

/**
 * The intersection of types, each written once, in order; `unknown` members are dropped. An empty
 * intersection is `unknown`.
 */
export function intersectionOf(types: readonly TypeText[]): TypeText {
  if (types.length === 1) return types[0] as TypeText
  const kept: TypeText[] = []
  const seen = new Set<string>()
  for (const type of types) {
    if (type.text === 'unknown' || seen.has(type.text)) continue
    seen.add(type.text)
    kept.push(type)
  }
  const [first] = kept
  if (first === undefined) return UNKNOWN
  if (kept.length === 1) return first
  return {
    text: kept.map((type) => wrap(type, Precedence.Intersection)).join(' & '),
    precedence: Precedence.Intersection,
  }
}

/** `T[]`, with `T` parenthesised when it is a union or intersection. */
export function arrayOf(type: TypeText): TypeText {
  return atom(`${wrap(type, Precedence.Atom)}[]`)
}
