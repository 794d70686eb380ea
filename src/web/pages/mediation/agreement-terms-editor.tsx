/**
 * The terms of an agreement (协议条款) inside the agreement form: one row per term — the party who must
 * perform, what they must do, how much (in yuan; sent in fen) and by when. A table on wide screens, a
 * stack of small cards on phones.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Grid, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { CaseParty } from '../../features/cases/cases.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { usePartyLabel } from './mediation-ui.tsx';

const MAX_TERMS = 50;
/** Column widths (of 24) on wide screens: obligor, obligation, amount, due date, remove. */
const SPANS = [6, 8, 4, 4, 2] as const;

export function AgreementTermsEditor({ parties }: { parties: readonly CaseParty[] }) {
  const { t } = useI18n();
  const partyLabel = usePartyLabel();
  const isWide = Grid.useBreakpoint().md !== false;
  const span = (i: number) => (isWide ? SPANS[i] : 24);
  const headers = [t('term.obligor'), t('term.obligation'), t('term.amount'), t('term.dueDate')];

  return (
    <Form.Item label={t('agreement.terms')} required style={{ marginBottom: 8 }}>
      <Form.List name="terms">
        {(fields, { add, remove }) => (
          <div data-testid="term-rows">
            {isWide && (
              <Row gutter={8} style={{ marginBottom: 4 }}>
                {headers.map((header, i) => (
                  <Col key={header} span={SPANS[i]}>
                    <Typography.Text type="secondary">{header}</Typography.Text>
                  </Col>
                ))}
              </Row>
            )}
            {fields.map((field, index) => {
              const row = (
                <Row gutter={8} key={field.key} data-testid="term-row" align="top">
                  <Col span={span(0)}>
                    <Form.Item
                      name={[field.name, 'obligorPartyId']}
                      label={isWide ? undefined : headers[0]}
                      style={{ marginBottom: 8 }}
                    >
                      <Select
                        allowClear
                        aria-label={t('term.obligor')}
                        placeholder={t('term.obligorPlaceholder')}
                        options={parties.map((party) => ({ value: party.id, label: partyLabel(party) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={span(1)}>
                    <Form.Item
                      name={[field.name, 'obligation']}
                      label={isWide ? undefined : headers[1]}
                      rules={[{ required: true, whitespace: true, message: t('term.obligationRequired') }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input.TextArea
                        aria-label={t('term.obligation')}
                        autoSize={{ minRows: 1, maxRows: 4 }}
                        maxLength={2000}
                        placeholder={t('term.obligationPlaceholder')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={isWide ? span(2) : 12}>
                    <Form.Item
                      name={[field.name, 'amountYuan']}
                      label={isWide ? undefined : headers[2]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber
                        aria-label={t('term.amount')}
                        min={0}
                        precision={2}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={isWide ? span(3) : 12}>
                    <Form.Item
                      name={[field.name, 'dueDate']}
                      label={isWide ? undefined : headers[3]}
                      style={{ marginBottom: 8 }}
                    >
                      <DatePicker aria-label={t('term.dueDate')} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={span(4)} style={{ textAlign: isWide ? 'center' : 'end' }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('term.remove', { index: index + 1 })}
                      disabled={fields.length === 1}
                      onClick={() => remove(field.name)}
                    >
                      {isWide ? undefined : t('term.removeShort')}
                    </Button>
                  </Col>
                </Row>
              );
              return isWide ? (
                row
              ) : (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  title={t('term.numbered', { index: index + 1 })}
                  style={{ marginBottom: 8 }}
                >
                  {row}
                </Card>
              );
            })}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_TERMS}
              onClick={() => add({})}
            >
              {t('term.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
