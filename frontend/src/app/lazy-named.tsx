import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page component loaded when its route is first opened (its own bundle chunk), from a module's
 * named export: `lazyNamed(() => import('@/features/x/components/y'), 'Y')`. The layout's
 * Suspense shows a skeleton meanwhile.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
