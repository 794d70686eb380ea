/** Report e-mail subscriptions (issue 7). Spread into `zh-CN.ts`; `en.reports.ts` carries the same keys. */
export const zhCNReports = {
  'reportSubscriptions.title': '邮件订阅',
  'reportSubscriptions.kind.daily': '每日简报',
  'reportSubscriptions.kind.weekly': '每周交流',
  'reportSubscriptions.kind.monthly': '每月分析',
  'reportSubscriptions.hint': '定时生成后发送至您的邮箱，附 Word 和 Excel 文件',
  'reportSubscriptions.subscribed': '已订阅',
  'reportSubscriptions.unsubscribed': '已取消订阅',
  'reportSubscriptions.noEmail': '您的账号未登记电子邮箱，订阅的报告无法送达，请联系管理员登记邮箱。',
};
