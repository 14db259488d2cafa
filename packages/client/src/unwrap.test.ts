import { describe, expect, it } from 'vitest'
import { StatusError, StatuslineError } from './errors.ts'
import { match } from './match.ts'
import type { ErrorMember, SuccessMember } from './result.ts'
import { unwrap } from './unwrap.ts'

type Zoo = { name: string }
type Problem = { message: string }
type Result =
  | SuccessMember<200, 200, Zoo, { 'x-rate-limit': number }>
  | SuccessMember<204, 204, undefined, Record<string, never>>
  | ErrorMember<404, 404, Problem, Record<string, never>>
  | ErrorMember<'5XX', 500 | 503, Problem, Record<string, never>>

/** Widens a member to the whole union, as a call's result is typed. */
const widen = (member: Result): Result => member

const ok = widen({
  ok: true,
  status: 200,
  key: 200,
  data: { name: 'Berlin' },
  headers: { 'x-rate-limit': 5 },
  response: new Response(),
})
const missing = widen({
  ok: false,
  status: 404,
  key: 404,
  error: { message: 'no zoo' },
  headers: {},
  response: new Response(null, { status: 404 }),
})

describe('unwrap', () => {
  it('returns the data of a 2xx member', () => {
    expect(unwrap(ok)).toEqual({ name: 'Berlin' })
  })

  it('throws a StatusError carrying the member otherwise', () => {
    const error = (() => {
      try {
        return unwrap(missing)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(StatusError)
    expect(error).toBeInstanceOf(StatuslineError)
    expect((error as StatusError<Result>).result).toBe(missing)
    expect((error as Error).name).toBe('StatusError')
    expect((error as Error).message).toBe('[statusline] Failed to unwrap: the request answered 404')
  })

  it('accepts a promise of a member', async () => {
    await expect(unwrap(Promise.resolve(ok))).resolves.toEqual({ name: 'Berlin' })
    await expect(unwrap(Promise.resolve(missing))).rejects.toBeInstanceOf(StatusError)
  })
})

describe('match', () => {
  const handlers = {
    200: (m: Extract<Result, { key: 200 }>) => `zoo ${m.data.name}`,
    204: () => 'nothing',
    404: (m: Extract<Result, { key: 404 }>) => `missing: ${m.error.message}`,
    '5XX': (m: Extract<Result, { key: '5XX' }>) => `server ${m.status}`,
  }

  it('calls the handler of the member key', () => {
    expect(match(ok, handlers)).toBe('zoo Berlin')
    expect(match(missing, handlers)).toBe('missing: no zoo')
    const failed = widen({
      ok: false,
      status: 503,
      key: '5XX',
      error: { message: 'down' },
      headers: {},
      response: new Response(),
    })
    expect(match(failed, handlers)).toBe('server 503')
  })

  it('throws a clear error when a handler is missing at run time', () => {
    expect(() => match(missing, {} as typeof handlers)).toThrow(
      '[statusline] Failed to match: no handler for key 404',
    )
  })
})
