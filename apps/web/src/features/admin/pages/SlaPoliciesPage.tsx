/** Placeholder until the feature lands. */
export default function SlaPoliciesPage() {
  return <h1>SlaPoliciesPage</h1>;
}
