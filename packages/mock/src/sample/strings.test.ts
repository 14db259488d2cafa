import { describe, expect, it } from 'vitest'
import { samplerFor, sampleValid } from './testing.ts'

const PATTERNS = [
  '^[a-z]{3,8}$',
  '^\\d{3}-\\d{4}$',
  '^(foo|bar|baz)-\\d+$',
  '^(?:[A-Z][a-z]+ ?){2}$',
  '^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$',
  '^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$',
  '^(?<year>\\d{4})-(0[1-9]|1[0-2])-\\k<year>$',
  '^(a+)b\\1$',
  '^[\\w.-]+/[\\w.-]+$',
  '^\\p{Lu}\\p{L}*$',
  '^[\\u0041-\\u005A]{2}\\x2D\\d$',
  'abc',
  '^v\\d+(\\.\\d+){0,2}(-[a-z]+)?$',
  '^[A-Za-z0-9+/]{4}*$',
  '^\\S+\\s\\S+$',
  '^(?!admin)[a-z]+$',
  // Positive lookaheads that demand a prefix (Amazon Kinesis Analytics, Amazon FSx).
  '^(?=^\\$)(?=^\\S+$).*$',
  '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$',
  '^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d]{8,64}$',
  '^.{2}x$',
  '^[\\w-\\.]+$',
  '^$',
]

describe('strings', () => {
  const { sampler, issues } = samplerFor({}, '3.1.0')

  it.each(PATTERNS)('generates matches of /%s/', (pattern) => {
    sampleValid(sampler, { type: 'string', pattern }, 15)
    expect(issues).toEqual([])
  })

  it('satisfies pattern and lengths together', () => {
    const values = sampleValid(
      sampler,
      { type: 'string', pattern: '^[a-z]+$', minLength: 20, maxLength: 22 },
      10,
    )
    expect(values.every((v) => /^[a-z]{20,22}$/.test(String(v)))).toBe(true)
    sampleValid(sampler, { type: 'string', pattern: '[0-9]', minLength: 30 }, 10)
    // A commit SHA (GitHub AE): letters past `f` do not pad it, its own characters do.
    sampleValid(sampler, { type: 'string', pattern: '^[0-9a-fA-F]+$', minLength: 40, maxLength: 40 }, 25)
  })

  it('generates from a pattern written as a regular-expression literal', () => {
    const values = sampleValid(sampler, { type: 'string', pattern: '/^[a-z0-9._]+$/', minLength: 1 }, 10)
    expect(values.every((v) => /^[a-z0-9._]+$/.test(String(v)))).toBe(true)
    sampleValid(sampler, { type: 'string', pattern: '/^[0-9]{4}[a-z]$/i' }, 10)
  })

  it('satisfies a format and a pattern together', () => {
    // ShipEngine's dates: the pattern alone also matches `9073-12-32T22:62:70Z`, which is no date-time.
    const pattern = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[-+]\\d{2}:\\d{2})$'
    sampleValid(sampler, { type: 'string', format: 'date-time', pattern }, 25)
    // Unicourt's dates are exactly 25 characters: `+00:00` instead of `Z`.
    for (const length of [20, 22, 25, 30])
      sampleValid(sampler, { type: 'string', format: 'date-time', minLength: length, maxLength: length }, 5)
    // A pattern the format's usual values do not match (faker's URIs are URLs) is generated from.
    const values = sampleValid(sampler, { type: 'string', format: 'uri', pattern: '^urn:isbn:[0-9]{9}$' }, 5)
    expect(values.every((v) => /^urn:isbn:[0-9]{9}$/.test(String(v)))).toBe(true)
  })

  it.each([
    [0, 0],
    [1, 1],
    [5, 5],
    [30, 40],
    [0, 3],
    [200, undefined],
    [4096, undefined],
    [5000, 5000],
  ])('respects minLength %i / maxLength %s', (minLength, maxLength) => {
    sampleValid(sampler, { type: 'string', minLength, ...(maxLength === undefined ? {} : { maxLength }) }, 10)
  })

  it("caps minLength at the sampler's limit, with an issue", () => {
    const own = samplerFor({}, '3.1.0')
    const value = own.sampler.sample({ type: 'string', minLength: 70_000 }, { seed: 1 })
    expect(String(value).length).toBeGreaterThanOrEqual(65_536)
    expect(String(value).length).toBeLessThan(70_000)
    expect(own.issues[0]?.message).toBe("minLength 70000 is over the sampler's limit of 65536")
  })

  it('counts length in code points', () => {
    sampleValid(sampler, { type: 'string', pattern: '^\\p{L}{2}$', maxLength: 2 }, 10)
  })

  it('never returns a non-matching string silently', () => {
    const own = samplerFor({}, '3.1.0')
    const value = own.sampler.sample({ type: 'string', pattern: '^[a-z]{5}$', maxLength: 3 }, { seed: 1 })
    expect(
      own.sampler.validator.validate({ type: 'string', pattern: '^[a-z]{5}$', maxLength: 3 }, value).valid,
    ).toBe(false)
    expect(own.issues.map((i) => i.keyword)).toContain('pattern')
  })
})
