/**
 * 组织机构: the caller's visible organisations as a tree (district and streets expanded), a detail panel
 * for the selected one and, for admins, the file import.
 */
import { Alert, Card, Col, Empty, Input, Row, Space, Spin, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useMemo, useState, type Key, type ReactNode } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { OrgTypeTag } from '../../components/role-tags.tsx';
import { hasRole } from '../../features/auth/auth.api.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { OrgDetailPanel } from './org-detail-panel.tsx';
import { OrgImportButton } from './org-import-modal.tsx';
import {
  buildOrgTree,
  defaultExpandedKeys,
  filterOrgTree,
  type OrgNode,
} from '../../features/orgs/org-tree.ts';

function toTreeData(nodes: readonly OrgNode[]): TreeDataNode[] {
  return nodes.map(({ org, children }) => ({
    key: org.id,
    title: (
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <span>{org.name}</span>
        <OrgTypeTag type={org.type} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {org.code}
        </Typography.Text>
      </span>
    ),
    children: toTreeData(children),
  }));
}

export function OrgsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useCurrentUser();
  const orgs = useOrgs();
  const [selectedId, setSelectedId] = useState<string>();
  const [search, setSearch] = useState('');
  const [expandedKeys, setExpandedKeys] = useState<Key[]>();

  const roots = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const filtered = useMemo(() => filterOrgTree(roots, search), [roots, search]);
  const treeData = useMemo(() => toTreeData(filtered.roots), [filtered.roots]);
  const shownExpanded = search.trim() ? filtered.expand : (expandedKeys ?? defaultExpandedKeys(roots));
  const byId = useMemo(() => new Map((orgs.data ?? []).map((org) => [org.id, org])), [orgs.data]);

  let body: ReactNode;
  if (orgs.isPending) body = <Spin style={{ display: 'block', margin: 32 }} />;
  else if (orgs.isError)
    body = (
      <Alert
        type="error"
        showIcon
        title={isProblem(orgs.error) ? problemText(i18n, orgs.error) : String(orgs.error)}
      />
    );
  else if (treeData.length === 0) body = <Empty description={t('orgs.empty')} />;
  else
    body = (
      <Tree
        showLine
        blockNode
        treeData={treeData}
        expandedKeys={shownExpanded}
        onExpand={(keys) => setExpandedKeys(keys)}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => setSelectedId(keys[0] === undefined ? undefined : String(keys[0]))}
        data-testid="org-tree"
      />
    );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card
          title={t('orgs.title')}
          extra={
            <Space>
              {orgs.data && (
                <Typography.Text type="secondary">
                  {t('orgs.count', { count: orgs.data.length })}
                </Typography.Text>
              )}
              {hasRole(me, 'admin') && <OrgImportButton />}
            </Space>
          }
        >
          <Input.Search
            allowClear
            placeholder={t('orgs.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
            style={{ marginBottom: 12 }}
          />
          {body}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <OrgDetailPanel orgId={selectedId} parentName={(id) => byId.get(id)?.name} />
      </Col>
    </Row>
  );
}
