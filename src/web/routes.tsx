import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './pages/not-found-page';
import { DuplicatesPage } from './duplicates/duplicates-page';
import { ExplorationsPage } from './explorations/explorations-page';
import { ImportPage } from './import/import-page';
import { InterviewPage } from './interviews/interview-page';
import { InterviewsPage } from './interviews/interviews-page';
import { NewInterviewPage } from './interviews/new-interview-page';
import { ComposePage } from './compose/compose-page';
import { OrganizationPage } from './organizations/organization-page';
import { OrganizationsPage } from './organizations/organizations-page';
import { EditPersonPage } from './people/edit-person-page';
import { NewPersonPage } from './people/new-person-page';
import { PeoplePage } from './people/people-page';
import { PersonPage } from './people/person-page';
import { SettingsPage } from './settings/settings-page';
import { TodayPage } from './today/today-page';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <TodayPage /> },
      { path: 'people', element: <PeoplePage /> },
      { path: 'people/new', element: <NewPersonPage /> },
      { path: 'people/duplicates', element: <DuplicatesPage /> },
      { path: 'people/:id', element: <PersonPage /> },
      { path: 'people/:id/edit', element: <EditPersonPage /> },
      { path: 'organizations', element: <OrganizationsPage /> },
      { path: 'organizations/:id', element: <OrganizationPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: 'interviews', element: <InterviewsPage /> },
      { path: 'interviews/new', element: <NewInterviewPage /> },
      { path: 'interviews/:id', element: <InterviewPage /> },
      { path: 'interviews/:id/compose', element: <ComposePage /> },
      { path: 'explorations', element: <ExplorationsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
