/**
 * The entry of a config file that `statusline mock --name <x>` serves: the one whose `name` is `x`,
 * else the one whose spec is the file `x` names (a path from the working directory, or the trailing
 * path segments of the spec, such as `petstore.yaml`). A name that matches nothing, or several specs,
 * is refused with the choices.
 *
 * @module
 */
import { resolve, sep } from 'node:path'
import type { ResolvedConfig, SpecConfig } from '../config.ts'
import { CliUsageError } from './reporter.ts'

function choices(specs: readonly SpecConfig[]): string {
  return specs.map((entry) => entry.name ?? entry.spec).join(', ')
}

/** Picks the config entry `name` selects (the first entry without one); throws a usage error naming the choices. */
export function pickSpecEntry(config: ResolvedConfig, name: string | undefined, cwd: string): SpecConfig {
  const [first] = config.specs
  if (name === undefined && first !== undefined) return first
  const wanted = name ?? ''
  const named = config.specs.filter((entry) => entry.name === wanted)
  const path = resolve(cwd, wanted)
  const matches =
    named.length > 0
      ? named
      : config.specs.filter(
          (entry) => wanted !== '' && (entry.spec === path || entry.spec.endsWith(`${sep}${wanted}`)),
        )
  const [chosen, ...others] = matches
  if (chosen === undefined) {
    throw new CliUsageError(
      `no spec named ${JSON.stringify(wanted)} in ${config.file} (names and specs: ${choices(config.specs)})`,
    )
  }
  if (others.length > 0) {
    throw new CliUsageError(
      `--name ${JSON.stringify(wanted)} matches ${matches.length} specs in ${config.file} (${choices(matches)}); use a spec's name`,
    )
  }
  return chosen
}
