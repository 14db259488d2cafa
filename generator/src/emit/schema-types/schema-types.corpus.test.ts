import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { corpusSpecs } from '../../../../test/helpers/corpus.ts'
import { renderInto, SCRATCH, SDK_FILES, typecheckDirectory } from './compile-generated.ts'

const SPECS = corpusSpecs().specs.map(({ id, path }) => [id, path] as const)

describe('the SDK of every corpus document compiles (strict, skipLibCheck: false)', () => {
  if (SPECS.length === 0) {
    test.skip('the corpus is absent: run `bash ../shared/corpus/fetch-corpus.sh .cache/corpus --core`', () => {})
    return
  }

  test.each(SPECS)(
    '%s',
    async (id, path) => {
      const dir = join(SCRATCH, 'corpus', id)
      await renderInto(path, dir)
      expect(typecheckDirectory(dir, SDK_FILES)).toEqual([])
    },
    600_000,
  )
})
