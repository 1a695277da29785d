// The site's paths (src/lib/urls.ts) in the edition of the page being rendered: on a page of
// `/uk/`, `paths.article('x')` is `/uk/articles/x/`, so every link a component writes stays in the
// reader's edition. The embed loader is one file for every edition.
import { paths as originalPaths } from '../lib/urls.ts';
import { pathInEdition } from './editions.ts';

type Paths = typeof originalPaths;

/** The paths that are the same in every edition. */
const SHARED: readonly (keyof Paths)[] = ['embedLoader'];

export const paths = Object.fromEntries(
  Object.entries(originalPaths).map(([name, path]) => [
    name,
    SHARED.includes(name as keyof Paths)
      ? path
      : (...args: unknown[]) => pathInEdition((path as (...a: unknown[]) => string)(...args)),
  ]),
) as Paths;

export { originalPaths };
