/** Placeholder until the feature lands. */
export default function DispatchQueuesPage() {
  return <h1>DispatchQueuesPage</h1>;
}
