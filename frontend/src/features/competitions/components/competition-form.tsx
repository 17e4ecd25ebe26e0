import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';

import { useSaveCompetition } from '../api/save-competition';
import type { AwardGrade, Competition, CompetitionRequest } from '../types';
import { FIELDS, GRADES, KINDS, LEVELS, SKILL_LEVELS, useCompetitionLabels } from '../utils/enums';

type FormValues = Omit<CompetitionRequest, 'startDate' | 'endDate' | 'version' | 'items'> & {
  startDate?: Dayjs;
  endDate?: Dayjs;
  items?: { name?: string; weight?: number }[];
};

const FORM_FIELDS = [
  'kind', 'name', 'year', 'field', 'occupation', 'level', 'startDate', 'endDate', 'places', 'minSkillLevel', 'maxSkillLevel', 'minAge', 'maxAge',
  'publicationDays', 'firstPrizes', 'secondPrizes', 'thirdPrizes', 'excellencePrizes', 'technicalExpertUpTo', 'skillRaiseUpTo', 'description', 'items',
] as const;

function initialValues(c?: Competition): Partial<FormValues> {
  if (!c) {
    return {
      kind: 'SKILL_CONTEST',
      year: dayjs().year(),
      level: 'DISTRICT',
      places: 30,
      publicationDays: 7,
      firstPrizes: 1,
      secondPrizes: 2,
      thirdPrizes: 3,
      excellencePrizes: 0,
      items: [
        { name: '理论知识', weight: 30 },
        { name: '实际操作', weight: 70 },
      ],
    };
  }
  return {
    ...c,
    startDate: c.startDate ? dayjs(c.startDate) : undefined,
    endDate: c.endDate ? dayjs(c.endDate) : undefined,
    items: (c.items ?? []).map((i) => ({ name: i.name, weight: i.weight })),
  } as Partial<FormValues>;
}

/**
 * Mount it only while open (the parents do), so each opening starts from the competition read.
 *
 * 新建/修改竞赛 for organisers: rules, eligibility, awards and the weighted scoring items. The checks
 * the API makes run here first; the server's field errors land on the fields they name.
 */
