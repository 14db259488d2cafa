/**
 * A tiny element builder for the panel (plain DOM, no framework).
 *
 * @module
 */

/** Attributes of {@link el}: strings become attributes, functions starting with `on` become listeners. */
export type Attributes = Readonly<
  Record<string, string | number | boolean | undefined | ((event: Event) => void)>
>

/**
 * Creates an element with attributes, listeners and children.
 *
 * @example
 * ```ts
 * el('button', { class: 'sl-reset', onclick: () => reset() }, 'Reset')
 * ```
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') node.addEventListener(name.slice(2), value)
    else node.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child)
  return node
}
