import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '@/api/errors';
import { useI18n } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

export interface ConflictRule<V> {
  /** The field a 409 (a unique value taken) concerns when the API does not name one. */
  field: string;
  message: (values: V) => string;
}

interface Props<V, R> {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Sends the form's values; create (POST) now, edit (PUT) later with the same fields. */
  submit: (values: V) => Promise<R>;
  /** Lists to refresh after it worked. */
  invalidate: QueryKey[];
  /** What to say after it worked. */
  done: (result: R, values: V) => string;
  initialValues?: Partial<V>;
  conflict?: ConflictRule<V>;
  submitText?: string;
  /** The fields; a function gets the form (for fields that depend on others). */
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
}

/**
 * A create (or, later, edit) form in a dialog: the DTO's rules on the fields, a 400's messages
 * beside the fields it names, a 409 beside the field it concerns; what the user typed is kept on
 * every error, and the lists refresh after it worked.
 */
export function EntityFormModal<V extends object, R>(props: Props<V, R>) {
  return (
    <Modal open={props.open} title={props.title} onCancel={props.onClose} footer={null} destroyOnHidden width={props.width ?? 560} mask={{ closable: false }}>
      <EntityForm {...props} />
    </Modal>
  );
}

function EntityForm<V extends object, R>({ submit, invalidate, done, initialValues, conflict, submitText, children, onClose }: Props<V, R>) {
  const { t } = useI18n();
  const [form] = Form.useForm<V>();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: V) => submit(values),
    onSuccess: async (result, values) => {
      message.success(done(result, values));
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      onClose();
    },
    onError: (error, values) => {
      if (error instanceof ApiError && error.kind === 'conflict' && conflict) {
        const field = conflictFieldOf(error) ?? conflict.field;
        if (hasField(form, field)) {
          form.setFields([{ name: field as never, errors: [conflict.message(values)] }]);
          form.scrollToField(field as never, { block: 'center' });
          return;
        }
        message.warning(conflict.message(values));
        return;
      }
      report(error, { form, retry: () => form.submit() });
    },
  });
  return (
    <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => mutation.mutate(values)} requiredMark scrollToFirstError>
      {typeof children === 'function' ? children(form) : children}
      <Flex justify="end" gap={8}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {submitText ?? t('admin.form.create')}
        </Button>
      </Flex>
    </Form>
  );
}

/** The field a 409 names, when the API names one (`{field}` or `{errors: [{field}]}`). */
export function conflictFieldOf(error: ApiError): string | null {
  const body = error.body;
  if (typeof body?.field === 'string') return body.field;
  const errors = body?.errors;
  if (Array.isArray(errors) && typeof errors[0]?.field === 'string') return errors[0].field as string;
  return null;
}

function hasField(form: FormInstance, name: string): boolean {
  return name in (form.getFieldsValue() as Record<string, unknown>);
}
