/**
 * Counts in messages: `1 operation`, `26 operations`.
 *
 * @module
 */

/**
 * `n` and `word`, with an `s` unless `n` is 1.
 *
 * @example
 * plural(1, 'operation') // '1 operation'
 * plural(26, 'operation') // '26 operations'
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}
