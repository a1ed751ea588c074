import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export const NotFoundPage = () => (
  <Stack align="flex-start">
    <Title order={1}>Page not found</Title>
    <Text c="dimmed">There is nothing at this address, or you may not see it.</Text>
    <Button component={Link} to="/">
      Go to the start page
    </Button>
  </Stack>
);
