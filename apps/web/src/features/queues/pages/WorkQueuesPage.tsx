/** Placeholder until the feature lands. */
export default function WorkQueuesPage() {
  return <h1>WorkQueuesPage</h1>;
}
