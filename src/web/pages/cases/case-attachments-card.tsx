/**
 * A case's attachments (photos, scans, Word, audio): download links and an upload button. The server
 * recognises files by content and refuses others (415) or oversized ones (413), naming the file.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCurrentUser } from '../../app/current-user.tsx';
import { ATTACHING_ROLES } from '../../features/cases/case-options.ts';
import {
  caseQueryKey,
  uploadAttachments,
  type CaseAttachment,
  type CaseView,
} from '../../features/cases/cases.api.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { uploadProblemText } from './upload-problem.ts';
import { useCardSize } from './use-card-size.ts';

const ACCEPT = 'image/*,.heic,.pdf,.doc,.docx,audio/*,.amr,.m4a';

/** `1.2 MB`, `35 KB`, `800 B`. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

export function CaseAttachmentsCard({ caseView }: { caseView: CaseView }) {
  const cardSize = useCardSize();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const canAttach = ATTACHING_ROLES.some((role) => me.roles.includes(role));

  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachments(caseView.id, [file]),
    onSuccess: ({ items }) => {
      void message.success(t('caseDetail.uploaded', { count: items.length }));
      void queryClient.invalidateQueries({ queryKey: caseQueryKey(caseView.id) });
    },
    onError: (error, file) => void message.error(uploadProblemText(i18n, error, [file.name])),
  });

  const columns: TableColumnsType<CaseAttachment> = [
    {
      title: t('caseDetail.attachmentName'),
      dataIndex: 'fileName',
      ellipsis: true,
      render: (fileName: string, attachment) => (
        <a href={attachment.url} download={fileName}>
          <PaperClipOutlined style={{ marginInlineEnd: 6 }} />
          {fileName}
        </a>
      ),
    },
    {
      title: t('caseDetail.fileSize'),
      dataIndex: 'size',
      width: 90,
      render: (size: number) => formatSize(size),
    },
    {
      title: t('caseDetail.uploadedAt'),
      dataIndex: 'uploadedAt',
      width: 150,
      render: (value: string) => formatDateTime(value, locale),
    },
    {
      title: t('common.actions'),
      key: 'download',
      width: 80,
      render: (_, attachment) => (
        <a href={attachment.url} download={attachment.fileName}>
          {t('caseDetail.download')}
        </a>
      ),
    },
  ];

  return (
    <Card
      size={cardSize}
      title={t('caseDetail.attachments')}
      extra={
        canAttach && (
          <Upload
            accept={ACCEPT}
            multiple
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              upload.mutate(file as File, {
                onSuccess: (result) => onSuccess?.(result),
                onError: (error) => onError?.(error instanceof Error ? error : new Error(String(error))),
              });
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('caseDetail.upload')}
            </Button>
          </Upload>
        )
      }
    >
      <Table<CaseAttachment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={caseView.attachments}
        pagination={false}
        locale={{ emptyText: t('caseDetail.noAttachments') }}
        scroll={{ x: 560 }}
        data-testid="attachment-list"
      />
    </Card>
  );
}
