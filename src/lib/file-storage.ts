/**
 * Where attachment bytes live, addressed by their SHA-256. Local disk today; the
 * interface is what an S3-compatible store will implement.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export interface FileStorage {
  /** Stores the bytes (once per content) and returns their SHA-256. */
  put(data: Buffer): Promise<{ sha256: string; size: number }>;
  /** Opens stored bytes for reading. */
  open(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Files under `root/ab/cd/<sha256>`, written to a temporary name and renamed (never half-written). */
export class LocalFileStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(data: Buffer) {
    const sha256 = sha256Hex(data);
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      await mkdir(join(path, '..'), { recursive: true });
      const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, data, { mode: 0o640 });
      await rename(tmp, path);
    }
    return { sha256, size: data.length };
  }

  open(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  async has(sha256: string) {
    return existsSync(this.pathOf(sha256));
  }
}
