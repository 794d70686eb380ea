/**
 * The detail panel of the organisation page: code, type, specialty, parent, child count, boundary.
 */
import { Alert, Card, Descriptions, Spin, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { isProblem } from '../../api/client.ts';
import { OrgTypeTag } from '../../components/role-tags.tsx';
import { useOrg } from '../../features/orgs/orgs.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

interface Props {
  orgId: string | undefined;
  /** The name of a visible organisation, for the parent line. */
  parentName: (id: string) => string | undefined;
}

export function OrgDetailPanel({ orgId, parentName }: Props) {
  const i18n = useI18n();
  const { t, tx } = i18n;
  const detail = useOrg(orgId);

  let body: ReactNode;
  if (!orgId) body = <Typography.Text type="secondary">{t('orgs.selectHint')}</Typography.Text>;
  else if (detail.isPending) body = <Spin />;
  else if (detail.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={isProblem(detail.error) ? problemText(i18n, detail.error) : String(detail.error)}
      />
    );
  else {
    const org = detail.data;
    const parent = org.parentId ? (parentName(org.parentId) ?? org.parentId) : t('common.none');
    body = (
      <Descriptions
        size="small"
        bordered
        column={1}
        data-testid="org-detail"
        items={[
          { key: 'name', label: t('orgs.name'), children: org.name },
          {
            key: 'code',
            label: t('orgs.code'),
            children: <Typography.Text copyable>{org.code}</Typography.Text>,
          },
          { key: 'type', label: t('orgs.type'), children: <OrgTypeTag type={org.type} /> },
          {
            key: 'specialty',
            label: t('orgs.specialty'),
            children: org.specialty ? (tx(`specialty.${org.specialty}`) ?? org.specialty) : t('common.none'),
          },
          { key: 'parent', label: t('orgs.parent'), children: parent },
          { key: 'children', label: t('orgs.childCount'), children: org.childCount },
          {
            key: 'boundary',
            label: t('orgs.boundary'),
            children:
              org.boundary || org.hasBoundary ? (
                <Tag color="success">{t('orgs.boundarySet')}</Tag>
              ) : (
                <Tag>{t('orgs.boundaryUnset')}</Tag>
              ),
          },
        ]}
      />
    );
  }
  return <Card title={t('orgs.detail')}>{body}</Card>;
}
