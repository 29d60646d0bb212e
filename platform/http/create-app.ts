import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PlatformError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { AppEnv } from './http-types.js';
import { problemResponse, routeNotFound } from './problem-response.js';

/** Largest accepted request body; a 300-question form with long answers fits well below it. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * The bare application: request ids, body size limit (413), problem+json for every error and for
 * unknown routes. Feature routes are mounted on it by `buildApp`.
 */
export function createBaseApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    const requestId = newId();
    c.set('requestId', requestId);
    c.set('auth', null);
    await next();
    c.header('x-request-id', requestId);
    c.header('x-content-type-options', 'nosniff');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problemResponse(
          c,
          new PlatformError('payload_too_large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`),
        ),
    }),
  );
  app.onError((error, c) => problemResponse(c, error));
  app.notFound(routeNotFound);
  return app;
}
