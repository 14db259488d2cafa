/**
 * The writer generated modules are printed with: the part of ts-morph's `CodeBlockWriter` that the
 * emitters use (`write`, `writeLine`, `newLine`, `blankLineIfLastNot`, `block`, `inlineBlock`,
 * `hangingIndent`), with the same output, two-space indentation and `\n` line endings.
 *
 * It writes text as given. Unlike `CodeBlockWriter` it does not scan every character to track string
 * literals and comments, so text must not contain a string or template literal that spans lines
 * (generated code has none: `code-text.ts` escapes line breaks in literals); this is what makes
 * printing GitHub's multi-megabyte SDK files take milliseconds instead of seconds.
 *
 * @module
 */

/** One level of indentation. */
const INDENT = '  '

/** A line break inside written text (`\r\n` is written as `\n`). */
const LINE_BREAK = /\r?\n/

/** Writes one statement (or part of one) of a generated module. */
export type StatementWriter = (writer: CodeWriter) => void

/** Builds the text of a module, indenting the lines written inside blocks. */
export class CodeWriter {
  readonly #chunks: string[] = []
  #length = 0
  /** The last two characters written, most recent first ('' when not written yet). */
  #last = ''
  #beforeLast = ''
  #level = 0
  /** The level that applies from the next line break (`hangingIndent`), if any. */
  #queuedLevel: number | undefined
  /** Set by `block()`: the next write starts on a new line. */
  #newLineOnNextWrite = false
  /** True until something is written after a block opened (`isAtStartOfFirstLineOfBlock`). */
  #onFirstLineOfBlock = true

  /** Writes `text`; each of its lines after a line break is indented to the current level. */
  write(text: string): this {
    this.#flushPendingNewLine()
    this.#writeIndented(text)
    return this
  }

  /** Writes `text` on a line of its own (starting a new line first if needed), then a line break. */
  writeLine(text: string): this {
    this.#flushPendingNewLine()
    if (this.#length > 0) this.newLineIfLastNot()
    this.#writeIndented(text)
    this.newLine()
    return this
  }

  /** Writes a line break. */
  newLine(): this {
    this.#newLineOnNextWrite = false
    this.#writeLineBreak()
    return this
  }

  /** Writes a line break unless the text already ends with one. */
  newLineIfLastNot(): this {
    this.#flushPendingNewLine()
    if (!this.isLastNewLine()) this.newLine()
    return this
  }

  /** Ends the text with a blank line, unless it already ends with one. */
  blankLineIfLastNot(): this {
    if (!this.#isLastBlankLine()) this.newLineIfLastNot().newLine()
    return this
  }

  /** Writes a space unless the text already ends with one. */
  spaceIfLastNot(): this {
    this.#flushPendingNewLine()
    if (this.#last !== ' ') this.#writeIndented(' ')
    return this
  }

  /** `{`, the lines `body` writes one level deeper, `}`. */
  inlineBlock(body: () => void): this {
    this.#flushPendingNewLine()
    this.write('{')
    if (this.#length > 0) this.newLineIfLastNot()
    this.#level++
    this.#onFirstLineOfBlock = true
    body()
    this.#onFirstLineOfBlock = false
    this.#level = Math.max(0, this.#level - 1)
    this.newLineIfLastNot().write('}')
    return this
  }

  /** An `inlineBlock` preceded by a space, after which the next write starts a new line. */
  block(body: () => void): this {
    this.#flushPendingNewLine()
    if (this.#length > 0 && !this.isLastNewLine()) this.spaceIfLastNot()
    this.inlineBlock(body)
    this.#newLineOnNextWrite = true
    return this
  }

  /** Runs `body` with the lines after its first line break indented one level deeper. */
  hangingIndent(body: () => void): this {
    const level = this.#level
    const queued = this.#queuedLevel
    this.#queuedLevel = level + 1
    try {
      body()
    } finally {
      this.#level = level
      this.#queuedLevel = queued
    }
    return this
  }

  /** Whether the text ends with a line break. */
  isLastNewLine(): boolean {
    return this.#last === '\n'
  }

  /** Whether nothing but indentation was written since the innermost block opened. */
  isAtStartOfFirstLineOfBlock(): boolean {
    return this.#onFirstLineOfBlock && (this.#length === 0 || this.isLastNewLine())
  }

  /** The last character that is not whitespace, or '' (used to separate statements after a `}`). */
  lastNonWhitespaceChar(): string {
    for (let i = this.#chunks.length - 1; i >= 0; i--) {
      const chunk = this.#chunks[i] ?? ''
      const trimmed = chunk.trimEnd()
      if (trimmed !== '') return trimmed.at(-1) ?? ''
    }
    return ''
  }

  /** The text written so far. */
  toString(): string {
    if (this.#chunks.length > 1) {
      const text = this.#chunks.join('')
      this.#chunks.length = 0
      this.#chunks.push(text)
    }
    return this.#chunks[0] ?? ''
  }

  #isLastBlankLine(): boolean {
    return this.#last === '\n' && this.#beforeLast === '\n'
  }

  #flushPendingNewLine(): void {
    if (this.#newLineOnNextWrite) this.newLine()
  }

  #writeIndented(text: string): void {
    const lines = text.includes('\n') ? text.split(LINE_BREAK) : [text]
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) this.#writeLineBreak()
      const line = lines[i] ?? ''
      if (line === '') continue
      if (this.#length === 0 || this.#last === '\n') this.#append(INDENT.repeat(this.#level))
      this.#append(line)
    }
  }

  #writeLineBreak(): void {
    this.#append('\n')
    this.#onFirstLineOfBlock = false
    if (this.#queuedLevel !== undefined) {
      this.#level = this.#queuedLevel
      this.#queuedLevel = undefined
    }
  }

  #append(text: string): void {
    if (text === '') return
    this.#chunks.push(text)
    this.#length += text.length
    this.#beforeLast = text.length > 1 ? (text.at(-2) ?? '') : this.#last
    this.#last = text.at(-1) ?? ''
  }
}
