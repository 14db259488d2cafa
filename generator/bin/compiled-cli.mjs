// A compile cache of the CLI. Running the TypeScript sources under tsx costs every start a loader thread
// and a round trip to it per module (≈0.4 s on the `generate` path, which loads about 100 modules);
// importing them bundled takes a few milliseconds. So the sources are bundled by the esbuild tsx brings
// into `generator/.cache/cli/`, with a manifest of every source file's size and modification time; a
// start whose sources all match imports the bundle, and any other start rebuilds it first (≈0.3 s).
// Nothing is built by hand: a missing, stale or unwritable cache only costs that rebuild, or the run
// falls back to tsx.
//
// Only TypeScript is bundled, and the JavaScript packages of BUNDLED_PACKAGES with what they import:
// other packages installed as JavaScript stay imports, and the build is refused (tsx runs instead) when
// one of them would resolve differently from the bundle's directory than from the source that imports
// it. The workspace runtimes (`@statusline/client`, `@statusline/mock`) ship JavaScript but export their
// sources under the `source` condition, which this build asks for: they are bundled from TypeScript like
// the CLI's own modules, rather than loaded module by module from `dist/` (about 100 files for the mock:
// GitHub's `statusline mock` answered its first request in a median of 821 ms against 864 ms, 9
// alternating starts each). `import.meta.url` keeps naming the source file.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Bumped when the manifest or the bundle changes shape. */
const FORMAT = 3

/** Build directories other than the current one are removed once this old (a running CLI may use one). */
const STALE_BUILD_MS = 10 * 60_000

const generatorDir = fileURLToPath(new URL('..', import.meta.url))
const entry = join(generatorDir, 'src/cli/main.ts')
const defaultCacheDir = join(generatorDir, '.cache/cli')

/** A TypeScript source: bundled. Anything else a bare specifier resolves to stays an import. */
const TYPESCRIPT = /\.(?:c|m)?tsx?$/

/**
 * JavaScript packages bundled all the same, with every module they import. MSW's entry point loads its
 * GraphQL and WebSocket support (GraphQL's parser alone is 24 modules) and interceptors the mock never
 * uses; bundled, esbuild keeps only what the mock calls (MSW declares `sideEffects: false`), and
 * GitHub's `statusline mock` answered its first request in a median of 701 ms against 820 ms (8
 * alternating starts each). Their files are inputs of the manifest, so an upgrade rebuilds the bundle.
 */
const BUNDLED_PACKAGES = new Set(['msw'])

/** The package name of a bare specifier (`msw/node` → `msw`, `@scope/name/x` → `@scope/name`). */
function packageName(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/**
 * The CLI's `main`, imported from the compile cache (rebuilt first when a source changed), or undefined
 * when there is no usable cache (the caller then runs the sources under tsx).
 *
 * @param {{ cacheDir?: string, entry?: string }} [options] - where the cache is, and the module to
 * compile (tests use other ones)
 * @returns {Promise<Record<string, unknown> | undefined>} the entry module's exports
 */
export async function loadCompiledCli(options = {}) {
  const cacheDir = options.cacheDir ?? defaultCacheDir
  const source = options.entry ?? entry
  try {
    const current = readManifest(cacheDir, source) ?? (await build(cacheDir, source))
    return current === undefined ? undefined : await import(pathToFileURL(join(cacheDir, current)).href)
  } catch {
    return undefined
  }
}

/** The bundle of the manifest, relative to `cacheDir`, when it was built from `source` as it is now. */
function readManifest(cacheDir, source) {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(join(cacheDir, 'manifest.json'), 'utf8'))
  } catch {
    return undefined
  }
  const { format, node, inputs } = manifest ?? {}
  // The bundle targets the Node version that built it.
  if (format !== FORMAT || manifest.source !== source || node !== process.version || !Array.isArray(inputs))
    return undefined
  for (const [path, size, mtimeMs] of inputs) {
    let stat
    try {
      stat = statSync(path)
    } catch {
      return undefined
    }
    if (stat.size !== size || stat.mtimeMs !== mtimeMs) return undefined
  }
  return typeof manifest.bundle === 'string' ? manifest.bundle : undefined
}

