/**
 * 测试规则: the admin types a case's facts and sees which rule would route it, where to, and why — the
 * conditions that held and every rule passed over with the condition that failed.
 */
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Cascader,
  Checkbox,
  Col,
  Descriptions,
  Form,
  InputNumber,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useMemo } from 'react';
import { isProblem } from '../../api/client.ts';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryOptions } from '../../features/categories/category-tree.ts';
import {
  CHANNELS,
  FLAGS,
  RISKS,
  type CaseFlag,
  type Channel,
  type Risk,
} from '../../features/cases/case-options.ts';
import { profileLabel } from '../../features/deadlines/deadline-view.ts';
import { useDeadlineProfiles } from '../../features/deadlines/deadlines.api.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { ExplanationDetail } from '../../features/routing/route-reason.tsx';
import { yuanToFen } from '../../features/routing/rule-form.ts';
import { testRoute, type TestRouteResult } from '../../features/routing/routing.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

interface Facts {
  category: string[];
  channel: Channel;
  gridId?: string;
  peopleInvolved?: number | null;
  amountYuan?: number | null;
  risk: Risk;
  flags: CaseFlag[];
}

function Result({ result }: { result: TestRouteResult }) {
  const { t, locale } = useI18n();
  const orgs = useOrgs();
  const profiles = useDeadlineProfiles();
  const proposal = result.proposal;
  if (!proposal)
    return (
      <>
        <Alert type="warning" showIcon title={t('rules.test.noMatch')} style={{ marginBottom: 12 }} />
        <ExplanationDetail matched={[]} skipped={result.skipped} />
      </>
    );
  const orgName = (id: string) => orgs.data?.find((org) => org.id === id)?.name ?? id;
  return (
    <div data-testid="route-test-result">
      <Alert type="success" showIcon title={proposal.explanation.sentenceZh} style={{ marginBottom: 12 }} />
      <Descriptions
        size="small"
        bordered
        column={1}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          { key: 'rule', label: t('rules.test.rule'), children: proposal.ruleName },
          { key: 'target', label: t('route.target'), children: proposal.targetOrgName },
          {
            key: 'co',
            label: t('route.coHandlers'),
            children: proposal.coHandlerOrgIds.map((id) => <Tag key={id}>{orgName(id)}</Tag>),
          },
          {
            key: 'profile',
            label: t('route.profile'),
            children: profileLabel(profiles.data, proposal.profileCode, locale) || t('caseDetail.none'),
          },
          {
            key: 'flags',
            label: t('route.handling'),
            children: (
              <>
                <Tag color={proposal.autoDispatch ? 'green' : 'blue'}>
                  {t(proposal.autoDispatch ? 'route.auto' : 'route.manual')}
                </Tag>
                {proposal.leaderFlag && <Tag color="gold">{t('caseWork.needsLeader')}</Tag>}
              </>
            ),
          },
        ]}
        style={{ marginBottom: 12 }}
      />
      <ExplanationDetail matched={proposal.explanation.matched} skipped={result.skipped} />
    </div>
  );
}

export function RoutingTestPanel() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [form] = Form.useForm<Facts>();
  const categories = useCategories();
  const options = useMemo(
    () => categoryOptions(categories.data ?? [], locale, { activeOnly: true }),
    [categories.data, locale],
  );
  const run = useMutation({
    mutationFn: (facts: Facts) =>
      testRoute({
        facts: {
          categoryCode: facts.category[facts.category.length - 1] ?? '',
          channel: facts.channel,
          gridId: facts.gridId ?? null,
          ...(facts.peopleInvolved ? { peopleInvolved: facts.peopleInvolved } : {}),
          amountFen: typeof facts.amountYuan === 'number' ? yuanToFen(facts.amountYuan) : null,
          risk: facts.risk,
          flags: facts.flags ?? [],
        },
      }),
  });

  return (
    <Card title={t('rules.test.title')} data-testid="route-test">
      <Typography.Paragraph type="secondary">{t('rules.test.intro')}</Typography.Paragraph>
      <Form<Facts>
        form={form}
        layout="vertical"
        initialValues={{ channel: 'walk_in', risk: 'low', flags: [] }}
        onFinish={(facts) => run.mutate(facts)}
      >
        <Row gutter={12}>
          <Col xs={24} md={12} xl={8}>
            <Form.Item
              name="category"
              label={t('case.category')}
              rules={[{ required: true, message: t('caseForm.categoryRequired') }]}
            >
              <Cascader
                options={options}
                changeOnSelect
                showSearch
                placeholder={t('caseForm.categoryPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="channel" label={t('case.channel')}>
              <Select options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="risk" label={t('case.risk')}>
              <Select options={RISKS.map((value) => ({ value, label: t(`risk.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Form.Item name="gridId" label={t('case.grid')}>
              <OrgTreeSelect
                allowClear
                selectableTypes={['grid']}
                placeholder={t('caseForm.gridPlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="peopleInvolved" label={t('case.peopleInvolved')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Form.Item name="amountYuan" label={t('case.amount')}>
              <InputNumber
                min={0}
                precision={2}
                suffix={t('caseForm.yuanSuffix')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} xl={16}>
            <Form.Item name="flags" label={t('case.flags')}>
              <Checkbox.Group options={FLAGS.map((value) => ({ value, label: t(`flag.${value}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={run.isPending}>
          {t('rules.test.run')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }}>
        {run.isError && (
          <Alert
            type="error"
            showIcon
            title={isProblem(run.error) ? problemText(i18n, run.error) : String(run.error)}
          />
        )}
        {run.data && <Result result={run.data} />}
      </div>
    </Card>
  );
}
