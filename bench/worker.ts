/**
 * Starts a TypeScript worker thread. Loader hooks given to the main thread (`tsx`) do not
 * reach workers on Node 20, so the worker is started from a tiny module that registers
 * tsx first, as bin/fengqiao.js does for the CLI.
 */
import { Worker } from 'node:worker_threads';

export function startTsWorker(file: URL, workerData: unknown): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(file.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData });
}
