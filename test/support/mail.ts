/**
 * A real SMTP server for tests (the `smtp-server` package, no mocks): it listens on a
 * free 127.0.0.1 port, collects what it is sent, and can refuse the next recipients with
 * a given reply code. `decodeMail` reads the subject and text of a collected message.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtpServer {
  url: string;
  messages: ReceivedMail[];
  /** The next `count` RCPT TO commands are answered with `code` (e.g. 451: try again later). */
  refuseNext(count: number, code: number): void;
  close(): Promise<void>;
}

export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = [];
  let refusals: { count: number; code: number } = { count: 0, code: 451 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusals.count > 0) {
        refusals.count -= 1;
        return callback(
          Object.assign(new Error('mailbox busy, try again later'), { responseCode: refusals.code }),
        );
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseNext: (count, code) => (refusals = { count, code }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function decodeBytes(encoding: string, text: string): Buffer {
  if (/^b$/i.test(encoding) || /^base64$/i.test(encoding))
    return Buffer.from(text.replace(/\s+/g, ''), 'base64');
  const qp = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < qp.length; i++) {
    if (qp[i] === '=' && /^[0-9A-F]{2}$/i.test(qp.slice(i + 1, i + 3))) {
      bytes.push(parseInt(qp.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (qp[i] === '_' && /^q$/i.test(encoding)) bytes.push(0x20);
    else bytes.push(...Buffer.from(qp[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`), adjacent words joined before decoding. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/((?:=\?[^?]+\?[BbQq]\?[^?]*\?=)+)/g, (run) => {
    const parts = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)];
    return Buffer.concat(parts.map((m) => decodeBytes(m[1]!, m[2]!))).toString('utf8');
  });
}

/** Headers (lower-case names, unfolded, decoded) and the decoded text body of a single-part message. */
export function decodeMail(raw: string): { headers: Record<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const i = line.indexOf(':');
    headers[line.slice(0, i).trim().toLowerCase()] = decodeWords(line.slice(i + 1).trim());
  }
  const body = raw.slice(split + 4);
  const encoding = headers['content-transfer-encoding'] ?? '7bit';
  const text = /base64|quoted-printable/i.test(encoding)
    ? decodeBytes(encoding, body).toString('utf8')
    : body;
  return { headers, text };
}
