/**
 * What every emitter returns and accepts: emitters are pure functions `model → GeneratedFile[]`; the CLI
 * decides where and whether the files are written.
 *
 * @module
 */

/** One file an emitter produced. */
export interface GeneratedFile {
  /** Path relative to the output directory (`--out`), with `/` separators, e.g. `client.js`. */
  readonly path: string
  /** The whole text of the file, ending with a newline. */
  readonly contents: string
}

/** Options shared by the emitters. */
export interface EmitOptions {
  /**
   * How the generated-file header names the spec, e.g. `zoo.yaml`. Defaults to the base name of
   * `model.source`, so committed output does not depend on where the spec was checked out.
   */
  readonly sourceLabel?: string
}
