/** Placeholder until the feature lands. */
export default function RectificationsPage() {
  return <h1>RectificationsPage</h1>;
}
