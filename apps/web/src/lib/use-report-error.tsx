import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { App, Button, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError, errorMessageKey, formFields } from '@/api/errors';
import { useI18n } from './i18n';

export interface ReportOptions {
  /** The form whose fields a 400 names: the API's message goes beside each field. */
  form?: FormInstance;
  /** What the error is about: a 404 on a ticket says "does not exist or is not yours". */
  subject?: 'ticket' | 'other';
  /** Offered as a button when the network failed (the form keeps what the user typed). */
  retry?: () => void;
  /** Queries to refresh after a 409, so the page shows the order as it is now. */
  refresh?: QueryKey[];
}

/** One way to tell a person what went wrong, for every form and button of the console. */
export function useReportError() {
  const { message, notification } = App.useApp();
  const { t, tx } = useI18n();
  const queryClient = useQueryClient();
  return useCallback(
    (error: unknown, options: ReportOptions = {}) => {
      if (!(error instanceof ApiError)) {
        message.error(t('error.server'));
        return;
      }
      if (error.kind === 'unauthorized') return; // the session ends and the login page says why
      if (error.kind === 'validation') {
        const fields = options.form ? formFields(error, (name) => hasField(options.form!, name)) : [];
        if (fields.length > 0) options.form!.setFields(fields);
        const named = new Set(fields.map((f) => f.name.join('.')));
        const rest = error.fieldErrors.filter((e) => !named.has(e.field)).flatMap((e) => e.messages);
        message.error(rest.length > 0 ? rest.join('; ') : fields.length > 0 ? t('error.validation') : error.message);
        return;
      }
      if (error.kind === 'conflict') {
        const state = error.currentState;
        message.warning(state ? t('error.conflict', { state: tx(`state.${state}`) }) : t('error.conflictPlain'));
        for (const key of options.refresh ?? []) void queryClient.invalidateQueries({ queryKey: key });
        return;
      }
      if (error.kind === 'network' || error.kind === 'unavailable') {
        const key = `error-${Date.now()}`;
        notification.error({
          key,
          title: t(errorMessageKey(error)),
          actions: options.retry ? (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(key);
                options.retry!();
              }}
            >
              {t('error.retry')}
            </Button>
          ) : undefined,
        });
        return;
      }
      message.error(t(errorMessageKey(error, options.subject)));
    },
    [message, notification, t, tx, queryClient],
  );
}

/** Whether the form has a field registered under the API's (dotted) name or its first part. */
function hasField(form: FormInstance, name: string): boolean {
  const registered = form.getFieldsValue() as Record<string, unknown>;
  return name.split('.')[0] in registered;
}
