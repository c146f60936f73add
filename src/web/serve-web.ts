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
