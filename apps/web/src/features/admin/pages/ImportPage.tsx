import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Modal, Popconfirm, Radio, Space, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { api, call, download } from '@/api/client';
import { ApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { useI18n } from '@/lib/i18n';
import { usePhone } from '@/lib/use-phone';
import { useReportError } from '@/lib/use-report-error';
import { formatDate } from '@/lib/time';
import { adminKeys } from '../api';
import { AdminPage } from '../components/AdminPage';
import { csvFile, saveText } from '../lib/credentials';

type Kind = components['schemas']['ImportResultView']['kind'];
type Result = components['schemas']['ImportResultView'];
type RowError = components['schemas']['ImportErrorView'];
type Credential = components['schemas']['ImportedCredentialView'];

const KINDS: Kind[] = ['departments', 'enterprises', 'users'];
const REFRESH: Record<Kind, readonly unknown[][]> = {
  departments: [[...adminKeys.departments], [...adminKeys.directory]],
  enterprises: [[...adminKeys.enterprises], [...adminKeys.directory]],
  users: [[...adminKeys.users], [...adminKeys.directory]],
};

/**
 * 批量导入: choose what to import, download its template, drop the filled-in file, run the
 * dry run, read every bad row (row, column, what is wrong, in the clerk's language), and import
 * once there are none. New users' one-time passwords come once, as a sheet to download.
 */
export default function ImportPage() {
  const { t, tx, locale } = useI18n();
  const report = useReportError();
  const queryClient = useQueryClient();
  const phone = usePhone();
  const [kind, setKind] = useState<Kind>('departments');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [credentials, setCredentials] = useState<Credential[] | null>(null);
  const [saved, setSaved] = useState(false);

  const send = async (dryRun: boolean): Promise<Result> => {
    const form = new FormData();
    form.append('file', file!, file!.name);
    const { data, error, response } = await api.POST('/api/imports/{kind}', {
      params: { path: { kind }, query: { dryRun } },
      body: { file: '' },
      bodySerializer: () => form,
    });
    // A refused import (422) answers the same list of errors as a dry run.
    if (response.status === 422) return error as unknown as Result;
    return call(Promise.resolve({ data, error, response }));
  };
  const run = useMutation({
    mutationFn: send,
    onMutate: () => setFileError(null),
    onSuccess: async (answer) => {
      setResult(answer);
      if (!answer.dryRun && answer.created > 0) {
        await Promise.all(REFRESH[answer.kind].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        if (answer.credentials.length > 0) {
          setSaved(false);
          setCredentials(answer.credentials);
        }
      }
    },
    onError: (error) => {
      setResult(null);
      if (error instanceof ApiError && (error.kind === 'validation' || error.status === 413)) {
        setFileError(t('import.fileRefused', { message: error.fieldErrors.flatMap((e) => e.messages).join('; ') || error.message }));
      } else report(error);
    },
  });
  const template = useMutation({
    mutationFn: (format: 'xlsx' | 'csv') => download(`/api/imports/${kind}/template?format=${format}&lang=${locale}`, `${kind}-template.${format}`),
    onError: (error) => report(error),
  });

  const reset = (next: { kind?: Kind; file?: File | null }) => {
    if (next.kind) setKind(next.kind);
    if (next.file !== undefined) setFile(next.file);
    setResult(null);
    setFileError(null);
  };
  const kindName = (k: Kind) => t(`import.kind.${k}`);
  const checked = result?.dryRun === true && result.kind === kind && result.errors.length === 0 && result.rows > 0;
  const fileList: UploadFile[] = file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : [];
  const problem = (e: RowError) => {
    const params: Record<string, string | number> = { ...e.params, message: e.message };
    if (e.code === 'not_used' || e.code === 'required_for_role') params.role = tx(`role.${String(e.params.role)}`);
    return tx(`import.error.${e.code}`, params);
  };
  const saveSheet = () => {
    const rows = credentials ?? [];
    saveText(
      csvFile([
        [t('import.credentials.sheet.username'), t('import.credentials.sheet.displayName'), t('import.credentials.sheet.role'), t('import.credentials.sheet.password'), t('import.credentials.sheet.row')],
        ...rows.map((c) => [c.username, c.displayName, tx(`role.${c.role}`), c.oneTimePassword, c.row]),
      ]),
      `one-time-passwords-${formatDate(new Date())}.csv`,
    );
    setSaved(true);
  };

  return (
    <AdminPage title={t('import.title')}>
      <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('import.order')}</Typography.Paragraph>
      <Flex vertical gap={16}>
        <Flex wrap gap={12} align="center">
          <Typography.Text strong id="import-kind-label">
            {t('import.kind')}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="import-kind-label"
            optionType="button"
            buttonStyle="solid"
            value={kind}
            onChange={(e) => reset({ kind: e.target.value as Kind })}
            options={KINDS.map((k) => ({ value: k, label: kindName(k) }))}
          />
        </Flex>
        <Flex wrap gap={8} align="center">
          <Typography.Text strong>{t('import.template')}</Typography.Text>
          <Button icon={<DownloadOutlined />} onClick={() => template.mutate('xlsx')} loading={template.isPending && template.variables === 'xlsx'}>
            {t('import.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => template.mutate('csv')} loading={template.isPending && template.variables === 'csv'}>
            {t('import.templateCsv')}
          </Button>
        </Flex>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          fileList={fileList}
          beforeUpload={(chosen) => {
            reset({ file: chosen });
            return false;
          }}
          onRemove={() => reset({ file: null })}
          aria-label={t('import.file')}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
        {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
        <Space wrap>
          <Button type={checked ? 'default' : 'primary'} disabled={!file} loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>
            {t('import.check')}
          </Button>
          <Popconfirm
            title={t('import.runConfirm', { n: result?.rows ?? 0, kind: kindName(kind) })}
            description={t('import.runConfirmHint')}
            okText={t('import.run')}
            cancelText={t('common.cancel')}
            onConfirm={() => run.mutateAsync(false).catch(() => undefined)}
            disabled={!checked}
          >
            <Button type="primary" disabled={!checked} loading={run.isPending && run.variables === false}>
              {t('import.run')}
            </Button>
          </Popconfirm>
        </Space>
        {result && <Outcome result={result} kindName={kindName(result.kind)} />}
        {result && result.errors.length > 0 && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('import.errors')}
            </Typography.Title>
            <Table<RowError & { key: number }>
              size="small"
              rowKey="key"
              dataSource={result.errors.map((e, key) => ({ ...e, key }))}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
              scroll={phone ? undefined : { x: 'max-content' }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 64 },
                { title: t('import.column'), key: 'column', render: (_, e) => e.column ?? (e.field === 'file' ? t('import.wholeFile') : e.field) },
                { title: t('import.problem'), key: 'problem', render: (_, e) => problem(e) },
              ]}
            />
          </>
        )}
      </Flex>
      <Modal
        open={credentials !== null}
        title={t('import.credentials.title')}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        footer={
          <Space wrap>
            <Button icon={<DownloadOutlined />} type={saved ? 'default' : 'primary'} onClick={saveSheet}>
              {t('import.credentials.download')}
            </Button>
            <Button type={saved ? 'primary' : 'default'} disabled={!saved} title={saved ? undefined : t('import.credentials.mustDownload')} onClick={() => setCredentials(null)}>
              {t('import.credentials.done')}
            </Button>
          </Space>
        }
      >
        <Alert type="warning" showIcon title={t('import.credentials.hint', { n: credentials?.length ?? 0 })} />
      </Modal>
    </AdminPage>
  );
}

/** What the last run came to, in one sentence. */
function Outcome({ result, kindName }: { result: Result; kindName: string }) {
  const { t } = useI18n();
  const bad = new Set(result.errors.map((e) => e.row)).size;
  if (result.errors.length > 0) {
    return <Alert role="alert" type="error" showIcon title={t(result.dryRun ? 'import.bad' : 'import.refused', { bad, n: result.rows })} />;
  }
  if (!result.dryRun) return <Alert role="status" type="success" showIcon title={t('import.done', { n: result.created, kind: kindName })} />;
  if (result.rows === 0) return <Alert role="status" type="warning" showIcon title={t('import.checkedEmpty')} />;
  return <Alert role="status" type="success" showIcon title={t('import.checked', { n: result.rows })} />;
}
