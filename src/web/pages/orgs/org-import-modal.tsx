/**
 * Admin import of organisations from CSV, XLSX or JSON: choosing a file runs a dry run; the import itself
 * is sent only after the dry run passed and the admin confirms. Row errors are listed with line numbers.
 */
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Spin, Table, Typography, Upload } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isProblem, type ProblemFieldError } from '../../api/client.ts';
import { ORGS_QUERY_KEY, importContentType, importOrgs } from '../../features/orgs/orgs.api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldErrorText, hasCatalogueText, pointerLeaf, problemText } from '../../i18n/problem-text.ts';

interface Chosen {
  file: File;
  contentType: string;
}

/** The line a row error refers to: its `line`, else the index in `#/rows/<n>`. */
function errorLine(error: ProblemFieldError): number | undefined {
  if (typeof error.line === 'number') return error.line;
  const match = /^#?\/rows\/(\d+)/.exec(error.pointer ?? '');
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function ImportErrors({ error }: { error: unknown }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!isProblem(error)) return <Alert type="error" showIcon title={String(error)} />;
  if (error.errors.length === 0) return <Alert type="error" showIcon title={problemText(i18n, error)} />;
  return (
    <>
      <Alert type="error" showIcon title={t('orgImport.invalid', { count: error.errors.length })} />
      <Table<ProblemFieldError & { index: number }>
        size="small"
        style={{ marginTop: 12 }}
        rowKey="index"
        data-testid="import-errors"
        dataSource={error.errors.map((item, index) => ({ ...item, index }))}
        pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
        columns={[
          { title: t('orgImport.line'), width: 72, render: (_, item) => errorLine(item) ?? '—' },
          {
            title: t('orgImport.field'),
            width: 110,
            render: (_, item) => {
              const field = pointerLeaf(item.pointer);
              return field ? (i18n.tx(`orgImport.column.${field}`) ?? field) : '—';
            },
          },
          {
            title: t('orgImport.error'),
            render: (_, item) => (
              <>
                <div>{fieldErrorText(i18n, item)}</div>
                {hasCatalogueText(i18n, item) && item.detail && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.detail}
                  </Typography.Text>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}

export function OrgImportButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Chosen>();

  const check = useMutation({ mutationFn: (item: Chosen) => importOrgs(item.file, item.contentType, true) });
  const apply = useMutation({
    mutationFn: (item: Chosen) => importOrgs(item.file, item.contentType, false),
    onSuccess: async (result) => {
      void message.success(t('orgImport.done', { created: result.created, updated: result.updated }));
      await queryClient.invalidateQueries({ queryKey: ORGS_QUERY_KEY });
      close();
    },
  });

  function reset() {
    setChosen(undefined);
    check.reset();
    apply.reset();
  }
  function close() {
    setOpen(false);
    reset();
  }
  function choose(file: File) {
    const contentType = importContentType(file.name);
    reset();
    if (!contentType) {
      void message.error(t('orgImport.badExtension'));
      return;
    }
    const item = { file, contentType };
    setChosen(item);
    check.mutate(item);
  }

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('orgImport.open')}
      </Button>
      <Modal
        open={open}
        title={t('orgImport.title')}
        onCancel={close}
        width={720}
        destroyOnHidden
        okText={t('orgImport.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !chosen || !check.isSuccess, loading: apply.isPending }}
        onOk={() => chosen && apply.mutate(chosen)}
      >
        <Upload.Dragger
          accept=".csv,.xlsx,.json"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            choose(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('orgImport.drop')}</p>
          <p className="ant-upload-hint">{t('orgImport.hint')}</p>
        </Upload.Dragger>
        {chosen && (
          <Typography.Paragraph strong style={{ marginTop: 12 }}>
            {chosen.file.name}
          </Typography.Paragraph>
        )}
        {check.isPending && (
          <Space>
            <Spin size="small" />
            <span>{t('orgImport.checking')}</span>
          </Space>
        )}
        {check.isSuccess && !apply.isError && (
          <Alert
            type="success"
            showIcon
            title={t('orgImport.valid', { created: check.data.created, updated: check.data.updated })}
          />
        )}
        {check.isError && <ImportErrors error={check.error} />}
        {apply.isError && <ImportErrors error={apply.error} />}
      </Modal>
    </>
  );
}
