import type { AssessmentSettings } from '@whistle/config';
import type { Period } from './report.scope.js';
import type { DepartmentScore } from './reports.dto.js';

/**
 * The scoreboard (三率排名) in one statement: per department, its assignments in the period
 * (ticket_assignments, one per dispatch), its assisting parts (ticket_assists), its closed
 * evaluations' results, the rates over them and the weighted composite, ranked. A rate whose
 * denominator is nothing is null and its weight drops out of the composite.
 *
 * $1/$2 the period as instants, $3 the chain (null: all), $4/$5 the period as dates (evaluation
 * periods are dates), $6–$10 the weights of response, feedback, resolution, satisfaction and
 * evaluation.
 */
export const SCOREBOARD = `
  WITH a AS (
    SELECT department_id,
           count(*) AS received,
           count(*) FILTER (WHERE accepted_at IS NOT NULL) AS accepted,
           count(*) FILTER (WHERE accepted_at <= accept_by) AS accepted_on_time,
           count(*) FILTER (WHERE first_feedback_at IS NOT NULL OR feedback_missed) AS feedback_due,
           count(*) FILTER (WHERE first_feedback_on_time) AS feedback_on_time,
           count(*) FILTER (WHERE first_feedback_at IS NOT NULL) AS feedback_given,
           count(*) FILTER (WHERE first_result = 'resolved' AND NOT reopened) AS resolved,
           sum(ratings) AS ratings, sum(satisfied_ratings) AS satisfied, sum(rating_sum) AS rating_sum,
           count(*) FILTER (WHERE returned_at IS NOT NULL) AS returns,
           sum(escalations_1) AS e1, sum(escalations_2) AS e2, sum(escalations_3) AS e3
      FROM ticket_assignments
     WHERE ($1::timestamptz IS NULL OR dispatched_at >= $1)
       AND ($2::timestamptz IS NULL OR dispatched_at < $2)
       AND ($3::uuid IS NULL OR chain_id = $3)
     GROUP BY department_id
  ), pa AS (
    -- 协办: the parts asked of the department in the period (a part a return ended is not counted).
    SELECT department_id,
           count(*) AS assists,
           count(*) FILTER (WHERE state = 'given' OR (overdue AND state <> 'declined')) AS assists_due,
           count(*) FILTER (WHERE state = 'given' AND given_at <= due_by) AS assists_on_time,
           count(*) FILTER (WHERE state = 'declined') AS assist_declines
      FROM ticket_assists
     WHERE cancelled_at IS NULL
       AND ($1::timestamptz IS NULL OR requested_at >= $1)
       AND ($2::timestamptz IS NULL OR requested_at < $2)
       AND ($3::uuid IS NULL OR chain_id = $3)
     GROUP BY department_id
  ), ev AS (
    SELECT ed.department_id, avg(ed.result) AS score, count(*) AS evaluations
      FROM evaluation_departments ed JOIN evaluations e ON e.id = ed.evaluation_id
     WHERE e.state = 'closed' AND ed.result IS NOT NULL
       AND ($4::date IS NULL OR e.period_to >= $4)
       AND ($5::date IS NULL OR e.period_from < $5)
       AND ($3::uuid IS NULL OR e.chain_id = $3 OR e.chain_id IS NULL)
     GROUP BY ed.department_id
  ), r AS (
    SELECT d.id, d.name, d.code, a.*, ev.evaluations, pa.assists, pa.assists_due, pa.assists_on_time, pa.assist_declines,
           100.0 * pa.assists_on_time / NULLIF(pa.assists_due, 0) AS assist_rate,
           100.0 * a.accepted_on_time / NULLIF(a.received, 0) AS response_rate,
           100.0 * a.feedback_on_time / NULLIF(a.feedback_due, 0) AS feedback_rate,
           100.0 * a.resolved / NULLIF(a.feedback_given, 0) AS resolution_rate,
           100.0 * a.satisfied / NULLIF(a.ratings, 0) AS satisfaction_rate,
           a.rating_sum::numeric / NULLIF(a.ratings, 0) AS mean_rating,
           ev.score AS evaluation_score
      FROM departments d
      LEFT JOIN a ON a.department_id = d.id
      LEFT JOIN ev ON ev.department_id = d.id
      LEFT JOIN pa ON pa.department_id = d.id
  ), c AS (
    SELECT r.*,
           (COALESCE($6 * response_rate, 0) + COALESCE($7 * feedback_rate, 0) + COALESCE($8 * resolution_rate, 0)
             + COALESCE($9 * satisfaction_rate, 0) + COALESCE($10 * evaluation_score, 0))
           / NULLIF(CASE WHEN response_rate IS NULL THEN 0 ELSE $6 END + CASE WHEN feedback_rate IS NULL THEN 0 ELSE $7 END
             + CASE WHEN resolution_rate IS NULL THEN 0 ELSE $8 END + CASE WHEN satisfaction_rate IS NULL THEN 0 ELSE $9 END
             + CASE WHEN evaluation_score IS NULL THEN 0 ELSE $10 END, 0) AS composite
      FROM r
  )
  SELECT c.*, CASE WHEN composite IS NULL THEN NULL ELSE rank() OVER (ORDER BY round(composite, 2) DESC NULLS LAST) END AS rank
    FROM c
   ORDER BY composite DESC NULLS LAST, name, code
`;

/** SCOREBOARD's parameters. */
export const scoreboardParams = (p: Period, chainId: string | null, w: AssessmentSettings['scoreWeights']): unknown[] => [
  p.from,
  p.to,
  chainId,
  p.fromDate,
  p.toDate,
  w.response,
  w.feedback,
  w.resolution,
  w.satisfaction,
  w.evaluation,
];

/** A row of SCOREBOARD as the driver gives it: counts and numerics may come as strings. */
export type ScoreboardRow = Record<string, string | number | null>;

/** A rate or mean to two decimals; null stays null. */
const round = (value: string | number | null) => (value === null ? null : Math.round(Number(value) * 100) / 100);
/** A count; a department with nothing has null sums. */
const count = (value: string | number | null) => Number(value ?? 0);

export const departmentScore = (r: ScoreboardRow): DepartmentScore => ({
  departmentId: r.id as string,
  name: r.name as string,
  code: r.code as string,
  received: count(r.received),
  accepted: count(r.accepted),
  acceptedOnTime: count(r.accepted_on_time),
  responseRate: round(r.response_rate),
  feedbackDue: count(r.feedback_due),
  feedbackOnTime: count(r.feedback_on_time),
  onTimeFeedbackRate: round(r.feedback_rate),
  feedbackGiven: count(r.feedback_given),
  resolved: count(r.resolved),
  resolutionRate: round(r.resolution_rate),
  ratings: count(r.ratings),
  satisfied: count(r.satisfied),
  satisfactionRate: round(r.satisfaction_rate),
  meanRating: round(r.mean_rating),
  returns: count(r.returns),
  escalations: { level1: count(r.e1), level2: count(r.e2), level3: count(r.e3) },
  assists: count(r.assists),
  assistsDue: count(r.assists_due),
  assistsOnTime: count(r.assists_on_time),
  onTimeAssistRate: round(r.assist_rate),
  assistDeclines: count(r.assist_declines),
  evaluationScore: round(r.evaluation_score),
  evaluations: count(r.evaluations),
  composite: round(r.composite),
  rank: r.rank === null ? null : Number(r.rank),
});
