/**
 * A TreeSelect choosing several of the caller's visible organisations (co-handlers 协办, a routing rule's
 * streets or grids), searchable by name or code. With `selectableTypes` only organisations of those types
 * can be chosen, and branches holding none of them are left out.
 */
import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { buildOrgTree, defaultExpandedKeys, type OrgNode } from '../features/orgs/org-tree.ts';
import { useOrgs, type OrgType } from '../features/orgs/orgs.api.ts';

interface OrgOption {
  value: string;
  title: string;
  search: string;
  selectable: boolean;
  children: OrgOption[];
}

function toOptions(nodes: readonly OrgNode[], selectableTypes?: readonly OrgType[]): OrgOption[] {
  return nodes.flatMap(({ org, children }) => {
    const selectable = !selectableTypes || selectableTypes.includes(org.type);
    const childOptions = toOptions(children, selectableTypes);
    if (!selectable && childOptions.length === 0) return [];
    return [
      {
        value: org.id,
        title: org.name,
        search: `${org.name} ${org.code}`,
        selectable,
        children: childOptions,
      },
    ];
  });
}

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
  selectableTypes?: readonly OrgType[];
  'aria-label'?: string;
}

export function OrgMultiSelect({
  value,
  onChange,
  placeholder,
  style,
  id,
  selectableTypes,
  'aria-label': ariaLabel,
}: Props) {
  const orgs = useOrgs();
  const roots = useMemo(() => buildOrgTree(orgs.data ?? []), [orgs.data]);
  const options = useMemo(() => toOptions(roots, selectableTypes), [roots, selectableTypes]);
  return (
    <TreeSelect<string[]>
      id={id}
      aria-label={ariaLabel}
      multiple
      value={value ?? []}
      onChange={(next) => onChange?.(next ?? [])}
      treeData={options}
      loading={orgs.isPending}
      showSearch={{ treeNodeFilterProp: 'search' }}
      treeDefaultExpandAll={selectableTypes !== undefined}
      treeDefaultExpandedKeys={selectableTypes ? undefined : defaultExpandedKeys(roots)}
      placeholder={placeholder}
      allowClear
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
