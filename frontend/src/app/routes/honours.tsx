import { HonoursList } from '@/features/registry/components/honours-list';

/** 荣誉: individual and collective honours. */
export function HonoursPage() {
  return <HonoursList />;
}
