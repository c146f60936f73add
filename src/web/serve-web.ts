// Puts the dashboard on a port (@hono/node-server); close() stops accepting and ends open connections.
import { serve } from '@hono/node-server';

export interface RunningWeb {
  port: number;
  close(): Promise<void>;
}

/** `app`: anything with a fetch handler (a Hono app). */
export function serveWeb(
  app: { fetch: (request: Request) => Response | Promise<Response> },
  host: string,
  port: number,
): Promise<RunningWeb> {
  return new Promise((resolveStart, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      resolveStart({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

/** The address sign-in links start with: config web.baseUrl, else the loopback port. */
export function webBaseUrl(web: { baseUrl?: string | undefined; port?: number | undefined }): string {
  return web.baseUrl ?? `http://127.0.0.1:${web.port ?? 8080}`;
}
