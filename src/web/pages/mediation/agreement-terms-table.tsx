/**
 * The terms of an agreement with how each was performed (履行情况), recorded per term from a select; a
 * table on wide screens, one paragraph per term on phones.
 */
import { useMutation } from '@tanstack/react-query';
import { App, List, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  TERM_STATUSES,
  setTermStatus,
  type Agreement,
  type AgreementTerm,
  type TermStatusBody,
} from '../../features/mediation/mediation.api.ts';
import { formatFen } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { TermStatusTag, errorText, useMediationRefresh, usePartyLabel } from './mediation-ui.tsx';

interface TermChange {
  agreementId: string;
  termId: string;
  status: TermStatusBody['status'];
}

export function TermsTable({
  caseView,
  agreement,
  canCheck,
}: {
  caseView: CaseView;
  agreement: Agreement;
  canCheck: boolean;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const refresh = useMediationRefresh(caseView.id);
  const partyLabel = usePartyLabel();
  const isPhone = useCardSize() === 'small';
  const change = useMutation({
    mutationFn: ({ agreementId, termId, status }: TermChange) =>
      setTermStatus(caseView.id, agreementId, termId, { status }),
    onSuccess: () => {
      void message.success(t('term.statusSaved'));
      refresh();
    },
    onError: (error) => void message.error(errorText(i18n, error)),
  });
  const obligor = (id: string | null) => {
    const party = caseView.parties.find((p) => p.id === id);
    return party ? partyLabel(party) : t('common.none');
  };
  const amount = (fen: number | null) => (fen === null ? '—' : formatFen(fen));
  const status = (term: AgreementTerm) =>
    canCheck ? (
      <Select
        size="small"
        value={term.status}
        aria-label={t('term.statusOf', { index: term.position })}
        style={{ width: 130 }}
        loading={change.isPending && change.variables?.termId === term.id}
        onChange={(next) =>
          change.mutate({
            agreementId: agreement.id,
            termId: term.id,
            status: next as TermStatusBody['status'],
          })
        }
        options={TERM_STATUSES.map((value) => ({ value, label: t(`term.status.${value}`) }))}
      />
    ) : (
      <TermStatusTag status={term.status} />
    );

  if (isPhone) {
    // Phones: one short paragraph per term instead of a table wider than the screen.
    return (
      <List
        size="small"
        bordered
        dataSource={agreement.terms}
        locale={{ emptyText: t('term.empty') }}
        data-testid="agreement-terms"
        renderItem={(term) => (
          <List.Item key={term.id}>
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Typography.Text strong>
                {t('term.numbered', { index: term.position })} · {obligor(term.obligorPartyId)}
              </Typography.Text>
              <Typography.Text>{term.obligation}</Typography.Text>
              <Typography.Text type="secondary">
                {t('term.amount')} {amount(term.amountFen)} · {t('term.dueDate')} {term.dueDate ?? '—'}
              </Typography.Text>
              {status(term)}
            </Space>
          </List.Item>
        )}
      />
    );
  }

  const columns: TableColumnsType<AgreementTerm> = [
    { title: '#', dataIndex: 'position', width: 44 },
    {
      title: t('term.obligor'),
      key: 'obligor',
      width: 150,
      render: (_, term) => obligor(term.obligorPartyId),
    },
    { title: t('term.obligation'), dataIndex: 'obligation' },
    {
      title: t('term.amount'),
      dataIndex: 'amountFen',
      width: 120,
      align: 'right',
      render: (fen: number | null) => amount(fen),
    },
    {
      title: t('term.dueDate'),
      dataIndex: 'dueDate',
      width: 110,
      render: (day: string | null) => day ?? '—',
    },
    {
      title: t('term.status'),
      key: 'status',
      width: 150,
      render: (_, term) => status(term),
    },
  ];
  return (
    <Table<AgreementTerm>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={agreement.terms}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('term.empty') }}
      data-testid="agreement-terms"
    />
  );
}
