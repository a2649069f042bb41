import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are chosen by the server (never from a file name) and are
 * opaque to the storage; nothing in it is served publicly. The local-disk implementation ships;
 * an S3-compatible one can implement the same three operations.
 */
export interface Storage {
  readonly name: string;
  /** Store bytes under a new key; a key is written once and never overwritten. */
  put(key: string, body: Buffer | Readable, options: { contentType: string }): Promise<void>;
  /** The stored bytes; throws StorageObjectNotFound when the key holds nothing. */
  get(key: string): Promise<StoredObject>;
  /** Remove the object; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

export interface StoredObject {
  body: Readable;
  size: number;
}

export class StorageObjectNotFound extends Error {
  constructor(key: string) {
    super(`no stored object under key ${key}`);
    this.name = 'StorageObjectNotFound';
  }
}

/** Keys are lower-case path segments of [a-z0-9-]; anything else could escape the storage root. */
export function assertStorageKey(key: string): void {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(key) || key.length > 200) {
    throw new Error(`invalid storage key "${key}"`);
  }
}