/**
 * Bundles `source` into a fresh directory of `cacheDir` and records it in the manifest; undefined when
 * it cannot be built the same way tsx would run it.
 */
async function build(cacheDir, source) {
  const esbuild = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild')
  const id = `build-${process.pid}-${Date.now().toString(36)}`
  const outdir = join(cacheDir, id)
  // esbuild resolves from existing directories only.
  mkdirSync(outdir, { recursive: true })
  const mismatches = []
  const result = await esbuild.build({
    entryPoints: { main: source },
    bundle: true,
    conditions: ['source'],
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node}`,
    outdir,
    absWorkingDir: generatorDir,
    metafile: true,
    write: true,
    logLevel: 'silent',
    plugins: [keepJavaScriptPackages(outdir, mismatches), sourceUrls()],
  })
  if (mismatches.length > 0) {
    rmSync(outdir, { recursive: true, force: true })
    return undefined
  }
  // Stat after the build: a source saved during it leaves the manifest stale, never the bundle.
  const inputs = Object.keys(result.metafile.inputs).map((input) => {
    const path = resolve(generatorDir, input)
    const { size, mtimeMs } = statSync(path)
    return [path, size, mtimeMs]
  })
  const bundle = `${id}/main.js`
  const manifest = { format: FORMAT, source, node: process.version, bundle, inputs }
  const temporary = join(cacheDir, `manifest.${id}.tmp`)
  writeFileSync(temporary, JSON.stringify(manifest))
  renameSync(temporary, join(cacheDir, 'manifest.json'))
  removeOldBuilds(cacheDir, id)
  return bundle
}

/**
 * Leaves bare imports of JavaScript packages as imports (but those of {@link BUNDLED_PACKAGES}), and
 * records those that would resolve to another file from the bundle's directory.
 */
function keepJavaScriptPackages(outdir, mismatches) {
  return {
    name: 'keep-javascript-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.path.startsWith('node:')) return undefined
        const options = { kind: args.kind, importer: args.importer, pluginData: 'resolving' }
        const fromSource = await build.resolve(args.path, { ...options, resolveDir: args.resolveDir })
        if (fromSource.errors.length > 0 || fromSource.external) return undefined
        if (TYPESCRIPT.test(fromSource.path)) return undefined
        // A JavaScript importer is in the bundle only as part of a bundled package; what it loads lazily
        // (MSW's GraphQL parser) stays a lazy import.
        const bundled = BUNDLED_PACKAGES.has(packageName(args.path)) || !TYPESCRIPT.test(args.importer)
        if (bundled && args.kind !== 'dynamic-import') return undefined
        const fromBundle = await build.resolve(args.path, { ...options, resolveDir: outdir })
        if (fromBundle.path !== fromSource.path) mismatches.push(args.path)
        return { path: args.path, external: true }
      })
    },
  }
}

/**
 * `import.meta.url` (and `dirname`, `filename`) of each bundled module name its source file. Every
 * TypeScript source is handed to esbuild as read here, so none is read twice.
 */
function sourceUrls() {
  return {
    name: 'source-urls',
    setup(build) {
      build.onLoad({ filter: TYPESCRIPT }, (args) => {
        const text = readFileSync(args.path, 'utf8')
        const loader = args.path.endsWith('x') ? 'tsx' : 'ts'
        const resolveDir = dirname(args.path)
        if (!text.includes('import.meta.')) return { contents: text, loader, resolveDir }
        const contents = text
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path))
        return { contents, loader, resolveDir }
      })
    },
  }
}

/** Removes the build directories other than `current` that are older than {@link STALE_BUILD_MS}. */
function removeOldBuilds(cacheDir, current) {
  for (const name of readdirSync(cacheDir)) {
    if (name === current || !name.startsWith('build-')) continue
    const path = join(cacheDir, name)
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_BUILD_MS) rmSync(path, { recursive: true, force: true })
    } catch {
      // Removed by another run.
    }
  }
}
