import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { api, call } from '@/api/client';
import { useI18n } from '@/lib/i18n';
import { formatTime } from '@/lib/time';
import { useReportError } from '@/lib/use-report-error';
import { assessmentKeys, type Evaluation } from '../api';
import { ownScore } from '../lib/evaluation';
import { RecusalNote } from './RecusalNote';

interface Values {
  score: number | null;
  comment?: string;
}

/** One department's score by the caller (0-100 and a comment); scoring again replaces it. */
export function ScoreForm({ evaluation, department, userId }: { evaluation: Evaluation; department: Evaluation['departments'][number]; userId: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const report = useReportError();
  const queryClient = useQueryClient();
  const mine = ownScore(evaluation, userId, department.departmentId);
  useEffect(() => {
    if (mine) form.setFieldsValue({ score: mine.score, comment: mine.comment ?? '' });
  }, [form, mine]);
  const key = assessmentKeys.evaluation(evaluation.id);
  const score = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.POST('/api/evaluations/{id}/scores', {
          params: { path: { id: evaluation.id } },
          body: { departmentId: department.departmentId, score: values.score as number, ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}) },
        }),
      ),
    onSuccess: (view) => {
      queryClient.setQueryData(key, view);
      void queryClient.invalidateQueries({ queryKey: assessmentKeys.evaluations });
      const saved = ownScore(view, userId, department.departmentId);
      if (saved?.recused) message.warning(t('assessment.score.savedRecused'));
      else message.success(t('assessment.score.saved'));
    },
  });
  const submit = (values: Values) => score.mutate(values, { onError: (error) => report(error, { form, retry: () => submit(values), refresh: [key] }) });
  const headingId = `score-${department.departmentId}-title`;
  return (
    <Card size="small" role="region" aria-labelledby={headingId}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={3} id={headingId} style={{ fontSize: 16, margin: 0 }}>
          {department.name}
        </Typography.Title>
        {mine && (
          <Typography.Text>
            {t('assessment.score.current', { score: mine.score })} · {formatTime(mine.scoredAt)}
          </Typography.Text>
        )}
      </Flex>
      {mine?.recused && <RecusalNote reason={mine.recusalReason} />}
      <Form<Values>
        form={form}
        name={`score-${department.departmentId}`}
        layout="vertical"
        onFinish={submit}
        disabled={score.isPending}
        style={{ marginBlockStart: 12 }}
        aria-label={t('assessment.score.formFor', { department: department.name })}
      >
        <Form.Item name="score" label={t('assessment.score.score')} rules={[{ required: true, type: 'integer', min: 0, max: 100, message: t('assessment.score.required') }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="comment" label={t('assessment.score.comment')} rules={[{ max: 2000, message: t('assessment.form.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={score.isPending}>
          {mine ? t('assessment.score.update') : t('assessment.score.submit')}
        </Button>
      </Form>
    </Card>
  );
}
