/**
 * The generated types accept what the generated mock answers. The types emitter and the mock's sampler
 * interpret JSON Schema independently; where they disagree, a user's SDK rejects data its own mock (and
 * so a real server) sends. Per document: generate the SDK, ask its mock for every operation's default
 * status and every declared status scripted, under several seeds (other optional properties, nullables
 * and `oneOf` branches), keep the schema-valid JSON bodies, and type-check each as a fresh literal
 * against the `data`/`error` type of the result member whose `status` was answered
 * (`helpers/body-assertions.ts` says why a fresh, annotated literal). Every compiler error is a failure
 * naming the operation, status, seed and JSON path, except one kind that is listed and counted
 * (`helpers/classify-disagreements.ts`): excess properties that the body's schema does not declare at
 * that place (it admits them: the body is valid). A required `writeOnly` property the mock leaves out of
 * a response is no exception: the types make it optional there, as OpenAPI does. The
 * corpus part skips when the corpus is absent.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { corpusSpecs } from '../helpers/corpus.ts'
import { ROOT } from '../helpers/paths.ts'
import { describeDisagreement, typesVsMock } from './helpers/types-vs-mock.ts'

const SPECS = `${ROOT}specs/`
const examples = [
  ...readdirSync(SPECS).filter((name) => name.endsWith('.yaml')),
  ...readdirSync(`${SPECS}features/`)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `features/${name}`),
]

/** Runs one document and asserts it; logs its figures and the findings it lets pass. */
async function check(
  label: string,
  spec: string,
  options: Parameters<typeof typesVsMock>[2],
  { someBodies }: { readonly someBodies: boolean },
): Promise<void> {
  const run = await typesVsMock(spec, label.replaceAll('/', '-'), options)
  const { collected } = run
  console.log(
    `[types-accept-mock-bodies] ${label}: ${collected.bodies.length} bodies checked of ${collected.asked} answers (${collected.notJson} not JSON, ${collected.invalid} invalid, ${collected.tooLong} too long); ${run.failures.length} rejected, ${run.undeclared.length} undeclared extras; generate ${run.generateMs} ms, mock ${run.collectMs} ms, tsc ${run.typecheckMs} ms`,
  )
  for (const d of run.undeclared.slice(0, 5))
    console.log(
      `[types-accept-mock-bodies] undeclared extra (not failing): ${describeDisagreement(label, d)}`,
    )
  // Bodies invalid against their schema say nothing about the types; they are the mock's own failure.
  expect(collected.invalid, `${label}: the mock answered bodies invalid against their schema`).toBe(0)
  if (someBodies) expect(collected.bodies.length).toBeGreaterThan(0)
  expect(
    run.failures.slice(0, 30).map((d) => describeDisagreement(label, d)),
    `${label}: the types reject ${run.failures.length} bodies (the first 30 shown)`,
  ).toEqual([])
}

describe('example specs: the generated types accept every body the mock answers', () => {
  it.each(examples)(
    '%s',
    async (name) => check(name, `${SPECS}${name}`, { seeds: [1, 2, 3] }, { someBodies: true }),
    60_000,
  )
})

const corpus = corpusSpecs()

describe.skipIf(corpus.specs.length === 0)(
  `corpus: the generated types accept every body the mock answers${corpus.missing === undefined ? '' : ` (skipped: ${corpus.missing}; run bash ../shared/corpus/fetch-corpus.sh .cache/corpus --core > .cache/corpus-list.tsv)`}`,
  () => {
    it.each(corpus.specs.map((spec) => [spec.id, spec.path] as const))(
      '%s',
      async (id, path) =>
        check(
          id,
          path,
          { seeds: [1, 2], statusOperations: 60, maxBodyChars: 20_000 },
          // Some corpus documents declare no JSON response body at all.
          { someBodies: false },
        ),
      300_000,
    )
  },
)
