import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../modules/errors/pages/NotFoundPage';
import { HomePage } from '../modules/home/pages/HomePage';
import { MunicipalityDetailPage } from '../modules/municipalities/pages/MunicipalityDetailPage';
import { MunicipalityListPage } from '../modules/municipalities/pages/MunicipalityListPage';
import { Layout } from './Layout';

// Legal pages are rarely visited: keep them out of the initial bundle.
const ImprintPage = lazy(() => import('../modules/legal/pages/ImprintPage'));
const PrivacyPage = lazy(() => import('../modules/legal/pages/PrivacyPage'));
const AccessibilityPage = lazy(() => import('../modules/legal/pages/AccessibilityPage'));
const EasyReadPage = lazy(() => import('../modules/legal/pages/EasyReadPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="kommunen" element={<MunicipalityListPage />} />
        <Route path="kommunen/:slug" element={<MunicipalityDetailPage />} />
        <Route path="impressum" element={<ImprintPage />} />
        <Route path="datenschutz" element={<PrivacyPage />} />
        <Route path="barrierefreiheit" element={<AccessibilityPage />} />
        <Route path="leichte-sprache" element={<EasyReadPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
