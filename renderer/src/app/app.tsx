import { useTranslation } from 'react-i18next';
import { useEffect, useRef, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client';
import { hrefFor, sections, useRoute, type Section } from './routes';
import { DashboardPage } from '../features/dashboard/dashboard-page';
import { MembersSection } from '../features/members/members-section';
import { SettingsPage } from '../features/settings/settings-page';
import { ReportsPage } from '../features/reports/reports-page';
import { WorkingGroupsSection } from '../features/working-groups/working-groups-section';
import { OrganisationsSection } from '../features/organisations/organisations-section';
import { RecommendationsSection } from '../features/recommendations/recommendations-section';
import { FundingSection } from '../features/funding/funding-section';
import { PlaceholderPage } from '../features/placeholder/placeholder-page';
import { LedgerGuard } from '../features/recovery/ledger-guard';
import { MeetingsSection } from '../features/meetings/meetings-section';
import { InterpretationPage } from '../features/meetings/interpretation-page';

function SectionContent({ section, parts }: { section: Section; parts: string[] }) {
  switch (section) {
    case 'dashboard':
      return <DashboardPage />;
    case 'members':
      return <MembersSection parts={parts} />;
    case 'reports':
      return <ReportsPage />;
    case 'organisations':
      return <OrganisationsSection parts={parts} />;
    case 'workingGroups':
      return <WorkingGroupsSection parts={parts} />;
    case 'meetings':
      return <MeetingsSection parts={parts} />;
    case 'interpretation':
      return <InterpretationPage />;
    case 'recommendations':
      return <RecommendationsSection parts={parts} />;
    case 'funding':
      return <FundingSection parts={parts} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <PlaceholderPage section={section} />;
  }
}

function AppShell() {
  const { t } = useTranslation();
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${t(`nav.${route.section}`)} · ${t('appName')}`;
  }, [route.section, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); mainRef.current?.focus(); }}>
        {t('skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.label')}>
        <p className="sidebar__title">{t('appName')}</p>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <a href={hrefFor(section)} aria-current={route.section === section ? 'page' : undefined}>
                {t(`nav.${section}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="content">
        <SectionContent section={route.section} parts={route.parts} />
      </main>
    </div>
  );
}

/** The recovery screen replaces the whole app while the ledger cannot be opened. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LedgerGuard>
        <AppShell />
      </LedgerGuard>
    </QueryClientProvider>
  );
}
