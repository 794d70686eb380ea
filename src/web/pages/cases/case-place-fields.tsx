/**
 * Where it happened: a grid chosen from the organisation tree (only grids can be chosen), or the
 * browser's position (the server then finds the grid it lies in), plus the address.
 */
import { AimOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { OrgTreeSelect } from '../../components/org-tree-select.tsx';
import type { Position } from '../../features/cases/case-form.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/zh-CN.ts';

const GRID_ONLY = ['grid'] as const;
const LOCATE_TIMEOUT_MS = 15_000;

function locateErrorKey(error: GeolocationPositionError): MessageKey {
  return error.code === error.PERMISSION_DENIED ? 'caseForm.locateDenied' : 'caseForm.locateFailed';
}

/** A form control holding the browser's position: a button to ask for it and the result. */
function PositionControl({
  value,
  onChange,
  onLocated,
  id,
}: {
  value?: Position | null;
  onChange?: (value: Position | null) => void;
  /** Called with each new position, after `onChange`. */
  onLocated?: () => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [isLocating, setLocating] = useState(false);
  const [problem, setProblem] = useState<MessageKey>();

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setProblem('caseForm.locateUnsupported');
      return;
    }
    setLocating(true);
    setProblem(undefined);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setLocating(false);
        onChange?.({ lat: coords.latitude, lng: coords.longitude, accuracy: coords.accuracy });
        onLocated?.();
      },
      (error) => {
        setLocating(false);
        setProblem(locateErrorKey(error));
      },
      { enableHighAccuracy: true, timeout: LOCATE_TIMEOUT_MS, maximumAge: 60_000 },
    );
  };

  return (
    <Space id={id} orientation="vertical" size={4} style={{ width: '100%' }}>
      <Space wrap size={8}>
        <Button icon={<AimOutlined />} loading={isLocating} onClick={locate}>
          {isLocating ? t('caseForm.locating') : t('caseForm.locate')}
        </Button>
        {value && (
          <Button type="text" icon={<CloseOutlined />} onClick={() => onChange?.(null)}>
            {t('caseForm.locateClear')}
          </Button>
        )}
      </Space>
      {value && (
        <Typography.Text type="success" data-testid="case-position">
          {t('caseForm.located', {
            lat: value.lat.toFixed(5),
            lng: value.lng.toFixed(5),
            accuracy: Math.round(value.accuracy ?? 0),
          })}
        </Typography.Text>
      )}
      {problem && <Typography.Text type="warning">{t(problem)}</Typography.Text>}
    </Space>
  );
}

export function CasePlaceFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="gridId" label={t('case.grid')} extra={t('caseForm.placeHelp')}>
          <OrgTreeSelect
            allowClear
            selectableTypes={GRID_ONLY}
            placeholder={t('caseForm.gridPlaceholder')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="position" label={t('case.position')}>
          {/* A grid chosen before (or preset for a grid worker) would win over the position: the server
              takes the grid from the position only when no grid is given. */}
          <PositionControl onLocated={() => form.setFieldValue('gridId', undefined)} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="address" label={t('case.address')}>
          <Input maxLength={200} placeholder={t('caseForm.addressPlaceholder')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
