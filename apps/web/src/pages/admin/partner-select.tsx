/** Choosing the partner a partner user or a partner token is bound to: by name, stored as its external id. */
import { Select } from '@mantine/core';
import { usePartnerOptions } from './admin-api.ts';

export const PartnerSelect = ({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (v: string | null) => void;
  error?: string;
}) => {
  const partners = usePartnerOptions(true);
  return (
    <Select
      label="Partner"
      description="A partner user sees only this partner"
      placeholder={partners.isPending ? 'Loading partners…' : 'Choose the partner'}
      data={(partners.data?.items ?? []).map((p) => ({
        value: p.external_id,
        label: `${p.name} (${p.external_id})`,
      }))}
      value={value}
      onChange={onChange}
      searchable
      required
      nothingFoundMessage="No partner by that name"
      error={error ?? (partners.isError ? 'The partners could not be loaded' : undefined)}
    />
  );
};
