/**
 * Bundles the example app (`packages/zoo-app`) with esbuild into a folder a static server can serve:
 * `index.html`, `main.js` and MSW's `mockServiceWorker.js`. `zoo-sdk` resolves to a generated SDK folder
 * (default `packages/zoo-sdk`, written by `npm run generate`).
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const APP = join(ROOT, 'packages/zoo-app')

/**
 * Resolves `zoo-sdk` and `zoo-sdk/<module>` to the files of a generated SDK folder, as its package
 * exports do: the JavaScript module of that name (`index.js` for `zoo-sdk`), else the TypeScript one
 * (`mocks.ts`).
 */
function zooSdk(sdkDir: string): Plugin {
  return {
    name: 'zoo-sdk',
    setup(builder) {
      builder.onResolve({ filter: /^zoo-sdk(\/.*)?$/ }, (args) => {
        const sub = (args.path.slice('zoo-sdk'.length).replace(/^\//, '') || 'index').replace(/\.js$/, '')
        const js = join(sdkDir, `${sub}.js`)
        return { path: existsSync(js) ? js : join(sdkDir, `${sub}.ts`) }
      })
    },
  }
}

/** Options of {@link buildZooApp}. */
export interface BuildZooAppOptions {
  /** Where to write the app. */
  readonly outDir: string
  /** The generated zoo SDK (default `packages/zoo-sdk`). */
  readonly sdkDir?: string
  readonly minify?: boolean
}

/** Builds the app into `outDir`; resolves to the files written. */
export async function buildZooApp(options: BuildZooAppOptions): Promise<string[]> {
  const { outDir } = options
  await mkdir(outDir, { recursive: true })
  const require = createRequire(join(ROOT, 'package.json'))
  const worker = join(dirname(require.resolve('msw/package.json')), 'lib/mockServiceWorker.js')
  await Promise.all([
    copyFile(join(APP, 'src/index.html'), join(outDir, 'index.html')),
    copyFile(worker, join(outDir, 'mockServiceWorker.js')),
    build({
      entryPoints: [join(APP, 'src/main.ts')],
      outfile: join(outDir, 'main.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      minify: options.minify ?? false,
      sourcemap: true,
      logLevel: 'warning',
      plugins: [zooSdk(options.sdkDir ?? join(ROOT, 'packages/zoo-sdk'))],
    }),
  ])
  return ['index.html', 'main.js', 'mockServiceWorker.js'].map((name) => join(outDir, name))
}
