// Placeholder until its issue lands; the permission check is already the real one.
import { comingSoonPage } from '@/components/ui/coming-soon';

export default comingSoonPage('leaderboard:read:published', 'leaderboard');
