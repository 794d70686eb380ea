/**
 * A case's status, risk and flags as tags, with their catalogue names (unknown codes show as they are).
 */
import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { FLAG_COLORS, RELATED_REASON_COLORS, RISK_COLORS, STATUS_COLORS } from './case-options.ts';

export function StatusTag({ status }: { status: string }) {
  const { tx } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="case-status">
      {tx(`status.${status}`) ?? status}
    </Tag>
  );
}

export function RiskTag({ risk }: { risk: string }) {
  const { tx } = useI18n();
  return (
    <Tag color={RISK_COLORS[risk]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {tx(`risk.${risk}`) ?? risk}
    </Tag>
  );
}

export function FlagTags({ flags }: { flags: readonly string[] }) {
  const { tx } = useI18n();
  return (
    <>
      {flags.map((flag) => (
        <Tag key={flag} color={FLAG_COLORS[flag]} style={{ marginInlineEnd: 4 }}>
          {tx(`flag.${flag}`) ?? flag}
        </Tag>
      ))}
    </>
  );
}

export function RelatedReasonTags({ reasons }: { reasons: readonly string[] }) {
  const { tx } = useI18n();
  return (
    <>
      {reasons.map((reason) => (
        <Tag key={reason} color={RELATED_REASON_COLORS[reason]} style={{ marginInlineEnd: 4 }}>
          {tx(`relatedReason.${reason}`) ?? reason}
        </Tag>
      ))}
    </>
  );
}

/** Name lookups for codes of the case vocabularies, falling back to the code. */
export function useCaseLabels() {
  const { tx } = useI18n();
  const label = (prefix: string) => (code: string | null | undefined) =>
    code ? (tx(`${prefix}.${code}`) ?? code) : '';
  return {
    channel: label('channel'),
    petitionType: label('petitionType'),
    status: label('status'),
    risk: label('risk'),
    flag: label('flag'),
    partyKind: label('partyKind'),
    partyRole: label('partyRole'),
    gender: label('gender'),
  };
}
