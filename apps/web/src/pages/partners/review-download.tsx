/**
 * The partner review (QBR pack) as a PDF: what the partner page says, to print or send. Staff
 * choose the edition — internal (health, satisfaction: for the partner team) or the partner's own,
 * to send on; a partner user gets theirs (the server gives them nothing else).
 */
import { Button, Menu } from '@mantine/core';
import { API } from '../../api/client.ts';
import { useOrgPath } from '../../api/org-path.ts';
import { useSession } from '../../api/session.tsx';

const EDITIONS = [
  { edition: 'internal', label: 'Internal edition (PDF): with health and satisfaction' },
  { edition: 'partner', label: 'Partner edition (PDF): to send to the partner' },
] as const;

export const ReviewDownload = ({ partner }: { partner: string }) => {
  const org = useOrgPath();
  const { partner: ownPartner } = useSession();
  const href = (edition?: string) =>
    `${API}${org}/partners/${encodeURIComponent(partner)}/document?format=pdf${edition ? `&edition=${edition}` : ''}`;
  if (ownPartner)
    return (
      <Button component="a" variant="default" href={href()} download style={{ flexShrink: 0 }}>
        Download review (PDF)
      </Button>
    );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" style={{ flexShrink: 0 }}>
          Download review
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {EDITIONS.map((e) => (
          <Menu.Item key={e.edition} component="a" href={href(e.edition)} download>
            {e.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
};
