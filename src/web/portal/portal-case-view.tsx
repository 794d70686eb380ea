/**
 * The citizen's view of their case: progress in plain words, who handles it, the mediation sessions to
 * come (an online one opens the online mediation room), their documents, their rating, more photos, and
 * what has happened so far.
 */
import { DownloadOutlined, PlusOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, List, Space, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isProblem } from '../api/client.ts';
import {
  downloadPortalDocument,
  uploadPortalPhotos,
  type PortalCaseView,
  type PortalProof,
} from '../features/portal/portal.api.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { problemText } from '../i18n/problem-text.ts';
import { PortalRatingCard } from './portal-rating-form.tsx';
import { MAX_PHOTOS } from './portal-photo-picker.tsx';

const STATUS_COLOR: Record<string, string> = {
  registered: 'blue',
  resolved: 'green',
  archived: 'default',
  rejected: 'red',
  mediated_success: 'green',
};

function Sessions({ view }: { view: PortalCaseView }) {
  const { t, locale } = useI18n();
  return (
    <Card size="small" title={t('portal.view.sessions')}>
      <List
        data-testid="portal-sessions"
        locale={{ emptyText: t('portal.view.noSessions') }}
        dataSource={view.sessions}
        renderItem={(s) => (
          <List.Item data-testid="portal-session" style={{ display: 'block' }}>
            <Space wrap size={8}>
              <Typography.Text strong>{formatDateTime(s.startsAt, locale)}</Typography.Text>
              {s.isOnline ? (
                <Tag color="blue">{t('portal.view.online')}</Tag>
              ) : (
                s.place && <span>{s.place}</span>
              )}
            </Space>
            {s.mediator && (
              <div>
                <Typography.Text type="secondary">
                  {t('portal.view.mediator', { name: s.mediator })}
                </Typography.Text>
              </div>
            )}
            {s.isOnline && (
              <Link to={`/portal/room/${encodeURIComponent(s.id)}`} data-testid="portal-enter-room">
                <Button type="primary" icon={<VideoCameraOutlined />} style={{ marginTop: 8 }}>
                  {t('portal.view.enterRoom')}
                </Button>
              </Link>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
}

function Documents({ view, proof }: { view: PortalCaseView; proof: PortalProof }) {
  const i18n = useI18n();
  const { message } = App.useApp();
  const download = (d: PortalCaseView['documents'][number]) =>
    downloadPortalDocument(d.url, proof, `${d.title}-${d.number}.docx`).catch((e: unknown) =>
      message.error(isProblem(e) ? problemText(i18n, e) : String(e)),
    );
  return (
    <Card size="small" title={i18n.t('portal.view.documents')}>
      {view.documents.length === 0 ? (
        <Typography.Text type="secondary">{i18n.t('portal.view.noDocuments')}</Typography.Text>
      ) : (
        <List
          data-testid="portal-documents"
          dataSource={view.documents}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="dl" icon={<DownloadOutlined />} onClick={() => void download(d)}>
                  {i18n.t('portal.view.download')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={d.title} description={`${d.number} · ${d.effectiveOn}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function MorePhotos({ proof }: { proof: PortalProof }) {
  const i18n = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const send = (files: File[]) => {
    setBusy(true);
    uploadPortalPhotos(proof, files)
      .then((r) => message.success(i18n.t('portal.view.photosAdded', { count: r.items.length })))
      .catch((e: unknown) => message.error(isProblem(e) ? problemText(i18n, e) : String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <Upload
      accept="image/*"
      multiple
      showUploadList={false}
      beforeUpload={(file, list) => {
        if (file === list[list.length - 1]) send(list.slice(0, MAX_PHOTOS));
        return false;
      }}
    >
      <Button icon={<PlusOutlined />} loading={busy}>
        {i18n.t('portal.view.addPhotos')}
      </Button>
    </Upload>
  );
}

export function PortalCaseViewCards(props: {
  view: PortalCaseView;
  proof: PortalProof;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const { view, proof } = props;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="portal-case-view">
      <Card size="small">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {view.subject}
        </Typography.Title>
        <Space align="center" wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('portal.view.status')}</Typography.Text>
          <Tag
            color={STATUS_COLOR[view.status] ?? 'processing'}
            style={{ fontSize: 15, padding: '2px 10px' }}
            data-testid="portal-status"
          >
            {view.statusText}
          </Tag>
        </Space>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'handledBy', label: t('portal.view.handledBy'), children: view.handledBy },
            { key: 'category', label: t('portal.view.category'), children: view.category },
            { key: 'number', label: t('portal.view.number'), children: view.number },
            {
              key: 'registeredAt',
              label: t('portal.view.registeredAt'),
              children: formatDateTime(view.registeredAt, locale),
            },
          ]}
        />
        <div style={{ marginTop: 12 }}>
          <MorePhotos proof={proof} />
        </div>
      </Card>
      <PortalRatingCard view={view} proof={proof} onRated={props.onChanged} />
      <Sessions view={view} />
      <Documents view={view} proof={proof} />
      <Card size="small" title={t('portal.view.timeline')}>
        {view.timeline.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Timeline
            data-testid="portal-timeline"
            items={view.timeline.map((e, i) => ({
              key: i,
              content: (
                <>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(e.at, locale)}
                  </Typography.Text>
                  <div>{e.text}</div>
                </>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
