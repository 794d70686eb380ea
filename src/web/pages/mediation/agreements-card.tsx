/**
 * The agreements of a case (调解协议) with their terms and how each was performed (履行情况: fulfilled,
 * partly, not fulfilled), recorded per term from a select; a written agreement downloads as the Word
 * document 人民调解协议书 (the server generates it with the parties' full particulars and audits that).
 */
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CaseView } from '../../features/cases/cases.api.ts';
import {
  TERM_STATUSES,
  documentPaths,
  setTermStatus,
  type Agreement,
  type AgreementTerm,
  type TermStatusBody,
} from '../../features/mediation/mediation.api.ts';
import { formatFen } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import {
  ProblemAlert,
  TermStatusTag,
  errorText,
  useDownload,
  useMediationRefresh,
  usePartyLabel,
} from './mediation-ui.tsx';

interface TermChange {
  agreementId: string;
  termId: string;
  status: TermStatusBody['status'];
}

function TermsTable({
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

export function AgreementsCard({
  caseView,
  agreements,
  loading,
  error,
  canCheck,
}: {
  caseView: CaseView;
  agreements: readonly Agreement[];
  loading: boolean;
  error: unknown;
  canCheck: boolean;
}) {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const { busy, download } = useDownload();

  return (
    <Card size={cardSize} title={t('agreement.list')} loading={loading} data-testid="agreement-list">
      <ProblemAlert error={error} />
      {agreements.length === 0 && <Empty description={t('agreement.empty')} />}
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {agreements.map((agreement) => (
          <Card
            key={agreement.id}
            size="small"
            type="inner"
            data-testid="agreement"
            title={
              <Space wrap size={8}>
                <Typography.Text strong data-testid="agreement-number">
                  {agreement.number}
                </Typography.Text>
                <Tag color={agreement.form === 'written' ? 'blue' : 'default'}>
                  {t(agreement.form === 'written' ? 'agreement.form.written' : 'agreement.form.oral')}
                </Tag>
              </Space>
            }
            extra={
              agreement.form === 'written' && (
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  loading={busy === agreement.id}
                  onClick={() =>
                    void download(agreement.id, documentPaths.agreement(caseView.id, agreement.id))
                  }
                >
                  {t('agreement.download')}
                </Button>
              )
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'facts', label: t('agreement.facts'), span: 'filled', children: agreement.facts },
                {
                  key: 'disputed',
                  label: t('agreement.disputedMatters'),
                  span: 'filled',
                  children: agreement.disputedMatters,
                },
                ...(agreement.performanceCheck
                  ? [
                      {
                        key: 'check',
                        label: t('agreement.performanceCheck'),
                        span: 'filled' as const,
                        children: agreement.performanceCheck,
                      },
                    ]
                  : []),
                { key: 'effectiveOn', label: t('agreement.effectiveOn'), children: agreement.effectiveOn },
                { key: 'copies', label: t('agreement.copies'), children: agreement.copies },
              ]}
            />
            <TermsTable caseView={caseView} agreement={agreement} canCheck={canCheck} />
          </Card>
        ))}
      </Space>
    </Card>
  );
}
