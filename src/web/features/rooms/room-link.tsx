/** The mediation workspace's way into the room of an online session (网上调解). */
import { MessageOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.tsx';

export function RoomLinkButton({
  caseId,
  session,
}: {
  caseId: string;
  session: { id: string; isOnline: boolean; status: string };
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!session.isOnline || session.status === 'cancelled') return null;
  return (
    <Button
      type="link"
      size="small"
      icon={<MessageOutlined />}
      data-testid="room-enter"
      onClick={() => navigate(`/cases/${caseId}/sessions/${session.id}/room`)}
    >
      {t('rooms.enter')}
    </Button>
  );
}
