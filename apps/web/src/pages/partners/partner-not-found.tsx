/**
 * A partner the API does not show: it does not exist, or — for a partner user — it is another
 * partner's (the API answers 404 for both, on purpose: nothing of anyone else is revealed).
 */
import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../../api/session.tsx';

export const PartnerNotFound = ({ id }: { id: string }) => {
  const { partner } = useSession();
  return (
    <Stack align="flex-start" gap="sm">
      <Title order={1}>Partner not found</Title>
      <Text c="dimmed">There is no partner “{id}”, or it is not yours to see.</Text>
      {partner ? (
        <Button component={Link} to={`/partners/${encodeURIComponent(partner)}`}>
          Go to your partner page
        </Button>
      ) : (
        <Button component={Link} to="/partners">
          Back to partners
        </Button>
      )}
    </Stack>
  );
};
