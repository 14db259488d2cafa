/**
 * A small generator of strings from ECMAScript regular expressions, for the `pattern` keyword:
 * alternation, groups (capturing, named, non-capturing), classes and their escapes, quantifiers,
 * backreferences; anchors, word boundaries, negative lookaheads and lookbehinds produce nothing, and a
 * positive lookahead `(?=X)` produces nothing too, or, when asked, a match of X in its place, which
 * is what a pattern whose lookahead demands a prefix (`^arn:(?=[^:]+:fsx:)…`) needs (callers verify the
 * result against the real RegExp and retry).
 *
 * @module
 */

/** A parsed regular expression. */
export type RegexNode =
  | { readonly t: 'seq'; readonly items: readonly RegexNode[] }
  | { readonly t: 'alt'; readonly options: readonly RegexNode[] }
  | { readonly t: 'set'; readonly ranges: readonly (readonly [number, number])[]; readonly negated: boolean }
  | { readonly t: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number }
  | { readonly t: 'group'; readonly node: RegexNode; readonly index: number | undefined }
  | { readonly t: 'backref'; readonly ref: number | string }
  | { readonly t: 'ahead'; readonly node: RegexNode }
  | { readonly t: 'empty' }

type Range = readonly [number, number]
/** The most repetitions of one quantified atom (`a{1000000}` gives a non-matching string, then an issue). */
const MAX_REPEAT = 1000
const DIGIT: Range[] = [[48, 57]]
const WORD: Range[] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
]
const SPACE: Range[] = [
  [32, 32],
  [9, 9],
]
const LETTER: Range[] = [
  [65, 90],
  [97, 122],
  [0xe0, 0xf6],
]
const PRINTABLE: Range = [32, 126]
const LINE_BREAKS: Range[] = [
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
]

/** Parses `source`; throws on syntax it does not understand. */
export function parseRegex(source: string): { node: RegexNode; names: Map<string, number> } {
  const p = { s: source, i: 0, groups: 0, names: new Map<string, number>() }
  const node = alternation(p)
  if (p.i < source.length) throw new Error(`unexpected ${JSON.stringify(source[p.i])} at ${p.i}`)
  return { node, names: p.names }
}

interface Parser {
  readonly s: string
  i: number
  groups: number
  readonly names: Map<string, number>
}

function alternation(p: Parser): RegexNode {
  const options = [sequence(p)]
  while (p.s[p.i] === '|') {
    p.i++
    options.push(sequence(p))
  }
  return options.length === 1 ? (options[0] as RegexNode) : { t: 'alt', options }
}

function sequence(p: Parser): RegexNode {
  const items: RegexNode[] = []
  while (p.i < p.s.length && p.s[p.i] !== '|' && p.s[p.i] !== ')') items.push(quantified(p, atom(p)))
  return { t: 'seq', items }
}

function quantified(p: Parser, node: RegexNode): RegexNode {
  let min: number
  let max: number
  const c = p.s[p.i]
  if (c === '*') [min, max] = [0, Infinity]
  else if (c === '+') [min, max] = [1, Infinity]
  else if (c === '?') [min, max] = [0, 1]
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.s.slice(p.i))
    if (m === null) return node
    min = Number(m[1])
    max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    p.i += m[0].length - 1
  } else return node
  p.i++
  if (p.s[p.i] === '?' || p.s[p.i] === '+') p.i++
  return { t: 'repeat', node, min, max }
}

function atom(p: Parser): RegexNode {
  const c = p.s[p.i++] as string
  if (c === '^' || c === '$') return { t: 'empty' }
  if (c === '.') return { t: 'set', ranges: LINE_BREAKS, negated: true }
  if (c === '[') return charClass(p)
  if (c === '(') return group(p)
  if (c === '\\') return escapeAtom(p)
  const code = p.s.codePointAt(p.i - 1) as number
  if (code > 0xffff) p.i++
  return { t: 'set', ranges: [[code, code]], negated: false }
}

function group(p: Parser): RegexNode {
  let index: number | undefined
  if (p.s.startsWith('?:', p.i)) p.i += 2
  else if (/^\?<?[=!]/.test(p.s.slice(p.i, p.i + 3))) {
    const ahead = p.s[p.i + 1] === '='
    p.i += p.s[p.i + 1] === '<' ? 3 : 2
    const node = alternation(p)
    expect(p, ')')
    return ahead ? { t: 'ahead', node } : { t: 'empty' }
  } else {
    index = ++p.groups
    const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(p.s.slice(p.i))
    if (named !== null) {
      p.names.set(named[1] as string, index)
      p.i += named[0].length
    }
  }
  const node = alternation(p)
  expect(p, ')')
  return { t: 'group', node, index }
}

function expect(p: Parser, c: string): void {
  if (p.s[p.i] !== c) throw new Error(`expected ${JSON.stringify(c)} at ${p.i}`)
  p.i++
}

function escapeAtom(p: Parser): RegexNode {
  const c = p.s[p.i] as string
  if (c === 'b' || c === 'B') {
    p.i++
    return { t: 'empty' }
  }
  if (/[1-9]/.test(c)) {
    const m = /^\d+/.exec(p.s.slice(p.i)) as RegExpExecArray
    p.i += m[0].length
    return { t: 'backref', ref: Number(m[0]) }
  }
  if (c === 'k' && p.s[p.i + 1] === '<') {
    const end = p.s.indexOf('>', p.i)
    const name = p.s.slice(p.i + 2, end)
    p.i = end + 1
    return { t: 'backref', ref: name }
  }
  const { ranges, negated } = escapeSet(p)
  return { t: 'set', ranges, negated }
}

