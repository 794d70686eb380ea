/**
 * Registrations over HTTP: `concurrency` clients, each sending POST /api/v1/cases one after
 * another over its own keep-alive connection (node:http, the same HTTP/1.1 keep-alive the
 * undici behind fetch uses, with less client-side CPU on a small machine), until the list
 * of payloads is used up or `maxMs` has passed.
 */
import { Agent, request } from 'node:http';
import type { RegisterCaseBody } from '../src/modules/cases/index.ts';

export interface LoadResult {
  ok: number;
  failed: number;
  firstFailure: string | null;
  wallMs: number;
  /** Latency of each successful request, in ms. */
  latencies: number[];
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(
  agent: Agent,
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Reply> {
  const data = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': data.length, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(60_000, () => req.destroy(new Error(`no answer from ${url} in 60 s`)));
    req.on('error', reject);
    req.end(data);
  });
}

/** Signs in and returns the Cookie header to send (the signed session cookie). */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const agent = new Agent({ keepAlive: false });
  const res = await send(agent, `${baseUrl}/api/v1/auth/login`, 'POST', { username, password }, {});
  agent.destroy();
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.body}`);
  const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const session = setCookie.map((c) => c.split(';')[0]!).find((c) => c.startsWith('fq_session='));
  if (!session) throw new Error('the sign-in answer set no fq_session cookie');
  return session;
}

export async function registerOverHttp(
  baseUrl: string,
  cookie: string,
  payloads: readonly RegisterCaseBody[],
  concurrency: number,
  maxMs = Number.POSITIVE_INFINITY,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = `${baseUrl}/api/v1/cases`;
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let firstFailure: string | null = null;
  const started = performance.now();
  const deadline = started + maxMs;
  const client = async () => {
    for (let i = next++; i < payloads.length && performance.now() < deadline; i = next++) {
      const started = performance.now();
      try {
        const res = await send(agent, url, 'POST', payloads[i], { cookie });
        if (res.status === 201) latencies.push(performance.now() - started);
        else {
          failed += 1;
          firstFailure ??= `${res.status} ${res.body.slice(0, 300)}`;
        }
      } catch (err) {
        failed += 1;
        firstFailure ??= err instanceof Error ? err.message : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const wallMs = performance.now() - started;
  agent.destroy();
  return { ok: latencies.length, failed, firstFailure, wallMs, latencies };
}
