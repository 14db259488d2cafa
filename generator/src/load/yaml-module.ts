/**
 * The `yaml` package, loaded when the first YAML file is parsed: reading a JSON spec (every large
 * published one) never pays for it (≈30 ms of a `statusline mock` start). It is required synchronously,
 * so `parseSource` stays synchronous; `yaml` ships CommonJS for Node, the same file an import loads.
 *
 * @module
 */
import { createRequire } from 'node:module'

/** The runtime API of the `yaml` package. */
export type YamlModule = typeof import('yaml')

let loaded: YamlModule | undefined

/** The `yaml` package (loaded on the first call). */
export function yamlModule(): YamlModule {
  loaded ??= createRequire(import.meta.url)('yaml') as YamlModule
  return loaded
}
