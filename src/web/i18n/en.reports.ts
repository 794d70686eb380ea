/** Report e-mail subscriptions (issue 7): the same keys as `zh-CN.reports.ts`. */
import type { zhCNReports } from './zh-CN.reports.ts';

export const enReports: Record<keyof typeof zhCNReports, string> = {
  'reportSubscriptions.title': 'E-mail subscription',
  'reportSubscriptions.kind.daily': 'Daily brief',
  'reportSubscriptions.kind.weekly': 'Weekly exchange',
  'reportSubscriptions.kind.monthly': 'Monthly analysis',
  'reportSubscriptions.hint': 'Sent to your mailbox when generated, with the Word and Excel files',
  'reportSubscriptions.subscribed': 'Subscribed',
  'reportSubscriptions.unsubscribed': 'Subscription cancelled',
  'reportSubscriptions.noEmail':
    'Your account has no e-mail address, so subscribed reports cannot reach you. Ask an administrator to add one.',
};
