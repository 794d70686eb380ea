/**
 * The four steps of the portal's submission form (什么事 · 在哪里 · 和谁 · 您的信息). Each is a set of
 * Form.Items inside the page's one form; the applicant's identifiers are checked as at the window
 * (features/cases/identity-check.ts mirrors the server), and the server checks again.
 */
import { AimOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { checkIdNumber, checkPhone } from '../features/cases/identity-check.ts';
import { locateGrid, usePortalCategories, usePortalGrids } from '../features/portal/portal.api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { MessageKey } from '../i18n/zh-CN.ts';
import { PhotoPicker } from './portal-photo-picker.tsx';

export function WhatStep() {
  const { t, tx, locale } = useI18n();
  const categories = usePortalCategories().data?.items ?? [];
  const form = Form.useFormInstance();
  const top = Form.useWatch('topCategory', form) as string | undefined;
  const plain = (code: string, nameZh: string, nameEn: string) =>
    tx(`portal.category.${code}`) ?? (locale === 'en' ? nameEn : nameZh);
  const children = categories.filter((c) => c.parentCode && c.parentCode === top);
  return (
    <>
      <Form.Item
        name="topCategory"
        label={t('portal.submit.category')}
        rules={[{ required: true, message: t('portal.submit.categoryRequired') }]}
      >
        <Radio.Group
          style={{ display: 'grid', gap: 8 }}
          onChange={() => form.setFieldValue('category', undefined)}
          options={categories
            .filter((c) => !c.parentCode)
            .map((c) => ({ value: c.code, label: plain(c.code, c.nameZh, c.nameEn) }))}
        />
      </Form.Item>
      {children.length > 0 && (
        <Form.Item name="category" label={t('portal.submit.subcategory')}>
          <Select
            allowClear
            placeholder={t('portal.submit.subcategoryUnsure')}
            options={children.map((c) => ({ value: c.code, label: locale === 'en' ? c.nameEn : c.nameZh }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="subject"
        label={t('portal.submit.subject')}
        rules={[
          { required: true, whitespace: true, message: t('portal.submit.subjectRequired') },
          { max: 100 },
        ]}
      >
        <Input placeholder={t('portal.submit.subjectPlaceholder')} maxLength={100} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('portal.submit.description')}
        rules={[{ required: true, whitespace: true, message: t('portal.submit.descriptionRequired') }]}
      >
        <Input.TextArea
          rows={5}
          maxLength={5000}
          showCount
          placeholder={t('portal.submit.descriptionPlaceholder')}
        />
      </Form.Item>
    </>
  );
}

function useLocate() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const form = Form.useFormInstance();
  const [busy, setBusy] = useState(false);
  const fail = (key: MessageKey) => {
    setBusy(false);
    message.warning(t(key));
  };
  const locate = () => {
    if (!('geolocation' in navigator)) return fail('portal.submit.locateFailed');
    setBusy(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        locateGrid(coords.latitude, coords.longitude)
          .then(({ grid }) => {
            setBusy(false);
            if (!grid) return fail('portal.submit.locateOutside');
            form.setFieldsValue({ gridId: grid.id, lat: coords.latitude, lng: coords.longitude });
            form.validateFields([['gridId']]).catch(() => undefined);
            message.success(t('portal.submit.located', { name: grid.name }));
          })
          .catch(() => fail('portal.submit.locateFailed'));
      },
      () => fail('portal.submit.locateFailed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  return { busy, locate };
}

export function WhereStep() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const grids = usePortalGrids().data?.items ?? [];
  const { busy, locate } = useLocate();
  return (
    <>
      <Form.Item label={t('portal.submit.grid')} required style={{ marginBottom: 0 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button icon={<AimOutlined />} loading={busy} onClick={locate} block data-testid="portal-locate">
            {busy ? t('portal.submit.locating') : t('portal.submit.locate')}
          </Button>
          <Form.Item name="gridId" rules={[{ required: true, message: t('portal.submit.gridRequired') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('portal.submit.gridPlaceholder')}
              // A grid picked by hand drops the position that found another one.
              onChange={() => form.setFieldsValue({ lat: undefined, lng: undefined })}
              data-testid="portal-grid"
              options={grids.map((g) => ({
                value: g.id,
                label: [g.street, g.community, g.name].filter(Boolean).join(' · '),
              }))}
            />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item name="lat" hidden>
        <Input />
      </Form.Item>
      <Form.Item name="lng" hidden>
        <Input />
      </Form.Item>
      <Form.Item name="address" label={t('portal.submit.address')} rules={[{ max: 200 }]}>
        <Input placeholder={t('portal.submit.addressPlaceholder')} maxLength={200} />
      </Form.Item>
    </>
  );
}

export function WhoStep({
  photos,
  onPhotos,
}: {
  photos: UploadFile[];
  onPhotos: (files: UploadFile[]) => void;
}) {
  const { t, tx } = useI18n();
  const kind = Form.useWatch(['other', 'kind']) as 'person' | 'organisation' | undefined;
  return (
    <>
      <Form.Item name={['other', 'kind']} label={t('portal.submit.otherKind')} initialValue="person">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: t('portal.submit.otherPerson') },
            { value: 'organisation', label: t('portal.submit.otherOrganisation') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['other', 'name']}
        label={t('portal.submit.otherName')}
        rules={[
          { required: true, whitespace: true, message: t('portal.submit.otherNameRequired') },
          { max: 100 },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['other', 'phone']}
        label={t('portal.submit.otherPhone')}
        rules={[
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && checkPhone(value, kind ?? 'person'))
                throw new Error(tx('errorCode.phone.invalid'));
            },
          },
        ]}
      >
        <Input inputMode="tel" maxLength={30} />
      </Form.Item>
      <Form.Item name={['other', 'address']} label={t('portal.submit.otherAddress')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={t('portal.submit.photos')}>
        <PhotoPicker photos={photos} onPhotos={onPhotos} />
      </Form.Item>
    </>
  );
}

export function YouStep() {
  const { t, tx } = useI18n();
  return (
    <>
      <Typography.Paragraph type="secondary">{t('portal.submit.youIntro')}</Typography.Paragraph>
      <Form.Item
        name={['applicant', 'name']}
        label={t('portal.submit.name')}
        rules={[{ required: true, whitespace: true, message: t('portal.submit.nameRequired') }, { max: 100 }]}
      >
        <Input autoComplete="name" maxLength={100} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'phone']}
        label={t('portal.submit.phone')}
        extra={t('portal.submit.phoneHint')}
        rules={[
          { required: true, whitespace: true, message: t('portal.submit.phoneRequired') },
          {
            validator: async (_, value?: string) => {
              if (value?.trim() && checkPhone(value)) throw new Error(tx('errorCode.phone.invalid'));
            },
          },
        ]}
      >
        <Input inputMode="tel" autoComplete="tel" maxLength={30} />
      </Form.Item>
      <Form.Item
        name={['applicant', 'idNumber']}
        label={t('portal.submit.idNumber')}
        rules={[
          { required: true, whitespace: true, message: t('portal.submit.idNumberRequired') },
          {
            validator: async (_, value?: string) => {
              const code = value?.trim() ? checkIdNumber(value) : null;
              if (code) throw new Error(tx(`errorCode.idNumber.${code}`));
            },
          },
        ]}
      >
        <Input maxLength={30} data-testid="portal-id-number" />
      </Form.Item>
    </>
  );
}
