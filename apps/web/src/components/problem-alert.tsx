/**
 * An API error in its own words, with the issues it names (a mapping's YAML problem on its line, a
 * field the request got wrong) — ErrorState shows only the message, forms here need the lines too.
 */
import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '../api/client.ts';

/** The API's field names as this page calls them: a mapping's YAML is the mapping editor's text. */
const FIELD_WORDS: Record<string, string> = {
  yaml: 'the mapping',
  mapping: 'the mapping',
  'query.preset': 'the preset',
  'query.mapping': 'the saved mapping',
  'query.dateFormat': 'the date format',
};

const where = (i: { line?: number; field?: string; column?: string }) =>
  [
    i.line !== undefined ? `line ${i.line}` : '',
    i.column ?? (i.field && (FIELD_WORDS[i.field] ?? i.field.replace(/^body\.|^query\./, ''))) ?? '',
  ]
    .filter(Boolean)
    .join(', ');

export const ProblemAlert = ({ error, title }: { error: unknown; title: string }) => {
  const api = error instanceof ApiError ? error : undefined;
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{api?.message ?? 'The server could not be reached. Try again in a moment.'}</Text>
      {api && api.issues.length > 0 && (
        <List size="sm" mt={4}>
          {api.issues.slice(0, 20).map((i, n) => (
            // Issues have no id; their order is the API's and stable for one error.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once
            <List.Item key={n}>
              {where(i) ? `${where(i)}: ` : ''}
              {i.reason}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
};

/**
 * True when the route is not on this server yet (a server older than the import routes): a 404, or
 * for POST /imports/infer the 400 of the import route reading "infer" as a record kind.
 */
export const isMissingRoute = (error: unknown) =>
  error instanceof ApiError &&
  (error.status === 404 || (error.status === 400 && error.issues.some((i) => i.field === 'params.entity')));
