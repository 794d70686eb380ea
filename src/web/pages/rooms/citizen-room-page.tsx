/**
 * The citizen's online mediation room (`/portal/room/:sessionId`, issue 6), phone first: 共同调解 (all parties
 * and the mediator) and 与调解员单独沟通 (only this party and the mediator). The tracking-code proof comes from
 * the track page (sessionStorage `fengqiao.portal.proof`) or the small form here; it buys a room ticket for
 * each connection. Draft agreements show a confirm button, which proves again with the code and digits.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Form, Input, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isProblem } from '../../api/client.ts';
import { readPortalProof, savePortalProof, type PortalProof } from '../../features/portal/portal.api.ts';
import { DraftCard } from '../../features/rooms/draft-card.tsx';
import { RoomChat } from '../../features/rooms/room-chat.tsx';
import {
  JOINT,
  portalRoomApi,
  privateChannel,
  type DraftContent,
  type RoomMessage,
} from '../../features/rooms/rooms.api.ts';
import { useRoomSocket } from '../../features/rooms/use-room-socket.ts';
import { useUnread } from '../../features/rooms/use-unread.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { problemText } from '../../i18n/problem-text.ts';

function ProofForm({ onProof }: { onProof: (proof: PortalProof) => void }) {
  const { t } = useI18n();
  return (
    <Card title={t('rooms.proofTitle')}>
      <Typography.Paragraph type="secondary">{t('rooms.proofHint')}</Typography.Paragraph>
      <Form
        layout="vertical"
        onFinish={(v: PortalProof) =>
          onProof({ trackingCode: v.trackingCode.trim(), phoneLast4: v.phoneLast4.trim() })
        }
      >
        <Form.Item name="trackingCode" label={t('rooms.trackingCode')} rules={[{ required: true }]}>
          <Input size="large" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phoneLast4"
          label={t('rooms.phoneLast4')}
          rules={[{ required: true, pattern: /^\d{4}$/ }]}
        >
          <Input size="large" inputMode="numeric" maxLength={4} />
        </Form.Item>
        <Button type="primary" size="large" block htmlType="submit">
          {t('rooms.proofSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

function Room({
  sessionId,
  proof,
  onProof,
}: {
  sessionId: string;
  proof: PortalProof;
  onProof: (p: PortalProof) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [ticket, setTicket] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const roomKey = ['portal-room', sessionId];
  const room = useQuery({
    queryKey: roomKey,
    queryFn: async () => {
      const issued = await portalRoomApi.ticket(proof, sessionId);
      setTicket(issued.ticket);
      return portalRoomApi.get(issued.ticket);
    },
    retry: false,
  });
  const getTicket = useCallback(
    async () => (await portalRoomApi.ticket(proof, sessionId)).ticket,
    [proof, sessionId],
  );
  const refresh = (m: RoomMessage) => {
    if (m.kind === 'draft' || m.kind === 'confirmation')
      void queryClient.invalidateQueries({ queryKey: roomKey });
  };
  const socket = useRoomSocket({
    sessionId,
    channels: room.data?.channels ?? [],
    getTicket,
    onMessage: refresh,
  });
  const [tab, setTab] = useState<'joint' | 'private'>('joint');
  const isUnread = useUnread(
    socket.messages,
    tab === 'joint' ? JOINT : privateChannel(room.data?.me.id ?? ''),
  );
  const fail = (e: unknown) => void message.error(isProblem(e) ? problemText(i18n, e) : String(e));

  if (room.error)
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="error" showIcon message={t('rooms.proofFailed')} data-testid="room-error" />
        <ProofForm onProof={onProof} />
      </Space>
    );
  if (!room.data) return <Skeleton active />;
  const data = room.data;
  const me = data.me.id;
  const confirm = async (draftId: string) => {
    setConfirming(true);
    try {
      await portalRoomApi.confirm(proof, sessionId, draftId);
      void message.success(t('rooms.confirmDone'));
      await queryClient.invalidateQueries({ queryKey: roomKey });
    } catch (e) {
      fail(e);
    } finally {
      setConfirming(false);
    }
  };
  const draftOf = (m: RoomMessage) => {
    const draftId = (m.data as { draftId?: string }).draftId;
    return (
      <DraftCard
        content={m.data as unknown as DraftContent}
        draft={data.drafts.find((d) => d.id === draftId)}
        parties={data.parties}
        partyId={me}
        confirming={confirming}
        onConfirm={() => draftId && void confirm(draftId)}
      />
    );
  };
  const chat = (channel: string, notice: string) => (
    <RoomChat
      channel={channel}
      messages={socket.messages[channel] ?? []}
      meKey={`party:${me}`}
      notice={notice}
      typingName={socket.typing[channel]}
      onSend={(text) => socket.send(channel, text)}
      onTyping={() => socket.sendTyping(channel)}
      onAttach={(file) =>
        ticket ? portalRoomApi.shareFile(ticket, channel, file).catch(fail) : Promise.resolve()
      }
      onDownload={(fileId, name) => ticket && void portalRoomApi.download(ticket, fileId, name).catch(fail)}
      renderDraft={draftOf}
    />
  );
  const states = {
    connecting: ['default', 'rooms.connecting'],
    online: ['success', 'rooms.online'],
    reconnecting: ['warning', 'rooms.reconnecting'],
  } as const;
  const [color, label] = states[socket.state];
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('rooms.title')}
        </Typography.Title>
        <Tag color={color} data-testid="room-state">
          {t(label)}
        </Tag>
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t('rooms.mediators', { names: data.mediators.map((m) => m.name).join('、') })}
      </Typography.Text>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as 'joint' | 'private')}
        items={[
          {
            key: JOINT,
            label: (
              <Badge dot={isUnread(JOINT)} offset={[6, 0]}>
                {t('rooms.joint')}
              </Badge>
            ),
            children: chat(JOINT, t('rooms.jointNotice')),
          },
          {
            key: 'private',
            label: (
              <Badge dot={isUnread(privateChannel(me))} offset={[6, 0]}>
                {t('rooms.private')}
              </Badge>
            ),
            children: chat(privateChannel(me), t('rooms.privateNotice')),
          },
        ]}
      />
    </Space>
  );
}

export function CitizenRoomPage() {
  const { sessionId = '' } = useParams();
  const { t } = useI18n();
  const [proof, setProof] = useState<PortalProof | null>(readPortalProof);
  const onProof = (p: PortalProof) => {
    savePortalProof(p);
    setProof(p);
  };
  return (
    <div data-testid="citizen-room">
      {proof ? (
        <Room
          key={`${proof.trackingCode}|${proof.phoneLast4}`}
          sessionId={sessionId}
          proof={proof}
          onProof={onProof}
        />
      ) : (
        <ProofForm onProof={onProof} />
      )}
      <div style={{ marginTop: 12, textAlign: 'center' }}>
        <Link to="/portal/track">{t('portal.track.title')}</Link>
      </div>
    </div>
  );
}
