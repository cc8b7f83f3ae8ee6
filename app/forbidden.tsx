// 403 — the signed-in role may not open this page.
import { ErrorPage } from '@/components/ui/error-page';

export default function Forbidden() {
  return <ErrorPage code={403} kind="forbidden" />;
}