export function CompetitionFormModal({
  open,
  competition,
  onClose,
  onSaved,
}: {
  open: boolean;
  competition?: Competition;
  onClose: () => void;
  onSaved: (saved: Competition) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label, options } = useCompetitionLabels();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveCompetition();
  const { stale, otherError, show: showError, clearOther } = useServerErrors(form, FORM_FIELDS, competition?.version, { nested: true });
  const kind = Form.useWatch('kind', form);
  const editing = competition !== undefined;


  const submit = async (v: FormValues) => {
    clearOther();
    const request: CompetitionRequest = {
      kind: v.kind,
      name: v.name.trim(),
      year: v.year,
      field: v.kind === 'LABOUR_COMPETITION' ? v.field : undefined,
      occupation: v.occupation?.trim() || undefined,
      level: v.level,
      startDate: v.startDate!.format('YYYY-MM-DD'),
      endDate: v.endDate!.format('YYYY-MM-DD'),
      places: v.places,
      minSkillLevel: v.minSkillLevel ?? undefined,
      maxSkillLevel: v.maxSkillLevel ?? undefined,
      minAge: v.minAge ?? undefined,
      maxAge: v.maxAge ?? undefined,
      publicationDays: v.publicationDays,
      firstPrizes: v.firstPrizes ?? 0,
      secondPrizes: v.secondPrizes ?? 0,
      thirdPrizes: v.thirdPrizes ?? 0,
      excellencePrizes: v.excellencePrizes ?? 0,
      technicalExpertUpTo: v.technicalExpertUpTo ?? undefined,
      skillRaiseUpTo: v.skillRaiseUpTo ?? undefined,
      description: v.description?.trim() || undefined,
      items: (v.items ?? []).map((i) => ({ name: (i.name ?? '').trim(), weight: i.weight ?? 0 })),
      version: competition?.version,
    };
    try {
      const saved = await save.mutateAsync({ id: competition?.id, request });
      void message.success(editing ? t('competitions.form.saved') : t('competitions.form.created'));
      onSaved(saved);
    } catch (error) {
      showError(error);
    }
  };

  const fill = (field: string) => ({ required: true, whitespace: true, message: t('competitions.form.required', { field }) });
  const choose = (field: string) => ({ required: true, message: t('competitions.form.choose', { field }) });
  const gradeOptions = [
    { value: '', label: t('competitions.form.none') },
    ...GRADES.map((g: AwardGrade) => ({ value: g, label: t('competitions.form.gradeOrBetter', { grade: label('grade', g) }) })),
  ];
  const skillOptions = options('skillLevel', SKILL_LEVELS);
  const f = (key: keyof typeof FIELD_KEYS) => t(FIELD_KEYS[key]);

  return (
    <Modal
      open={open}
      title={editing ? t('competitions.form.editTitle') : t('competitions.form.createTitle')}
      width={860}
      onCancel={onClose}
      okText={t('competitions.form.save')}
      cancelText={t('competitions.form.cancel')}
      okButtonProps={{ 'data-testid': 'competition-save' } as never}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      forceRender
    >
      {stale && <StaleVersionAlert title={t('competitions.form.staleTitle')} description={t('competitions.form.staleDescription')} />}
      {otherError !== undefined && (
        <div style={{ marginBottom: 16 }}>
          <ApiErrorAlert error={otherError} />
        </div>
      )}
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues(competition)} onFinish={(v) => void submit(v)} data-testid="competition-form" scrollToFirstError>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="kind" label={f('kind')} rules={[choose(f('kind'))]}>
              <Select options={options('kind', KINDS)} disabled={editing} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="name" label={f('name')} rules={[fill(f('name')), { max: 200 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="year" label={f('year')} rules={[choose(f('year'))]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {kind === 'LABOUR_COMPETITION' ? (
            <Col span={9}>
              <Form.Item name="field" label={f('field')} rules={[{ required: true, message: t('competitions.form.fieldForLabour') }]}>
                <Select options={options('field', FIELDS)} />
              </Form.Item>
            </Col>
          ) : (
            <Col span={9}>
              <Form.Item name="occupation" label={f('occupation')} rules={[{ required: true, whitespace: true, message: t('competitions.form.occupationForContest') }, { max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
          )}
          <Col span={9}>
            <Form.Item name="level" label={f('level')} rules={[choose(f('level'))]}>
              <Select options={options('level', LEVELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="startDate"
              label={f('startDate')}
              dependencies={['year']}
              rules={[
                choose(f('startDate')),
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const year = getFieldValue('year') as number | undefined;
                    return !value || !year || value.year() === year ? Promise.resolve() : Promise.reject(new Error(t('competitions.form.startInYear', { year })));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="endDate"
              label={f('endDate')}
              dependencies={['startDate']}
              rules={[
                choose(f('endDate')),
                ({ getFieldValue }) => ({
                  validator: (_, value?: Dayjs) => {
                    const start = getFieldValue('startDate') as Dayjs | undefined;
                    return !value || !start || !value.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('competitions.form.endBeforeStart')));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="places" label={f('places')} rules={[choose(f('places'))]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {kind !== 'LABOUR_COMPETITION' && (
          <>
            <Divider titlePlacement="start" plain>
              {t('competitions.form.eligibility')}
            </Divider>
            <Row gutter={16}>
              <Col span={6}>
                <Form.Item name="minSkillLevel" label={f('minSkillLevel')}>
                  <Select allowClear options={skillOptions} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item
                  name="maxSkillLevel"
                  label={f('maxSkillLevel')}
                  dependencies={['minSkillLevel']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value?: string) => {
                        const min = getFieldValue('minSkillLevel') as string | undefined;
                        const rank = (s: string) => (SKILL_LEVELS as readonly string[]).indexOf(s);
                        return !value || !min || rank(value) >= rank(min)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('competitions.form.maxBelowMin', { field: f('maxSkillLevel') })));
                      },
                    }),
                  ]}
                >
                  <Select allowClear options={skillOptions} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item name="minAge" label={f('minAge')}>
                  <InputNumber min={14} max={80} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={6}>
                <Form.Item
                  name="maxAge"
                  label={f('maxAge')}
                  dependencies={['minAge']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value?: number | null) => {
                        const min = getFieldValue('minAge') as number | undefined | null;
                        return value == null || min == null || value >= min
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('competitions.form.maxBelowMin', { field: f('maxAge') })));
                      },
                    }),
                  ]}
                >
                  <InputNumber min={14} max={80} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Divider titlePlacement="start" plain>
          {t('competitions.form.awards')}
        </Divider>
        <Row gutter={16}>
          {(['firstPrizes', 'secondPrizes', 'thirdPrizes', 'excellencePrizes'] as const).map((name) => (
            <Col span={6} key={name}>
              <Form.Item name={name} label={f(name)}>
                <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
          <Col span={6}>
            <Form.Item name="publicationDays" label={f('publicationDays')} rules={[choose(f('publicationDays'))]}>
              <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="technicalExpertUpTo" label={f('technicalExpertUpTo')} getValueProps={(v: unknown) => ({ value: v ?? '' })} normalize={(v: string) => v || undefined}>
              <Select options={gradeOptions} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="skillRaiseUpTo" label={f('skillRaiseUpTo')} getValueProps={(v: unknown) => ({ value: v ?? '' })} normalize={(v: string) => v || undefined}>
              <Select options={gradeOptions} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          {t('competitions.form.items')}
        </Divider>
        <Form.List
          name="items"
          rules={[
            {
              validator: async (_, items?: { name?: string }[]) => {
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
                          const all = ((getFieldValue('items') as { name?: string }[] | undefined) ?? []).map((i) => i?.name?.trim());
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
        <Form.Item name="description" label={f('description')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const FIELD_KEYS = {
  kind: 'competitions.form.kind',
  name: 'competitions.form.name',
  year: 'competitions.form.year',
  field: 'competitions.form.field',
  occupation: 'competitions.form.occupation',
  level: 'competitions.form.level',
  startDate: 'competitions.form.startDate',
  endDate: 'competitions.form.endDate',
  places: 'competitions.form.places',
  minSkillLevel: 'competitions.form.minSkillLevel',
  maxSkillLevel: 'competitions.form.maxSkillLevel',
  minAge: 'competitions.form.minAge',
  maxAge: 'competitions.form.maxAge',
  publicationDays: 'competitions.form.publicationDays',
  firstPrizes: 'competitions.form.firstPrizes',
  secondPrizes: 'competitions.form.secondPrizes',
  thirdPrizes: 'competitions.form.thirdPrizes',
  excellencePrizes: 'competitions.form.excellencePrizes',
  technicalExpertUpTo: 'competitions.form.technicalExpertUpTo',
  skillRaiseUpTo: 'competitions.form.skillRaiseUpTo',
  description: 'competitions.form.description',
} as const;
