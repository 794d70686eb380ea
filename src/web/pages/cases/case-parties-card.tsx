/**
 * A case's parties with masked ID numbers and phones. "查看完整信息" asks for a reason, then shows the whole
 * numbers; the server records who looked, when and why (DESIGN.md §4: every unmasked read logged).
 */
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { isProblem } from '../../api/client.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { REVEALING_ROLES } from '../../features/cases/case-options.ts';
import { useCaseLabels } from '../../features/cases/case-tags.tsx';
import { revealParty, type CaseParty, type CaseView, type Revealed } from '../../features/cases/cases.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, problemText } from '../../i18n/problem-text.ts';
import { useCardSize } from './use-card-size.ts';

const MIN_REASON = 2;
const MAX_REASON = 200;

function RevealModal({
  caseId,
  party,
  onClose,
  onRevealed,
}: {
  caseId: string;
  party: CaseParty | undefined;
  onClose: () => void;
  onRevealed: (partyId: string, revealed: Revealed) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useMutation({
    mutationFn: ({ partyId, reason }: { partyId: string; reason: string }) =>
      revealParty(caseId, partyId, reason),
    onSuccess: (revealed, { partyId }) => {
      onRevealed(partyId, revealed);
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      const reasonError = isProblem(error)
        ? error.errors.find((item) => item.pointer === '#/reason')
        : undefined;
      if (reasonError) form.setFields([{ name: 'reason', errors: [fieldErrorText(i18n, reasonError)] }]);
    },
  });
  const errorText =
    reveal.error &&
    !(isProblem(reveal.error) && reveal.error.errors.some((item) => item.pointer === '#/reason'))
      ? isProblem(reveal.error)
        ? problemText(i18n, reveal.error)
        : String(reveal.error)
      : undefined;

  return (
    <Modal
      open={party !== undefined}
      title={party ? t('caseDetail.revealTitle', { name: party.name }) : undefined}
      onCancel={() => {
        reveal.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={reveal.isPending}
      forceRender
    >
      <Alert type="warning" showIcon title={t('caseDetail.revealHelp')} style={{ marginBottom: 16 }} />
      {errorText && <Alert type="error" showIcon title={errorText} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={({ reason }) => party && reveal.mutate({ partyId: party.id, reason: reason.trim() })}
      >
        <Form.Item
          name="reason"
          label={t('caseDetail.revealReason')}
          rules={[
            { required: true, whitespace: true, message: t('caseDetail.revealReasonRequired') },
            { min: MIN_REASON, max: MAX_REASON, message: t('caseDetail.revealReasonRequired') },
          ]}
        >
          <Input.TextArea
            maxLength={MAX_REASON}
            showCount
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t('caseDetail.revealReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** An identifier: masked, or whole (marked so) once revealed. */
function Identifier({ masked, whole }: { masked: string | null; whole: string | null | undefined }) {
  const { t } = useI18n();
  if (whole) {
    return (
      <Tooltip title={t('caseDetail.revealed')}>
        <Typography.Text copyable style={{ whiteSpace: 'nowrap' }}>
          <EyeOutlined
            style={{ color: '#d46b08', marginInlineEnd: 4 }}
            aria-label={t('caseDetail.revealed')}
          />
          {whole}
        </Typography.Text>
      </Tooltip>
    );
  }
  return <>{masked ?? t('caseDetail.none')}</>;
}

export function CasePartiesCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const { t } = useI18n();
  const labels = useCaseLabels();
  const me = useCurrentUser();
  const canReveal = REVEALING_ROLES.some((role) => me.roles.includes(role));
  const [target, setTarget] = useState<CaseParty>();
  const [revealed, setRevealed] = useState<Record<string, Revealed>>({});
  const none = t('caseDetail.none');

  const columns: TableColumnsType<CaseParty> = [
    {
      title: t('party.role'),
      dataIndex: 'role',
      width: 76,
      render: (role: string) => labels.partyRole(role),
    },
    {
      title: t('party.kind'),
      dataIndex: 'kind',
      width: 56,
      render: (kind: string) => labels.partyKind(kind),
    },
    { title: t('party.name'), dataIndex: 'name', width: 130 },
    {
      title: t('party.gender'),
      dataIndex: 'gender',
      width: 48,
      render: (gender: string | null) => labels.gender(gender) || none,
    },
    {
      title: t('party.certificate'),
      key: 'certificate',
      width: 210,
      render: (_, party) =>
        party.kind === 'organisation' ? (
          (party.creditCode ?? none)
        ) : (
          <Identifier masked={party.idNumber} whole={revealed[party.id]?.idNumber} />
        ),
    },
    {
      title: t('party.phone'),
      key: 'phone',
      width: 150,
      render: (_, party) => <Identifier masked={party.phone} whole={revealed[party.id]?.phone} />,
    },
    {
      title: t('party.address'),
      dataIndex: 'address',
      width: 140,
      render: (value: string | null) => value ?? none,
    },
    {
      title: t('party.agent'),
      key: 'agent',
      width: 140,
      render: (_, party) =>
        party.agent ? (
          <>
            {party.agent.name}{' '}
            {(revealed[party.id]?.agentPhone ?? party.agent.phone) && (
              <Identifier masked={party.agent.phone} whole={revealed[party.id]?.agentPhone} />
            )}
          </>
        ) : (
          none
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 132,
      render: (_, party) =>
        canReveal &&
        (party.idNumber || party.phone || party.agent?.phone) &&
        !revealed[party.id] && (
          <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setTarget(party)}>
            {t('caseDetail.reveal')}
          </Button>
        ),
    },
  ];

  return (
    <Card size={cardSize} title={t('caseDetail.parties')}>
      <Table<CaseParty>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={caseView.parties}
        pagination={false}
        scroll={{ x: 1082 }}
        data-testid="party-list"
      />
      <RevealModal
        caseId={caseView.id}
        party={target}
        onClose={() => setTarget(undefined)}
        onRevealed={(partyId, value) => setRevealed((previous) => ({ ...previous, [partyId]: value }))}
      />
    </Card>
  );
}
