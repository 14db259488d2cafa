// The CLI compiled ahead of its start: one ESM bundle of generator/src and the workspace's own TypeScript
// packages, kept in the package's node_modules/.cache and rebuilt whenever one of the files it was built
// from changes. Running the TypeScript sources through tsx instead costs every start ≈0.5–1 s: tsx
// resolves and loads each module through a loader thread, dependencies included. No build step is asked
// of the user: the first start (and the first after an edit) builds the bundle, later starts import it.
//
// Dependencies from npm stay outside the bundle and load as Node loads them: the bundle lies under the
// package's node_modules, so its bare imports resolve to the same packages as the sources' do. Each
// bundled module keeps its own `import.meta.url` (the URL of its source file), so paths resolved against
// it are unchanged.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ENTRY = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url))

/** What esbuild's metafile paths are relative to. */
const ROOT = dirname(ENTRY)

/** Bumped when the way the bundle is built changes, so that older bundles are not reused. */
const FORMAT = 1

/** `import.meta.url` as a whole expression (not `import.meta.urlSomething`). */
const IMPORT_META_URL = /\bimport\.meta\.url\b/g

/** Where this checkout's bundle and its list of inputs live. */
function cachePaths() {
  const key = createHash('sha256')
    .update(`${FORMAT}\0${ENTRY}\0${process.version}`)
    .digest('hex')
    .slice(0, 16)
  const dir = fileURLToPath(new URL('../node_modules/.cache/statusline-cli', import.meta.url))
  return { dir, bundle: join(dir, `cli-${key}.mjs`), inputs: join(dir, `cli-${key}.json`) }
}

/** `size:mtime` of a file, `undefined` when it is gone. */
function stamp(file) {
  try {
    const stat = statSync(file)
    return `${stat.size}:${stat.mtimeMs}`
  } catch {
    return undefined
  }
}

/** Whether the bundle was built from the files as they are now. */
function isFresh(paths) {
  let recorded
  try {
    recorded = JSON.parse(readFileSync(paths.inputs, 'utf8'))
  } catch {
    return false
  }
  if (stamp(paths.bundle) !== recorded.bundle) return false
  return Object.entries(recorded.files).every(([file, value]) => stamp(file) === value)
}

/** An esbuild plugin that gives each workspace module the `import.meta.url` of its own source file. */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return { contents: source.replace(IMPORT_META_URL, url), loader: 'ts' }
    })
  },
}

/** Bundles the CLI into `paths.bundle` and records the files it read. */
async function build(paths) {
  const esbuild = await import('esbuild')
  const started = Date.now()
  try {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      // npm dependencies stay imports; the workspace's TypeScript packages (`@statusline/*` resolve to
      // their `src/*.ts`) are bundled.
      plugins: [
        {
          name: 'external-dependencies',
          setup(build) {
            build.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith('@statusline/') ? undefined : { path: args.path, external: true },
            )
          },
        },
        ownImportMetaUrl,
      ],
      absWorkingDir: ROOT,
      logLevel: 'silent',
    })
    const output = result.outputFiles[0]
    if (output === undefined) throw new Error('esbuild wrote no file')
    const files = {}
    // A file saved while esbuild read it may be bundled as it was before: then nothing is recorded, and
    // the next start builds again.
    let settled = true
    for (const input of Object.keys(result.metafile.inputs)) {
      const file = resolve(ROOT, input)
      files[file] = stamp(file)
      if (!(statSync(file, { throwIfNoEntry: false })?.mtimeMs < started)) settled = false
    }
    mkdirSync(paths.dir, { recursive: true })
    // Written beside and renamed into place, so that a start running meanwhile never reads half a file.
    const unique = `${process.pid}-${Date.now()}`
    writeFileSync(`${paths.bundle}.${unique}`, output.contents)
    const bundle = stamp(`${paths.bundle}.${unique}`)
    renameSync(`${paths.bundle}.${unique}`, paths.bundle)
    if (!settled) return
    writeFileSync(`${paths.inputs}.${unique}`, JSON.stringify({ bundle, files }))
    renameSync(`${paths.inputs}.${unique}`, paths.inputs)
  } finally {
    await esbuild.stop?.()
  }
}

/**
 * The CLI's `main`, from the bundle (built first when missing or stale); `undefined` when no bundle can
 * be built or written here, or it does not load (a dependency its bare imports cannot reach from where
 * it lies): then the caller runs the sources through tsx.
 *
 * @returns {Promise<((argv: string[]) => Promise<number>) | undefined>}
 */
export async function precompiledMain() {
  const paths = cachePaths()
  try {
    if (!isFresh(paths)) await build(paths)
    const { main } = await import(pathToFileURL(paths.bundle).href)
    return typeof main === 'function' ? main : undefined
  } catch {
    return undefined
  }
}
