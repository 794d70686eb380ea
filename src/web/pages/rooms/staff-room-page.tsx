/**
 * The staff side of an online mediation room (`/cases/:id/sessions/:sid/room`, issue 6): the joint channel
 * and one 背对背 tab per party, live over the room socket; files; "发送协议草案"; who confirmed the drafts.
 */
import { ArrowLeftOutlined, FileDoneOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { useCase } from '../../features/cases/cases.api.ts';
import { DraftCard } from '../../features/rooms/draft-card.tsx';
import { RoomChat } from '../../features/rooms/room-chat.tsx';
import { JOINT, staffRoomApi, type DraftContent, type RoomMessage } from '../../features/rooms/rooms.api.ts';
import { useRoomSocket } from '../../features/rooms/use-room-socket.ts';
import { useUnread } from '../../features/rooms/use-unread.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';
import { DraftModal } from './draft-modal.tsx';

export function StaffRoomPage() {
  const { id = '', sid = '' } = useParams();
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const caseQuery = useCase(id);
  const roomKey = ['rooms', id, sid];
  const room = useQuery({ queryKey: roomKey, queryFn: () => staffRoomApi.get(id, sid) });
  const [draftOpen, setDraftOpen] = useState(false);
  const refresh = (m: RoomMessage) => {
    if (m.kind === 'draft' || m.kind === 'confirmation')
      void queryClient.invalidateQueries({ queryKey: roomKey });
  };
  const socket = useRoomSocket({
    sessionId: sid,
    caseId: id,
    channels: room.data?.channels ?? [],
    onMessage: refresh,
  });
  const [active, setActive] = useState<string>('joint');
  const isUnread = useUnread(socket.messages, active);

  if (room.error)
    return (
      <Alert
        type="error"
        showIcon
        message={isProblem(room.error) ? problemText(i18n, room.error) : String(room.error)}
      />
    );
  if (!room.data) return <Skeleton active />;
  const data = room.data;
  const meKey = `staff:${data.me.id}`;
  const partyName = (partyId: string) => data.parties.find((p) => p.id === partyId)?.name ?? '';
  const draftOf = (m: RoomMessage) => (
    <DraftCard
      content={m.data as unknown as DraftContent}
      draft={data.drafts.find((d) => d.id === (m.data as { draftId?: string }).draftId)}
      parties={data.parties}
    />
  );
  const chat = (channel: string, notice: string) => (
    <RoomChat
      channel={channel}
      messages={socket.messages[channel] ?? []}
      meKey={meKey}
      notice={notice}
      typingName={socket.typing[channel]}
      onSend={(text) => socket.send(channel, text)}
      onTyping={() => socket.sendTyping(channel)}
      onAttach={(file) =>
        staffRoomApi
          .shareFile(id, sid, channel, file)
          .catch((e: unknown) => void message.error(isProblem(e) ? problemText(i18n, e) : String(e)))
      }
      onDownload={(fileId) => window.open(staffRoomApi.fileUrl(id, sid, fileId), '_blank', 'noopener')}
      renderDraft={draftOf}
    />
  );
  const stateTag = {
    connecting: ['default', 'rooms.connecting'],
    online: ['success', 'rooms.online'],
    reconnecting: ['warning', 'rooms.reconnecting'],
  } as const;
  const [color, label] = stateTag[socket.state];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Link to={`/cases/${id}`}>
          <ArrowLeftOutlined /> {t('rooms.backToCase')}
        </Link>
        <Space>
          <Button
            icon={<FileDoneOutlined />}
            onClick={() => setDraftOpen(true)}
            data-testid="room-send-draft"
          >
            {t('rooms.sendDraft')}
          </Button>
          <Tag color={color} data-testid="room-state">
            {t(label)}
          </Tag>
        </Space>
      </Space>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('rooms.staffTitle', { subject: caseQuery.data?.subject ?? '' })}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('rooms.parties')}：
        {data.parties
          .map(
            (p) =>
              `${t(p.role === 'applicant' ? 'rooms.role.applicant' : 'rooms.role.respondent')} ${p.name}`,
          )
          .join('，')}
        {'　'}
        {t('rooms.mediators', { names: data.mediators.map((m) => m.name).join('、') })}
      </Typography.Text>
      <Card size="small">
        <Tabs
          activeKey={active}
          onChange={setActive}
          items={data.channels.map((channel) => ({
            key: channel,
            label: (
              <Badge dot={isUnread(channel)} offset={[6, 0]}>
                {channel === JOINT
                  ? t('rooms.joint')
                  : t('rooms.privateWith', { name: partyName(channel.slice('private:'.length)) })}
              </Badge>
            ),
            children:
              channel === JOINT
                ? chat(channel, t('rooms.jointNotice'))
                : chat(
                    channel,
                    t('rooms.staffPrivateNotice', { name: partyName(channel.slice('private:'.length)) }),
                  ),
          }))}
        />
      </Card>
      {data.drafts.length > 0 && (
        <Card size="small" title={t('rooms.confirmations')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {data.drafts.map((d) => (
              <DraftCard key={d.id} content={d.content as DraftContent} draft={d} parties={data.parties} />
            ))}
          </Space>
        </Card>
      )}
      <DraftModal caseId={id} sessionId={sid} open={draftOpen} onClose={() => setDraftOpen(false)} />
    </Space>
  );
}
