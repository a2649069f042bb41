import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, type Storage, StorageObjectNotFound } from './storage.ts';

/**
 * Files on the local disk under `root` (DATA_DIR/uploads): directories 0700 and files 0600, since
 * they hold identity documents. The static file handler serves dist/web only, never this tree.
 */
export function createLocalStorage(root: string): Storage {
  const pathOf = (key: string) => {
    assertStorageKey(key);
    return path.join(root, ...key.split('/'));
  };

  return {
    name: 'local',

    async put(key, body) {
      const target = pathOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Write beside the target and rename: a reader never sees half a file, and a crash
      // mid-write leaves only a temporary file behind.
      const temporary = `${target}.${randomBytes(6).toString('hex')}.partial`;
      const source = Buffer.isBuffer(body) ? Readable.from([body]) : body;
      try {
        const file = await fs.open(temporary, 'wx', 0o600);
        await pipeline(source, file.createWriteStream());
        await fs.link(temporary, target);
      } finally {
        await fs.rm(temporary, { force: true });
      }
    },

    async get(key) {
      const file = pathOf(key);
      try {
        const stat = await fs.stat(file);
        return { body: createReadStream(file), size: stat.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new StorageObjectNotFound(key);
        throw error;
      }
    },

    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}
