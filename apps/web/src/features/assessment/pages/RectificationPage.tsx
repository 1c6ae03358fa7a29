/** Placeholder until the feature lands. */
export default function RectificationPage() {
  return <h1>RectificationPage</h1>;
}
