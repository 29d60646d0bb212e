import { fileURLToPath } from 'node:url';

/** Where the generated definition types are committed. */
export const GENERATED_TYPES_PATH = fileURLToPath(
  new URL('./definition-types.generated.ts', import.meta.url),
);
