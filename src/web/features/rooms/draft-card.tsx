/**
 * A draft agreement posted in the room: its terms, who has confirmed it (time and the tracking-code proof)
 * and who has not; for a party who has not confirmed yet, the confirm button.
 */
import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Typography } from 'antd';
import { formatDateTime, formatFen } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { DraftContent, Room, RoomDraft } from './rooms.api.ts';

interface Props {
  content: DraftContent;
  draft: RoomDraft | undefined;
  parties: Room['parties'];
  /** The viewing party, when a citizen looks: shows the confirm button until they confirmed. */
  partyId?: string;
  confirming?: boolean;
  onConfirm?: () => void;
}

export function DraftCard({ content, draft, parties, partyId, confirming, onConfirm }: Props) {
  const { t, locale } = useI18n();
  const confirmations = draft?.confirmations ?? [];
  const mine = partyId ? confirmations.find((c) => c.partyId === partyId) : undefined;
  return (
    <Card
      size="small"
      title={content.title || t('rooms.draftTitle')}
      data-testid="room-draft"
      style={{ width: '100%', color: 'initial' }}
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        {content.agreementNumber && (
          <Typography.Text type="secondary">
            {t('rooms.draftNumber', { number: content.agreementNumber })}
          </Typography.Text>
        )}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {content.text}
        </Typography.Paragraph>
        {content.terms.length > 0 && (
          <List
            size="small"
            header={<Typography.Text strong>{t('rooms.terms')}</Typography.Text>}
            dataSource={content.terms}
            renderItem={(term, i) => (
              <List.Item style={{ padding: '4px 0' }}>
                {i + 1}. {term.obligation}
                {term.amountFen !== null &&
                  `，${t('rooms.termAmount', { amount: formatFen(term.amountFen) })}`}
                {term.dueDate && `，${t('rooms.termDue', { date: term.dueDate })}`}
              </List.Item>
            )}
          />
        )}
        <Typography.Text strong>{t('rooms.confirmations')}</Typography.Text>
        <div data-testid="room-confirmations">
          {parties.map((p) => {
            const done = confirmations.find((c) => c.partyId === p.id);
            return (
              <div key={p.id} style={{ fontSize: 13 }}>
                {done ? (
                  <Typography.Text type="success">
                    <CheckCircleFilled />{' '}
                    {t('rooms.confirmedBy', { name: p.name, time: formatDateTime(done.confirmedAt, locale) })}
                  </Typography.Text>
                ) : (
                  <Typography.Text type="secondary">
                    <ClockCircleOutlined /> {t('rooms.notConfirmed', { name: p.name })}
                  </Typography.Text>
                )}
              </div>
            );
          })}
        </div>
        {partyId && onConfirm && !mine && (
          <>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rooms.confirmHint')}
            </Typography.Text>
            <Button type="primary" block loading={confirming} onClick={onConfirm} data-testid="room-confirm">
              {t('rooms.confirmDraft')}
            </Button>
          </>
        )}
        {mine && <Typography.Text type="success">{t('rooms.confirmedMine')}</Typography.Text>}
      </Space>
    </Card>
  );
}
