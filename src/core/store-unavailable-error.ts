// The error a store raises when its server cannot be reached (src/infra/pg/store-unavailable.ts):
// defined here so the core can tell it from other failures without knowing the store.

/** The store could not reach its server; nothing of the call is known to be written. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
