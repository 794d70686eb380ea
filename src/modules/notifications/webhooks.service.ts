/**
 * Webhook subscriptions: outside systems (a 12345 hotline platform, a county dashboard)
 * receive notifications of the kinds they subscribe to as signed JSON POSTs. District-wide,
 * so only an admin at the top of the tree manages them. The signing secret is shown once,
 * at creation or rotation, and stored encrypted.
 */
import { inTransaction } from '../../db/dialect.ts';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../db/tables.ts';
import { withDb, type ServiceContext } from '../../lib/context.ts';
import { Forbidden, NotFound, ValidationFailed, type FieldError } from '../../lib/errors.ts';
import { newId, randomToken } from '../../lib/ids.ts';
import { requireRole } from '../../lib/scope.ts';
import { recordAudit } from '../audit/index.ts';
import { parseKinds } from './notifications.service.ts';
import * as q from './webhooks.queries.ts';

export interface WebhookView {
  id: string;
  url: string;
  kinds: NotificationKind[];
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

const toView = (r: q.WebhookRow): WebhookView => ({
  id: r.id,
  url: r.url,
  kinds: parseKinds(r.kinds) as NotificationKind[],
  isActive: r.isActive === 1,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
});

function requireDistrictAdmin(ctx: ServiceContext) {
  const actor = requireRole(ctx.actor, 'admin');
  if (actor.orgPath.split('/').filter(Boolean).length !== 1)
    throw new Forbidden('Only a district admin may manage webhooks');
  return actor;
}

function check(input: { url?: string; kinds?: string[] }): void {
  const errors: FieldError[] = [];
  if (input.url !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(input.url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'https:' && protocol !== 'http:')
      errors.push({ pointer: '#/url', code: 'invalid', detail: 'give an http:// or https:// address' });
  }
  input.kinds?.forEach((k, i) => {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(k))
      errors.push({
        pointer: `#/kinds/${i}`,
        code: 'invalid',
        detail: `"${k}" is not one of ${NOTIFICATION_KINDS.join(', ')}`,
      });
  });
  if (input.kinds && input.kinds.length === 0)
    errors.push({ pointer: '#/kinds', code: 'required', detail: 'subscribe to at least one kind' });
  if (errors.length) throw new ValidationFailed(errors.map((e) => e.detail).join('; '), errors);
}

const newSecret = () => `whsec_${randomToken(24)}`;

/** Every webhook, without secrets. */
export async function listWebhooks(ctx: ServiceContext): Promise<WebhookView[]> {
  requireDistrictAdmin(ctx);
  return (await q.selectWebhooks(ctx.db)).map(toView);
}

/** Subscribes a URL to kinds; the answer carries the signing secret, shown this once. */
export async function createWebhook(
  ctx: ServiceContext,
  input: { url: string; kinds: string[] },
): Promise<WebhookView & { secret: string }> {
  requireDistrictAdmin(ctx);
  check(input);
  const secret = newSecret();
  const now = ctx.clock.now().toISOString();
  const id = newId();
  const kinds = [...new Set(input.kinds)];
  return inTransaction(ctx.db, async (trx) => {
    await q.insertWebhook(trx, {
      id,
      url: input.url,
      secret: ctx.pii.encrypt(secret),
      kinds: JSON.stringify(kinds),
      isActive: 1,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(withDb(ctx, trx), {
      action: 'webhook.create',
      targetType: 'webhook',
      targetId: id,
      detail: { url: input.url, kinds },
    });
    return { ...toView((await q.selectWebhookById(trx, id))!), secret };
  });
}

/**
 * Changes the URL, kinds or active flag; `rotateSecret` issues a new secret, returned
 * this once. @throws NotFound for an unknown id.
 */
export async function updateWebhook(
  ctx: ServiceContext,
  id: string,
  changes: { url?: string; kinds?: string[]; isActive?: boolean; rotateSecret?: boolean },
): Promise<WebhookView & { secret?: string }> {
  requireDistrictAdmin(ctx);
  check(changes);
  const secret = changes.rotateSecret ? newSecret() : undefined;
  return inTransaction(ctx.db, async (trx) => {
    if (!(await q.selectWebhookById(trx, id))) throw new NotFound('Webhook');
    await q.updateWebhookRow(trx, id, {
      updatedAt: ctx.clock.now().toISOString(),
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.kinds ? { kinds: JSON.stringify([...new Set(changes.kinds)]) } : {}),
      ...(changes.isActive !== undefined ? { isActive: changes.isActive ? 1 : 0 } : {}),
      ...(secret ? { secret: ctx.pii.encrypt(secret) } : {}),
    });
    const { rotateSecret: _rotate, ...visible } = changes;
    await recordAudit(withDb(ctx, trx), {
      action: 'webhook.update',
      targetType: 'webhook',
      targetId: id,
      detail: { ...visible, secretRotated: secret !== undefined },
    });
    const view = toView((await q.selectWebhookById(trx, id))!);
    return secret ? { ...view, secret } : view;
  });
}
