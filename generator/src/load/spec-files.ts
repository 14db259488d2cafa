/**
 * The files a bundle is made of: the root document and every file its `$ref`s reach, each read once.
 * Failures are remembered too, so a missing file is read once however many `$ref`s point to it.
 *
 * @module
 */

import { type Diagnostic, DiagnosticError } from '../diagnostics/diagnostic.ts'
import type { SourcePosition } from './line-index.ts'
import type { SourceFile } from './read-source.ts'

/** One file of the bundle: its path, its parsed value and the way back to its lines. */
export interface FileContext {
  readonly path: string
  readonly value: unknown
  readonly locate: ((segments: readonly string[]) => SourcePosition | undefined) | undefined
}

/** What {@link SpecFiles.load} gives: the file, or why it could not be read. */
export type LoadOutcome =
  | { readonly file: FileContext }
  | {
      readonly file: undefined
      /** The file does not exist or cannot be read (as opposed to: it does not parse). */
      readonly missing: boolean
      /** The reader's message for the first diagnostic (e.g. `Cannot read /x.yaml: no such file`). */
      readonly reason: string
      /** The reader's diagnostics; empty after the first time, so that they are reported once. */
      readonly diagnostics: readonly Diagnostic[]
    }

/** The cache of files read for one bundle. */
export class SpecFiles {
  /** Warnings of every file read (YAML warnings, unsafe integers), in reading order. */
  readonly warnings: Diagnostic[] = []
  readonly #files = new Map<string, FileContext>()
  readonly #failed = new Map<string, { missing: boolean; reason: string }>()
  readonly #read: (path: string) => Promise<SourceFile>

  constructor(root: FileContext, read: (path: string) => Promise<SourceFile>) {
    this.#files.set(root.path, root)
    this.#read = read
  }

  /** The file, when it has been read. */
  get(path: string): FileContext | undefined {
    return this.#files.get(path)
  }

  /** Absolute paths of every file read, the root first. */
  paths(): string[] {
    return [...this.#files.keys()]
  }

  /** Reads a file (once), remembering a failure so it is not read again. */
  async load(path: string): Promise<LoadOutcome> {
    const known = this.#files.get(path)
    if (known) return { file: known }
    const failure = this.#failed.get(path)
    if (failure) return { file: undefined, ...failure, diagnostics: [] }
    try {
      return { file: this.#register(await this.#read(path)) }
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error
      const missing = error.diagnostics.some((d) => d.code === 'SL001')
      const reason = error.diagnostics[0]?.message ?? `Cannot read ${path}`
      this.#failed.set(path, { missing, reason })
      return { file: undefined, missing, reason, diagnostics: error.diagnostics }
    }
  }

  /** Reads a file if it can be read, forgetting a failure (a later {@link load} reports it). */
  async tryLoad(path: string): Promise<FileContext | undefined> {
    const known = this.#files.get(path)
    if (known) return known
    try {
      return this.#register(await this.#read(path))
    } catch {
      return undefined
    }
  }

  #register(source: SourceFile): FileContext {
    const file: FileContext = { path: source.path, value: source.value, locate: (s) => source.locate(s) }
    this.#files.set(source.path, file)
    this.warnings.push(...source.warnings)
    return file
  }
}
