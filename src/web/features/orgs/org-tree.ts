/**
 * Pure helpers that turn the flat organisation list (`GET /api/v1/orgs`) into a tree by `parentId`.
 */
import { ORG_TYPES, type Org } from './orgs.api.ts';

export interface OrgNode {
  org: Org;
  children: OrgNode[];
}

const TYPE_ORDER = new Map<string, number>(ORG_TYPES.map((type, index) => [type, index]));

/** Siblings by type (streets before departments …); within a type the server's order stays (stable sort). */
function compareOrgs(a: Org, b: Org): number {
  return (TYPE_ORDER.get(a.type) ?? 99) - (TYPE_ORDER.get(b.type) ?? 99);
}

/**
 * Builds the forest. An organisation whose parent is not in the list (the top of the caller's visible
 * subtree) becomes a root. Siblings are grouped by type, keeping the server's order within a type.
 */
export function buildOrgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>(orgs.map((org) => [org.id, { org, children: [] }]));
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => compareOrgs(a.org, b.org));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

/** Keys expanded at first: the roots, and every district and street (so communities show). */
export function defaultExpandedKeys(roots: readonly OrgNode[]): string[] {
  const keys: string[] = [];
  const walk = (node: OrgNode, isRoot: boolean) => {
    if (node.children.length > 0 && (isRoot || node.org.type === 'district' || node.org.type === 'street')) {
      keys.push(node.org.id);
    }
    for (const child of node.children) walk(child, false);
  };
  for (const root of roots) walk(root, true);
  return keys;
}

/**
 * Keeps the nodes whose name or code contains `text` (case-insensitive) and their ancestors; returns the
 * pruned forest and the ancestors to expand so every match shows. An empty text keeps everything.
 */
export function filterOrgTree(
  roots: readonly OrgNode[],
  text: string,
): { roots: OrgNode[]; expand: string[] } {
  const needle = text.trim().toLowerCase();
  if (!needle) return { roots: [...roots], expand: [] };
  const expand: string[] = [];
  const prune = (node: OrgNode): OrgNode | undefined => {
    const children = node.children.map(prune).filter((child): child is OrgNode => child !== undefined);
    const isMatch =
      node.org.name.toLowerCase().includes(needle) || node.org.code.toLowerCase().includes(needle);
    if (children.length > 0) expand.push(node.org.id);
    return isMatch || children.length > 0 ? { org: node.org, children } : undefined;
  };
  return { roots: roots.map(prune).filter((node): node is OrgNode => node !== undefined), expand };
}
