import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's IP address: the first `X-Forwarded-For` hop behind a trusted proxy, else the
 * socket's address. Requests with neither (in-process test requests) share the key `unknown`.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded.slice(0, 64);
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No Node socket behind this request (e.g. `app.request()` in tests).
    return 'unknown';
  }
}

/** The scheme and host the client used (`https:`, `example.org:8080`), honouring a trusted proxy. */
export function requestOrigin(c: Context, trustProxy: boolean): { protocol: string; host: string } {
  const url = new URL(c.req.url);
  if (!trustProxy) return { protocol: url.protocol, host: url.host };
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim();
  return {
    protocol: proto === undefined || proto === '' ? url.protocol : `${proto}:`,
    host: host === undefined || host === '' ? url.host : host,
  };
}
