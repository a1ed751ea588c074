/**
 * The audit log's filters, in the URL (`entity`, `action`, `since`, `until`): the server filters by
 * exact entity and action, so the fields suggest the names Trellis writes but take any.
 */
import { Autocomplete, Button, Group, TextInput } from '@mantine/core';
import { recordKindNames } from '@trellis/contracts';
import { useState } from 'react';
import type { AuditFilters } from './admin-api.ts';

const ENTITIES = [
  ...recordKindNames,
  'partner',
  'assessment',
  'remediation-item',
  'evidence-file',
  'import-mapping',
  'member',
  'api-token',
  'user',
  'org',
];

const ACTIONS = [
  'import',
  'record.create',
  'record.update',
  'record.delete',
  'assessment.create',
  'assessment.override',
  'assessment.override-clear',
  'assessment.finalize',
  'assessment.plan-status',
  'readiness.score',
  'tier.change',
  'remediation.update',
  'evidence-file.upload',
  'evidence-file.delete',
  'mapping.create',
  'mapping.update',
  'mapping.delete',
  'member.add',
  'member.update',
  'member.remove',
  'api-token.create',
  'api-token.revoke',
  'user.password-change',
  'org.setup',
  'org.settings',
];

/** A free-text filter with suggestions, applied on choosing a suggestion, Enter or leaving the field. */
const TextFilter = ({
  label,
  data,
  value,
  onApply,
}: {
  label: string;
  data: string[];
  value: string;
  onApply: (v: string) => void;
}) => {
  const [text, setText] = useState(value);
  return (
    <Autocomplete
      label={label}
      placeholder="any"
      data={data}
      value={text}
      onChange={setText}
      onOptionSubmit={onApply}
      onBlur={() => text !== value && onApply(text.trim())}
      onKeyDown={(e) => e.key === 'Enter' && onApply(text.trim())}
      clearable
      onClear={() => onApply('')}
      w={160}
    />
  );
};

export const AuditFilterBar = ({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (f: AuditFilters) => void;
}) => {
  const any = Object.values(filters).some(Boolean);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextFilter
        key={`e:${filters.entity ?? ''}`}
        label="Entity"
        data={ENTITIES}
        value={filters.entity ?? ''}
        onApply={(entity) => onChange({ ...filters, entity: entity || undefined })}
      />
      <TextFilter
        key={`a:${filters.action ?? ''}`}
        label="Action"
        data={ACTIONS}
        value={filters.action ?? ''}
        onApply={(action) => onChange({ ...filters, action: action || undefined })}
      />
      <TextInput
        label="From"
        type="date"
        value={filters.since ?? ''}
        onChange={(e) => onChange({ ...filters, since: e.currentTarget.value || undefined })}
        w={140}
      />
      <TextInput
        label="To"
        type="date"
        value={filters.until ?? ''}
        onChange={(e) => onChange({ ...filters, until: e.currentTarget.value || undefined })}
        w={140}
      />
      {any && (
        <Button variant="subtle" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </Group>
  );
};
