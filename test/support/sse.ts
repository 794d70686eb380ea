/**
 * Reads Server-Sent Events over real HTTP (the dashboard's live feed): opens the stream, collects events
 * until `count` arrived or `ms` passed, then hangs up.
 */

export interface SseEvent<T = any> {
  id: string;
  event: string;
  data: T;
}

/** Splits SSE text into complete events (comments and retry lines skipped); returns them and the rest. */
export function parseSse(text: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  let rest = text;
  let end: number;
  while ((end = rest.indexOf('\n\n')) >= 0) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    const fields = Object.fromEntries(
      block
        .split('\n')
        .filter((line) => line && !line.startsWith(':') && line.includes(': '))
        .map((line) => [line.slice(0, line.indexOf(': ')), line.slice(line.indexOf(': ') + 2)]),
    );
    if (fields.event) events.push({ id: fields.id!, event: fields.event, data: JSON.parse(fields.data!) });
  }
  return { events, rest };
}

export async function readSse<T = any>(
  url: string,
  opts: { headers?: Record<string, string>; count: number; ms?: number },
): Promise<{ status: number; contentType: string | null; events: SseEvent<T>[] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.ms ?? 8000);
  const events: SseEvent<T>[] = [];
  let status = 0;
  let contentType: string | null = null;
  try {
    const res = await fetch(url, { headers: opts.headers ?? {}, signal: controller.signal });
    status = res.status;
    contentType = res.headers.get('content-type');
    const reader = res.body!.getReader();
    let text = '';
    while (events.length < opts.count) {
      const { done, value } = await reader.read();
      if (done) break;
      const parsed = parseSse(text + Buffer.from(value).toString('utf8'));
      text = parsed.rest;
      events.push(...parsed.events);
    }
  } catch (err) {
    if ((err as Error).name !== 'AbortError') throw err;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status, contentType, events };
}
