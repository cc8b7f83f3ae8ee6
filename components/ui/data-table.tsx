// The frame of the setup lists: a horizontally scrolling table with a header row; callers give the body rows.
export interface Column {
  label: React.ReactNode;
  align?: 'right';
}

export function DataTable({ columns, testId, minWidth, children }: { columns: Column[]; testId: string; minWidth: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={`w-full ${minWidth} text-sm`} data-testid={testId}>
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500">
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={`py-2 font-medium ${i < columns.length - 1 ? 'pr-3' : ''} ${c.align === 'right' ? 'text-right' : ''}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}
