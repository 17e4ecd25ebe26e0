import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { NotFoundResult } from '@/components/errors/not-found-result';
import { RouteError } from '@/components/errors/route-error';

import { AppLayout } from './app-layout';
import { RequireAccess } from './require-access';
import { appRoutes } from './routes';

/** The route tree: every page inside the shell, each behind its own access rule. */
export function buildRouteObjects(): RouteObject[] {
  return [
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        ...appRoutes.map(
          (route): RouteObject => ({
            path: route.path,
            handle: route.handle,
            element: (
              <RequireAccess access={route.handle.access} registry={route.handle.registry} subsidies={route.handle.subsidies}>
                {route.element}
              </RequireAccess>
            ),
          }),
        ),
        { path: '*', element: <NotFoundResult /> },
      ],
    },
  ];
}

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(buildRouteObjects()));
  return <RouterProvider router={router} />;
}
