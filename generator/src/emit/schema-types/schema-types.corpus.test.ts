import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPOSITORY, renderInto, SCRATCH, SDK_FILES, typecheckDirectory } from './compile-generated.ts'

/** The list CI writes after fetching the corpus: `id<TAB>path` per line. */
const LIST = join(REPOSITORY, '.cache', 'corpus-list.tsv')

/** The fetch script of the shared corpus, beside the repository. */
const FETCH = join(REPOSITORY, '..', 'shared', 'corpus', 'fetch-corpus.sh')

/** `id<TAB>path` lines, parsed; lines without both fields are ignored. */
function parseList(text: string): [string, string][] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter(
      (fields): fields is [string, string] => fields.length >= 2 && fields[0] !== '' && fields[1] !== '',
    )
    .map(([id, path]) => [id, path])
}

/**
 * The core corpus: from `.cache/corpus-list.tsv` when CI wrote it, else from the fetch script (warm
 * cache: no network), within a time limit. Empty when neither is available.
 */
function corpus(): [string, string][] {
  if (existsSync(LIST)) return parseList(readFileSync(LIST, 'utf8'))
  if (!existsSync(FETCH)) return []
  try {
    const out = execFileSync('bash', [FETCH, join(REPOSITORY, '.cache', 'corpus'), '--core'], {
      encoding: 'utf8',
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return parseList(out).filter(([, path]) => existsSync(path))
  } catch {
    return []
  }
}

const SPECS = corpus()

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
