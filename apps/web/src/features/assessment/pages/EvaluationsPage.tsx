/** Placeholder until the feature lands. */
export default function EvaluationsPage() {
  return <h1>EvaluationsPage</h1>;
}
