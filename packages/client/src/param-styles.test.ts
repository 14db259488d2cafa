import { describe, expect, it } from 'vitest'
import { formExploded, simple } from './default-styles.ts'
import type { ParamSerializer } from './operation.ts'
import {
  deepObject,
  encodeReserved,
  flatten,
  formUnexploded,
  jsonForm,
  jsonSimple,
  label,
  labelExploded,
  matrix,
  matrixExploded,
  pipeDelimited,
  simpleExploded,
  spaceDelimited,
} from './param-styles.ts'

/**
 * OpenAPI 3.1.1 §4.8.12.4 Style Examples, row by row: `color` as "" (empty), "blue", ["blue","black","brown"]
 * and { R: 100, G: 200, B: 150 }. Query styles are shown there with a leading `?` that is not part of the
 * parameter's serialisation; n/a cells are left out.
 */
const table: [
  string,
  boolean,
  ParamSerializer,
  { empty?: string; string?: string; array?: string; object?: string },
][] = [
  [
    'matrix',
    false,
    matrix,
    {
      empty: ';color',
      string: ';color=blue',
      array: ';color=blue,black,brown',
      object: ';color=R,100,G,200,B,150',
    },
  ],
  [
    'matrix',
    true,
    matrixExploded,
    {
      empty: ';color',
      string: ';color=blue',
      array: ';color=blue;color=black;color=brown',
      object: ';R=100;G=200;B=150',
    },
  ],
  [
    'label',
    false,
    label,
    { empty: '.', string: '.blue', array: '.blue,black,brown', object: '.R,100,G,200,B,150' },
  ],
  [
    'label',
    true,
    labelExploded,
    { empty: '.', string: '.blue', array: '.blue.black.brown', object: '.R=100.G=200.B=150' },
  ],
  [
    'simple',
    false,
    simple,
    { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R,100,G,200,B,150' },
  ],
  [
    'simple',
    true,
    simpleExploded,
    { empty: '', string: 'blue', array: 'blue,black,brown', object: 'R=100,G=200,B=150' },
  ],
  [
    'form',
    false,
    formUnexploded,
    {
      empty: 'color=',
      string: 'color=blue',
      array: 'color=blue,black,brown',
      object: 'color=R,100,G,200,B,150',
    },
  ],
  [
    'form',
    true,
    formExploded,
    {
      empty: 'color=',
      string: 'color=blue',
      array: 'color=blue&color=black&color=brown',
      object: 'R=100&G=200&B=150',
    },
  ],
  [
    'spaceDelimited',
    false,
    spaceDelimited,
    { array: 'color=blue%20black%20brown', object: 'color=R%20100%20G%20200%20B%20150' },
  ],
  [
    'pipeDelimited',
    false,
    pipeDelimited,
    { array: 'color=blue%7Cblack%7Cbrown', object: 'color=R%7C100%7CG%7C200%7CB%7C150' },
  ],
  ['deepObject', true, deepObject, { object: 'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150' }],
]

const values = {
  empty: '',
  string: 'blue',
  array: ['blue', 'black', 'brown'],
  object: { R: 100, G: 200, B: 150 },
}

describe('serialisers: OpenAPI 3.1 §4.8.12.4 Style Examples', () => {
  const cases = table.flatMap(([style, explode, serializer, row]) =>
    Object.entries(row).map(
      ([kind, want]) => [style, explode, kind as keyof typeof values, want, serializer] as const,
    ),
  )
  it.each(cases)('%s explode=%s %s → %s', (_style, _explode, kind, want, serializer) => {
    expect(serializer('color', values[kind], encodeURIComponent)).toBe(want)
  })

  it('covers every defined cell of the table (11 rows with cells, 37 cells)', () => {
    expect(table).toHaveLength(11)
    expect(cases).toHaveLength(37)
  })
})

describe('serialisers: values', () => {
  it('percent-encodes names and values, keeping the style delimiters', () => {
    expect(formExploded('q', 'a/b c&d', encodeURIComponent)).toBe('q=a%2Fb%20c%26d')
    expect(simple('id', 'a/b c', encodeURIComponent)).toBe('a%2Fb%20c')
    expect(formUnexploded('t', ['a,b', 'c'], encodeURIComponent)).toBe('t=a%2Cb,c')
  })

  it('skips undefined and null object properties, and empty arrays and objects', () => {
    expect(formExploded('o', { a: 1, b: undefined, c: null }, encodeURIComponent)).toBe('a=1')
    expect(formExploded('a', [], encodeURIComponent)).toBe('')
    expect(formUnexploded('a', [], encodeURIComponent)).toBe('')
    expect(simple('o', {}, encodeURIComponent)).toBe('')
  })

  it('leaves out undefined and null array items in every style, as deepObject does', () => {
    const tags = ['a', null, 'b', undefined]
    expect(formExploded('t', tags, encodeURIComponent)).toBe('t=a&t=b')
    expect(formUnexploded('t', tags, encodeURIComponent)).toBe('t=a,b')
    expect(simple('t', tags, encodeURIComponent)).toBe('a,b')
    expect(pipeDelimited('t', tags, encodeURIComponent)).toBe('t=a%7Cb')
    expect(matrixExploded('t', tags, encodeURIComponent)).toBe(';t=a;t=b')
    expect(formExploded('t', [null], encodeURIComponent)).toBe('')
    expect(deepObject('t', tags, encodeURIComponent)).toBe('t=a&t=b')
  })

  it('writes numbers, booleans and Dates as text', () => {
    expect(formExploded('n', 0, encodeURIComponent)).toBe('n=0')
    expect(simple('b', false, encodeURIComponent)).toBe('false')
    expect(formExploded('d', new Date(Date.UTC(2024, 0, 2)), encodeURIComponent)).toBe(
      'd=2024-01-02T00%3A00%3A00.000Z',
    )
  })

  it('nests deepObject values and repeats keys of arrays inside them', () => {
    const value = { a: { b: 'c' }, tags: ['x', 'y'], skip: undefined }
    expect(deepObject('f', value, encodeURIComponent)).toBe('f%5Ba%5D%5Bb%5D=c&f%5Btags%5D=x&f%5Btags%5D=y')
  })

  it('JSON-encodes content-typed parameters as one value', () => {
    expect(jsonForm('c', { lat: 1, long: 2 }, encodeURIComponent)).toBe(
      'c=%7B%22lat%22%3A1%2C%22long%22%3A2%7D',
    )
    expect(jsonSimple('c', ['a'], String)).toBe('["a"]')
  })
})

describe('encodeReserved (allowReserved)', () => {
  it('keeps reserved characters that are safe in a query value and percent-encoded triples', () => {
    expect(encodeReserved("a/b:c?d@e!$'()*,;=f")).toBe("a/b:c?d@e!$'()*,;=f")
    expect(encodeReserved('already%20encoded')).toBe('already%20encoded')
  })

  it('encodes what would change the query: space, # [ ] & +, a lone %, non-ASCII', () => {
    expect(encodeReserved('a b#c[d]&e+f%g')).toBe('a%20b%23c%5Bd%5D%26e%2Bf%25g')
    expect(encodeReserved('ü😀')).toBe('%C3%BC%F0%9F%98%80')
  })

  it('is used as the encoder of a style', () => {
    expect(formUnexploded('path', ['/a b', 'c'], encodeReserved)).toBe('path=/a%20b,c')
  })
})

describe('flatten', () => {
  it('produces bracketed keys for objects, repeated keys for arrays, and leaves out null', () => {
    expect(flatten('a', { b: { c: 1 }, d: [1, 2], e: null })).toEqual([
      ['a[b][c]', '1'],
      ['a[d]', '1'],
      ['a[d]', '2'],
    ])
  })
})
