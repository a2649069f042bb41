import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * TOTP secrets are encrypted at rest with AES-256-GCM under a key kept in
 * DATA_DIR/secrets/operator-totp.key, outside the database: a leaked dump or backup then does not
 * hand out anyone's second factor. Every process using the same database (app instances, the
 * command line) must see the same key file; a mismatch is reported by name, not as a bad code.
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

const KEY_FILE = path.join('secrets', 'operator-totp.key');
const boxes = new Map<string, Promise<SecretBox>>();

export function operatorSecretBox(dataDir: string): Promise<SecretBox> {
  const keyPath = path.join(dataDir, KEY_FILE);
  let box = boxes.get(keyPath);
  if (!box) {
    box = loadOrCreateKey(keyPath).then((key) => secretBoxWithKey(key, keyPath));
    box.catch(() => boxes.delete(keyPath));
    boxes.set(keyPath, box);
  }
  return box;
}

export function secretBoxWithKey(key: Buffer, keyPath = 'the key'): SecretBox {
  const keyId = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url'));
      return ['v1', keyId, ...parts].join('.');
    },
    open(sealed) {
      const [version, sealedKeyId, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) {
        throw new Error('operator TOTP secret is not in the expected sealed format');
      }
      if (sealedKeyId !== keyId) {
        throw new Error(
          `operator TOTP secret was sealed with key ${sealedKeyId}, but ${keyPath} is key ${keyId}: ` +
            'every Kaidian process on this database needs the same key file',
        );
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(data, 'base64url')),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}

async function loadOrCreateKey(keyPath: string): Promise<Buffer> {
  const existing = await readKey(keyPath);
  if (existing) return existing;
  await fs.mkdir(path.dirname(keyPath), { recursive: true, mode: 0o700 });
  // Written aside and linked into place: when two processes start at once, one key wins and
  // the other process reads it, never a half-written file.
  const temporary = `${keyPath}.${randomBytes(6).toString('hex')}`;
  try {
    await fs.writeFile(temporary, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    await fs.link(temporary, keyPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await fs.rm(temporary, { force: true });
  }
  const created = await readKey(keyPath);
  if (!created) throw new Error(`${keyPath} could not be read back`);
  return created;
}

async function readKey(keyPath: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await fs.readFile(keyPath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32) throw new Error(`${keyPath} does not hold a 256-bit base64 key`);
  return key;
}
