/** Checks on what the CLI prints. */

/** A line of a JavaScript stack trace (`    at fn (file:line:col)`), which the CLI must never print without --debug. */
export const STACK_FRAME = /^\s+at (?:.+ \()?(?:file:\/\/|node:|\/)\S*:\d+:\d+\)?$/m
