// Astro's glob loader logs an error when a Markdown file fails to render (a bad directive, a number
// that contradicts a fact box) and carries on, which would publish the article with an empty body.
// This wrapper collects those errors and, in a build, stops it with every one of them.
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

export function strictGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'strict-glob-loader',
    load: async (context: LoaderContext) => {
      const errors: string[] = [];
      const logger = Object.create(context.logger) as LoaderContext['logger'];
      logger.error = (message: string) => {
        errors.push(message);
        context.logger.error(message);
      };
      await inner.load({ ...context, logger });
      // In `astro dev` the error stays on screen and the server keeps running; a build must stop.
      if (errors.length && !context.watcher) {
        throw new Error(`${errors.length} article${errors.length > 1 ? 's' : ''} could not be rendered:\n${errors.join('\n')}`);
      }
    },
  };
}
