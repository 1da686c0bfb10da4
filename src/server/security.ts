import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '#core/errors';
import { errorResponse } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host names this server answers to: the address it listens on and loopback's names. */
export function allowedHostNames(host: string): Set<string> {
  const names = new Set([host.toLowerCase(), '127.0.0.1', 'localhost', '[::1]']);
  names.delete('0.0.0.0');
  names.delete('::');
  return names;
}

type ServerBindings = { incoming?: { socket?: { localPort?: number } } };

/**
 * Refuses requests whose Host is not ours (DNS rebinding: a foreign site resolving its name to
 * 127.0.0.1) and state-changing requests sent by another origin's page (CSRF).
 */
export function hostAndOriginGuard(
  names: Set<string>,
  configuredPort: number,
): MiddlewareHandler<{ Bindings: ServerBindings }> {
  return async (c, next) => {
    // The socket knows the real port even when the server was asked for an ephemeral one.
    const port = String(c.env?.incoming?.socket?.localPort ?? configuredPort);
    const isOurs = (url: URL | null) =>
      url !== null &&
      url.protocol === 'http:' &&
      names.has(url.hostname) &&
      (url.port || '80') === port;
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isOurs(parseUrl(`http://${host}`))) {
      return errorResponse(
        c,
        new AppError(
          'forbidden',
          `This server does not answer to host "${host}"; open it at http://127.0.0.1:${port}`,
        ),
      );
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const foreignOrigin = origin !== undefined && !isOurs(parseUrl(origin));
      const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
      if (foreignOrigin || (origin === undefined && crossSite)) {
        return errorResponse(
          c,
          new AppError('forbidden', 'Changes must come from Wayfinder itself, not another site'),
        );
      }
    }
    await next();
  };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Security headers, with a Content-Security-Policy that allows only our own scripts. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets CSS variables through inline style attributes and tags.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
    // Served over plain HTTP on loopback: HSTS would only confuse other local servers.
    strictTransportSecurity: false,
    referrerPolicy: 'same-origin',
  });
}
