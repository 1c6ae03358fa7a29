/** Placeholder until the feature lands. */
export default function DepartmentsPage() {
  return <h1>DepartmentsPage</h1>;
}
