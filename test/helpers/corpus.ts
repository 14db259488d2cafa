/**
 * The real-world documents of the shared corpus: from `.cache/corpus-list.tsv` when CI wrote it, else
 * from the fetch script (warm cache: no network), within a time limit. Empty when neither is available.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { ROOT } from './paths.ts'

/** The list CI writes after fetching the corpus: `id<TAB>path` per line. */
const LIST = `${ROOT}.cache/corpus-list.tsv`

/** The fetch script of the shared corpus, beside the repository. */
const FETCH = `${ROOT}../shared/corpus/fetch-corpus.sh`

/** One corpus document. */
export interface CorpusSpec {
  readonly id: string
  readonly path: string
}

function parseList(text: string): CorpusSpec[] {
  return text
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length >= 2 && fields[0] !== '' && fields[1] !== '')
    .map(([id = '', path = '']) => ({ id, path }))
    .filter((spec) => existsSync(spec.path))
}

/** The core corpus, and why it is empty when it is. */
export function corpusSpecs(): { specs: CorpusSpec[]; missing?: string } {
  if (existsSync(LIST)) {
    const specs = parseList(readFileSync(LIST, 'utf8'))
    if (specs.length > 0) return { specs }
  }
  if (!existsSync(FETCH)) return { specs: [], missing: `${FETCH} not found` }
  try {
    const out = execFileSync('bash', [FETCH, `${ROOT}.cache/corpus`, '--core'], {
      encoding: 'utf8',
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    const specs = parseList(out)
    return specs.length > 0 ? { specs } : { specs, missing: 'fetch-corpus.sh listed no spec' }
  } catch {
    return { specs: [], missing: 'fetch-corpus.sh failed (no network and no cache?)' }
  }
}
