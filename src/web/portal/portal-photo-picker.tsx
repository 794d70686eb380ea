/**
 * The photos a citizen attaches on the portal, kept in the browser until the case exists: pictures only,
 * each at most 10 MB, at most MAX_PHOTOS (the server checks the content and the limits again).
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useI18n } from '../i18n/i18n-context.tsx';

export const MAX_PHOTOS = 6;
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export function PhotoPicker({
  photos,
  onPhotos,
}: {
  photos: UploadFile[];
  onPhotos: (files: UploadFile[]) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Upload
      listType="picture-card"
      accept="image/*"
      multiple
      fileList={photos}
      beforeUpload={(file) => {
        if (!file.type.startsWith('image/'))
          message.error(t('portal.submit.photoNotImage', { name: file.name }));
        else if (file.size > MAX_PHOTO_BYTES)
          message.error(t('portal.submit.photoTooLarge', { name: file.name }));
        return false;
      }}
      onChange={({ fileList }) =>
        onPhotos(
          fileList
            .filter(
              (f) =>
                !f.originFileObj ||
                (f.originFileObj.type.startsWith('image/') && f.originFileObj.size <= MAX_PHOTO_BYTES),
            )
            .slice(0, MAX_PHOTOS),
        )
      }
    >
      {photos.length < MAX_PHOTOS && (
        <button type="button" style={{ border: 0, background: 'none', cursor: 'pointer' }}>
          <PlusOutlined />
          <div style={{ marginTop: 8 }}>{t('portal.submit.addPhoto')}</div>
        </button>
      )}
    </Upload>
  );
}
