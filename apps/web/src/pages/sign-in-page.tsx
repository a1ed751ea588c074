/** Sign in with email and password; back to the page that asked for it. */
import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api, setCsrfToken } from '../api/client.ts';
import { type SessionInfo, useResetSession } from '../api/session.tsx';

/** Only same-app paths: never an absolute URL that would take the user elsewhere. */
const safeNext = (next: string | null) => (next && /^\/(?!\/)/.test(next) ? next : '/');

export const SignInPage = () => {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const reset = useResetSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => api<SessionInfo>('/auth/sign-in', { method: 'POST', body: { email, password } }),
    onSuccess: async (s) => {
      setCsrfToken(s.csrfToken);
      await reset();
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    signIn.mutate();
  };
  const err = signIn.error instanceof ApiError ? signIn.error : undefined;
  return (
    <Center mih="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380} component="main">
        <form onSubmit={submit}>
          <Stack>
            <Title order={1} size="h2">
              Sign in to Trellis
            </Title>
            {signIn.isError && (
              <Alert color="red" role="alert">
                {err?.message ?? 'The server could not be reached.'}
              </Alert>
            )}
            <TextInput
              label="Email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={err?.fieldError('email')}
            />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={err?.fieldError('password')}
            />
            <Button type="submit" loading={signIn.isPending}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
};
