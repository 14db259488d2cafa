// Where things are: the repo root, the bench's cache, the specs (GitHub's from the shared corpus).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repo root, with a trailing slash removed. */
export const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '')

/** The bench's scratch space. */
export const cache = join(root, '.cache/bench')

/** The statusline CLI. */
export const statuslineBin = join(root, 'generator/bin/statusline.mjs')

/** The petstore spec of the repo. */
export const petstoreSpec = join(root, 'specs/petstore.yaml')

let github

/** GitHub's path in a corpus listing (`id<TAB>path` lines, as fetch-corpus.sh prints), if it lists it. */
const githubRow = (listing) =>
  listing
    .split('\n')
    .map((line) => line.split('\t'))
    .find(([id]) => id === 'github-rest-3.0')?.[1]

/** GitHub's path in the corpus listing CI writes (`.cache/corpus-list.tsv`), when it is there. */
function listedGithubSpec() {
  const list = join(root, '.cache/corpus-list.tsv')
  if (!existsSync(list)) return undefined
  const path = githubRow(readFileSync(list, 'utf8'))
  return path !== undefined && existsSync(path) ? path : undefined
}

/**
 * Path of GitHub's REST description: the one `.cache/corpus-list.tsv` lists, else fetched into
 * .cache/corpus by the shared corpus script once (a checkout that is not beside `shared/` needs the list).
 */
export function githubSpec() {
  if (github !== undefined) return github
  const listed = listedGithubSpec()
  if (listed !== undefined) {
    github = listed
    return listed
  }
  const script = join(root, '../shared/corpus/fetch-corpus.sh')
  const listing = execFileSync('bash', [script, join(root, '.cache/corpus'), 'github-rest-3.0'], {
    encoding: 'utf8',
    timeout: 300_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const path = githubRow(listing.trim())
  if (path === undefined)
    throw new Error(
      `[statusline] Failed to find the GitHub spec: fetch-corpus.sh printed "${listing.trim()}"`,
    )
  github = path
  return path
}

/** Parses a JSON spec file. */
export function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'))
}
