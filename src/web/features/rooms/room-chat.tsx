/**
 * One channel of a mediation room: the messages as bubbles (mine on the right), a line saying who is typing,
 * the input with send and attach. Draft messages are drawn by the page (`renderDraft`). Phone-first: the
 * list scrolls inside a fixed height and the input stays at the bottom.
 */
import { PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { RoomMessage } from './rooms.api.ts';

interface Props {
  channel: string;
  messages: readonly RoomMessage[];
  /** `kind:id` of the viewer (`party:<partyId>` or `staff:<userId>`): their bubbles go right. */
  meKey: string;
  notice: string;
  typingName: string | null | undefined;
  onSend: (text: string) => void;
  onTyping: () => void;
  onAttach: (file: File) => Promise<unknown>;
  onDownload: (fileId: string, fileName: string) => void;
  renderDraft: (message: RoomMessage) => ReactNode;
}

function Bubble({ message, mine, children }: { message: RoomMessage; mine: boolean; children: ReactNode }) {
  const { locale } = useI18n();
  if (message.kind === 'confirmation')
    return (
      <Typography.Text
        type="success"
        style={{ alignSelf: 'center', fontSize: 12 }}
        data-testid="room-message"
      >
        {message.body} · {formatDateTime(message.createdAt, locale).slice(-5)}
      </Typography.Text>
    );
  const isDraft = message.kind === 'draft';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: mine ? 'flex-end' : 'flex-start' }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {message.author.name} · {formatDateTime(message.createdAt, locale).slice(-5)}
      </Typography.Text>
      <div
        data-testid="room-message"
        style={
          isDraft
            ? { width: '100%', maxWidth: 560 }
            : {
                maxWidth: '85%',
                padding: '8px 12px',
                borderRadius: 10,
                background: mine ? '#1677ff' : '#fff',
                color: mine ? '#fff' : 'inherit',
                border: mine ? 'none' : '1px solid #e5e6eb',
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-word',
              }
        }
      >
        {children}
      </div>
    </div>
  );
}

export function RoomChat(props: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [uploading, setUploading] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // After the new message is laid out (a draft card grows once its confirmations load).
    const timer = setTimeout(() => listRef.current?.scrollTo({ top: listRef.current.scrollHeight }), 100);
    return () => clearTimeout(timer);
  }, [props.messages.length]);

  const submit = () => {
    const value = text.trim();
    if (!value) return;
    props.onSend(value);
    setText('');
  };
  const content = (m: RoomMessage): ReactNode => {
    if (m.kind === 'draft') return props.renderDraft(m);
    if (m.kind === 'file') {
      const fileId = String((m.data as { fileId?: string } | null)?.fileId ?? '');
      return (
        <Button
          type="link"
          size="small"
          icon={<PaperClipOutlined />}
          onClick={() => props.onDownload(fileId, m.body)}
          style={{ padding: 0, color: 'inherit', height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
        >
          {m.body}（{t('rooms.download')}）
        </Button>
      );
    }
    return m.body;
  };

  return (
    <div
      data-testid={`room-channel-${props.channel}`}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <Alert type="info" showIcon message={props.notice} style={{ padding: '4px 10px' }} />
      <div
        ref={listRef}
        style={{
          height: 'min(52vh, 460px)',
          overflowY: 'auto',
          padding: 8,
          background: '#f5f6f8',
          borderRadius: 8,
          display: 'flex',
          flexDirection: 'column',
          gap: 10,
        }}
      >
        {props.messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rooms.empty')} />
        ) : (
          props.messages.map((m) => (
            <Bubble
              key={m.seq}
              message={m}
              mine={`${m.author.kind}:${m.author.id}` === props.meKey && m.kind !== 'draft'}
            >
              {content(m)}
            </Bubble>
          ))
        )}
      </div>
      <Typography.Text type="secondary" style={{ minHeight: 20, fontSize: 12 }} data-testid="room-typing">
        {props.typingName ? t('rooms.typing', { name: props.typingName }) : ''}
      </Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Upload
          showUploadList={false}
          beforeUpload={(file) => {
            setUploading(true);
            void props.onAttach(file).finally(() => setUploading(false));
            return false;
          }}
        >
          <Button icon={<PaperClipOutlined />} loading={uploading} aria-label={t('rooms.attach')} />
        </Upload>
        <Input
          value={text}
          maxLength={2000}
          placeholder={t('rooms.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            props.onTyping();
          }}
          onPressEnter={submit}
          data-testid="room-input"
        />
        <Button type="primary" icon={<SendOutlined />} onClick={submit} data-testid="room-send">
          {t('rooms.send')}
        </Button>
      </Space.Compact>
    </div>
  );
}
