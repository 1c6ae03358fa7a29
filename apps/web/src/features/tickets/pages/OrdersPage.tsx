/** Placeholder until the feature lands. */
export default function OrdersPage() {
  return <h1>OrdersPage</h1>;
}
