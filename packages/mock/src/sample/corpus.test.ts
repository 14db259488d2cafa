/**
 * The key proof of the sampler: every schema under `components.schemas` of the real documents of the
 * shared corpus, sampled with three seeds (responses) and one (requests), validates. Skips with a
 * message when the corpus cannot be fetched (no network and no cache). Prints the share of valid
 * samples per document, and timings of GitHub's big schemas.
 */

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { type CorpusSpec, corpusSpecs } from '../../../../test/helpers/corpus.ts'
import { createValidator } from '../validate/validator.ts'
import { createSampler } from './sampler.ts'
import type { SampleIssue } from './types.ts'

const SEEDS = [1, 2, 3]

function load(spec: CorpusSpec): Record<string, unknown> {
  const text = readFileSync(spec.path, 'utf8')
  return (spec.path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>
}

const corpus = corpusSpecs()
if (corpus.missing !== undefined) console.warn(`[corpus] skipped: ${corpus.missing}`)

describe.skipIf(corpus.missing !== undefined)(
  `corpus: every components.schemas sample validates${corpus.missing === undefined ? '' : ` (skipped: ${corpus.missing})`}`,
  () => {
    const documents = corpus.specs.map((spec) => ({ spec, doc: load(spec) }))
    const swagger2 = documents.filter(({ doc }) => typeof doc.openapi !== 'string').map(({ spec }) => spec.id)
    if (swagger2.length > 0)
      console.log(
        `[corpus] not sampled (Swagger 2.0, upgraded by the generator first): ${swagger2.join(', ')}`,
      )
    const openapi3 = documents.filter(({ doc }) => typeof doc.openapi === 'string')

    it.each(openapi3.map(({ spec, doc }) => [spec.id, doc] as const))(
      '%s',
      (id, doc) => {
        const components = (doc.components ?? {}) as Record<string, unknown>
        const root = { components }
        const issues: SampleIssue[] = []
        const started = performance.now()
        const sampler = createSampler({
          root,
          openapi: doc.openapi as string,
          onIssue: (issue) => issues.push(issue),
        })
        const names = Object.keys((components.schemas ?? {}) as Record<string, unknown>)
        const failures: string[] = []
        let total = 0
        for (const name of names) {
          const schema = { $ref: `#/components/schemas/${name.replaceAll('~', '~0').replaceAll('/', '~1')}` }
          const runs = [
            ...SEEDS.map((seed) => ({ seed, direction: 'response' as const })),
            { seed: 1, direction: 'request' as const },
          ]
          for (const { seed, direction } of runs) {
            total++
            const value = sampler.sample(schema, { seed, direction })
            const result = sampler.validator.validate(schema, value, { direction })
            if (!result.valid)
              failures.push(
                `${name} (seed ${seed}, ${direction}): ${JSON.stringify(result.errors.slice(0, 3))}`,
              )
          }
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1)
        const share = total === 0 ? 100 : (100 * (total - failures.length)) / total
        console.log(
          `[corpus] ${id}: ${total - failures.length}/${total} samples valid (${share.toFixed(1)}%), ${names.length} schemas, ${seconds} s`,
        )
        for (const issue of issues.slice(0, 10))
          console.log(`[corpus] ${id} issue at ${issue.path || '/'}: ${issue.keyword}: ${issue.message}`)
        expect(failures).toEqual([])
      },
      300_000,
    )

    const github = openapi3.find(({ spec }) => spec.id === 'github-rest-3.0')
    it.skipIf(github === undefined)(
      'measures GitHub: validator creation and time per sample of big schemas',
      () => {
        const doc = github?.doc as Record<string, unknown>
        const root = { components: structuredClone(doc.components) as object }
        let t = performance.now()
        const validator = createValidator({ root, openapi: doc.openapi as string })
        validator.validate({ type: 'string' }, 'warm-up')
        const create = performance.now() - t
        const sampler = createSampler({ root, openapi: doc.openapi as string, validator })
        for (const name of ['repository', 'issue', 'pull-request', 'full-repository']) {
          const schema = { $ref: `#/components/schemas/${name}` }
          t = performance.now()
          sampler.sample(schema, { seed: 1 })
          const first = performance.now() - t
          t = performance.now()
          for (let seed = 2; seed <= 21; seed++) sampler.sample(schema, { seed })
          const warm = (performance.now() - t) / 20
          console.log(
            `[corpus] github ${name}: first sample ${first.toFixed(0)} ms (compiles), then ${warm.toFixed(1)} ms per sample`,
          )
        }
        console.log(
          `[corpus] github: creating the validator (normalising 969 schemas) ${create.toFixed(0)} ms`,
        )
        expect(validator.warnings.filter((w) => !w.message.startsWith('format'))).toEqual([])
      },
      300_000,
    )
  },
)
