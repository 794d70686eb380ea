/**
 * A TreeSelect of the caller's visible organisations, searchable by name or code.
 */
import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useOrgs } from '../features/orgs/orgs.api.ts';
import { buildOrgTree, defaultExpandedKeys, type OrgNode } from '../features/orgs/org-tree.ts';

interface OrgOption {
  value: string;
  title: string;
  search: string;
  children: OrgOption[];
}

function toOptions(nodes: readonly OrgNode[]): OrgOption[] {
  return nodes.map(({ org, children }) => ({
    value: org.id,
    title: org.name,
    search: `${org.name} ${org.code}`,
    children: toOptions(children),
  }));
}

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}

export function OrgTreeSelect({ value, onChange, placeholder, allowClear, style, id }: Props) {
  const orgs = useOrgs();
  const roots = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const options = useMemo(() => toOptions(roots), [roots]);
  return (
    <TreeSelect<string>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={options}
      loading={orgs.isPending}
      showSearch
      treeNodeFilterProp="search"
      treeDefaultExpandedKeys={defaultExpandedKeys(roots)}
      placeholder={placeholder}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      style={style}
    />
  );
}
