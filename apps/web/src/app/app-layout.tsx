/** The frame of every signed-in page: the header (org, user, sign-out) and the navigation. */
import { AppShell, Burger, Group, Menu, NavLink, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { NavLink as RouterLink, useNavigate } from 'react-router';
import { api, setCsrfToken } from '../api/client.ts';
import { useCan } from '../api/org-path.ts';
import { useResetSession, useSession } from '../api/session.tsx';

interface NavItem {
  to: string;
  label: string;
  permission: string;
}

/** A heading over related pages; shown only when the role may open at least one of them. */
interface NavGroup {
  label: string;
  children: NavItem[];
}

const NAV: (NavItem | NavGroup)[] = [
  { to: '/dashboard', label: 'Program dashboard', permission: 'assessments:read' },
  { to: '/assessments/latest', label: 'Assessment', permission: 'assessments:read' },
  { to: '/assessments/new', label: 'Run an assessment', permission: 'assessments:create' },
  { to: '/partners', label: 'Partners', permission: 'assessments:read' },
  { to: '/readiness', label: 'Readiness & tiers', permission: 'readiness:summary' },
  { to: '/history', label: 'Quarter over quarter', permission: 'assessments:read' },
  { to: '/imports', label: 'Imports', permission: 'data-coverage:read' },
  {
    label: 'Governance',
    children: [
      { to: '/governance/spot-audits', label: 'Spot audits', permission: 'audits:read' },
      { to: '/governance/calibration', label: 'Calibration', permission: 'calibration:read' },
    ],
  },
  { to: '/admin', label: 'Administration', permission: 'members:read' },
];

export const AppLayout = ({ children }: { children: ReactNode }) => {
  const [opened, { toggle, close }] = useDisclosure();
  const session = useSession();
  const can = useCan();
  const reset = useResetSession();
  const navigate = useNavigate();
  const signOut = async () => {
    await api('/auth/sign-out', { method: 'POST' }).catch(() => undefined);
    setCsrfToken(undefined);
    await reset();
    navigate('/sign-in');
  };
  const items = session.partner
    ? []
    : NAV.flatMap((n): (NavItem | NavGroup)[] => {
        if ('to' in n) return can(n.permission) ? [n] : [];
        const children = n.children.filter((c) => can(c.permission));
        return children.length ? [{ ...n, children }] : [];
      });
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={items.length ? { width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {items.length > 0 && (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label="Toggle navigation"
              />
            )}
            <Text fw={700} c="trellis.9" component="span">
              Trellis
            </Text>
            <Text c="dimmed" size="sm" component="span" truncate>
              {session.org.orgName}
            </Text>
          </Group>
          <Menu position="bottom-end">
            <Menu.Target>
              {/* Named by what it shows (WCAG 2.5.3 Label in Name), with a hidden word for what it is. */}
              <UnstyledButton>
                <VisuallyHidden>Account menu: </VisuallyHidden>
                <Text size="sm">{session.user.name}</Text>
                <Text size="xs" c="dimmed">
                  {session.org.role.replace('_', ' ')}
                </Text>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{session.user.email}</Menu.Label>
              <Menu.Item onClick={signOut}>Sign out</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      {items.length > 0 && (
        <AppShell.Navbar p="xs" aria-label="Main">
          {items.map((n) =>
            'to' in n ? (
              <NavLink key={n.to} component={RouterLink} to={n.to} label={n.label} onClick={close} />
            ) : (
              <NavLink key={n.label} component="button" label={n.label} defaultOpened childrenOffset="md">
                {n.children.map((c) => (
                  <NavLink key={c.to} component={RouterLink} to={c.to} label={c.label} onClick={close} />
                ))}
              </NavLink>
            ),
          )}
        </AppShell.Navbar>
      )}
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
};
