/** Who may open the wall dashboard (大屏): leaders and administrators (issue 7). */
export const DASHBOARD_ROLES = ['leader', 'admin'] as const;
