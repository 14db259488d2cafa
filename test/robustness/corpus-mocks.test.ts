/**
 * The mocks of every real document of the shared corpus load and answer schema-valid bodies. Per document:
 * load → model → `buildMockData` (the data `mock-data.ts` holds, round-tripped through JSON as the
 * generated module parses it) → `createMock` with validation and credential checks on → for every
 * operation, a valid request (sampled parameters and body, credentials) through msw's `getResponse`,
 * whose answer must be the operation's default status with a body valid against its declared schema;
 * and for the first operations of each document, every declared status scripted in turn. Skips with a
 * message when the corpus is absent (the SDKs' compile over the corpus is `schema-types.corpus.test.ts`).
 */
import {
  createMock,
  createSampler,
  createValidator,
  type MockData,
  type MockOperation,
  type SchemaValidator,
} from '@statusline/mock'
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildMockData } from '../../generator/src/emit/mocks/build-mock-data.ts'
import { loadSpec } from '../../generator/src/load/index.ts'
import { buildModel } from '../../generator/src/model/build-model.ts'
import { corpusSpecs } from '../helpers/corpus.ts'
import { responseFor } from '../helpers/example-sdks.ts'
import { validRequest } from './helpers/valid-request.ts'

const BASE = 'https://corpus.mock.test/base'
/** Operations per document whose every declared status is scripted and checked. */
const STATUS_OPERATIONS = 15
const SEED = 11

interface Failure {
  readonly operation: string
  readonly status: number | string
  readonly problem: string
}

/** What is wrong with `response` as the answer of `operation` with `status`, or undefined when right. */
async function check(
  operation: MockOperation,
  response: Response,
  status: number,
  validator: SchemaValidator,
): Promise<string | undefined> {
  const text = await response.text()
  if (response.status !== status) return `answered ${response.status}: ${text.slice(0, 300)}`
  if ([204, 205, 304].includes(status) || operation.method === 'HEAD')
    return text === '' ? undefined : 'a body where none is allowed'
  const declared = responseFor(operation, status)
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (declared === undefined || declared.contents.length === 0) {
    if (status < 400 || text === '') return undefined
    return type === 'application/problem+json'
      ? undefined
      : `an error without a declared body answered as ${type}`
  }
  // A declared range (`audio/*`) is answered as a type of it (`audio/mpeg`); declared parameters
  // (`; charset=utf-8`) are not part of the type.
  const essence = (mediaType: string) => (mediaType.split(';')[0] ?? '').trim().toLowerCase()
  const covers = (range: string) =>
    range === '*/*' || (range.endsWith('/*') && type.startsWith(range.slice(0, -1)))
  const content =
    declared.contents.find((c) => essence(c.mediaType) === type) ??
    declared.contents.find((c) => covers(essence(c.mediaType))) ??
    (declared.contents.length === 1 ? declared.contents[0] : undefined)
  if (content === undefined)
    return `content-type ${type} is not among ${declared.contents.map((c) => c.mediaType).join(', ')}`
  if (content.kind !== 'json' || content.schema === undefined) return undefined
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return `a ${type} body that is not JSON: ${text.slice(0, 200)}`
  }
  const verdict = validator.validate(content.schema, body, { direction: 'response' })
  return verdict.valid
    ? undefined
    : `invalid body: ${JSON.stringify(verdict.errors.slice(0, 3))} in ${text.slice(0, 300)}`
}

/** Loads a document into mock data, as `statusline mock` and the generated `mock-data.ts` do. */
async function mockDataOf(path: string): Promise<MockData> {
  const loaded = await loadSpec(path, { validate: false })
  const { model } = buildModel(loaded.document, loaded.source)
  return JSON.parse(JSON.stringify(buildMockData(model))) as MockData
}

const corpus = corpusSpecs()
const figures: string[] = []

describe.skipIf(corpus.specs.length === 0)(
  `corpus: every operation's mock answers a valid body${corpus.missing === undefined ? '' : ` (skipped: ${corpus.missing}; run bash ../shared/corpus/fetch-corpus.sh .cache/corpus --core > .cache/corpus-list.tsv)`}`,
  () => {
    it.each(corpus.specs.map((spec) => [spec.id, spec.path] as const))(
      '%s',
      async (_id, path) => {
        const started = performance.now()
        const data = await mockDataOf(path)
        const mock = createMock(data, { baseUrl: BASE, seed: SEED, maxCalls: 10 })
        const root = { components: data.components }
        const validator = createValidator({ root, openapi: data.openapi })
        const sampler = createSampler({ root, openapi: data.openapi, seed: SEED, validator })
        const failures: Failure[] = []
        let answers = 0
        const ask = async (operation: MockOperation, status: number | undefined): Promise<void> => {
          answers++
          const request = validRequest(data, operation, sampler, BASE, SEED)
          let response: Response | undefined
          try {
            response = await getResponse([...mock.handlers], request)
          } catch (error) {
            failures.push({
              operation: operation.name,
              status: status ?? 'default',
              problem: `threw ${String(error)}`,
            })
            return
          }
          if (response === undefined) {
            failures.push({
              operation: operation.name,
              status: status ?? 'default',
              problem: 'no handler answered',
            })
            return
          }
          const expected =
            status ?? mock.statuses(operation.name).find((s) => s >= 200 && s < 300) ?? response.status
          const problem = await check(operation, response, expected, validator)
          if (problem !== undefined) failures.push({ operation: operation.name, status: expected, problem })
        }
        for (const operation of data.operations) await ask(operation, undefined)
        for (const operation of data.operations.slice(0, STATUS_OPERATIONS)) {
          for (const status of mock.statuses(operation.name)) {
            mock.scenario(operation.name, status)
            await ask(operation, status)
          }
          mock.reset()
        }
        const ms = Math.round(performance.now() - started)
        figures.push(
          `${_id}: ${data.operations.length} operations, ${answers} answers, ${failures.length} invalid, ${ms} ms`,
        )
        console.log(`[corpus-mocks] ${figures.at(-1)}`)
        expect(failures.slice(0, 20)).toEqual([])
      },
      300_000,
    )
  },
)
