// A list of evidence files as links — images and PDFs open in the browser, Office files download — each with its size;
// long Chinese names wrap instead of widening the page. Used where files are read, not changed.
import { formatSize } from '@/lib/evidence/rules';

export interface FileLink {
  id: string;
  fileName: string;
  size: number;
  inline: boolean;
}

export const evidenceHref = (f: FileLink) => `/api/evidence/${f.id}${f.inline ? '' : '?download=1'}`;

export function FileLinks({ files, className = 'space-y-0.5' }: { files: readonly FileLink[]; className?: string }) {
  return (
    <ul className={`min-w-0 break-words [overflow-wrap:anywhere] ${className}`}>
      {files.map((f) => (
        <li key={f.id}>
          <a href={evidenceHref(f)} target="_blank" rel="noopener" className="text-brand-700 hover:underline" data-testid="evidence-link">
            {f.fileName}
          </a>
          <span className="ml-1.5 text-xs whitespace-nowrap text-slate-500">{formatSize(f.size)}</span>
        </li>
      ))}
    </ul>
  );
}
