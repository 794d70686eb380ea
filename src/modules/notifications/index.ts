/**
 * Notifications: each user's inbox, the outbox of e-mails and webhook deliveries written
 * in the same transaction as the event, its delivery with retries, and webhook
 * subscriptions. Other services call `notifyUsers`/`notifyOrg` inside their transaction.
 */
export {
  notifyUsers,
  notifyOrg,
  listMyNotifications,
  markNotificationRead,
  markAllNotificationsRead,
  type NotifyInput,
  type NotifyResult,
  type NotificationView,
} from './notifications.service.ts';
export { listWebhooks, createWebhook, updateWebhook, type WebhookView } from './webhooks.service.ts';
export { deliverOutbox, type DeliverySettings, type DeliveryResult } from './delivery.ts';
export { queueEmails, type QueuedEmail, type EmailAttachment } from './email-queue.ts';
export { signWebhook, verifyWebhookSignature, OUTBOX_BACKOFF_MS } from './delivery-policy.ts';
export { notificationsRoutes } from './notifications.routes.ts';
