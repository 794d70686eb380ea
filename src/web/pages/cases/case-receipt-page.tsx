/**
 * 回执: the receipt handed to the citizen after registration, printable (the print style sheet hides the
 * workbench around it). It names the centre, the case number, when and how the case was received, the
 * applicants with masked identifiers, and the registering organisation.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCategories } from '../../features/categories/categories.api.ts';
import { categoryName } from '../../features/categories/category-tree.ts';
import { useCurrentUser } from '../../app/current-user.tsx';
import { REGISTERING_ROLES } from '../../features/cases/case-options.ts';
import { useCaseLabels } from '../../features/cases/case-tags.tsx';
import { useCase, type CaseView } from '../../features/cases/cases.api.ts';
import { useOrgs } from '../../features/orgs/orgs.api.ts';
import { formatDateTime, shanghaiDateParts } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import './case-receipt.css';

/** The centre's name: the district the user can see, else the generic name (see the report's API gap). */
function useCentreName(): string {
  const { t } = useI18n();
  const district = useOrgs().data?.find((org) => org.type === 'district');
  return district ? t('receipt.centre', { district: district.name }) : t('receipt.centreFallback');
}

function CategoryText({ caseView }: { caseView: CaseView }) {
  const { locale } = useI18n();
  const categories = useCategories().data ?? [];
  const top = categories.find((item) => item.code === caseView.category.topCode);
  const own = categoryName(caseView.category, locale);
  return <>{top && top.code !== caseView.category.code ? `${categoryName(top, locale)} / ${own}` : own}</>;
}

function ReceiptSheet({ caseView }: { caseView: CaseView }) {
  const { t, locale } = useI18n();
  const labels = useCaseLabels();
  const centre = useCentreName();
  const applicants = caseView.parties.filter((party) => party.role === 'applicant');
  const day = shanghaiDateParts(caseView.createdAt);
  return (
    <article className="fq-receipt" data-testid="case-receipt">
      <p className="fq-receipt-centre">{centre}</p>
      <h1 className="fq-receipt-title">{t('receipt.title')}</h1>
      <div className="fq-receipt-number">
        <span className="fq-receipt-number-label">{t('case.number')}</span>
        <strong className="fq-receipt-number-value" data-testid="receipt-number">
          {caseView.number}
        </strong>
      </div>
      <table>
        <tbody>
          <tr>
            <th scope="row">{t('case.registeredAt')}</th>
            <td>{formatDateTime(caseView.createdAt, locale)}</td>
          </tr>
          <tr>
            <th scope="row">{t('case.channel')}</th>
            <td>
              {labels.channel(caseView.channel)}
              {caseView.petitionType ? ` · ${labels.petitionType(caseView.petitionType)}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">{t('case.category')}</th>
            <td>
              <CategoryText caseView={caseView} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('case.subject')}</th>
            <td>{caseView.subject}</td>
          </tr>
          <tr>
            <th scope="row">{t('case.applicants')}</th>
            <td data-testid="receipt-applicants">
              {applicants.map((party) => (
                <div key={party.id}>
                  {party.name}
                  {party.idNumber && (
                    <span className="fq-receipt-gap">{t('receipt.idNumber', { value: party.idNumber })}</span>
                  )}
                  {party.phone && (
                    <span className="fq-receipt-gap">{t('receipt.phone', { value: party.phone })}</span>
                  )}
                </div>
              ))}
            </td>
          </tr>
        </tbody>
      </table>
      <p className="fq-receipt-notice">{t('receipt.notice')}</p>
      <div className="fq-receipt-footer">
        <div>
          <div>
            {t('receipt.line', { label: t('case.registeredOrg'), value: caseView.registeredOrg.name })}
          </div>
          {caseView.registeredBy && (
            <div>{t('receipt.line', { label: t('receipt.handler'), value: caseView.registeredBy.name })}</div>
          )}
        </div>
        <div className="fq-receipt-sign">
          <div className="fq-receipt-seal">{t('receipt.seal')}</div>
          {day && <div>{t('receipt.date', day)}</div>}
        </div>
      </div>
    </article>
  );
}

export function CaseReceiptPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams();
  const caseQuery = useCase(id);
  const me = useCurrentUser();
  const canRegister = REGISTERING_ROLES.some((role) => me.roles.includes(role));

  if (caseQuery.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (caseQuery.isError) {
    const error = caseQuery.error;
    return (
      <Result
        status={isProblem(error, 'not-found') ? '404' : 'error'}
        title={isProblem(error) ? problemText(i18n, error) : String(error)}
        extra={
          <Link to="/cases">
            <Button>{t('caseDetail.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  const caseView = caseQuery.data;
  return (
    <div>
      <div className="fq-receipt-actions fq-no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('receipt.print')}
        </Button>
        <Link to={`/cases/${encodeURIComponent(caseView.id)}`}>
          <Button>{t('receipt.viewCase')}</Button>
        </Link>
        {canRegister && (
          <Link to="/cases/new">
            <Button>{t('receipt.newCase')}</Button>
          </Link>
        )}
      </div>
      <ReceiptSheet caseView={caseView} />
    </div>
  );
}
