/** Placeholder until the feature lands. */
export default function ScoreboardPage() {
  return <h1>ScoreboardPage</h1>;
}
