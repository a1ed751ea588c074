import { Title } from '@mantine/core';

// Placeholder until the page is built (issue 9, in progress).
export const PartnerPage = () => <Title order={1}>PartnerPage</Title>;
