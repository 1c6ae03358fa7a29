/** Placeholder until the feature lands. */
export default function LedgersPage() {
  return <h1>LedgersPage</h1>;
}
