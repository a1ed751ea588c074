/** First run: name the organisation and create its owner (only while the server has no user). */
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { ApiError, api, setCsrfToken } from '../api/client.ts';
import { type SessionInfo, useResetSession } from '../api/session.tsx';
import { Loading } from '../components/states.tsx';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

export const SetupPage = () => {
  const navigate = useNavigate();
  const reset = useResetSession();
  const needed = useQuery({ queryKey: ['setup'], queryFn: () => api<{ needed: boolean }>('/setup') });
  const [form, setForm] = useState({ orgName: '', orgId: '', name: '', email: '', password: '' });
  const [idEdited, setIdEdited] = useState(false);
  const setup = useMutation({
    mutationFn: () =>
      api<SessionInfo>('/setup', {
        method: 'POST',
        body: {
          org: { id: form.orgId, name: form.orgName },
          owner: { email: form.email, name: form.name, password: form.password },
        },
      }),
    onSuccess: async (s) => {
      setCsrfToken(s.csrfToken);
      localStorage.setItem('trellis.org', form.orgId);
      await reset();
      navigate('/imports', { replace: true });
    },
  });
  if (needed.isPending) return <Loading />;
  if (needed.data && !needed.data.needed) return <Navigate to="/sign-in" replace />;
  const err = setup.error instanceof ApiError ? setup.error : undefined;
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { currentTarget: HTMLInputElement }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({
        ...f,
        [name]: value,
        ...(name === 'orgName' && !idEdited ? { orgId: slug(value) } : {}),
      }));
      if (name === 'orgId') setIdEdited(true);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setup.mutate();
  };
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440} component="main">
        <form onSubmit={submit}>
          <Stack>
            <Title order={1} size="h2">
              Set up Trellis
            </Title>
            <Text size="sm" c="dimmed">
              Name your organisation and create its owner account. You can invite your team afterwards.
            </Text>
            {setup.isError && (
              <Alert color="red" role="alert">
                {err?.message ?? 'The server could not be reached.'}
              </Alert>
            )}
            <TextInput
              label="Organisation name"
              required
              {...field('orgName')}
              error={err?.fieldError('org.name')}
            />
            <TextInput
              label="Organisation id"
              description="Lower-case letters, digits and dashes; it appears in the API's URLs."
              required
              {...field('orgId')}
              error={err?.fieldError('org.id')}
            />
            <TextInput
              label="Your name"
              required
              autoComplete="name"
              {...field('name')}
              error={err?.fieldError('owner.name')}
            />
            <TextInput
              label="Email"
              type="email"
              required
              autoComplete="username"
              {...field('email')}
              error={err?.fieldError('owner.email')}
            />
            <PasswordInput
              label="Password"
              required
              autoComplete="new-password"
              {...field('password')}
              error={err?.fieldError('owner.password')}
            />
            <Button type="submit" loading={setup.isPending}>
              Create organisation
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
};
