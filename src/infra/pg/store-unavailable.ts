// When the PostgreSQL server is down or a connection drops, node-postgres and drizzle raise
// "connect ECONNREFUSED …", "Connection terminated unexpectedly" or a "Failed query: <sql> params:
// <values>" wrapper around them — several lines, with residents' words among the values. The store
// turns these into one English sentence naming the server without its password, so that the
// message handler, the outbox pump and due work log one clear line and go on (the pool connects
// afresh on the next call once the server is back). Every other error passes unchanged.

import { StoreUnavailableError } from '../../core/store-unavailable-error.js';

/** Socket errors, SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shut down or starting). */
const LOST = /^(08...|57P0[123]|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE)$/;
const LOST_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** The driver's error inside `err` (drizzle wraps it as `cause`) when it says the server is out of reach. */
function lostConnection(err: unknown): Error | null {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (LOST.test(String((e as { code?: unknown }).code)) || LOST_MESSAGE.test(e.message)) return e;
  }
  return null;
}

/** `err` as a StoreUnavailableError naming `label` (an address without its password) when it is a lost connection; else `err`. */
function asStoreUnavailable(err: unknown, label: string): unknown {
  const lost = lostConnection(err);
  if (!lost) return err;
  const why = lost.message.replace(/\s+/g, ' ').trim() || String((lost as { code?: unknown }).code);
  return new StoreUnavailableError(`PostgreSQL at ${label} is unreachable (${why}); the call was not completed.`, { cause: err });
}

/** `target` with every method's rejection passed through asStoreUnavailable (methods that return no promise are left alone). */
export function reportingUnavailable<T extends object>(target: T, label: string): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(target)) {
    wrapped[key] =
      typeof value !== 'function'
        ? value
        : (...args: unknown[]) => {
            const result: unknown = value.apply(target, args);
            return result instanceof Promise
              ? result.catch((err: unknown) => {
                  throw asStoreUnavailable(err, label);
                })
              : result;
          };
  }
  return wrapped as T;
}
