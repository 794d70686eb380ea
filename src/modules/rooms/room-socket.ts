/**
 * The room socket's protocol (issue 6), JSON frames:
 *   client → `hello {ticket}` (citizens; staff are known by their session cookie),
 *            `subscribe {caseId, sessionId, channel, afterSeq}`, `send {…, text, ref?}`, `typing {…}`
 *   server → `ready {me}`, `message {sessionId, …MessageView}`, `subscribed {sessionId, channel}`,
 *            `ack {ref, seq}`, `typing {sessionId, channel, name}`, `error {kind, detail, ref?}`
 * Every frame is checked against the caller's room scope; a refused frame gets an error frame
 * and nothing else. Frames of one socket are handled one after another, in order.
 */
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { WebSocket } from 'ws';
import type { ServiceContext } from '../../lib/context.ts';
import { DomainError, NotFound } from '../../lib/errors.ts';
import { joinAsStaff, joinWithTicket, type RoomScope } from './room-access.ts';
import type { RoomHub, Subscriber } from './room-hub.ts';
import { ClientFrameSchema, type ClientFrame } from './rooms.schemas.ts';
import { assertChannel, postMessage, type MessageView } from './rooms.service.ts';

const checkFrame = TypeCompiler.Compile(ClientFrameSchema);

type RoomFrame = Exclude<ClientFrame, { type: 'hello' }>;

export function handleRoomSocket(socket: WebSocket, ctx: ServiceContext, hub: RoomHub): void {
  const send = (frame: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const subs = new Map<string, Subscriber>();
  const scopes = new Map<string, RoomScope>();
  let party: RoomScope | null = null;
  let chain = Promise.resolve();

  async function scopeFor(frame: RoomFrame): Promise<RoomScope> {
    if (party) {
      if (frame.sessionId !== party.sessionId || (frame.caseId && frame.caseId !== party.caseId))
        throw new NotFound('Room');
      return party;
    }
    if (!ctx.actor) throw new DomainError('unauthenticated', 'Send hello with a room ticket, or sign in');
    if (!frame.caseId) throw new DomainError('validation-failed', 'caseId is required');
    const key = `${frame.caseId}|${frame.sessionId}`;
    if (!scopes.has(key)) scopes.set(key, await joinAsStaff(ctx, frame.caseId, frame.sessionId));
    return scopes.get(key)!;
  }

  async function subscribe(frame: Extract<RoomFrame, { type: 'subscribe' }>) {
    const scope = await scopeFor(frame);
    assertChannel(scope, frame.channel);
    const key = `${frame.sessionId}|${frame.channel}`;
    const old = subs.get(key);
    if (old) hub.unsubscribe(old);
    const sub: Subscriber = {
      sessionId: frame.sessionId,
      channel: frame.channel,
      cursor: frame.afterSeq,
      send: (m: MessageView) => send({ type: 'message', sessionId: frame.sessionId, ...m }),
      sendTyping: (name) =>
        send({ type: 'typing', sessionId: frame.sessionId, channel: frame.channel, name }),
    };
    subs.set(key, sub);
    await hub.subscribe(sub);
    send({ type: 'subscribed', sessionId: frame.sessionId, channel: frame.channel });
  }

  async function handle(frame: ClientFrame) {
    switch (frame.type) {
      case 'hello': {
        party = await joinWithTicket(ctx, frame.ticket);
        send({ type: 'ready', me: { kind: 'party', name: party.member.name } });
        return;
      }
      case 'subscribe':
        return subscribe(frame);
      case 'send': {
        const scope = await scopeFor(frame);
        const message = await postMessage(ctx, scope, { channel: frame.channel, text: frame.text });
        send({ type: 'ack', ref: frame.ref ?? null, seq: message.seq });
        await hub.kick(scope.sessionId);
        return;
      }
      case 'typing': {
        const scope = await scopeFor(frame);
        assertChannel(scope, frame.channel);
        const sub = subs.get(`${frame.sessionId}|${frame.channel}`);
        if (sub) hub.typing(sub, scope.member.name);
        return;
      }
    }
  }

  function onFrame(raw: string) {
    let frame: unknown;
    try {
      frame = JSON.parse(raw);
    } catch {
      return send({ type: 'error', kind: 'validation-failed', detail: 'Frames are JSON' });
    }
    if (!checkFrame.Check(frame)) {
      const first = checkFrame.Errors(frame).First();
      return send({
        type: 'error',
        kind: 'validation-failed',
        detail: `Bad frame at ${first?.path || '/'}: ${first?.message ?? ''}`,
      });
    }
    const ref = 'ref' in frame ? (frame.ref ?? null) : null;
    chain = chain
      .then(() => handle(frame))
      .catch((err: unknown) => {
        if (err instanceof DomainError)
          return send({ type: 'error', kind: err.kind, detail: err.message, ref, errors: err.errors });
        ctx.log.error({ err }, 'room socket frame failed');
        send({ type: 'error', kind: 'internal', detail: 'Internal error', ref });
      });
  }

  socket.on('message', (data) => onFrame(data.toString()));
  socket.on('close', () => {
    for (const sub of subs.values()) hub.unsubscribe(sub);
    subs.clear();
  });
  if (ctx.actor) send({ type: 'ready', me: { kind: 'staff', name: ctx.actor.displayName } });
}
