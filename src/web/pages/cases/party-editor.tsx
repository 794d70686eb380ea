/**
 * The parties (当事人) of the registration form: an editable table on wide screens, stacked cards on
 * phones (a grid worker registers from a phone, 375 px wide). Each field is checked while typing; the
 * server checks again and its errors land on the same fields, the table cells included.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, Space, Table } from 'antd';
import type { FormListFieldData, TableColumnsType } from 'antd';
import type { PartyFormValues } from '../../features/cases/case-form.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PARTY_FIELD_LABELS, usePartyField, type PartyField } from './party-fields.tsx';

const NEW_PARTY: PartyFormValues = { kind: 'person', role: 'respondent' };

interface LayoutProps {
  fields: FormListFieldData[];
  onRemove: (row: number) => void;
}

function PartyTable({ fields, onRemove }: LayoutProps) {
  const { t } = useI18n();
  const field = usePartyField(false);
  const column = (key: PartyField, width?: number) => ({
    key,
    title: t(PARTY_FIELD_LABELS[key]),
    width,
    render: (_: unknown, item: FormListFieldData) => field(item.name, key),
  });
  const columns: TableColumnsType<FormListFieldData> = [
    column('kind', 84),
    column('role', 104),
    column('name', 130),
    column('certificate', 190),
    column('phone', 140),
    column('address'),
    {
      key: 'agent',
      title: t('party.agent'),
      width: 150,
      render: (_, item) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          {field(item.name, 'agentName')}
          {field(item.name, 'agentPhone')}
        </Space>
      ),
    },
    {
      key: 'remove',
      title: t('common.actions'),
      width: 64,
      render: (_, item) => (
        <Button
          type="link"
          danger
          size="small"
          disabled={fields.length <= 1}
          onClick={() => onRemove(item.name)}
        >
          {t('caseForm.partyRemove')}
        </Button>
      ),
    },
  ];
  return (
    <Table<FormListFieldData>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={fields}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="party-table"
    />
  );
}

function PartyCards({ fields, onRemove }: LayoutProps) {
  const { t } = useI18n();
  const field = usePartyField(true);
  const fieldOrder: PartyField[] = ['name', 'certificate', 'phone', 'address', 'agentName', 'agentPhone'];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="party-cards">
      {fields.map((item, index) => (
        <Card
          key={item.key}
          size="small"
          title={t('caseForm.partyTitle', { index: index + 1 })}
          extra={
            <Button
              type="text"
              danger
              size="small"
              icon={<DeleteOutlined />}
              disabled={fields.length <= 1}
              onClick={() => onRemove(item.name)}
            >
              {t('caseForm.partyRemove')}
            </Button>
          }
        >
          <Space wrap size={[16, 0]}>
            {field(item.name, 'kind')}
            {field(item.name, 'role')}
          </Space>
          {fieldOrder.map((key) => (
            <div key={key}>{field(item.name, key)}</div>
          ))}
        </Card>
      ))}
    </Space>
  );
}

export function PartyEditor() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const isWide = screens.md !== false;
  return (
    <Form.List
      name="parties"
      rules={[
        {
          validator: (_, parties: unknown[] | undefined) =>
            parties && parties.length > 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('caseForm.partiesRequired'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {isWide ? (
            <PartyTable fields={fields} onRemove={remove} />
          ) : (
            <PartyCards fields={fields} onRemove={remove} />
          )}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ ...NEW_PARTY })} block={!isWide}>
            {t('caseForm.partyAdd')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
