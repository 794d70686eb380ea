/**
 * The agreements of a case (调解协议) with their terms and how each was performed (履行情况: fulfilled,
 * partly, not fulfilled), recorded per term from a select; a written agreement downloads as the Word
 * document 人民调解协议书 (the server generates it with the parties' full particulars and audits that).
 * An agreement voided (作废) before its performance started stays listed, its number struck through.
 */
import { DeleteOutlined, DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseView } from '../../features/cases/cases.api.ts';
import { documentPaths, type Agreement } from '../../features/mediation/mediation.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useCardSize } from '../cases/use-card-size.ts';
import { TermsTable } from './agreement-terms-table.tsx';
import { AgreementVoidModal } from './agreement-void-modal.tsx';
import { ProblemAlert, useDownload } from './mediation-ui.tsx';

export function AgreementsCard({
  caseView,
  agreements,
  loading,
  error,
  canCheck,
  canVoid,
}: {
  caseView: CaseView;
  agreements: readonly Agreement[];
  loading: boolean;
  error: unknown;
  canCheck: boolean;
  /** May void (作废) an agreement whose performance has not started. */
  canVoid: boolean;
}) {
  const { t } = useI18n();
  const cardSize = useCardSize();
  const { busy, download } = useDownload();
  const [voiding, setVoiding] = useState<Agreement>();
  const voidable = (a: Agreement) =>
    canVoid && !a.voidedAt && a.terms.every((term) => term.status === 'pending');

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
                <Typography.Text strong delete={!!agreement.voidedAt} data-testid="agreement-number">
                  {agreement.number}
                </Typography.Text>
                <Tag color={agreement.form === 'written' ? 'blue' : 'default'}>
                  {t(agreement.form === 'written' ? 'agreement.form.written' : 'agreement.form.oral')}
                </Tag>
                {agreement.voidedAt && (
                  <Tag color="red" data-testid="agreement-void-tag">
                    {t('agreement.void')}
                  </Tag>
                )}
              </Space>
            }
            extra={
              <Space size={8} wrap>
                {voidable(agreement) && (
                  <Button size="small" danger icon={<DeleteOutlined />} onClick={() => setVoiding(agreement)}>
                    {t('agreement.voidAction')}
                  </Button>
                )}
                {agreement.documentUrl && (
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
                )}
              </Space>
            }
          >
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              style={{ marginBottom: 12 }}
              items={[
                ...(agreement.voidedAt
                  ? [
                      {
                        key: 'void',
                        label: t('agreement.voidReason'),
                        span: 'filled' as const,
                        children: <Typography.Text type="danger">{agreement.voidReason}</Typography.Text>,
                      },
                    ]
                  : []),
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
            <TermsTable
              caseView={caseView}
              agreement={agreement}
              canCheck={canCheck && !agreement.voidedAt}
            />
          </Card>
        ))}
      </Space>
      <AgreementVoidModal caseView={caseView} agreement={voiding} onClose={() => setVoiding(undefined)} />
    </Card>
  );
}
