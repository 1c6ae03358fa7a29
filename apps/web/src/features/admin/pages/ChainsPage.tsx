/** Placeholder until the feature lands. */
export default function ChainsPage() {
  return <h1>ChainsPage</h1>;
}
