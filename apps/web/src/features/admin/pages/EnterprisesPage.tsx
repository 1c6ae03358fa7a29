/** Placeholder until the feature lands. */
export default function EnterprisesPage() {
  return <h1>EnterprisesPage</h1>;
}
