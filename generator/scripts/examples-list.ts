/** The example specs in `specs/` and the package each one generates under `packages/`. */
export const EXAMPLES: readonly { readonly spec: string; readonly name: string }[] = [
  { spec: 'zoo.yaml', name: 'zoo-sdk' },
  { spec: 'chimestack.yaml', name: 'chimestack-sdk' },
  { spec: 'people.yaml', name: 'people-sdk' },
  { spec: 'petstore.yaml', name: 'petstore-sdk' },
]
