/**
 * The form items of one party row of the registration form, for the table cells (aria-labels) and for the
 * phone cards (labels). ID numbers, credit codes and phones are checked while typing
 * (features/cases/identity-check.ts) with the catalogue text of the server's own error codes.
 */
import { Form, Input, Radio, Select } from 'antd';
import type { FormRule } from 'antd';
import type { ReactNode } from 'react';
import { PARTY_KINDS, PARTY_ROLES } from '../../features/cases/case-options.ts';
import { checkCreditCode, checkIdNumber, checkPhone } from '../../features/cases/identity-check.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

/** A rule object (not a rule factory). */
type RuleObject = Exclude<FormRule, (...args: never[]) => unknown>;
export type PartyField =
  'kind' | 'role' | 'name' | 'certificate' | 'phone' | 'address' | 'agentName' | 'agentPhone';

export const PARTY_FIELD_LABELS: Record<PartyField, MessageKey> = {
  kind: 'party.kind',
  role: 'party.role',
  name: 'party.name',
  certificate: 'party.certificate',
  phone: 'party.phone',
  address: 'party.address',
  agentName: 'party.agentName',
  agentPhone: 'party.agentPhone',
};
/** How long typing pauses before a field is checked, so a half-typed number is not flagged at once. */
const CHECK_DEBOUNCE_MS = 300;

/** Wraps a checker returning an error code into a form rule with the catalogue's text for that code. */
function useCheckRule() {
  const { tx } = useI18n();
  return (field: string, check: (value: string) => string | null): RuleObject => ({
    validator: (_, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      const code = text ? check(text) : null;
      if (!code) return Promise.resolve();
      return Promise.reject(new Error(tx(`errorCode.${field}.${code}`) ?? tx(`errorCode.${code}`) ?? code));
    },
  });
}

/** The form items of one party row; `isStacked` gives them labels (cards) instead of aria-labels (cells). */
export function usePartyField(isStacked: boolean) {
  const { t } = useI18n();
  const checkRule = useCheckRule();
  const itemStyle = isStacked ? undefined : { marginBottom: 0 };
  const label = (field: PartyField) => (isStacked ? t(PARTY_FIELD_LABELS[field]) : undefined);
  const aria = (key: MessageKey) => (isStacked ? undefined : t(key));
  const upper = (value: unknown) => (typeof value === 'string' ? value.toUpperCase() : value);

  return (row: number, field: PartyField): ReactNode => {
    const name = (key: string) => [row, key];
    switch (field) {
      case 'kind':
      case 'role': {
        const values = field === 'kind' ? PARTY_KINDS : PARTY_ROLES;
        const prefix = field === 'kind' ? 'partyKind' : 'partyRole';
        const options = values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
        return (
          <Form.Item name={name(field)} label={label(field)} style={itemStyle}>
            {isStacked ? (
              <Radio.Group optionType="button" buttonStyle="solid" options={options} />
            ) : (
              <Select options={options} aria-label={t(PARTY_FIELD_LABELS[field])} style={{ width: '100%' }} />
            )}
          </Form.Item>
        );
      }
      case 'name':
        return (
          <Form.Item
            name={name('name')}
            label={label('name')}
            style={itemStyle}
            rules={[{ required: true, whitespace: true, message: t('caseForm.partyNameRequired') }]}
          >
            <Input maxLength={100} aria-label={aria('party.name')} />
          </Form.Item>
        );
      case 'certificate':
        return (
          <Form.Item noStyle dependencies={[['parties', row, 'kind']]}>
            {({ getFieldValue }) =>
              getFieldValue(['parties', row, 'kind']) === 'organisation' ? (
                <>
                  <Form.Item
                    name={name('creditCode')}
                    label={isStacked ? t('party.creditCode') : undefined}
                    style={isStacked ? undefined : { marginBottom: 4 }}
                    normalize={upper}
                    validateDebounce={CHECK_DEBOUNCE_MS}
                    rules={[checkRule('creditCode', checkCreditCode)]}
                  >
                    <Input
                      maxLength={18}
                      aria-label={aria('party.creditCode')}
                      placeholder={isStacked ? undefined : t('party.creditCode')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={name('legalRepresentative')}
                    label={isStacked ? t('party.legalRepresentative') : undefined}
                    style={itemStyle}
                  >
                    <Input
                      maxLength={50}
                      aria-label={aria('party.legalRepresentative')}
                      placeholder={isStacked ? undefined : t('party.legalRepresentative')}
                    />
                  </Form.Item>
                </>
              ) : (
                <Form.Item
                  name={name('idNumber')}
                  label={isStacked ? t('party.idNumber') : undefined}
                  style={itemStyle}
                  normalize={upper}
                  validateDebounce={CHECK_DEBOUNCE_MS}
                  rules={[checkRule('idNumber', (value) => checkIdNumber(value))]}
                >
                  <Input
                    maxLength={18}
                    inputMode="text"
                    autoComplete="off"
                    aria-label={aria('party.idNumber')}
                    placeholder={isStacked ? undefined : t('party.idNumber')}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
        );
      case 'phone':
      case 'agentPhone':
        return (
          <Form.Item
            name={name(field)}
            label={label(field)}
            style={itemStyle}
            dependencies={field === 'phone' ? [['parties', row, 'kind']] : undefined}
            validateDebounce={CHECK_DEBOUNCE_MS}
            rules={[
              ({ getFieldValue }) =>
                checkRule('phone', (value) =>
                  checkPhone(value, field === 'phone' ? getFieldValue(['parties', row, 'kind']) : 'person'),
                ),
            ]}
          >
            <Input
              maxLength={30}
              inputMode="tel"
              autoComplete="off"
              aria-label={aria(PARTY_FIELD_LABELS[field])}
              placeholder={isStacked || field === 'phone' ? undefined : t(PARTY_FIELD_LABELS[field])}
            />
          </Form.Item>
        );
      case 'address':
      case 'agentName':
        return (
          <Form.Item name={name(field)} label={label(field)} style={itemStyle}>
            <Input
              maxLength={field === 'address' ? 200 : 50}
              aria-label={aria(PARTY_FIELD_LABELS[field])}
              placeholder={isStacked || field === 'address' ? undefined : t(PARTY_FIELD_LABELS[field])}
            />
          </Form.Item>
        );
    }
  };
}
