/**
 * A case's parties with masked ID numbers and phones. "查看完整信息" asks for a reason, then shows the whole
 * numbers; the server records who looked, when and why (DESIGN.md §4: every unmasked read logged).
 */
import { EyeOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Table,
  Tooltip,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
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

interface PartyColumn {
  key: string;
  title: string;
  width: number;
  render: (party: CaseParty) => ReactNode;
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

  const revealButton = (party: CaseParty) =>
    canReveal &&
    (party.idNumber || party.phone || party.agent?.phone) &&
    !revealed[party.id] && (
      <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setTarget(party)}>
        {t('caseDetail.reveal')}
      </Button>
    );

  const fields: PartyColumn[] = [
    { key: 'role', title: t('party.role'), width: 76, render: (party) => labels.partyRole(party.role) },
    { key: 'kind', title: t('party.kind'), width: 56, render: (party) => labels.partyKind(party.kind) },
    { key: 'name', title: t('party.name'), width: 130, render: (party) => party.name },
    {
      key: 'gender',
      title: t('party.gender'),
      width: 48,
      render: (party) => labels.gender(party.gender) || none,
    },
    {
      key: 'certificate',
      title: t('party.certificate'),
      width: 210,
      render: (party) =>
        party.kind === 'organisation' ? (
          (party.creditCode ?? none)
        ) : (
          <Identifier masked={party.idNumber} whole={revealed[party.id]?.idNumber} />
        ),
    },
    {
      key: 'phone',
      title: t('party.phone'),
      width: 150,
      render: (party) => <Identifier masked={party.phone} whole={revealed[party.id]?.phone} />,
    },
    { key: 'address', title: t('party.address'), width: 140, render: (party) => party.address ?? none },
    {
      key: 'agent',
      title: t('party.agent'),
      width: 140,
      render: (party) =>
        party.agent ? (
          <>
            {party.agent.name}{' '}
            {party.agent.phone && (
              <Identifier masked={party.agent.phone} whole={revealed[party.id]?.agentPhone} />
            )}
          </>
        ) : (
          none
        ),
    },
  ];
  const columns: TableColumnsType<CaseParty> = [
    ...fields.map(({ key, title, width, render }) => ({
      key,
      title,
      width,
      render: (_: unknown, party: CaseParty) => render(party),
    })),
    { key: 'actions', title: t('common.actions'), width: 132, render: (_, party) => revealButton(party) },
  ];

  return (
    <Card size={cardSize} title={t('caseDetail.parties')}>
      {cardSize === 'small' ? (
        // Phones: one small card per party instead of a table wider than the screen.
        <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="party-list">
          {caseView.parties.map((party) => (
            <Card
              key={party.id}
              size="small"
              type="inner"
              title={`${labels.partyRole(party.role)} · ${party.name}`}
              extra={revealButton(party)}
            >
              <Descriptions
                size="small"
                column={1}
                styles={{ label: { whiteSpace: 'nowrap' } }}
                items={fields
                  .filter(({ key }) => key !== 'role' && key !== 'name')
                  .map(({ key, title, render }) => ({ key, label: title, children: render(party) }))}
              />
            </Card>
          ))}
        </Space>
      ) : (
        <Table<CaseParty>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={caseView.parties}
          pagination={false}
          scroll={{ x: 1060 }}
          data-testid="party-list"
        />
      )}
      <RevealModal
        caseId={caseView.id}
        party={target}
        onClose={() => setTarget(undefined)}
        onRevealed={(partyId, value) => setRevealed((previous) => ({ ...previous, [partyId]: value }))}
      />
    </Card>
  );
}
