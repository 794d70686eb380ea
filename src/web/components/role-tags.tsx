/**
 * Roles and organisation types as tags, with their catalogue names.
 */
import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

const ROLE_COLORS: Record<string, string> = {
  admin: 'red',
  leader: 'gold',
  dispatcher: 'blue',
  mediator: 'green',
  handler: 'cyan',
  intake: 'geekblue',
  grid_worker: 'purple',
};

const ORG_TYPE_COLORS: Record<string, string> = {
  district: 'red',
  street: 'volcano',
  community: 'orange',
  grid: 'gold',
  department: 'blue',
  mediation_committee: 'green',
  judicial_office: 'cyan',
  petition_bureau: 'purple',
  legal_aid: 'geekblue',
  court_liaison: 'magenta',
};

/** One tag per role; unknown roles show their code. */
export function RoleTags({ roles }: { roles: readonly string[] }) {
  const { tx } = useI18n();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]} style={{ marginInlineEnd: 4 }}>
          {tx(`role.${role}`) ?? role}
        </Tag>
      ))}
    </>
  );
}

/** The name of an organisation type, or its code when the catalogue lacks it. */
export function useOrgTypeLabel(): (type: string) => string {
  const { tx } = useI18n();
  return (type) => tx(`orgType.${type}`) ?? type;
}

/** A tag naming an organisation type. */
export function OrgTypeTag({ type }: { type: string }) {
  const label = useOrgTypeLabel();
  return (
    <Tag color={ORG_TYPE_COLORS[type]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {label(type)}
    </Tag>
  );
}
