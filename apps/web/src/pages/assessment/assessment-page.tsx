import { Title } from '@mantine/core';

// Placeholder until the page is built (issue 9, in progress).
export const AssessmentPage = () => <Title order={1}>AssessmentPage</Title>;
