/**
 * The JSON bodies a mock answers, per operation and status: for each seed, a mock of the document is
 * asked every operation once unscripted (its default status) and once per declared status scripted
 * with `scenario()`; each answer whose body is JSON and valid against the declared schema is kept
 * (distinct bodies only). Invalid answers are another test's business (`corpus-mocks.test.ts`).
 */
import {
  createMock,
  createSampler,
  createValidator,
  type Mock,
  type MockData,
  type MockOperation,
  type UntypedOperations,
} from '@statusline/mock'
import { getResponse } from 'msw'
import { responseFor } from '../../helpers/example-sdks.ts'
import { validRequest } from './valid-request.ts'

const BASE = 'https://types.mock.test/base'

/** A status `scenario()` of an untyped mock takes. */
type Status = ReturnType<Mock<UntypedOperations>['statuses']>[number]

/** One JSON body the mock answered. */
export interface MockBody {
  /** The operation's name in the mock data (the key of `OperationTypes`). */
  readonly operation: string
  /** The status the mock answered. */
  readonly status: number
  /** The seed of the mock that answered it. */
  readonly seed: number
  /** The body, parsed. */
  readonly body: unknown
  /** The body as JSON text (its length is what the caps count). */
  readonly text: string
  /** The schema of the declared content it answers. */
  readonly schema: unknown
}

/** How many answers to collect and keep. */
export interface CollectOptions {
  /** Seeds of the mocks asked; each gives other optional properties, nullables and `oneOf` branches. */
  readonly seeds: readonly number[]
  /** Operations (in document order) whose declared statuses are scripted too; the rest answer only their default. */
  readonly statusOperations?: number
  /** Bodies longer than this (JSON characters) are dropped, to keep the type-check fast. */
  readonly maxBodyChars?: number
}

/** What collecting found: the bodies, and how many answers were asked and left out (and why). */
export interface Collected {
  readonly bodies: MockBody[]
  readonly asked: number
  readonly notJson: number
  readonly invalid: number
  readonly tooLong: number
}

/** A media type without its parameters, lower case (`application/json; charset=utf-8` → `application/json`). */
function essence(mediaType: string): string {
  return mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
}

/** The JSON body of `response` when it is declared JSON and valid against its schema, else why not. */
async function jsonBody(
  operation: MockOperation,
  response: Response,
  validator: ReturnType<typeof createValidator>,
): Promise<{ body: unknown; text: string; schema: unknown } | 'not-json' | 'invalid'> {
  const declared = responseFor(operation, response.status)
  const text = await response.text()
  const type = essence(response.headers.get('content-type') ?? '')
  // The declared media type the answer names; else, for a JSON answer, the only one declared (a
  // wildcard such as `application/*`).
  const content =
    declared?.contents.find((c) => essence(c.mediaType) === type) ??
    (declared?.contents.length === 1 && /[/+]json$/.test(type) ? declared.contents[0] : undefined)
  if (text === '' || content === undefined || content.kind !== 'json' || content.schema === undefined)
    return 'not-json'
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return 'invalid'
  }
  const verdict = validator.validate(content.schema, body, { direction: 'response' })
  return verdict.valid ? { body, text: JSON.stringify(body), schema: content.schema } : 'invalid'
}

/** Asks mocks of `data` for every operation (and scripted statuses) under each seed; see the module comment. */
export async function collectMockBodies(data: MockData, options: CollectOptions): Promise<Collected> {
  const root = { components: data.components }
  const validator = createValidator({ root, openapi: data.openapi })
  const seen = new Set<string>()
  const bodies: MockBody[] = []
  const counts = { asked: 0, notJson: 0, invalid: 0, tooLong: 0 }
  const maxChars = options.maxBodyChars ?? Number.POSITIVE_INFINITY
  for (const seed of options.seeds) {
    const mock = createMock(data, { baseUrl: BASE, seed, maxCalls: 10 })
    const sampler = createSampler({ root, openapi: data.openapi, seed, validator })
    const ask = async (name: string, status: Status | undefined): Promise<void> => {
      const operation = data.operations.find((o) => o.name === name)
      if (operation === undefined) return
      if (status !== undefined) mock.scenario(name, status)
      counts.asked++
      const response = await getResponse(
        [...mock.handlers],
        validRequest(data, operation, sampler, BASE, seed),
      )
      if (response === undefined)
        throw new Error(`[statusline] Failed to get an answer of ${name} from the mock`)
      const found = await jsonBody(operation, response, validator)
      if (found === 'not-json') counts.notJson++
      else if (found === 'invalid') counts.invalid++
      else if (found.text.length > maxChars) counts.tooLong++
      else {
        const key = `${name} ${response.status} ${found.text}`
        if (seen.has(key)) return
        seen.add(key)
        bodies.push({ operation: name, status: response.status, seed, ...found })
      }
    }
    for (const operation of data.operations) await ask(operation.name, undefined)
    for (const operation of data.operations.slice(0, options.statusOperations ?? Number.POSITIVE_INFINITY)) {
      for (const status of mock.statuses(operation.name)) await ask(operation.name, status)
      mock.reset()
    }
  }
  return { bodies, ...counts }
}