/** Reads an escape (after the backslash) as a set of code points. */
function escapeSet(p: Parser): { ranges: Range[]; negated: boolean } {
  const c = p.s[p.i++] as string
  const classes: Record<string, Range[]> = { d: DIGIT, w: WORD, s: SPACE }
  if (c in classes) return { ranges: classes[c] as Range[], negated: false }
  if (c.toLowerCase() in classes && c !== c.toLowerCase()) {
    return { ranges: classes[c.toLowerCase()] as Range[], negated: true }
  }
  if (c === 'p' || c === 'P') {
    const end = p.s.indexOf('}', p.i)
    const name = p.s.slice(p.i + 1, end)
    p.i = end + 1
    const ranges = /^(N|Nd|Digit)/.test(name) ? DIGIT : LETTER
    return { ranges, negated: c === 'P' }
  }
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 }
  if (c in simple) return single(simple[c] as number)
  if (c === 'x' || c === 'u') {
    const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}|^[0-9a-fA-F]{2}/.exec(p.s.slice(p.i))
    const hex = m === null ? undefined : (m[1] ?? m[0])
    if (m === null || hex === undefined || (c === 'x' && m[0].length !== 2))
      return single(c.codePointAt(0) as number)
    p.i += m[0].length
    return single(Number.parseInt(hex, 16))
  }
  if (c === 'c' && /[A-Za-z]/.test(p.s[p.i] ?? '')) return single((p.s.charCodeAt(p.i++) as number) % 32)
  return single(c.codePointAt(0) as number)
}

function single(code: number): { ranges: Range[]; negated: boolean } {
  return { ranges: [[code, code]], negated: false }
}

function charClass(p: Parser): RegexNode {
  const negated = p.s[p.i] === '^'
  if (negated) p.i++
  const ranges: Range[] = []
  let first = true
  while (p.i < p.s.length && (p.s[p.i] !== ']' || first)) {
    first = false
    const lo = classAtom(p)
    if (p.s[p.i] === '-' && p.s[p.i + 1] !== ']' && p.i + 1 < p.s.length && lo.length === 1) {
      p.i++
      const hi = classAtom(p)
      const a = lo[0] as Range
      const b = hi[0] as Range
      if (hi.length === 1 && a[0] <= b[1]) ranges.push([a[0], b[1]])
      else ranges.push(...lo, [45, 45], ...hi)
    } else ranges.push(...lo)
  }
  expect(p, ']')
  return { t: 'set', ranges, negated }
}

function classAtom(p: Parser): Range[] {
  if (p.s[p.i] !== '\\') {
    const code = p.s.codePointAt(p.i) as number
    p.i += code > 0xffff ? 2 : 1
    return [[code, code]]
  }
  p.i++
  if (p.s[p.i] === 'b') {
    p.i++
    return [[8, 8]]
  }
  const { ranges, negated } = escapeSet(p)
  return negated ? complement(ranges) : ranges
}

/** The printable ASCII characters outside `ranges`. */
function complement(ranges: readonly Range[]): Range[] {
  const out: Range[] = []
  for (let code = PRINTABLE[0]; code <= PRINTABLE[1]; code++) {
    if (!ranges.some(([lo, hi]) => code >= lo && code <= hi)) out.push([code, code])
  }
  return out
}

/** Randomness the generator draws from. */
export interface RegexRandom {
  /** An integer in `[min, max]`. */
  int(min: number, max: number): number
}

/**
 * Generates one string meant to match `node`; `extra` bounds how far unbounded repeats go past their
 * minimum, and `lookaheads` writes a match of each positive lookahead where it stands (else nothing).
 */
export function generateFromRegex(
  parsed: { node: RegexNode; names: Map<string, number> },
  random: RegexRandom,
  extra: number,
  lookaheads = false,
): string {
  const captures = new Map<number, string>()
  const gen = (node: RegexNode): string => {
    switch (node.t) {
      case 'empty':
        return ''
      case 'seq':
        return node.items.map(gen).join('')
      case 'alt':
        return gen(node.options[random.int(0, node.options.length - 1)] as RegexNode)
      case 'set':
        return String.fromCodePoint(pick(node, random))
      case 'repeat': {
        const min = Math.min(node.min, MAX_REPEAT)
        const max = Math.min(Number.isFinite(node.max) ? node.max : min + extra, MAX_REPEAT)
        const count = random.int(min, Math.max(min, max))
        let out = ''
        for (let i = 0; i < count; i++) out += gen(node.node)
        return out
      }
      case 'group': {
        const text = gen(node.node)
        if (node.index !== undefined) captures.set(node.index, text)
        return text
      }
      case 'backref': {
        const index = typeof node.ref === 'number' ? node.ref : parsed.names.get(node.ref)
        return index === undefined ? '' : (captures.get(index) ?? '')
      }
      case 'ahead':
        return lookaheads ? gen(node.node) : ''
    }
  }
  return gen(parsed.node)
}

function pick(node: { ranges: readonly Range[]; negated: boolean }, random: RegexRandom): number {
  let ranges: readonly Range[] = node.ranges
  if (node.negated) ranges = complement(node.ranges)
  else {
    const printable = ranges
      .map(([lo, hi]): Range => [Math.max(lo, PRINTABLE[0]), Math.min(hi, PRINTABLE[1])])
      .filter(([lo, hi]) => lo <= hi)
    if (printable.length > 0) ranges = printable
  }
  if (ranges.length === 0) return 0xe9
  const total = ranges.reduce((n, [lo, hi]) => n + hi - lo + 1, 0)
  let k = random.int(0, total - 1)
  for (const [lo, hi] of ranges) {
    if (k <= hi - lo) {
      const code = lo + k
      return code >= 0xd800 && code <= 0xdfff ? 0xe9 : code
    }
    k -= hi - lo + 1
  }
  return ranges[0]?.[0] ?? 0xe9
}
