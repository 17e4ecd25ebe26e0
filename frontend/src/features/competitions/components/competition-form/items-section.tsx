import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, InputNumber, Space } from 'antd';

import { useFormTexts } from './use-form-texts';
import type { ItemValues } from './values';

/** The weighted scoring items: at least one, names not repeated. */
export function ItemsSection() {
  const { t, fill, choose } = useFormTexts();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('competitions.form.items')}
      </Divider>
      <Form.List
        name="items"
        rules={[
          {
            validator: async (_, items?: ItemValues[]) => {
              if (!items || items.length === 0) throw new Error(t('competitions.form.itemsRequired'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" data-testid={`competition-item-${index}`}>
                <Form.Item
                  name={[field.name, 'name']}
                  label={index === 0 ? t('competitions.form.itemName') : undefined}
                  rules={[
                    fill(t('competitions.form.itemName')),
                    ({ getFieldValue }) => ({
                      validator: (_, value?: string) => {
                        const all = ((getFieldValue('items') as ItemValues[] | undefined) ?? []).map((i) => i?.name?.trim());
                        return value && all.filter((n) => n === value.trim()).length > 1
                          ? Promise.reject(new Error(t('competitions.form.duplicateItem')))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <Input aria-label={`${t('competitions.form.itemName')} ${index + 1}`} maxLength={100} style={{ width: 260 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={index === 0 ? t('competitions.form.itemWeight') : undefined}
                  rules={[choose(t('competitions.form.itemWeight'))]}
                >
                  <InputNumber aria-label={`${t('competitions.form.itemWeight')} ${index + 1}`} min={0.01} max={1000} style={{ width: 120 }} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('competitions.form.removeItem')} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 50 })}>
                {t('competitions.form.addItem')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
