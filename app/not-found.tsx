// 404 — also what another unit's ids look like, so nothing is revealed.
import { ErrorPage } from '@/components/ui/error-page';

export default function NotFound() {
  return <ErrorPage code={404} kind="notFound" />;
}
