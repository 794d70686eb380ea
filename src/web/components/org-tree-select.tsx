/**
 * A TreeSelect of the caller's visible organisations, searchable by name or code. With `selectableTypes`
 * (the case form's grid picker) only organisations of those types can be chosen, and branches holding none
 * of them are left out.
 */
import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useOrgs, type OrgType } from '../features/orgs/orgs.api.ts';
import { buildOrgTree, defaultExpandedKeys, type OrgNode } from '../features/orgs/org-tree.ts';

interface OrgOption {
  value: string;
  title: string;
  search: string;
  selectable: boolean;
  children: OrgOption[];
}

function toOptions(nodes: readonly OrgNode[], selectableTypes?: readonly OrgType[]): OrgOption[] {
  const options: OrgOption[] = [];
  for (const { org, children } of nodes) {
    const selectable = !selectableTypes || selectableTypes.includes(org.type);
    const childOptions = toOptions(children, selectableTypes);
    if (!selectable && childOptions.length === 0) continue;
    options.push({
      value: org.id,
      title: org.name,
      search: `${org.name} ${org.code}`,
      selectable,
      children: childOptions,
    });
  }
  return options;
}

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  /** Only organisations of these types can be chosen. */
  selectableTypes?: readonly OrgType[];
  'aria-label'?: string;
}

export function OrgTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  style,
  id,
  selectableTypes,
  'aria-label': ariaLabel,
}: Props) {
  const orgs = useOrgs();
  const roots = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const options = useMemo(() => toOptions(roots, selectableTypes), [roots, selectableTypes]);
  return (
    <TreeSelect<string>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={options}
      loading={orgs.isPending}
      showSearch={{ treeNodeFilterProp: 'search' }}
      treeDefaultExpandAll={selectableTypes !== undefined}
      treeDefaultExpandedKeys={selectableTypes ? undefined : defaultExpandedKeys(roots)}
      placeholder={placeholder}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      style={style}
    />
  );
}
