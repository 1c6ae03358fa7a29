/** Placeholder until the feature lands. */
export default function AgendaPage() {
  return <h1>AgendaPage</h1>;
}
