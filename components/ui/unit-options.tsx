// The <option>s of a unit select (the forms and filters that pick a unit); the caller adds its own blank choice.
export function UnitOptions({ units }: { units: readonly { id: string; name: string }[] }) {
  return (
    <>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </>
  );
}
