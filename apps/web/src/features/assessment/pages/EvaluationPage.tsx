/** Placeholder until the feature lands. */
export default function EvaluationPage() {
  return <h1>EvaluationPage</h1>;
}
